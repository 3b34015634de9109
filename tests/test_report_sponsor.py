"""The sponsor report: the workshop's results without names, private notes or anyone's own rows.

The sample workshop file, with one more participant ("Zoë <Ops> & Co": a card, ratings, a
commitment and dots of her own) and one more private note, is imported from a real file and its
sponsor report read back with pypdf.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.resources import sample_workshop_path
from workshop_app.services.workshop_files import import_workshop_file

ZOE = "Zoë <Ops> & Co"
SECRET = "MARMOTSECRET: Zoë asked not to be quoted"
ZOE_COMMITMENT = "KESTRELPLEDGE: run the night-shift handover with planning"


def sample_with_zoe(tmp_path: Path, leaders: int = 0) -> Path:
    """The sample workshop file with Zoë and a second private note; ``leaders`` more people on
    the leadership side, who rate like everyone else."""
    sample = json.loads(sample_workshop_path().read_text(encoding="utf-8"))
    sample["participants"].append({"id": 9, "name": ZOE, "role": "Night shift coordinator",
                                   "team": "Night team", "side": "operations",
                                   "email": "zoe@example.org", "position": 8})
    for n in range(leaders):
        sample["participants"].append({"id": 10 + n, "name": f"Leader Number{n}", "role": "Director",
                                       "team": "Board", "side": "leadership", "position": 9 + n})
    raters = [9, *(10 + n for n in range(leaders))]
    next_id = max(r["id"] for r in sample["ratings"]) + 1
    criteria = sample["agenda"][1]["exercise"]["capture"]["criteria"]
    for person in raters:
        for criterion in criteria:
            sample["ratings"].append({"id": next_id, "criterion": criterion, "value": 4,
                                      "participant_id": person, "agenda_item_id": 2})
            next_id += 1
    sample["cards"].append({"id": 13, "text": "Night shift never sees the weekly plan", "agenda_item_id": 3,
                            "participant_id": 9, "cluster_id": 1, "position": 12})
    sample["votes"].append({"id": 100, "card_id": 10, "count": 2, "agenda_item_id": 5, "participant_id": 9})
    sample["actions"].append({"id": 7, "text": ZOE_COMMITMENT, "agenda_item_id": 7, "owners": [9],
                              "due": "2026-12-01", "measure": "Handover notes read by planning",
                              "strategy": "open-communication", "support": "Kwame Mensah's template",
                              "checkin": "", "status": "open", "position": 6})
    sample["notes"].append({"id": 5, "text": SECRET, "agenda_item_id": 6, "private": True})
    path = tmp_path / "sample-with-zoe.json"
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space as one space (a name broken over two lines
    is still found)."""
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.fixture
def zoe_data(ctx, tmp_path):
    return ctx.store.load_workshop_data(import_workshop_file(ctx, sample_with_zoe(tmp_path)))


def test_the_sponsor_report_names_nobody_and_prints_no_private_note(zoe_data, tmp_path):
    from workshop_app.plans import write_sponsor_report

    text = pdf_text(write_sponsor_report(zoe_data, tmp_path / "report-sponsor.pdf", invariant=True))
    for person in zoe_data.participants:
        assert person.name not in text
        assert person.role not in text  # "Managing director" is one person
        if person.email:
            assert person.email not in text
    assert "Zoë" not in text and "&amp;" not in text
    for note in zoe_data.notes:
        if note.private:
            assert note.text[:30] not in text
    assert "MARMOTSECRET" not in text and "Tension between" not in text
    # each person's own commitments are counted, never printed (nor their measure or support)
    assert "KESTRELPLEDGE" not in text and "every Monday at 08:30" not in text
    assert "Kwame Mensah" not in text and "Tomás to co-chair" not in text
    assert "Shared with" not in text and "Actions by owner" not in text


