"""Golden references: the sample workshop's PDFs compared with the references in tests/_reference/.

The sample workshop (resources/sample-workshop.json, fixed dates) is imported into a fresh store;
its first participant's action plan, the facilitator and sponsor reports and the run sheet are written on A4
in reportlab's invariant mode, in time zone UTC (the handouts: of a fixed room of their own,
tests/handouts_fixtures.py), and each is compared with its reference (the
pages' text blocks, see tests/pdf_reference.py): same page count, same blocks in the same order
and font sizes, positions within 2 pt. A failure names the page and the first block that differs.

A layout change made on purpose is reviewed as a diff of the references: regenerate them with

    WORKSHOP_APP_UPDATE_REFERENCES=1 pytest tests/test_pdf_references.py

and commit tests/_reference/ with the change.
"""

from __future__ import annotations

import os
import time
from functools import partial
from pathlib import Path

import pytest
from pdf_reference import first_difference, load_reference, pdf_blocks, save_reference

REFERENCES = Path(__file__).parent / "_reference"
UPDATE = os.environ.get("WORKSHOP_APP_UPDATE_REFERENCES") == "1"


@pytest.fixture
def fixed_setting(monkeypatch):
    """UTC, the C locale and reportlab's invariant mode (no dates, ids or times of this run)."""
    from reportlab import rl_config

    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    for name in ("LC_ALL", "LC_TIME", "LANG", "LANGUAGE"):
        monkeypatch.setenv(name, "C.UTF-8")
    monkeypatch.setattr(rl_config, "invariant", 1)
    yield
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


@pytest.fixture
def sample(ctx, fixed_setting):
    from workshop_app.services.workshop_files import import_sample

    return ctx.store.load_workshop_data(import_sample(ctx))


def _action_plan(ctx, data, out: Path) -> Path:
    from workshop_app.plans.api import write_action_plans

    result = write_action_plans(data, out, paper="a4", invariant=True, combined=False)
    return result.participant_files[0]


def _report(ctx, data, out: Path) -> Path:
    from workshop_app.plans.api import write_report

    return write_report(data, out / "report.pdf", paper="a4", invariant=True)


def _sponsor_report(ctx, data, out: Path) -> Path:
    from workshop_app.plans.api import write_sponsor_report

    return write_sponsor_report(data, out / "report-sponsor.pdf", paper="a4", invariant=True)


def _run_sheet(ctx, data, out: Path) -> Path:
    from workshop_app.plans.api import write_run_sheet
    from workshop_app.services.wrapup import pack_pictures

    return write_run_sheet(data, out / "run-sheet.pdf", paper="a4", invariant=True,
                           pictures=partial(pack_pictures, ctx.library))


@pytest.mark.parametrize("name, write", [("action-plan", _action_plan),
                                         ("facilitator-report", _report),
                                         ("sponsor-report", _sponsor_report),
                                         ("run-sheet", _run_sheet)])
def test_pdf_matches_its_reference(ctx, sample, tmp_path, name, write):
    pages = pdf_blocks(write(ctx, sample, tmp_path))
    reference = REFERENCES / f"{name}.json"
    if UPDATE:
        save_reference(pages, reference)
    assert reference.is_file(), (f"no reference {reference}: write it with "
                                 "WORKSHOP_APP_UPDATE_REFERENCES=1")
    difference = first_difference(load_reference(reference), pages)
    assert difference is None, (f"{name}.pdf differs from {reference.name}: {difference}. If the "
                                "change is meant, regenerate with WORKSHOP_APP_UPDATE_REFERENCES=1")


def test_handouts_match_their_reference(fixed_setting, tmp_path):
    """The handouts of a fixed room (tests/handouts_fixtures.py: every kind, ten people present)."""
    from handouts_fixtures import room_of_ten

    from workshop_app.plans.api import write_handouts

    pages = pdf_blocks(write_handouts(room_of_ten(), tmp_path, paper="a4", invariant=True))
    reference = REFERENCES / "handouts.json"
    if UPDATE:
        save_reference(pages, reference)
    difference = first_difference(load_reference(reference), pages)
    assert difference is None, (f"handouts.pdf differs from {reference.name}: {difference}. If the "
                                "change is meant, regenerate with WORKSHOP_APP_UPDATE_REFERENCES=1")


def test_a_moved_or_changed_block_is_named():
    title, body = ["Title", 56.7, 780.0, 22.0], ["Body", 56.7, 760.0, 9.5]
    reference = [[title, body]]
    assert first_difference(reference, [[["Title", 57.9, 781.5, 22.0], body]]) is None
    assert "page 1, block 2" in first_difference(reference, [[title, ["Body", 56.7, 757.0, 9.5]]])
    assert "page 1, block 2" in first_difference(reference, [[title, ["Body", 56.7, 760.0, 10.5]]])
    assert "page 1, block 1" in first_difference(reference, [[["Titel", 56.7, 780.0, 22.0], body]])
    assert "page 1, block 2" in first_difference(reference, [[title]])
    assert "2 pages" in first_difference(reference, [*reference, []])
