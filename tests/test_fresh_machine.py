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
