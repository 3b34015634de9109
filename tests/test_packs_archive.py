""".wspack archives: reading with assets, and every refusal (archives built here, written to real files)."""

from __future__ import annotations

import stat
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from workshop_app.packs import PackError, limits, load_pack, read_pack, write_wspack
from workshop_app.packs import archive as archive_module

GOOD_YAML = (Path(__file__).parent / "data" / "packs" / "good" / "full.yaml").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def make_zip(path: Path, members: list[tuple[str, bytes]], *, attrs: dict[str, int] | None = None,
             flags: dict[str, int] | None = None) -> Path:
    """Write an archive with the given members; ``attrs``/``flags`` set external_attr/flag_bits by name."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (attrs or {}).get(name, 0o100644 << 16)
            zf.writestr(info, data)
            info.flag_bits |= (flags or {}).get(name, 0)
    return path


def refused(path: Path, words: str) -> PackError:
    with pytest.raises(PackError) as caught:
        load_pack(path)
    error = caught.value
    assert str(path) in str(error)
    assert any(words in line and line.startswith(str(path)) for line in error.details), error.details
    return error


def test_archive_with_assets_loads(tmp_path):
    path = make_zip(tmp_path / "good.wspack", [("pack.yaml", GOOD_YAML), ("assets/", b""),
                                               ("assets/img/matrix.png", PNG), ("README.txt", b"ignored")])
    loaded = read_pack(path)
    assert loaded.pack.id == "test-full"
    assert loaded.pack.source == str(path)
    assert loaded.assets == {"assets/img/matrix.png": PNG}


def test_problems_inside_name_the_archive_and_member_with_lines(tmp_path):
    bad = GOOD_YAML.replace(b"    minutes: 15\n", b"    minutes: fifteen\n", 1)
    path = make_zip(tmp_path / "bad.wspack", [("pack.yaml", bad)])
    error = refused(path, "exercises[0].minutes: must be a whole number")
    assert error.details[0].startswith(f"{path}/pack.yaml:17:14: ")


@pytest.mark.parametrize(("member", "words"), [
    ("/etc/evil.png", "the name is an absolute path"),
    ("C:/evil.png", "the name is an absolute path"),
    ("assets/../../evil.png", "the name holds '..'"),
    ("assets\\..\\evil.png", "the name holds a backslash"),
])
def test_bad_member_names(tmp_path, member, words):
    path = make_zip(tmp_path / "names.wspack", [("pack.yaml", GOOD_YAML), (member, PNG)])
    refused(path, words)


def test_symlink_member(tmp_path):
    link = (stat.S_IFLNK | 0o777) << 16
    path = make_zip(tmp_path / "link.wspack", [("pack.yaml", GOOD_YAML), ("assets/passwd", b"/etc/passwd")],
                    attrs={"assets/passwd": link})
    refused(path, "member 'assets/passwd' refused: it is a link")


def test_encrypted_member(tmp_path):
    path = make_zip(tmp_path / "secret.wspack", [("pack.yaml", GOOD_YAML)], flags={"pack.yaml": 0x1})
    refused(path, "it is encrypted")


def test_duplicate_member_names(tmp_path):
    path = tmp_path / "twice.wspack"
    with pytest.warns(UserWarning, match="Duplicate name"):
        make_zip(path, [("pack.yaml", GOOD_YAML), ("pack.yaml", b"format: 1\n")])
    refused(path, "the archive holds it twice")


def test_no_pack_yaml(tmp_path):
    empty = make_zip(tmp_path / "empty.wspack", [("assets/a.png", PNG)])
    refused(empty, "no pack.yaml at the top of the archive")
    nested = make_zip(tmp_path / "nested.wspack", [("my-pack/pack.yaml", GOOD_YAML)])
    refused(nested, "(found my-pack/pack.yaml: zip the folder's contents, not the folder)")


def test_corrupt_and_truncated_archives(tmp_path):
    junk = tmp_path / "junk.wspack"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    refused(junk, "not a readable .wspack (zip) archive")
    good = make_zip(tmp_path / "good.wspack", [("pack.yaml", GOOD_YAML)])
    truncated = tmp_path / "truncated.wspack"
    truncated.write_bytes(good.read_bytes()[:-30])
    refused(truncated, "not a readable .wspack (zip) archive")
    flipped = bytearray(good.read_bytes())
    flipped[60] ^= 0xFF  # inside the compressed data
    damaged = tmp_path / "damaged.wspack"
    damaged.write_bytes(bytes(flipped))
    refused(damaged, "member 'pack.yaml' is damaged")


def test_too_many_members(tmp_path):
    members = [("pack.yaml", GOOD_YAML)] + [(f"assets/{i}.txt", b"") for i in range(limits.MAX_MEMBERS)]
    refused(make_zip(tmp_path / "many.wspack", members), f"at most {limits.MAX_MEMBERS} are allowed")


def test_archive_file_over_its_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ARCHIVE_BYTES", 1000)
    path = make_zip(tmp_path / "big.wspack", [("pack.yaml", GOOD_YAML), ("assets/a.bin", PNG * 10)])
    refused(path, "the file is larger than 1000 bytes")


def _bomb(path: Path, megabytes: int, name: str = "pack.yaml") -> Path:
    """A small archive whose member unpacks to ``megabytes`` MB of spaces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(name, "w") as member:
        chunk = b" " * (1024 * 1024)
        for _ in range(megabytes):
            member.write(chunk)
    return path


