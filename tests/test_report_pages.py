"""The facilitator and sponsor reports as their readers hold them (issue 15): a section starts
under the one before it with its table's first rows (not the whole table on the next page), a
ratings table is never cut after its first row, runs of one exercise that chose differently
say so, and the sponsor learns when no commitment was recorded."""

from __future__ import annotations

from pathlib import Path

from pdf_reference import pdf_blocks
from pypdf import PdfReader
from test_agreed_choices import BOARD, CAPACITY, STAND_UP, _two_runs
from test_pdf_references import _report, _sponsor_report, fixed_setting, sample  # noqa: F401 (fixtures)


def page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_the_participants_start_under_the_agenda_on_page_one(ctx, sample, tmp_path):  # noqa: F811
    first = page_texts(_report(ctx, sample, tmp_path))[0]
    assert "Participants" in first and sample.participants[0].name in first


def test_the_sponsors_agenda_starts_on_page_one(ctx, tmp_path, fixed_setting):  # noqa: F811
    data, _first, _again = _two_runs(ctx, {STAND_UP}, {STAND_UP})  # an agenda of 8 items
    data.workshop.title = "A workshop title long enough to take three lines of the title block " * 2
    first = page_texts(_sponsor_report(ctx, data, tmp_path))[0]
    assert "Agenda as run" in first and data.agenda[0].title in first


def test_a_ratings_table_prints_whole_under_its_header(ctx, sample, tmp_path):  # noqa: F811
    """On every page where the table of criteria, ratings and means starts, all its criteria
    follow (the sample's first ratings table was cut after its first row)."""
    item = next(i for i in sample.agenda if i.exercise and i.exercise["capture"]["type"] == "rating")
    criteria = item.exercise["capture"]["criteria"]
    for path in (_report(ctx, sample, tmp_path), _sponsor_report(ctx, sample, tmp_path)):
        for number, blocks in enumerate(pdf_blocks(path), start=1):
            texts = [text for text, *_position in blocks]  # a block a table cell
            for at in range(len(texts) - 1):
                if texts[at:at + 2] == ["Criterion", "Ratings"]:  # the header of that table
                    missing = [c for c in criteria if c not in texts[at + 2:]]
                    assert not missing, f"{path.name}, page {number}: {missing} on the next page"


def test_runs_that_chose_differently_say_so_in_both_reports(ctx, tmp_path, fixed_setting):  # noqa: F811
    from workshop_app.plans import write_report, write_sponsor_report

    data, first, again = _two_runs(ctx, {STAND_UP, BOARD}, {STAND_UP, CAPACITY})
    for write in (write_report, write_sponsor_report):
        text = " ".join(page_texts(write(data, tmp_path / "report.pdf")))
        votes = text[text.index("Dot vote results"):]
        _chart, first_part, second_part = votes.split(" dots from ")[:3]  # the lines under each chart
        assert f"Another run of this exercise chose differently: “{again.title}”." in first_part, votes
        assert f"Another run of this exercise chose differently: “{first.title}”." in second_part, votes


def test_the_sponsor_learns_that_no_commitment_was_recorded(ctx, sample, tmp_path):  # noqa: F811
    sample.actions = []
    text = " ".join(page_texts(_sponsor_report(ctx, sample, tmp_path)))
    assert "Commitments No commitment was recorded." in text


def test_no_commitment_takes_no_page_of_its_own(ctx, tmp_path, fixed_setting):  # noqa: F811
    """The line is short: it stays under the matrix when the page has room for it (a heading's
    usual 90 points sent it alone to a fourth page)."""
    data, _first, _again = _two_runs(ctx, {STAND_UP, BOARD}, {STAND_UP, CAPACITY})
    data.actions, data.ratings = [], []
    data.workshop.title = "A workshop title long enough to take three lines of the title block " * 2
    pages = page_texts(_sponsor_report(ctx, data, tmp_path))
    last = next(text for text in pages if "No commitment was recorded." in text)
    assert "Matrix results" in last or "Nothing placed here." in last, pages
