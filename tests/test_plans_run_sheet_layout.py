"""The run sheet as a facilitator holds it: the first page starts the agenda (never the title
block alone), and a step's prompt prints in one colour, its lists included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_reference import pdf_blocks
from pypdf import PdfReader
from test_pdf_references import _run_sheet, fixed_setting, sample  # noqa: F401 (fixtures)

from workshop_app.plans import write_run_sheet

from plans_fixtures import make_workshop_data

#: A first agenda item long enough that the whole agenda no longer fits under the title block.
LONG_FIRST = "FIRSTITEM " + " ".join(["Two roles, one picture: where leaders and operations meet"] * 20)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_first_page_holds_the_first_agenda_item_besides_the_title(tmp_path: Path, paper: str):
    data = make_workshop_data()
    data.agenda[0].title = LONG_FIRST
    out = write_run_sheet(data, tmp_path / "run.pdf", paper=paper)
    first = PdfReader(out).pages[0].extract_text()
    assert "Nordlicht Logistics" in first  # the title block
    assert "Agenda" in first and "09:00" in first and "FIRSTITEM" in first


def text_colours(path: Path) -> dict[str, tuple]:
    """Each piece of text drawn in the PDF with the fill colour it is drawn in."""
    found: dict[str, tuple] = {}
    for page in PdfReader(path).pages:
        colour: list[tuple] = [()]

        def before(op, args, cm, tm, colour=colour):
            if op in (b"rg", b"g", b"k"):
                colour[0] = tuple(round(float(a), 3) for a in args)

        def text(t, cm, tm, font, size, colour=colour):
            if t.strip():
                found[" ".join(t.split())] = colour[0]

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return found


def test_a_step_prompt_prints_in_one_colour_lists_included(tmp_path: Path):
    data = make_workshop_data()
    item = next(i for i in data.agenda if i.exercise)
    item.exercise["steps"][0]["prompt"] = ("Say PROMPTLINE aloud.\n\n- first LISTLINE\n- second\n\n"
                                           "Then AFTERLINE.")
    colours = text_colours(write_run_sheet(data, tmp_path / "run.pdf"))

    def colour_of(marker: str) -> tuple:
        return next(c for t, c in colours.items() if marker in t)

    assert colour_of("PROMPTLINE") == colour_of("LISTLINE") == colour_of("AFTERLINE")
    # the prompt is what the facilitator says: the same ink as the step's title and times
    assert colour_of("PROMPTLINE") == colour_of("Explain the task")


def test_no_page_of_the_samples_run_sheet_starts_with_a_lone_capture_line(ctx, sample, tmp_path):  # noqa: F811
    pages = pdf_blocks(_run_sheet(ctx, sample, tmp_path))
    for number, blocks in enumerate(pages, start=1):
        first = blocks[0][0]  # the page's content comes first, its header and footer last
        assert not first.startswith("Capture:"), f"page {number} starts with {first!r}"


def test_the_debrief_has_its_time_in_the_step_table(tmp_path: Path):
    """After the last step, the run sheet gives the debrief its start and its minutes, with the
    questions, so the column of times adds up to the item."""
    data = make_workshop_data()
    item = data.agenda[0]  # 09:00, 25 min: steps 5 + 10 + 5, then the debrief
    item.exercise["steps"][1]["minutes"] = 10
    item.exercise["debrief"] = ["What did QUESTIONMARK surprise you?"]
    item.exercise["debrief_minutes"] = 5
    out = write_run_sheet(data, tmp_path / "run.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    # the row: its start, "Debrief", the questions, its minutes
    assert re.search(r"09:20 Debrief \W*What did QUESTIONMARK surprise you\? 5 min", text), text
    assert "add up to" not in text  # steps and debrief fill the item


# -- pages a facilitator can prepare from: no half-empty pages, no lone lines ----------------------

#: The least part of the frame's height a page of a run sheet fills, but for the last page: an
#: exercise that does not fit moves on with its heading, set-up and first step only (not its whole
#: step table), and a facilitator notes box flows on to the next page in its tint.
LEAST_USED = 0.6


def used_parts(path: Path, paper: str) -> list[float]:
    """Each page's part of the frame's height that holds text: from the frame's top down to the
    lowest line of text inside the frame (the header and footer are outside it)."""
    from workshop_app.plans import styles as st

    bottom = st.MARGIN_BOTTOM
    top = bottom + st.frame_height(paper)
    parts = []
    for blocks in pdf_blocks(path):
        lowest = min((y for _text, _x, y, _size in blocks if bottom - 1 <= y <= top), default=top)
        parts.append(round((top - lowest) / (top - bottom), 2))
    return parts


def builtin_agenda_data(ctx, template_id: str, people: int):
    from test_builtin_agendas import agenda

    from workshop_app.model.workshop import Participant, Workshop, WorkshopData

    template, items, _problems = agenda(ctx, template_id)
    for number, item in enumerate(items, start=1):
        item.id, item.workshop_id, item.position = number, 1, number - 1
    persons = [Participant(id=n, workshop_id=1, name=f"Person {n}") for n in range(1, people + 1)]
    return WorkshopData(Workshop(id=1, title=template.title, start_time="09:00"), participants=persons,
                        agenda=items)


@pytest.mark.parametrize("template_id, people, paper", [("ninety-minutes", 10, "a4"),
                                                         ("ninety-minutes", 23, "letter"),
                                                         ("full-day", 10, "letter"),
                                                         ("full-day", 23, "a4")])
def test_every_page_of_a_builtin_agendas_run_sheet_is_well_used(ctx, tmp_path, template_id, people, paper):
    out = write_run_sheet(builtin_agenda_data(ctx, template_id, people), tmp_path / "run.pdf", paper=paper)
    parts = used_parts(out, paper)
    thin = [(number, part) for number, part in enumerate(parts[:-1], start=1) if part < LEAST_USED]
    assert not thin, f"pages (number, part used) of {parts}"
    assert parts[-1] > 0, "the last page holds no text"


@pytest.mark.parametrize("template_id, paper", [("ninety-minutes", "a4"), ("ninety-minutes", "letter"),
                                                ("full-day", "a4"), ("full-day", "letter")])
def test_no_page_of_a_builtin_agendas_run_sheet_starts_with_a_capture_line(ctx, tmp_path, template_id, paper):
    out = write_run_sheet(builtin_agenda_data(ctx, template_id, 10), tmp_path / "run.pdf", paper=paper)
    for number, blocks in enumerate(pdf_blocks(out), start=1):
        assert not blocks[0][0].startswith("Capture:"), f"page {number} starts with {blocks[0][0]!r}"


def last_lines(path: Path, paper: str) -> list[str]:
    """Each page's lowest line of text inside the frame (the header and footer are outside it)."""
    from workshop_app.plans import styles as st

    bottom, top = st.MARGIN_BOTTOM, st.MARGIN_BOTTOM + st.frame_height(paper)
    return [min(((y, text) for text, _x, y, _size in blocks if bottom - 1 <= y <= top),
                default=(0, ""))[1] for blocks in pdf_blocks(path)]


