"""The progress papers after the check-ins (plans/progress.py): each participant's "my progress"
page, the facilitator's progress report and the sponsor's, read back with pypdf; and the
``progress`` command on a workshop stored with its check-ins."""

from __future__ import annotations

from pathlib import Path

import pytest
from progress_fixtures import (
    HELPS_SHARED,
    NAMES,
    NOTE_ANA,
    NOTE_BEN,
    PRIVATE_ANA,
    PRIVATE_BEN,
    progress_data,
)
from pypdf import PdfReader

from workshop_app.model.checkins import ActionReview, CheckIn
from workshop_app.model.workshop import ActionItem, Participant, Workshop
from workshop_app.paths import DataDir
from workshop_app.plans.api import NoCommitmentsError, OutputPathError, write_progress
from workshop_app.plans.progress import initials, sponsor_names
from workshop_app.services.context import AppContext

PRIVATE = (PRIVATE_ANA, PRIVATE_BEN)
NOTES = (NOTE_ANA, NOTE_BEN, HELPS_SHARED)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def flat(text: str) -> str:
    """Extracted text with its line breaks as spaces (a cell wraps)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("progress")
    return {path.name: path for path in write_progress(progress_data(), out, invariant=True)}


def test_files_one_page_per_owner_and_two_reports(written):
    assert list(written) == ["progress-Ana-Lima.pdf", "progress-Benedikt-Oderwald.pdf",
                             "progress-Cho-Park.pdf", "progress-report.pdf", "progress-sponsor.pdf"]
    for name in list(written)[:3]:
        assert len(PdfReader(written[name]).pages) == 1, name


def test_my_progress_shows_my_statuses_and_next_step_never_a_private_note(written):
    ana = flat(pdf_text(written["progress-Ana-Lima.pdf"]))
    assert "MY PROGRESS" in ana and "Ana Lima" in ana
    assert "Weekly stand-up with the night shift" in ana and "Shared dashboard for goals and stock" in ana
    for status in ("In progress", "Done", "Stuck"):
        assert status in ana
    assert "HAPPENEDANA" in ana and "BLOCKSHARED" in ana  # her own words
    assert "Next step Due April 1, 2026 (revised), next check-in March 12, 2026" in ana
    assert "Shared with Benedikt Oderwald" in ana
    for secret in ("WALRUSPRIVATE", "OTTERPRIVATE", "FACILITATOR ONLY"):
        assert secret not in ana


def test_my_progress_never_shows_another_persons_row(written):
    ana = pdf_text(written["progress-Ana-Lima.pdf"])
    cho = pdf_text(written["progress-Cho-Park.pdf"])
    ben = pdf_text(written["progress-Benedikt-Oderwald.pdf"])
    assert "Job rotation" not in ana and "HAPPENEDBEN" not in ana and "GROUPCHECK" not in ana
    assert "Ask IT for a trial licence" in cho
    assert "Weekly stand-up" not in cho and "Shared dashboard" not in cho and "HAPPENEDANA" not in cho
    assert "Weekly stand-up" not in ben and "HAPPENEDANA" not in ben
    assert "Dropped" in ben and "HAPPENEDBEN" in ben and "OTTERPRIVATE" not in ben


def test_facilitator_report_has_everything_private_notes_marked(written):
    text = flat(pdf_text(written["progress-report.pdf"]))
    for part in ("Status over the check-ins", "Completion by participant", "Completion by the six ways",
                 "What is stuck and why", "Every commitment", "Needs the IT budget BLOCKSHARED"):
        assert part in text
    for name in NAMES.values():
        assert name in text
    assert "FACILITATOR ONLY WALRUSPRIVATE" in text and "FACILITATOR ONLY OTTERPRIVATE" in text
    assert "For the facilitator only: contains private notes" in text


def test_sponsor_report_initials_no_names_no_notes(written):
    text = pdf_text(written["progress-sponsor.pdf"])
    flat_text = flat(text)
    for name in NAMES.values():
        for part in name.split():
            assert part not in flat_text, part
    for initial in ("A.L.", "B.O.", "C.P."):
        assert initial in flat_text
    for words in (*PRIVATE, *NOTES, "FACILITATOR ONLY", "Checklist on the wall", "No licence yet"):
        assert words not in flat_text
    # each person's own commitments counted, never printed; the group's as typed
    assert "Weekly stand-up" not in flat_text and "Ask IT" not in flat_text
    assert "GROUPCHECK" in flat_text and "1 commitment is stuck." in flat_text


def test_initials_told_apart():
    assert initials("Ana María Lima") == "A.M.L." and initials("Jean-Luc Picard") == "J.L.P."
    data = progress_data()
    data.participants.append(Participant("Anton Lenz", 9))
    data.participants.append(Participant("", 10))
    names = sponsor_names(data)
    assert names[1] == "A.L." and names[9] == "A.L. 2" and names[10] == "Participant 5"


def test_german_workshop_prints_german_labels(tmp_path):
    files = {p.name: p for p in write_progress(progress_data("de"), tmp_path)}
    ana = flat(pdf_text(files["progress-Ana-Lima.pdf"]))
    assert "MEIN FORTSCHRITT" in ana and "Nächster Schritt" in ana and "Erledigt" in ana
    assert "Next step" not in ana and "My commitments" not in ana
    report = flat(pdf_text(files["progress-report.pdf"]))
    assert "NUR FÜR DIE MODERATION" in report and "Stand über die Folgetermine" in report
    sponsor = flat(pdf_text(files["progress-sponsor.pdf"]))
    assert "Was die Gruppe vereinbart hat" in sponsor and "1 Vorhaben ist blockiert." in sponsor


def test_letter_paper(tmp_path):
    paths = write_progress(progress_data(), tmp_path, paper="letter")
    box = PdfReader(paths[0]).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_no_commitments_and_a_file_for_a_folder_are_user_errors(tmp_path):
    data = progress_data()
    data.actions, data.follow_through.commitments = [], []
    with pytest.raises(NoCommitmentsError, match="no commitments"):
        write_progress(data, tmp_path)
    a_file = tmp_path / "x.pdf"
    a_file.write_text("")
    with pytest.raises(OutputPathError):
        write_progress(progress_data(), a_file)


def test_no_checkin_held_yet_still_prints(tmp_path):
    data = progress_data()
    data.follow_through.reviews = []
    for checkin in data.follow_through.checkins:
        checkin.started_at = ""
    data.follow_through.commitments = []
    files = {p.name: p for p in write_progress(data, tmp_path)}
    assert "No check-in has been held yet." in flat(pdf_text(files["progress-report.pdf"]))
    assert "No check-in has reviewed it yet." in flat(pdf_text(files["progress-Ana-Lima.pdf"]))


def _stored_workshop(folder: Path) -> int:
    """A workshop of two people with one check-in held, stored in a data folder of its own."""
    ctx = AppContext(DataDir(folder))
    try:
        store = ctx.store
        workshop = store.create_workshop(Workshop(title="Stored offsite", date="2026-03-12"))
        ann, bo = store.add_participants(workshop.id, [Participant(name="Ann Berg"),
                                                       Participant(name="Bo Chen")])
        first = store.add_action(ActionItem(text="Weekly stand-up", workshop_id=workshop.id,
                                            owners=[ann.id], due="2026-04-01"))
        second = store.add_action(ActionItem(text="Shared dashboard", workshop_id=workshop.id,
                                             owners=[bo.id]))
        checkin = store.create_checkin(CheckIn(workshop_id=workshop.id, date="2026-04-11",
                                               title="30-day check-in"))
        store.set_review(ActionReview(checkin.id, first.id, "done", note="Held every Monday",
                                      private_note="BADGERSECRET"))
        store.set_review(ActionReview(checkin.id, second.id, "stuck", helps="No data feed yet"))
        return workshop.id
    finally:
        ctx.close()


def test_progress_command_on_a_stored_workshop(run_cli, tmp_path):
    folder = tmp_path / "data"
    workshop_id = _stored_workshop(folder)
    out = tmp_path / "papers"
    code, stdout, stderr = run_cli("progress", str(workshop_id), "--out", str(out), data_dir=str(folder))
    assert code == 0, stderr
    printed = [Path(line).name for line in stdout.splitlines()]
    assert printed == ["progress-Ann-Berg.pdf", "progress-Bo-Chen.pdf", "progress-report.pdf",
                       "progress-sponsor.pdf"]
    ann_page = flat(pdf_text(out / "progress-Ann-Berg.pdf"))
    assert "Done" in ann_page and "Held every Monday" in ann_page and "BADGERSECRET" not in ann_page
    assert "BADGERSECRET" in pdf_text(out / "progress-report.pdf")
    assert "BADGERSECRET" not in pdf_text(out / "progress-sponsor.pdf")
    assert "No data feed yet" in flat(pdf_text(out / "progress-Bo-Chen.pdf"))
