"""The command line contract: version, help, errors without tracebacks, doctor, start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from workshop_app import __version__

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run_process(*args: str, cwd: str | None = None, as_nobody: bool = False, timeout: int = 120):
    preexec = None
    if as_nobody:
        def preexec():  # noqa: E306 - drop root so file permissions apply
            os.setgid(65534)
            os.setuid(65534)
    return subprocess.run([sys.executable, "-m", "workshop_app", *args], capture_output=True,
                          text=True, env=ENV, cwd=cwd or tempfile.gettempdir(), timeout=timeout,
                          preexec_fn=preexec)


def test_version_and_help(run_cli, capsys):
    with pytest.raises(SystemExit) as info:
        run_cli("--version")
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        run_cli("--help")
    out = capsys.readouterr().out
    for command in ("doctor", "packs", "workshops", "plans", "report", "demo"):
        assert command in out


def test_unknown_workshop_is_one_clear_line(run_cli):
    code, out, err = run_cli("workshops", "export", "999", "/tmp/never.json")
    assert code != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "999" in err


def test_doctor_passes_on_a_fresh_data_folder(run_cli, tmp_path):
    code, out, err = run_cli("doctor")
    assert code == 0, out + err
    lines = out.strip().splitlines()
    assert str(tmp_path / "cli-data") in lines[0]
    checks = [line for line in lines[1:]]
    assert len(checks) == 5 and all(line.startswith("ok") for line in checks), out


def test_doctor_json(run_cli):
    code, out, _ = run_cli("doctor", "--json")
    data = json.loads(out)
    assert code == 0
    assert {c["name"] for c in data["checks"]} >= {"database", "fonts", "built-in packs"}


def test_doctor_reports_a_data_folder_that_is_a_file(run_cli, tmp_path):
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("x")
    code, out, err = run_cli("doctor", data_dir=str(not_a_folder))
    assert code == 1
    assert "FAIL  data folder" in out and str(not_a_folder) in out
    assert "Traceback" not in out + err


def _read_only_folder() -> Path:
    base = Path(tempfile.mkdtemp(prefix="wsa-ro-"))
    base.chmod(0o755)
    data = base / "data"
    data.mkdir()
    data.chmod(0o555)
    return data


@pytest.mark.skipif(not hasattr(os, "setuid"), reason="needs POSIX users")
def test_read_only_data_folder_doctor_and_launch():
    data = _read_only_folder()
    as_nobody = os.geteuid() == 0  # root ignores permissions: run as an ordinary user
    doctor = run_process("--data-dir", str(data), "doctor", as_nobody=as_nobody)
    assert doctor.returncode == 1
    assert "FAIL  data folder" in doctor.stdout and "not writable" in doctor.stdout
    assert "Traceback" not in doctor.stdout + doctor.stderr
    launch = run_process("--data-dir", str(data), "--benchmark-startup", as_nobody=as_nobody)
    assert launch.returncode == 1
    assert str(data) in launch.stderr and "Traceback" not in launch.stderr


def test_environment_variable_moves_the_data(tmp_path):
    target = tmp_path / "usb-stick"
    env = {**ENV, "WORKSHOP_APP_DATA_DIR": str(target)}
    proc = subprocess.run([sys.executable, "-m", "workshop_app", "workshops", "list", "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
    assert (target / "workshops.db").exists()


def test_benchmark_startup_loads_no_pdf_or_pack_parsing(tmp_path):
    probe = (
        "import sys\n"
        "from workshop_app.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'd')!r}, '--benchmark-startup'])\n"
        "heavy = [m for m in ('reportlab', 'yaml', 'jsonschema', 'workshop_app.packs.loader')"
        " if m in sys.modules]\n"
        "print('heavy=' + ','.join(heavy))\n"
        "sys.exit(code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=ENV,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "startup_ms=" in proc.stdout
    assert "heavy=\n" in proc.stdout, proc.stdout