@pytest.mark.parametrize("template_id, paper", [("ninety-minutes", "a4"), ("full-day", "letter"),
                                                ("full-day", "a4")])
def test_no_page_of_a_builtin_agendas_run_sheet_ends_with_a_lone_heading(ctx, tmp_path, template_id, paper):
    """Not an exercise's title, the notes' label, nor a line that opens a list ("Common pitfalls.",
    which the pack's notes all have) at a page's foot, its content on the next page."""
    out = write_run_sheet(builtin_agenda_data(ctx, template_id, 10), tmp_path / "run.pdf", paper=paper)
    for number, line in enumerate(last_lines(out, paper), start=1):
        assert not re.match(r"\d\d:\d\d · ", line), f"page {number} ends with {line!r}"
        assert line not in ("Facilitator notes", "Common pitfalls.", "Debrief", "Time Step Minutes"), \
            f"page {number} ends with {line!r}"
        assert not line.endswith(":"), f"page {number} ends with {line!r}"


def test_notes_and_a_list_longer_than_a_page_flow_on(tmp_path: Path):
    """A lead-in line stays with the first item of its list, and the label with the notes' first
    paragraph; a paragraph or item longer than a page still flows on from where it starts."""
    data = make_workshop_data()
    item = next(i for i in data.agenda if i.exercise)
    long = " ".join(["LONGWORD a sentence that goes on and on about the room."] * 150)
    item.exercise["facilitator_notes"] = long
    item.exercise["steps"][0]["prompt"] = "Lead in:\n\n- " + long
    out = write_run_sheet(data, tmp_path / "run.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.count("LONGWORD") == 300