def test_the_sponsor_report_still_shows_the_results(zoe_data, tmp_path):
    from workshop_app.plans import write_sponsor_report

    text = pdf_text(write_sponsor_report(zoe_data, tmp_path / "report-sponsor.pdf", invariant=True))
    assert "Sponsor report" in text and "Leaders and operations: closing the gap" in text
    assert "9 people took part" in text
    assert "7 commitments by 9 of 9 participants" in text
    assert "With a measure of success 7 of 7" in text and "With a check-in date 5 of 7" in text
    assert "The six ways in the commitments" in text
    assert "Night shift never sees the weekly plan" in text  # the room's cards, without who wrote them
    assert "Weekly 30-minute ops and leadership stand-up" in text  # the dot vote
    assert "26 dots from 9 participants" in text
    assert "Matrix results" in text and "Agenda as run" in text
    assert "Notes" not in text and "Bring this plan to the follow-up" not in text  # the facilitator's notes
    assert "Kwame and Sato" not in text  # as one of them names people
    # the leadership side has two raters: no mean by side (the room's means still print)
    assert "Mean by side" not in text
    assert "fewer than 3 people" in text
    assert "at least 3 people" in text  # the rule, in the small print


def test_means_by_side_print_when_every_side_has_three_raters(ctx, tmp_path):
    from workshop_app.plans import write_sponsor_report

    data = ctx.store.load_workshop_data(import_workshop_file(ctx, sample_with_zoe(tmp_path, leaders=1)))
    text = pdf_text(write_sponsor_report(data, tmp_path / "report-sponsor.pdf", invariant=True))
    assert "Mean by side" in text
    assert "Leader Number0" not in text and "Director" not in text


def test_a_criterion_fewer_than_three_people_rated_prints_no_mean(ctx, tmp_path):
    from workshop_app.plans import write_sponsor_report

    path = sample_with_zoe(tmp_path)
    sample = json.loads(path.read_text(encoding="utf-8"))
    sample["ratings"] = [r for r in sample["ratings"] if r["participant_id"] in (1, 2)]
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    data = ctx.store.load_workshop_data(import_workshop_file(ctx, path))
    text = pdf_text(write_sponsor_report(data, tmp_path / "report-sponsor.pdf", invariant=True))
    assert "fewer than 3 people" in text
    for criterion in data.ratings[0].criterion, data.ratings[-1].criterion:
        assert f"{criterion} 2 \u2013 \u2013 \u2013" in text  # two ratings: no mean, lowest or highest


def test_the_report_command_writes_the_sponsor_report(run_cli, tmp_path):
    folder = tmp_path / "cli-data"
    code, _, stderr = run_cli("workshops", "import", str(sample_with_zoe(tmp_path)), data_dir=str(folder))
    assert code == 0, stderr
    out = tmp_path / "for the sponsor"
    out.mkdir()
    code, stdout, stderr = run_cli("report", "1", "--out", str(out), "--sponsor", data_dir=str(folder))
    assert code == 0, stderr
    assert stdout.strip() == str(out / "report-sponsor.pdf")
    text = pdf_text(out / "report-sponsor.pdf")
    assert "Sponsor report" in text and "Zoë" not in text and "MARMOTSECRET" not in text


def test_the_report_command_writes_into_a_folder_by_its_usual_name(run_cli, tmp_path):
    folder = tmp_path / "cli-data"
    run_cli("workshops", "import", str(sample_with_zoe(tmp_path)), data_dir=str(folder))
    out = tmp_path / "reports"
    out.mkdir()
    code, stdout, stderr = run_cli("report", "1", "--out", str(out), data_dir=str(folder))
    assert code == 0, stderr
    assert stdout.strip() == str(out / "facilitator-report.pdf")
    assert "MARMOTSECRET" in pdf_text(out / "facilitator-report.pdf")


def test_no_plan_takes_the_sponsor_reports_file_name(zoe_data):
    from workshop_app.plans import plan_file_names

    for name in ("Report Sponsor", "report sponsor"):
        zoe_data.participants[0].name = name
        assert plan_file_names(zoe_data)[0].casefold() == "report-sponsor-2.pdf"
