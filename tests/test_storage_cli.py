"""The storage commands through the command line: exit codes, --json shapes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage_helpers import DATA

MINIMAL = str(DATA / "minimal.json")


@pytest.fixture
def cli_dir(tmp_path) -> Path:
    return tmp_path / "cli-data"


def imported(run_cli) -> int:
    code, out, err = run_cli("workshops", "import", MINIMAL, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)["id"]


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def test_import_list_export_delete(run_cli, tmp_path):
    wid = imported(run_cli)
    code, out, _ = run_cli("workshops", "import", MINIMAL)
    assert code == 0 and int(out) == wid + 1

    code, out, _ = run_cli("workshops", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [w["id"] for w in listed] == [wid + 1, wid]
    assert {k: listed[1][k] for k in ("title", "date", "participants", "actions")} == {
        "title": "Leadership meets operations", "date": "2026-03-12", "participants": 2, "actions": 2}

    code, out, _ = run_cli("workshops", "list")
    assert code == 0 and out.splitlines()[0].split() == ["ID", "Title", "Date", "Participants", "Actions"]
    assert "Leadership meets operations  2026-03-12  2" in out

    target = tmp_path / "out.json"
    code, out, _ = run_cli("workshops", "export", str(wid), str(target))
    assert code == 0 and out.strip() == str(target)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["workshop"]["title"] == "Leadership meets operations"
    assert exported["actions"][0]["owners"] == [exported["participants"][0]["id"]]

    code, out, _ = run_cli("workshops", "delete", str(wid))
    assert code == 0 and "Leadership meets operations" in out
    code, out, _ = run_cli("workshops", "list", "--json")
    assert [w["id"] for w in json.loads(out)] == [wid + 1]
    # A backup was taken first: restoring it brings the deleted workshop back.
    code, out, _ = run_cli("backups", "list", "--json")
    assert code == 0 and any("before-delete" in json.dumps(b) for b in json.loads(out))
    assert run_cli("restore")[0] == 0
    code, out, _ = run_cli("workshops", "list", "--json")
    assert wid in [w["id"] for w in json.loads(out)]


def test_empty_list(run_cli):
    assert run_cli("workshops", "list", "--json")[:2] == (0, "[]\n")
    code, out, _ = run_cli("workshops", "list")
    assert code == 0 and out.strip() == "No workshops yet."


@pytest.mark.parametrize("argv", [
    ("workshops", "export", "42", "x.json"),
    ("workshops", "delete", "42"),
])
def test_unknown_workshop_is_one_clear_line(run_cli, argv):
    code, out, err = run_cli(*argv)
    assert code == 1 and out == ""
    assert error_lines(err) == ["workshop-app: There is no workshop with id 42."]


def test_malformed_import_names_file_and_fields_and_writes_nothing(run_cli, tmp_path):
    data = json.loads(Path(MINIMAL).read_text(encoding="utf-8"))
    data["actions"][1]["owner"] = 7
    data["workshop"]["date"] = "2026-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run_cli("workshops", "import", str(bad), "--json")
    assert code == 1 and out == ""
    first, *details = error_lines(err)
    assert first.startswith(f"workshop-app: {bad} is not a usable workshop file: workshop.date")
    assert [d.strip() for d in details] == ["workshop.date: 2026-02-30 is not a real date",
                                            "actions[1].owner: 7 is not a participant id"]
    assert run_cli("workshops", "list", "--json")[1] == "[]\n"


def test_import_of_a_missing_file(run_cli, tmp_path):
    code, _out, err = run_cli("workshops", "import", str(tmp_path / "nope.json"))
    assert code == 1 and len(error_lines(err)) == 1 and "Cannot read" in err


def test_backup_list_and_restore_newest(run_cli, cli_dir):
    first = imported(run_cli)
    code, out, err = run_cli("backup")
    backup = Path(out.strip())
    assert (code, err) == (0, "") and backup.parent == cli_dir / "backups" and backup.exists()
    imported(run_cli)

    code, out, _ = run_cli("backups", "list", "--json")
    [listed] = json.loads(out)
    assert code == 0 and listed["name"] == backup.name and listed["reason"] == "manual"
    assert set(listed) >= {"name", "path", "created", "reason", "size"}
    code, out, _ = run_cli("backups", "list")
    assert code == 0 and backup.name in out

    code, out, _ = run_cli("restore", "--json")
    result = json.loads(out)
    assert code == 0 and result["restored"] == str(backup)
    assert Path(result["previous"]).parent == cli_dir / "damaged"
    code, out, _ = run_cli("workshops", "list", "--json")
    assert [w["id"] for w in json.loads(out)] == [first]


def test_restore_a_named_backup(run_cli):
    imported(run_cli)
    name = Path(run_cli("backup")[1].strip()).name
    code, out, _ = run_cli("restore", name)
    assert code == 0 and out.startswith("Restored")


def test_restore_errors_are_one_line(run_cli):
    code, _out, err = run_cli("restore")
    assert code == 1 and len(error_lines(err)) == 1 and "no backups" in err
    code, _out, err = run_cli("restore", "workshops-19990101T000000Z-manual.db")
    assert code == 1 and len(error_lines(err)) == 1 and "no backup" in err


def test_recovery_notice_goes_to_stderr(run_cli, cli_dir):
    imported(run_cli)
    run_cli("backup")
    with open(cli_dir / "workshops.db", "r+b") as fh:
        fh.write(b"not a database any more" * 10)
    code, out, err = run_cli("workshops", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    assert "moved to" in err and "restored" in err


def test_newer_database_refused_with_one_line(run_cli, cli_dir):
    import sqlite3

    imported(run_cli)
    conn = sqlite3.connect(cli_dir / "workshops.db")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, out, err = run_cli("workshops", "list")
    assert code == 1 and out == ""
    [line] = error_lines(err)
    assert "newer version" in line and str(cli_dir / "workshops.db") in line
