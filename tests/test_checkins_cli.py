"""``workshop-app checkin ID`` and ``checkins list ID``: check-ins planned from the command line
(by default on the 30, 60 and 90 days after the workshop), and services.followup behind them."""

from __future__ import annotations

import datetime as dt
import json

from workshop_app.model.workshop import Workshop
from workshop_app.resources import sample_workshop_path
from workshop_app.services.followup import default_checkin_dates, plan_checkin


def _sample(run_cli) -> tuple[int, dict]:
    """The sample workshop imported from its file: its id and the file's content."""
    path = sample_workshop_path()
    code, out, err = run_cli("workshops", "import", str(path), "--json")
    assert (code, err) == (0, "")
    return json.loads(out)["id"], json.loads(path.read_text(encoding="utf-8"))


def _listed(run_cli, wid) -> list[dict]:
    code, out, err = run_cli("checkins", "list", str(wid), "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_checkin_plans_the_30_60_and_90_day_checkins_in_turn(run_cli):
    wid, sample = _sample(run_cli)
    expected = default_checkin_dates(Workshop(title="x", date=sample["workshop"]["date"]))
    planned = []
    for _ in expected:
        code, out, err = run_cli("checkin", str(wid))
        assert (code, err) == (0, "")
        planned.append(out)
    assert [line.split(" on ")[1].split(" ")[0] for line in planned] == expected
    listed = _listed(run_cli, wid)
    assert [(c["date"], c["title"]) for c in listed] == list(zip(expected, [
        "30-day check-in", "60-day check-in", "90-day check-in"], strict=True))
    present = [p["id"] for p in sample["participants"] if not p.get("absent")]
    assert all(len(c["attendees"]) == len(present) for c in listed)
    code, out, err = run_cli("checkin", str(wid))
    assert code == 1 and out == ""
    assert "planned already" in err and "--date" in err
    assert len(_listed(run_cli, wid)) == 3


def test_a_checkin_on_a_later_day_moves_the_next_default_on(run_cli):
    wid, sample = _sample(run_cli)
    thirty, sixty, _ = default_checkin_dates(Workshop(title="x", date=sample["workshop"]["date"]))
    late = (dt.date.fromisoformat(thirty) + dt.timedelta(days=5)).isoformat()  # day 35
    assert run_cli("checkin", str(wid), "--date", late)[0] == 0
    code, out, _ = run_cli("checkin", str(wid), "--json")
    assert code == 0
    made = json.loads(out)
    assert (made["date"], made["title"]) == (sixty, "60-day check-in")


def test_checkin_with_date_time_and_title(run_cli):
    wid, _ = _sample(run_cli)
    code, out, err = run_cli("checkin", str(wid), "--date", "2027-01-14", "--time", "9:30",
                             "--title", "Team review", "--json")
    assert (code, err) == (0, "")
    made = json.loads(out)
    assert (made["date"], made["time"], made["title"]) == ("2027-01-14", "09:30", "Team review")
    code, out, _ = run_cli("checkins", "list", str(wid))
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Date", "Time", "Title", "Attending", "Reviewed", "New", "commitments"]
    assert lines[1].split()[:5] == [str(made["id"]), "2027-01-14", "09:30", "Team", "review"]


def test_a_wrong_date_or_time_or_workshop_is_refused_and_nothing_planned(run_cli):
    wid, _ = _sample(run_cli)
    for argv, said in [(("--date", "2027-02-30"), "2027-02-30"), (("--date", "14/01/2027"), "14/01/2027"),
                       (("--date", "2027-01-14", "--time", "25:00"), "25:00")]:
        code, out, err = run_cli("checkin", str(wid), *argv)
        assert code == 1 and out == ""
        assert said in err and "Traceback" not in err
    code, _, err = run_cli("checkin", "999")
    assert code != 0 and "999" in err
    code, _, err = run_cli("checkins", "list", "999")
    assert code != 0 and "999" in err
    assert _listed(run_cli, wid) == []


def test_a_workshop_without_a_date_needs_date(run_cli, tmp_path):
    data_dir = str(tmp_path / "cli-data")
    run_cli("workshops", "list")
    from workshop_app.paths import DataDir
    from workshop_app.storage import open_store

    store, _ = open_store(DataDir(tmp_path / "cli-data"))
    try:
        wid = store.create_workshop(Workshop(title="Undated")).id
    finally:
        store.close()
    code, out, err = run_cli("checkin", str(wid), data_dir=data_dir)
    assert code == 1 and "no date" in err and "--date" in err
    assert run_cli("checkin", str(wid), "--date", "2027-01-14", data_dir=data_dir)[0] == 0
    code, out, _ = run_cli("checkins", "list", str(wid), data_dir=data_dir)
    assert "2027-01-14" in out


def test_no_checkins_listed_says_so(run_cli):
    wid, _ = _sample(run_cli)
    code, out, _ = run_cli("checkins", "list", str(wid))
    assert (code, out.strip()) == (0, f"No check-ins planned for workshop {wid}.")


def test_the_default_dates_and_plan_checkin(ctx):
    assert default_checkin_dates(Workshop(title="x", date="2026-11-30")) == [
        "2026-12-30", "2027-01-29", "2027-02-28"]
    assert default_checkin_dates(Workshop(title="x")) == []
    w = ctx.store.create_workshop(Workshop(title="x", date="2026-11-30"))
    made = plan_checkin(ctx.store, w.id, " 2026-12-30 ", "14.05", "  First   look ")
    assert (made.date, made.time, made.title) == ("2026-12-30", "14:05", "First look")
    assert ctx.store.get_checkin(made.id) == made
