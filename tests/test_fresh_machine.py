"""A fresh machine: files written follow the umask, the data folder is where the README says,
a missing Qt platform library is named with the package to install."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")


@contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_files_follow_the_umask(run_cli, tmp_path, mask, expected):
    out = tmp_path / "out"
    with umask(mask):
        code, printed, err = run_cli("demo", "--out", str(out))
        assert code == 0, err
        pdfs = [Path(line) for line in printed.split("\n") if line.strip()]
        assert {p.name for p in pdfs} >= {"facilitator-report.pdf", "run-sheet.pdf"}
        code, printed, err = run_cli("workshops", "import", "--json", str(_sample()))
        assert code == 0, err
        workshop_id = str(__import__("json").loads(printed)["id"])
        assert run_cli("workshops", "export", workshop_id, str(out / "workshop.json"))[0] == 0
        pack_id = _first_pack(run_cli)
        assert run_cli("packs", "export", pack_id, str(out / "pack.wspack"))[0] == 0
        assert run_cli("packs", "export", pack_id, str(out / "pack.yaml"))[0] == 0
    written = [*pdfs, out / "workshop.json", out / "pack.wspack", out / "pack.yaml"]
    assert {p.name: oct(mode(p)) for p in written} == {p.name: oct(expected) for p in written}
    assert not [p for p in out.rglob(".*")]  # no temporary file left behind


def _sample() -> Path:
    from workshop_app.resources import sample_workshop_path

    return sample_workshop_path()


def _first_pack(run_cli) -> str:
    import json

    code, printed, err = run_cli("packs", "list", "--json")
    assert code == 0, err
    return json.loads(printed)[0]["id"]


# -- the data folder ------------------------------------------------------------------------
linux_only = pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="XDG folders are Linux's")


@linux_only
def test_default_data_folder_is_the_one_the_readme_names(monkeypatch, tmp_path):
    from workshop_app.paths import default_data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert default_data_dir() == tmp_path / "share" / "workshop-app"
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`~/.local/share/workshop-app/`" in readme


@linux_only
def test_data_in_the_old_doubled_folder_is_kept_in_use(monkeypatch, tmp_path):
    from workshop_app.paths import default_data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    old = tmp_path / "share" / "workshop-app" / "workshop-app"
    old.mkdir(parents=True)
    assert default_data_dir() == old.parent  # an old folder without a database: the new place
    (old / "workshops.db").write_bytes(b"")
    assert default_data_dir() == old  # an earlier version's data stays where it is
    (old.parent / "workshops.db").write_bytes(b"")
    assert default_data_dir() == old.parent  # once the new place has a database, it wins


def test_empty_data_dir_option_is_refused(tmp_path, monkeypatch, capsys):
    from workshop_app.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    for argv in (("workshops", "list"), ("doctor",), ("--benchmark-startup",)):
        code = main(["--data-dir", "", *argv])
        err = capsys.readouterr().err
        assert code != 0 and "--data-dir" in err and "Traceback" not in err, (argv, err)
        assert len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no data folder was made anywhere


# -- the Qt platform libraries --------------------------------------------------------------
X11 = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
MISSING = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")


def lacking(monkeypatch, *names: str) -> None:
    """This machine lacks ``names`` (whatever it really has)."""
    from workshop_app import platform_libs

    monkeypatch.setattr(platform_libs, "_load", lambda soname: soname if soname in names else None)


def x11_session(monkeypatch, **extra: str) -> None:
    for key in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(key, raising=False)
    for key, value in {**X11, **extra}.items():
        monkeypatch.setenv(key, value)


@linux_only
def test_the_xcb_plugin_needs_are_read_from_the_plugin():
    from workshop_app import platform_libs

    needed = platform_libs.needed_libraries()
    if needed is None:
        pytest.skip("this Qt has no xcb platform plugin")
    assert set(MISSING) <= needed


@linux_only
def test_missing_platform_library_is_named_with_its_package(monkeypatch, tmp_path, capsys):
    from workshop_app.cli import main

    x11_session(monkeypatch)
    lacking(monkeypatch, *MISSING)
    code = main(["--data-dir", str(tmp_path / "d")])  # the README's first command: the window
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in err
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in err
    assert "libxcb-icccm.so.4" in err and len(err.strip().splitlines()) <= 4


@linux_only
def test_platform_check_only_where_xcb_would_load(monkeypatch):
    from workshop_app import platform_libs

    lacking(monkeypatch, *MISSING)
    x11_session(monkeypatch)
    assert platform_libs.missing_libraries() == list(MISSING)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_libs.missing_libraries() == []
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert platform_libs.missing_libraries() == list(MISSING)  # unset: xcb on an X11 desktop
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")  # a Wayland desktop: Qt uses wayland
    assert platform_libs.missing_libraries() == []
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.delenv("DISPLAY")
    assert platform_libs.missing_libraries() == []  # no display at all: Qt says so itself
    lacking(monkeypatch)
    x11_session(monkeypatch)
    assert platform_libs.missing_libraries() == []


@linux_only
def test_doctor_reports_the_missing_library(monkeypatch, run_cli):
    x11_session(monkeypatch)
    lacking(monkeypatch, "libxcb-cursor.so.0")
    code, out, err = run_cli("doctor")
    assert code == 1 and "Traceback" not in out + err
    line = next(x for x in out.splitlines() if x.startswith("FAIL  Qt platform plugin"))
    assert "libxcb-cursor.so.0" in line and "apt install libxcb-cursor0" in line
    assert "dnf install xcb-util-cursor" in line
    assert "Qt:" in line  # Qt's own words are kept
