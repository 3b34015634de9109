"""Any text typed in a room prints: long text paginates, odd text renders or is refused clearly."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from workshop_app.errors import UserError
from workshop_app.model.pack import Exercise
from workshop_app.model.workshop import Card, Note
from workshop_app.plans import write_action_plans, write_report, write_run_sheet

from plans_fixtures import ELENI, make_workshop_data

WORDS = ("Meet the warehouse team every Monday and review late picks, stock-outs and handovers "
         "so that the plan and the floor stay in step. ")
LONG_TEXT = (WORDS * 100)[:10_000]
LONG_WORD = "x" * 5_000


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def one_participant(text: str, field: str = "text"):
    data = make_workshop_data()
    data.participants = data.participants[:1]
    action = next(a for a in data.actions if a.owners == [ELENI])
    setattr(action, field, text)
    return data


@pytest.mark.parametrize("field", ["text", "measure", "support"])
def test_ten_thousand_characters_split_across_pages(tmp_path, field):
    result = write_action_plans(one_participant(LONG_TEXT, field), tmp_path)
    own = result.participant_files[0]
    pages = len(PdfReader(own).pages)
    assert pages >= 4
    text = pdf_text(own)
    assert "Meet the warehouse team" in text and f"Page {pages} of {pages}" in text
    assert LONG_TEXT[-40:].strip().split()[-1] in text


@pytest.mark.parametrize("field", ["text", "measure"])
def test_a_single_five_thousand_character_word(tmp_path, field):
    result = write_action_plans(one_participant(LONG_WORD, field), tmp_path)
    text = pdf_text(result.participant_files[0]).replace("\n", "")
    assert text.count("x") >= 5_000


def test_long_text_everywhere_in_report_and_run_sheet(tmp_path):
    data = make_workshop_data()
    data.workshop.title = "Workshop " + LONG_WORD[:300]
    data.participants[0].name = LONG_WORD[:400]
    data.notes.append(Note(LONG_TEXT, 99, 7, 12, private=True))
    data.notes.append(Note(LONG_WORD, 98, 7, 12))
    data.cards.append(Card(LONG_WORD, 99, 7, 14, None, None, 9))
    data.votes[0].card_id = 99
    data.ratings[0].criterion = LONG_WORD[:2000]
    snapshot = Exercise.from_dict(data.agenda[0].exercise)
    snapshot.facilitator_notes = LONG_TEXT
    snapshot.steps[0].prompt = LONG_WORD
    snapshot.materials.append(LONG_WORD[:3000])
    data.agenda[0].exercise = snapshot.to_dict()
    report = write_report(data, tmp_path / "report.pdf")
    assert len(PdfReader(report).pages) > 5
    run_sheet = write_run_sheet(data, tmp_path / "run.pdf")
    assert "Meet the warehouse team" in pdf_text(run_sheet)
    result = write_action_plans(data, tmp_path / "plans")
    assert len(result.participant_files) == 6


def test_many_participants_and_actions(tmp_path):
    data = make_workshop_data()
    base = data.actions[0]
    for i in range(40):
        data.actions.append(type(base)(f"Extra commitment {i}", 100 + i, 7, 16, [ELENI], position=10 + i))
    result = write_action_plans(data, tmp_path)
    text = pdf_text(result.participant_files[0])
    assert "Extra commitment 39" in text


ANY_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list("<>&;\"'/=#*-_ \n\tbimgsrc\u200f\u05d0\u0628\u4e00\U0001f600")),
            max_size=300),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=12), st.integers(50, 500)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, name=st.text(max_size=60))
def test_any_text_renders_or_is_refused_clearly(text, name):
    data = one_participant(text)
    data.participants[0].name = name
    data.actions[0].measure = text
    data.notes[0].text = text
    data.cards[0].text = text
    with tempfile.TemporaryDirectory() as folder:
        try:
            result = write_action_plans(data, folder, combined=False)
            write_report(data, Path(folder) / "report.pdf")
        except UserError:
            return
        assert PdfReader(result.participant_files[0]).pages


@pytest.mark.parametrize(("field", "full_page"), [("text", 23), ("measure", 42)])
def test_a_long_commitment_fills_the_pages_it_continues_on(tmp_path, field, full_page):
    """A card taller than a page goes on over whole pages (half-empty pages held half as much)."""
    result = write_action_plans(one_participant(LONG_TEXT * 2, field), tmp_path)
    pages = PdfReader(result.participant_files[0]).pages
    middle = pages[1].extract_text() or ""
    assert middle.count("warehouse") >= full_page - 3, middle


def test_a_commitment_taller_than_a_page_starts_where_it_is(tmp_path):
    """A card that fits on no page starts under the title, not on a new page after an empty rest."""
    result = write_action_plans(one_participant(LONG_TEXT * 2, "text"), tmp_path)
    first = PdfReader(result.participant_files[0]).pages[0].extract_text() or ""
    assert first.count("warehouse") >= 10, first


def test_each_paragraph_is_broken_into_lines_once(tmp_path, monkeypatch):
    """Measuring a kept block, placing it and drawing a table's cells reuse one line breaking
    per paragraph (blocks.WrapOnce) when nothing has to be split (a split lays out anew)."""
    from reportlab.platypus import Paragraph

    made, broken = [], []
    init, break_lines = Paragraph.__init__, Paragraph.breakLines

    def counting_init(self, *args, **kwargs):
        made.append(self)
        init(self, *args, **kwargs)

    def counting_break_lines(self, *args, **kwargs):
        broken.append(self)
        return break_lines(self, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "__init__", counting_init)
    monkeypatch.setattr(Paragraph, "breakLines", counting_break_lines)
    write_action_plans(make_workshop_data(), tmp_path)
    assert len(broken) == len(made)
    assert broken  # the count is real


def test_a_paragraph_wrapped_at_another_width_or_split_lays_out_anew():
    from reportlab.platypus import Paragraph

    from workshop_app.plans.blocks import para

    fresh = Paragraph(WORDS, para("").style)
    once = para(WORDS)
    assert once.wrap(120, 1000) == fresh.wrap(120, 1000)
    assert once.wrap(300, 1000) == fresh.wrap(300, 1000)
    assert once.wrap(120, 1000) == fresh.wrap(120, 1000)
    parts = once.split(120, 30)
    assert [p.wrap(120, 1000) for p in parts] == [p.wrap(120, 1000) for p in fresh.split(120, 30)]
    assert once.wrap(120, 1000) == fresh.wrap(120, 1000)


def test_a_name_or_title_too_long_for_one_line_wraps_on_the_page(tmp_path):
    """Titles and headings that fit on a line print as one plain line; longer ones wrap like
    any paragraph, never running off the page."""
    data = one_participant("Short")
    words = [f"word{n}" for n in range(40)]
    data.participants[0].name = " ".join(words)
    result = write_action_plans(data, tmp_path, combined=False)
    lines = (PdfReader(result.participant_files[0]).pages[0].extract_text() or "").splitlines()
    printed = [line for line in lines if "word" in line]
    assert " ".join(printed).split()[:40] == words  # every word, in order...
    assert len(printed) >= 3  # ...on lines of the page's width (the title, the footer)
    assert not any(" ".join(words) in line for line in printed)
