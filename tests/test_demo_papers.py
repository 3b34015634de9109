"""The papers of the shipped sample workshop, as `workshop-app demo` writes them, read as a
participant and a facilitator would (issue 15's "done when"): local times, no Markdown markup
printed literally, only what the room chose on the plans, "shared with" and one's own ratings."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app import resources

#: Markdown a reader would see printed literally: ``_italic_`` or ``*bold*`` around a word.
MARKUP = re.compile(r"(?<![\w_])[_*]{1,2}[A-Za-z][^_*\n]{0,80}?[A-Za-z.!?][_*]{1,2}(?![\w_])")


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo's papers written once, on this machine's clock set to Berlin (UTC+1 in November)."""
    from workshop_app.cli import main

    out = tmp_path_factory.mktemp("demo")
    before = time.tzname
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Berlin")
        time.tzset()
        try:
            assert main(["--data-dir", str(out / "data"), "demo", "--out", str(out / "papers")]) == 0
        finally:
            patch.undo()
            time.tzset()
    assert time.tzname == before
    return out / "papers"


@pytest.fixture(scope="module")
def sample() -> dict:
    return json.loads(resources.sample_workshop_path().read_text(encoding="utf-8"))


def plan_of(demo: Path, name: str) -> str:
    files = [f for f in (demo / "action-plans").glob("*.pdf") if not f.name.startswith("all-")]
    texts = [text_of(f) for f in files]
    (found,) = [t for t in texts if name in t.splitlines()[0] or name in t[:200]]
    return found


def test_every_paper_is_written(demo):
    names = {p.name for p in demo.rglob("*.pdf")}
    assert {"facilitator-report.pdf", "report-sponsor.pdf", "run-sheet.pdf", "handouts.pdf",
            "all-action-plans.pdf"} <= names


def test_the_report_prints_the_run_in_local_time(demo, sample):
    assert sample["run_state"]["started_at"] == "2026-11-12T08:30:00Z"
    text = text_of(demo / "facilitator-report.pdf")
    assert "run started November 12, 2026, 09:30" in text  # Berlin's clock, as the run sheet's start
    assert "2026, 08:30" not in text


def test_no_paper_prints_markdown_markup(demo):
    for path in demo.rglob("*.pdf"):
        if path.name.startswith("all-"):
            continue
        found = MARKUP.findall(text_of(path))
        assert not found, f"{path.name}: {found[:5]}"


def test_the_plans_print_only_the_chosen_options_and_quadrants(demo, sample):
    chosen = {c["text"] for c in sample["cards"] if c.get("chosen")}
    vote_item = next(c["agenda_item_id"] for c in sample["cards"] if c.get("chosen"))
    left = {c["text"] for c in sample["cards"] if c["agenda_item_id"] == vote_item and not c.get("chosen")}
    assert chosen and left
    text = " ".join(text_of(demo / "action-plans" / "all-action-plans.pdf").split())
    assert all(option in text for option in chosen)
    assert not [option for option in left if option in text]


def test_a_plan_says_who_shares_a_commitment_and_shows_ones_own_ratings(demo, sample):
    people = {p["id"]: p["name"] for p in sample["participants"]}
    shared = next(a for a in sample["actions"] if len(a["owners"]) == 2)
    first, second = (people[i] for i in shared["owners"])
    text = " ".join(plan_of(demo, first).split())
    assert "SHARED WITH" in text.upper() and second in text
    assert "MY RATINGS" in text.upper() and "Me" in text and "Room" in text
