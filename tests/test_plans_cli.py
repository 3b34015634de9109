"""``plans``, ``report``, ``runsheet`` and ``demo`` on the command line."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.paths import DataDir
from workshop_app.services.context import AppContext

from plans_fixtures import GROUP_ACTION_MARKER, NAMES, PRIVATE_MARKER, make_workshop_data

storage = pytest.importorskip("workshop_app.storage.workshop_file",
                              reason="storage (workshop_file) is not there yet")


@pytest.fixture
def stored(tmp_path: Path) -> tuple[str, int]:
    """A data folder holding the test workshop; returns (data folder, workshop id)."""
    folder = tmp_path / "cli-data"
    ctx = AppContext(DataDir(folder))
    try:
        workshop_id = ctx.store.import_workshop(storage.data_to_dict(make_workshop_data()))
    finally:
        ctx.close()
    return str(folder), workshop_id


def test_plans_writes_every_file_and_prints_the_paths(run_cli, stored, tmp_path):
    folder, workshop_id = stored
    out = tmp_path / "out"
    code, stdout, stderr = run_cli("plans", str(workshop_id), "--out", str(out), data_dir=folder)
    assert code == 0, stderr
    printed = [Path(line) for line in stdout.splitlines()]
    assert len(printed) == 7 and printed[-1].name == "all-action-plans.pdf"
    assert all(p.is_file() and p.parent == out for p in printed)
    assert PRIVATE_MARKER not in "".join(page.extract_text() for page in PdfReader(printed[-1]).pages)


def test_report_and_runsheet_in_letter(run_cli, stored, tmp_path):
    folder, workshop_id = stored
    for command in ("report", "runsheet"):
        target = tmp_path / f"{command}.pdf"
        code, stdout, stderr = run_cli(command, str(workshop_id), "--out", str(target), "--paper", "letter",
                                       data_dir=folder)
        assert code == 0, stderr
        assert stdout.strip() == str(target)
        assert float(PdfReader(target).pages[0].mediabox.width) == pytest.approx(612)


@pytest.mark.parametrize("command", ["plans", "report", "runsheet"])
def test_unknown_workshop_is_one_clear_line(run_cli, tmp_path, command):
    code, stdout, stderr = run_cli(command, "424242", "--out", str(tmp_path / "x.pdf"))
    assert code != 0 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1
    assert "424242" in stderr
    assert not (tmp_path / "x.pdf").exists()


def test_workshop_without_participants(run_cli, tmp_path):
    folder = tmp_path / "empty-data"
    data = make_workshop_data()
    data.participants, data.actions, data.votes, data.ratings = [], [], [], []
    for card in data.cards:
        card.participant_id = None
    ctx = AppContext(DataDir(folder))
    try:
        workshop_id = ctx.store.import_workshop(storage.data_to_dict(data))
    finally:
        ctx.close()
    code, _, stderr = run_cli("plans", str(workshop_id), "--out", str(tmp_path / "out"), data_dir=str(folder))
    assert code == 1
    assert len(stderr.strip().splitlines()) == 1 and "no participants" in stderr


def test_unwritable_folder_is_named(run_cli, stored, tmp_path):
    folder, workshop_id = stored
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _, stderr = run_cli("plans", str(workshop_id), "--out", str(blocker / "plans"), data_dir=folder)
    assert code == 1
    assert len(stderr.strip().splitlines()) == 1 and str(blocker / "plans") in stderr
    code, _, stderr = run_cli("report", str(workshop_id), "--out", str(blocker / "r.pdf"), data_dir=folder)
    assert code == 1 and str(blocker) in stderr


def test_demo_writes_plans_report_and_run_sheet(run_cli, tmp_path, monkeypatch):
    from workshop_app import resources

    sample = resources.sample_workshop_path()
    if not sample.is_file():  # the shipped sample is not written yet: use the test workshop instead
        sample = tmp_path / "sample-workshop.json"
        storage.write_workshop_file(storage.data_to_dict(make_workshop_data()), sample)
        monkeypatch.setattr(resources, "sample_workshop_path", lambda language="en": sample)
    out = tmp_path / "demo"
    code, stdout, stderr = run_cli("demo", "--out", str(out))
    assert code == 0, stderr
    names = {Path(line).name for line in stdout.splitlines()}
    assert {"all-action-plans.pdf", "facilitator-report.pdf", "run-sheet.pdf"} <= names
    assert (out / "action-plans" / "all-action-plans.pdf").is_file()


def test_commands_do_not_import_reportlab_until_they_write():
    code = ("import sys; from workshop_app.cli import build_parser; build_parser(); "
            "import workshop_app.plans, workshop_app.plans.api; "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.stdout.strip() == "False"


def pdf_words(path: Path) -> str:
    """A PDF's text, Arabic joining forms back to letters (see plans/text.py)."""
    return unicodedata.normalize("NFKC", "".join(page.extract_text() for page in PdfReader(path).pages))


def test_blank_plans_give_every_present_participant_an_empty_plan(run_cli, stored, tmp_path):
    folder, workshop_id = stored
    out = tmp_path / "blank"
    code, stdout, stderr = run_cli("plans", str(workshop_id), "--out", str(out), "--blank", data_dir=folder)
    assert code == 0, stderr
    printed = [Path(line) for line in stdout.splitlines()]
    assert len(printed) == len(NAMES) + 1 and printed[-1].name == "all-blank-plans.pdf"
    recorded = ("KESTREL", "HERON", "SHAREDPAIR", "OSPREY", "PLOVER", "LITERALMARK", GROUP_ACTION_MARKER,
                "Weekly joint planning meeting")
    for path, name in zip(printed, NAMES.values(), strict=False):
        text = pdf_words(path)
        assert name in text and "Bridging leadership and operations" in text and "Harbour Room" in text
        assert text.count("WHAT I WILL DO") == 2 and "CHECK-IN DATE" in text.upper()
        assert not [marker for marker in recorded if marker in text]
    combined = pdf_words(printed[-1])
    assert all(name in combined for name in NAMES.values())
