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
