"""The action plans, the facilitator report and the run sheet, read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.errors import UserError
from workshop_app.model.workshop import RunState
from workshop_app.plans import (
    NoParticipantsError,
    plan_file_names,
    write_action_plans,
    write_report,
    write_run_sheet,
)

from plans_fixtures import (
    ANN,
    ANN_NAME,
    COMMITMENT_MARKERS,
    DMITRY,
    ELENI,
    FACILITATOR_NOTES_MARKER,
    FATIMA,
    GROUP_ACTION_MARKER,
    HANAKO,
    MINH,
    NAMES,
    PRIVATE_MARKER,
    PUBLIC_NOTE_MARKER,
    make_workshop_data,
)

ALL_MARKERS = {m for markers in COMMITMENT_MARKERS.values() for m in markers}
ORDER = [ELENI, DMITRY, MINH, HANAKO, FATIMA, ANN]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    data = make_workshop_data()
    return data, write_action_plans(data, tmp_path_factory.mktemp("plans"), invariant=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return write_report(make_workshop_data(), tmp_path_factory.mktemp("report") / "report.pdf",
                        invariant=True)


@pytest.fixture(scope="module")
def run_sheet(tmp_path_factory) -> Path:
    return write_run_sheet(make_workshop_data(), tmp_path_factory.mktemp("runsheet") / "run.pdf",
                           invariant=True)


def test_one_file_per_participant_named_after_them(plans):
    _, result = plans
    assert [p.name for p in result.participant_files] == [
        "Eleni-Papadopoulou.pdf", "Dmitriy-Ivanov.pdf", "Nguyen-Thi-Minh-Khai.pdf", "participant-4.pdf",
        "participant-5.pdf", "Ann-b-amp-Co.pdf"]
    assert result.combined is not None and result.combined.name == "all-action-plans.pdf"
    assert not result.cancelled
    assert sorted(p.name for p in result.combined.parent.iterdir()) == sorted(p.name for p in result.paths)


@pytest.mark.parametrize("pid", ORDER)
def test_each_plan_holds_only_its_owners_commitments_and_shared_outcomes(plans, pid):
    _, result = plans
    text = pdf_text(result.participant_files[ORDER.index(pid)])
    own = set(COMMITMENT_MARKERS[pid])
    for marker in own:
        assert marker in text
    for marker in ALL_MARKERS - own:
        assert marker not in text, f"{marker} leaked into participant {pid}'s plan"
    for secret in (PRIVATE_MARKER, FACILITATOR_NOTES_MARKER, "DROPPEDMARK"):
        assert secret not in text
    for shared in (PUBLIC_NOTE_MARKER, GROUP_ACTION_MARKER, "Weekly joint planning meeting"):
        assert shared in text
    assert "Page 1 of 2" in text and "Page 2 of 2" in text


def test_plan_shows_workshop_details_commitment_fields_and_the_six_ways(plans):
    _, result = plans
    text = pdf_text(result.participant_files[0])
    for expected in ("Bridging leadership and operations", "Friday, March 14, 2025", "Harbour Room, Kiel",
                     "Sam Rivera", "April 1, 2025", "April 15, 2025", "Fewer late picks per week",
                     "2 \u00b7 Foster open communication", "A meeting room on Mondays",
                     "Develop dual competencies", "Leverage technology and tools", "My signature"):
        assert expected in text


def test_participant_without_commitments_gets_blank_cards(plans):
    _, result = plans
    text = pdf_text(result.participant_files[ORDER.index(FATIMA)])
    assert text.count("WHAT I WILL DO") == 2
    assert "(circle one)" in text


def test_scripts_extract_as_text(plans):
    _, result = plans
    files = dict(zip(ORDER, result.participant_files, strict=True))
    assert NAMES[ELENI] in pdf_text(files[ELENI])
    assert NAMES[DMITRY] in pdf_text(files[DMITRY])
    minh = pdf_text(files[MINH])
    assert NAMES[MINH] in minh
    assert "Ki\u1ec3m tra k\u1ebf ho\u1ea1ch" in minh
    hanako = pdf_text(files[HANAKO])
    assert NAMES[HANAKO] in hanako
    assert "\u6bce\u9031\u3001\u73fe\u5834\u306e\u8ab2\u984c" in hanako
    # drawn joined and in visual order (see plans.text); pypdf puts right-to-left text back in
    # reading order, and NFKC turns the joining forms back into letters
    assert NAMES[FATIMA] in unicodedata.normalize("NFKC", pdf_text(files[FATIMA]))


def test_markup_in_user_text_prints_literally(plans):
    _, result = plans
    text = pdf_text(result.participant_files[ORDER.index(ANN)])
    assert ANN_NAME in text
    assert '<img src="http://example.com/x.png">' in text
    assert "& <b>this</b>" in text
    assert "Tools & <reports> in use" in text


def test_fonts_are_embedded_subsets(plans, report, run_sheet):
    _, result = plans
    for path in (result.participant_files[ORDER.index(HANAKO)], result.combined, report, run_sheet):
        seen = set()
        for page in PdfReader(path).pages:
            fonts = page["/Resources"].get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                seen.add(str(font["/BaseFont"]))
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert any("DejaVuSans" in name for name in seen)
        assert all(re.match(r"/[A-Z]{6}\+", name) for name in seen), seen
    hanako_fonts = str([f for f in _font_names(result.participant_files[ORDER.index(HANAKO)])])
    assert "DroidSansFallback" in hanako_fonts


def _font_names(path: Path) -> set[str]:
    return {str(ref.get_object()["/BaseFont"]) for page in PdfReader(path).pages
            for ref in page["/Resources"].get("/Font", {}).values()}


def test_combined_file_starts_every_plan_on_a_front_page(tmp_path):
    data = make_workshop_data()
    long_action = next(a for a in data.actions if a.owners == [ELENI])
    long_action.measure = "A much longer measure of success. " * 80  # Eleni's plan becomes 3 pages
    result = write_action_plans(data, tmp_path, invariant=True)
    pages = page_texts(result.combined)
    starts = [i for i, text in enumerate(pages) if "Page 1 of" in text]
    assert len(starts) == len(data.participants)
    assert all(i % 2 == 0 for i in starts), starts  # 0-based even = front of a sheet
    assert len(pages) % 2 == 0
    assert "Page 3 of 3" in pages[2] and pages[3].strip() == ""  # the blank back of Eleni's last sheet
    assert len(PdfReader(result.participant_files[0]).pages) == 3  # no blank page in the own file


def test_combined_file_holds_exactly_the_individual_plans(plans):
    _, result = plans
    combined = [text for text in page_texts(result.combined) if text.strip()]
    individual = [text for path in result.participant_files for text in page_texts(path)]
    assert combined == individual


def test_invariant_mode_gives_identical_bytes(plans, tmp_path):
    data, first = plans
    second = write_action_plans(data, tmp_path, invariant=True)
    for a, b in zip(first.paths, second.paths, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    r1 = write_report(data, tmp_path / "r1.pdf", invariant=True)
    r2 = write_report(data, tmp_path / "r2.pdf", invariant=True)
    assert r1.read_bytes() == r2.read_bytes()


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_paper_size(tmp_path, paper, size):
    data = make_workshop_data()
    data.participants = data.participants[:1]
    result = write_action_plans(data, tmp_path / "p", paper=paper)
    for path in (*result.paths, write_report(data, tmp_path / "r.pdf", paper=paper),
                 write_run_sheet(data, tmp_path / "s.pdf", paper=paper)):
        box = PdfReader(path).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.1)


def test_unknown_paper_is_refused(tmp_path):
    with pytest.raises(UserError, match="paper"):
        write_report(make_workshop_data(), tmp_path / "r.pdf", paper="a5")


def test_no_participants_is_refused_clearly(tmp_path):
    data = make_workshop_data()
    data.participants = []
    with pytest.raises(NoParticipantsError, match="no participants"):
        write_action_plans(data, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_named(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(UserError) as info:
        write_action_plans(make_workshop_data(), blocker / "plans")
    assert str(blocker / "plans") in str(info.value)
    with pytest.raises(UserError, match="not a folder"):
        write_action_plans(make_workshop_data(), blocker)
    with pytest.raises(UserError, match="is a folder"):
        write_report(make_workshop_data(), tmp_path)


def test_progress_and_cancel_leave_no_partial_file(tmp_path):
    data = make_workshop_data()
    calls = []
    result = write_action_plans(data, tmp_path / "all", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 6) and calls[-1] == (6, 6)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    out = tmp_path / "cancelled"
    asked = []

    def cancel() -> bool:  # stop when asked the third time
        asked.append(1)
        return len(asked) == 3

    result = write_action_plans(data, out, cancel=cancel)
    assert result.cancelled and result.combined is None
    assert len(result.participant_files) == 2
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.participant_files)
    for path in result.participant_files:
        assert len(PdfReader(path).pages) == 2


def test_file_names_are_unique_for_shared_names():
    data = make_workshop_data()
    for p in data.participants[:3]:
        p.name = "Sam Lee"
    data.participants[3].name = "SAM LEE"
    data.participants[4].name = "all-action-plans"
    data.participants[5].name = "CON"
    assert plan_file_names(data) == ["Sam-Lee.pdf", "Sam-Lee-2.pdf", "Sam-Lee-3.pdf", "SAM-LEE-4.pdf",
                                     "all-action-plans-2.pdf", "CON_.pdf"]


def test_report_has_everything_and_marks_private_notes(report):
    text = pdf_text(report)
    assert PRIVATE_MARKER in text
    line = next(line for line in text.splitlines() if PRIVATE_MARKER in line)
    assert "PRIVATE" in line.replace(PRIVATE_MARKER, "")
    for marker in ALL_MARKERS | {GROUP_ACTION_MARKER, PUBLIC_NOTE_MARKER, "DROPPEDMARK"}:
        assert marker in text
    for expected in ("Agenda as run", "28 min", "+3 min", "not run", "Cards by cluster", "Communication",
                     "Dot vote results", "Weekly joint planning meeting", "Ratings", "Trust between teams",
                     "Actions by owner", "The group (no owner)", "Shared with"):
        assert expected in text
    assert re.search(r"Page 1 of (\d+)", text)
    total = len(PdfReader(report).pages)
    assert f"Page {total} of {total}" in text


def test_report_prints_when_the_run_started_in_local_time(berlin_clock, tmp_path):
    data = make_workshop_data()
    data.run_state = RunState(workshop_id=1, started_at="2025-03-14T08:30:00Z")
    text = pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True))
    assert "run started March 14, 2025, 09:30" in text  # the run sheet's 09:30, not UTC's 08:30
    assert "08:30" not in text


def test_report_charts_are_vector_drawings(report):
    content = b"".join(page.get_contents().get_data() for page in PdfReader(report).pages)
    assert content.count(b" re") > 10  # bars and bands drawn as rectangles


def test_run_sheet_has_clock_times_materials_steps_and_facilitator_notes(run_sheet):
    text = pdf_text(run_sheet)
    for expected in ("09:00\u201309:25", "09:55\u201310:10", "Coffee break", "Sticky notes",
                     "Dot stickers", "Explain the task", "5 min", FACILITATOR_NOTES_MARKER,
                     "Total 135 min of 180 min planned", "Page 1 of"):
        assert expected in text
    assert PRIVATE_MARKER not in text


def test_run_sheet_says_to_hand_out_the_blank_plans_before_the_commitments(run_sheet):
    text = " ".join(pdf_text(run_sheet).split())
    hint = "Hand out the blank plans (Plan page: Print blank plans) before this item."
    assert text.count(hint) == 1  # once: on the one item that captures commitments
    assert text.index("My commitments (30 min)") < text.index(hint)


def test_report_tallies_the_six_ways_the_commitments_name(tmp_path):
    data = make_workshop_data()
    by_text = {a.text.split()[-1]: a for a in data.actions}
    by_text["OSPREY"].strategy = "open-communication"  # two name open communication, none aligned goals
    by_text["DROPPEDMARK"].strategy = "open-communication"  # dropped: counted nowhere, as on the plans
    text = pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True))
    tally = text[text.index("The six ways in the commitments"):]
    expected = {"Develop dual competencies": 1, "Foster open communication": 2,
                "Embrace shared decision-making": 1, "Align goals across levels": 0,
                "Promote a culture of mutual respect": 1, "Leverage technology and tools": 1,
                "No way named": 1}  # the group's stand-up names none
    for number, (title, count) in enumerate(expected.items(), start=1):
        prefix = rf"{number}\s+" if number <= 6 else ""
        assert re.search(rf"^{prefix}{re.escape(title)}\s+{count}$", tally, re.MULTILINE), title


def test_ways_tally_counts_each_commitment_once_and_leaves_dropped_ones_out():
    from workshop_app.model.results import ways_tally
    from workshop_app.model.strategies import STRATEGIES

    data = make_workshop_data()
    tally = ways_tally(data.actions)
    assert [way for way, _ in tally] == [*STRATEGIES, None]
    assert [n for _, n in tally] == [1, 1, 1, 1, 1, 1, 1]  # SHAREDPAIR has two owners: one commitment


LONG_OPTION = ("Rotate every shift supervisor through the planning office for two weeks each "
               "quarter and report back to the dispatchers.")
LONG_CRITERION = ("How clearly the quarterly goals of the leadership team reach every warehouse "
                  "shift and which of them the floor acts upon")


def _between(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin:text.index(end, begin)]


def test_report_chart_labels_print_whole(tmp_path):
    assert len(LONG_OPTION) == 120 and len(LONG_CRITERION) == 120
    data = make_workshop_data()
    next(c for c in data.cards if c.text == "Supervisors in strategy reviews").text = LONG_OPTION
    next(a for a in data.agenda if a.title == "Rate our bridges").exercise["capture"]["criteria"][1] = \
        LONG_CRITERION
    for rating in data.ratings:
        if rating.criterion == "Trust between teams":
            rating.criterion = LONG_CRITERION
    text = pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True))
    vote_chart = _between(text, "Dot vote results", "dots from")  # the chart, before its note
    rating_chart = _between(text, "Rate our bridges", "Criterion")  # the chart, before its table
    for chart, label in ((vote_chart, LONG_OPTION), (rating_chart, LONG_CRITERION)):
        words = chart.split()
        assert "\u2026" not in chart
        for word in label.split():
            assert word in words, (word, chart)


def test_report_splits_each_rated_items_means_by_role_side(tmp_path):
    from workshop_app.model.workshop import Rating

    data = make_workshop_data()  # Dmitry leads; Eleni and Hanako work in operations
    next(p for p in data.participants if p.id == HANAKO).absent = True  # past ratings still count
    data.ratings = [Rating(c, v, pid, i, 7, 15) for i, (pid, c, v) in enumerate((
        (DMITRY, "Clarity of goals", 4), (DMITRY, "Trust between teams", 2), (DMITRY, "Shared tools", 5),
        (ELENI, "Clarity of goals", 2), (ELENI, "Trust between teams", 5),
        (HANAKO, "Clarity of goals", 3), (HANAKO, "Trust between teams", 9)), start=1)]  # 9: off the 1-5
    text = pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True))
    by_side = " ".join(text[text.index("Mean by side"):text.index("Actions by owner")].split())
    assert by_side.startswith("Mean by side Criterion Leadership Operations "), by_side  # sides that rated
    assert ("Clarity of goals 4.0 2.5 Trust between teams 2.0 5.0 "
            "Shared tools 5.0 \u2013") in by_side, by_side  # operations gave none for shared tools
    assert "Management" not in by_side


def test_a_shared_commitment_names_the_other_owners_on_each_owners_card(plans):
    _, result = plans
    dmitry = pdf_text(result.participant_files[ORDER.index(DMITRY)])
    ann = pdf_text(result.participant_files[ORDER.index(ANN)])
    assert "SHARED WITH" in dmitry and ANN_NAME in dmitry  # printed as typed, markup and all
    assert "SHARED WITH" in ann and NAMES[DMITRY] in ann
    assert "SHARED WITH" not in pdf_text(result.participant_files[ORDER.index(ELENI)])  # one owner


def test_an_absent_co_owner_is_still_named(tmp_path):
    data = make_workshop_data()
    data.participant(ANN).absent = True
    result = write_action_plans(data, tmp_path, invariant=True)
    assert "SHARED WITH" in pdf_text(result.participant_files[ORDER.index(DMITRY)])
    assert ANN_NAME in pdf_text(result.participant_files[ORDER.index(DMITRY)])


def test_an_item_passed_through_in_seconds_prints_as_skipped_not_as_late(tmp_path):
    data = make_workshop_data()
    passed, run = data.agenda[0], data.agenda[1]
    passed.actual_seconds, run.actual_seconds = 20, run.minutes * 60 + 120
    text = " ".join(pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True)).split())
    assert "skipped" in text
    assert f"\u2212{passed.minutes} min" not in text and f"-{passed.minutes} min" not in text
    assert "+2 min" in text  # the item that ran over still says so
