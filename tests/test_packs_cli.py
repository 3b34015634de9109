"""The ``packs`` command line: exit codes, --json shapes, one clear stderr line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from workshop_app.packs import load_pack

DATA = Path(__file__).parent / "data" / "packs"
FULL = DATA / "good" / "full.yaml"


def test_list_json_shape(run_cli):
    code, out, err = run_cli("packs", "list", "--json")
    assert (code, err) == (0, "")
    listing = json.loads(out)
    assert isinstance(listing, list)
    for entry in listing:
        assert {"id", "title", "version", "exercises", "builtin"} <= set(entry)
        assert isinstance(entry["exercises"], int) and entry["builtin"] is True


def test_import_then_list_and_show(run_cli):
    code, out, err = run_cli("packs", "import", str(FULL))
    assert (code, err) == (0, "")
    assert out.startswith("Imported test-full (Every field, every capture, 6 exercises) as ")
    code, out, _ = run_cli("packs", "list", "--json")
    mine = [e for e in json.loads(out) if e["id"] == "test-full"]
    assert mine == [{**mine[0], "title": "Every field, every capture", "version": "1.2.0-beta+3",
                     "exercises": 6, "builtin": False}]
    code, out, _ = run_cli("packs", "list")
    assert code == 0 and any(line.startswith("test-full ") and "user" in line for line in out.splitlines())
    code, out, _ = run_cli("packs", "show", "test-full")
    assert code == 0
    assert "Every field, every capture (test-full) 1.2.0-beta+3" in out
    assert any(line.split()[:3] == ["vote-one", "5", "Dot"] for line in out.splitlines())
    assert any(line.split()[:4] == ["short", "45", "4", "A"] for line in out.splitlines())


def test_show_json_is_the_full_pack(run_cli):
    run_cli("packs", "import", str(FULL))
    code, out, err = run_cli("packs", "show", "test-full", "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["builtin"] is False
    assert shown["exercises"][3]["capture"] == {"type": "rating", "criteria": ["Listening", "Deciding"],
                                                "scale_min": 0, "scale_max": 10}
    assert shown["agendas"][0]["items"][1] == {"break": "Coffee", "minutes": 10}


def test_show_unknown_id(run_cli):
    code, out, err = run_cli("packs", "show", "nope")
    assert (code, out) == (1, "")
    assert err == "workshop-app: No pack with id 'nope'.\n"


def test_validate_prints_ok_or_every_problem(run_cli):
    bad = DATA / "bad" / "duplicate-ids.yaml"
    code, out, err = run_cli("packs", "validate", str(FULL))
    assert (code, out, err) == (0, f"{FULL}: ok\n", "")
    code, out, err = run_cli("packs", "validate", str(FULL), str(bad), "missing.yaml")
    assert code == 1
    assert out.splitlines() == [
        f"{FULL}: ok",
        f"{bad}:13:9: exercises[1].id: duplicate exercise id 'one' (also used by exercises[0])",
        f"{bad}:22:10: agendas[1].id: duplicate agenda id 'day' (also used by agendas[0])",
        "missing.yaml: no such file",
    ]
    assert err == "workshop-app: 2 of 3 files are not valid packs\n"
    code, out, err = run_cli("packs", "validate", str(bad))
    assert (code, err) == (1, f"workshop-app: {bad} is not a valid pack\n")


def test_import_errors_are_one_line_plus_problems(run_cli):
    bad = DATA / "bad" / "wrong-types.yaml"
    code, out, err = run_cli("packs", "import", str(bad))
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == f"workshop-app: {bad} is not a valid pack: 3 problems"
    assert lines[1] == f"  {bad}:4:10: version: must be text (put the value in quotes)"
    assert len(lines) == 4 and "Traceback" not in err


def test_reimport_needs_replace(run_cli):
    run_cli("packs", "import", str(FULL))
    code, _, err = run_cli("packs", "import", str(FULL))
    assert code == 1
    assert err == ("workshop-app: A user pack with id 'test-full' is already imported (test-full.yaml). "
                   "Use --replace to replace it.\n")
    code, out, err = run_cli("packs", "import", str(FULL), "--replace")
    assert (code, err) == (0, "")


def test_export_round_trips(run_cli, tmp_path):
    run_cli("packs", "import", str(FULL))
    for name in ("out.yaml", "out.wspack"):
        out_path = tmp_path / name
        code, out, err = run_cli("packs", "export", "test-full", str(out_path))
        assert (code, err) == (0, "")
        assert out == f"Exported test-full to {out_path}\n"
        exported, original = load_pack(out_path), load_pack(FULL)
        exported.source = original.source
        assert exported == original
    code, _, err = run_cli("packs", "export", "test-full", str(tmp_path / "out.pdf"))
    assert code == 1 and err.count("\n") == 1 and "must end in .yaml or .wspack" in err
    code, _, err = run_cli("packs", "export", "test-full", str(tmp_path / "no" / "such" / "dir.yaml"))
    assert code == 1 and err.startswith("workshop-app: Cannot write ") and err.count("\n") == 1


def test_list_warns_about_broken_user_packs(run_cli, tmp_path):
    data = tmp_path / "data"
    (data / "packs").mkdir(parents=True)
    (data / "packs" / "broken.yaml").write_text("format: 1\n")
    code, out, err = run_cli("packs", "list", "--json", data_dir=str(data))
    assert code == 0
    assert all(e["builtin"] for e in json.loads(out))
    assert err.startswith(f"warning: skipped {data}/packs/broken.yaml is not a valid pack: 4 problems")


def test_packs_needs_a_subcommand(run_cli, capsys):
    import pytest

    with pytest.raises(SystemExit) as exited:
        run_cli("packs")
    assert exited.value.code == 2
