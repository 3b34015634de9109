"""PDF text: any Unicode in any field of any document gives a PDF or a clear UserError.

tests/test_plans_long.py fuzzes an action's text, a note, a card and a participant's name
in the plans and the report. These put hypothesis text everywhere else text reaches a
page, including the paths that do not go through Paragraph markup: the workshop's title,
organisation, place and facilitator (drawn in every header and footer), a participant's
role and team, agenda titles, the exercise snapshot (prompts and notes with pack
**bold** markup), cluster names; in all three documents, the run sheet too. Markup
characters typed by a user must print literally, wherever they are drawn.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from workshop_app.errors import UserError
from workshop_app.plans import write_action_plans, write_report, write_run_sheet

from plans_fixtures import make_workshop_data

SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ANY = st.one_of(
    st.text(max_size=80),
    st.text(st.sampled_from(list("<>&;#\"'/=*_[]()!\\ \n\tabiu")
                            + list("\u200f\u202e\u0301\u05d0\u0628\u4e00\U0001f600\ufffd")), max_size=80),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=8), st.integers(200, 1200)),
)
FIELDS = ("title", "organisation", "location", "facilitator", "name", "role", "team", "agenda",
          "prompt", "notes", "cluster", "support")


def data_with(texts: dict[str, str]):
    data = make_workshop_data()
    data.participants = data.participants[:2]
    keep = {p.id for p in data.participants}
    data.actions = [a for a in data.actions if set(a.owners) <= keep]
    ws, person = data.workshop, data.participants[0]
    for name in ("title", "organisation", "location", "facilitator"):
        if name in texts:
            setattr(ws, name, texts[name] if name != "title" or texts[name].strip() else "T")
    for name in ("name", "role", "team"):
        if name in texts:
            setattr(person, name, texts[name])
    item = next(i for i in data.agenda if i.exercise)
    if "agenda" in texts:
        item.title = texts["agenda"]
    if "prompt" in texts:
        item.exercise["steps"][0]["prompt"] = texts["prompt"]
        item.exercise["objective"] = texts["prompt"]
    if "notes" in texts:
        item.exercise["facilitator_notes"] = texts["notes"]
    if "cluster" in texts and data.clusters:
        data.clusters[0].name = texts["cluster"]
    if "support" in texts and data.actions:
        data.actions[0].support = texts["support"]
    return data


def write_all(data, folder: Path) -> list[Path]:
    plans = write_action_plans(data, folder / "plans", invariant=True)
    return [*plans.paths, write_report(data, folder / "report.pdf", invariant=True),
            write_run_sheet(data, folder / "run-sheet.pdf", invariant=True)]


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


@SLOW
@given(st.dictionaries(st.sampled_from(FIELDS), ANY, min_size=1, max_size=len(FIELDS)))
def test_any_text_anywhere_gives_pdfs_or_a_clear_error(texts):
    with tempfile.TemporaryDirectory() as folder:
        try:
            written = write_all(data_with(texts), Path(folder))
        except UserError as error:
            assert str(error).strip()
            return
        for path in written:
            assert path.read_bytes().startswith(b"%PDF-") and PdfReader(path).pages


MARKUP = st.text(st.sampled_from(list("<>&;#\"'/=ab ")), min_size=1, max_size=14).map(
    lambda t: "Q" + " ".join(t.split()) + "Z")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP, MARKUP, MARKUP)
def test_markup_prints_literally_in_headers_titles_and_tables(title, name, place):
    data = data_with({"title": title, "name": name, "location": place})
    with tempfile.TemporaryDirectory() as folder:
        plans = write_action_plans(data, Path(folder), invariant=True)
        own = text_of(plans.participant_files[0])
        report = write_report(data, Path(folder) / "report.pdf", invariant=True)
        for expected in (title, name, place):
            assert expected in own, f"{expected!r} is not printed literally in the plan"
        assert title in text_of(report)


def test_the_fields_reach_the_documents():
    """The fuzzed fields really are printed (so the tests above exercise them)."""
    marks = {name: f"MARK{name.upper()}" for name in FIELDS}
    with tempfile.TemporaryDirectory() as folder:
        written = write_all(data_with(marks), Path(folder))
        found = " ".join(text_of(p) for p in written)
    missing = [m for m in marks.values() if not re.search(m, found)]
    assert missing == []