def _refused_bounded(path: Path, words: str, monkeypatch, unpacked_at_most: int = 0) -> None:
    """Refused with ``words`` having unpacked at most ``unpacked_at_most`` bytes (0: refused by the
    headers alone) and used at most 16 MB of memory: bounded work, counted, never timed."""
    unpacked = []
    read = zipfile.ZipExtFile.read

    def counted(member, n=-1):
        data = read(member, n)
        unpacked.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counted)
    tracemalloc.start()
    try:
        refused(path, words)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert sum(unpacked) <= unpacked_at_most, sum(unpacked)
    assert peak < 16 * 1024 * 1024


def test_zip_bomb_is_refused_by_its_header(tmp_path, monkeypatch):
    path = _bomb(tmp_path / "bomb.wspack", 200)
    assert path.stat().st_size < 1024 * 1024
    _refused_bounded(path, "it is larger than 5 MB uncompressed", monkeypatch)


def test_many_members_over_the_total(tmp_path, monkeypatch):
    with zipfile.ZipFile(tmp_path / "total.wspack", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pack.yaml", GOOD_YAML)
        for i in range(5):
            zf.writestr(f"assets/{i}.bin", b"\0" * (limits.MAX_MEMBER_BYTES - 1))
    _refused_bounded(tmp_path / "total.wspack", "the archive is larger than 20 MB uncompressed",
                     monkeypatch)


def test_zip_bomb_that_lies_about_its_size(tmp_path, monkeypatch):
    """The headers claim 1,000 bytes; the data unpacks to 200 MB. Reading stops at the claim."""
    path = _bomb(tmp_path / "liar.wspack", 200)
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        data[at + offset: at + offset + 4] = struct.pack("<I", 1000)
    path.write_bytes(bytes(data))
    _refused_bounded(path, "member 'pack.yaml' is damaged", monkeypatch,
                     unpacked_at_most=1000 + limits.READ_CHUNK)


def test_real_bytes_are_counted_even_when_the_header_checks_pass(tmp_path, monkeypatch):
    path = _bomb(tmp_path / "counted.wspack", 3)
    monkeypatch.setattr(archive_module, "_check_members", lambda infos, label: None)
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 1024 * 1024)
    refused(path, "member 'pack.yaml' refused: it unpacks to more than its size limit")


def test_writer_refuses_assets_it_could_not_read_back(tmp_path):
    pack = load_pack(make_zip(tmp_path / "good.wspack", [("pack.yaml", GOOD_YAML)]))
    from workshop_app.errors import UserError

    with pytest.raises(UserError, match="the name holds '..'"):
        write_wspack(pack, tmp_path / "out.wspack", {"../evil.png": PNG})
    with pytest.raises(UserError, match="larger than 5 MB"):
        write_wspack(pack, tmp_path / "out.wspack", {"big.bin": b"\0" * (limits.MAX_MEMBER_BYTES + 1)})
    assert not (tmp_path / "out.wspack").exists()
