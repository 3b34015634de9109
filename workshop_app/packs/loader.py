"""Loading pack files: ``*.yaml``/``*.yml`` and ``*.wspack``, checked completely before use.

Every problem is reported together as ``FILE:LINE:COLUMN: field: message`` in
a :class:`PackError`; a file that loads is a valid :class:`Pack`.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.errors import NotFoundError, UserError
from workshop_app.i18n import translate
from workshop_app.model.pack import Pack
from workshop_app.packs import limits
from workshop_app.packs.archive import PACK_MEMBER, read_wspack
from workshop_app.packs.convert import pack_from_dict
from workshop_app.packs.errors import Finding, PackError, Problem, field_path, file_problem
from workshop_app.packs.rules import format_finding, rule_findings
from workshop_app.packs.safe_yaml import YamlDocument, read_yaml
from workshop_app.packs.schema_check import schema_findings
from workshop_app.packs.writer import dump_pack_yaml

YAML_SUFFIXES = (".yaml", ".yml")
ARCHIVE_SUFFIX = ".wspack"
PACK_SUFFIXES = (*YAML_SUFFIXES, ARCHIVE_SUFFIX)


@dataclass
class PackFile:
    """A loaded pack file: the pack, its assets (archives only) and the file's bytes as read."""

    pack: Pack
    assets: dict[str, bytes] = field(default_factory=dict)
    data: bytes = b""


def _findings(data: dict, assets: Collection[str] | None) -> list[Finding]:
    newer = format_finding(data)
    if newer is not None:
        return [newer]
    return schema_findings(data, limits.MAX_SHOWN_PROBLEMS) + rule_findings(data, assets)


def _place(doc: YamlDocument, label: str, finding: Finding) -> Problem:
    line, column = doc.place(finding.path, finding.at_key)
    return Problem(label, line, column, field_path(finding.path), finding.message)


def _under_voided(doc: YamlDocument, finding: Finding) -> bool:
    return any(finding.path[:n] in doc.voided for n in range(len(finding.path) + 1))


def parse_pack_yaml(data: bytes | str, label: str = PACK_MEMBER, *, builtin: bool = False,
                    source: str = "", assets: Collection[str] | None = None) -> Pack:
    """The Pack in a YAML file's content; PackError naming ``label`` with every problem if invalid.

    ``assets``: the pack's archive members (pictures must be among them), or None not to check.
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    doc = read_yaml(raw, label)
    problems = list(doc.problems)
    problems += [_place(doc, label, f) for f in _findings(doc.data, assets) if not _under_voided(doc, f)]
    if problems:
        raise PackError(label, problems)
    return pack_from_dict(doc.data, builtin=builtin, source=source)


def _read_bounded(path: Path, cap: int, label: str) -> bytes:
    try:
        with path.open("rb") as handle:
            chunks: list[bytes] = []
            size = 0
            while size <= cap and (chunk := handle.read(limits.READ_CHUNK)):
                chunks.append(chunk)
                size += len(chunk)
        data = b"".join(chunks)
    except FileNotFoundError:
        raise NotFoundError(translate("Packs", "No such file: {path}").format(path=label)) from None
    except IsADirectoryError:
        raise PackError.single(label, translate("Packs", "this is a folder, not a pack file")) from None
    except OSError as exc:
        raise PackError.single(label, translate("Packs", "cannot read the file: {reason}")
                               .format(reason=exc.strerror or exc)) from None
    if len(data) > cap:
        raise PackError.single(label, translate("Packs",
                                                "the file is larger than {cap}, the limit for this kind "
                                                "of file").format(cap=limits.size_text(cap)))
    return data


def read_pack(path: str | os.PathLike, *, builtin: bool = False) -> PackFile:
    """Load a pack file (by its extension) with its assets and raw bytes.

    Raises PackError (every problem, named by file and line), or NotFoundError.
    """
    path = Path(path)
    label = str(path)
    suffix = path.suffix.lower()
    if suffix not in PACK_SUFFIXES:
        if not path.exists():
            raise NotFoundError(translate("Packs", "No such file: {path}").format(path=label))
        raise PackError.single(label, translate("Packs",
                                                "not a pack file: a pack ends in .yaml, .yml or .wspack"))
    if suffix == ARCHIVE_SUFFIX:
        data = _read_bounded(path, limits.MAX_ARCHIVE_BYTES, label)
        pack_yaml, assets = read_wspack(data, label)
        inner = f"{label}/{PACK_MEMBER}"
        try:
            pack = parse_pack_yaml(pack_yaml, inner, builtin=builtin, source=label, assets=assets)
        except PackError as exc:
            raise PackError(label, exc.problems) from None
        return PackFile(pack, assets, data)
    data = _read_bounded(path, limits.MAX_FILE_BYTES, label)
    return PackFile(parse_pack_yaml(data, label, builtin=builtin, source=label, assets=()), {}, data)


def load_pack(path: str | os.PathLike, *, builtin: bool = False) -> Pack:
    """The Pack in a ``.yaml``/``.yml``/``.wspack`` file; PackError or NotFoundError if unusable."""
    return read_pack(path, builtin=builtin).pack


def validate_file(path: str | os.PathLike) -> list[Problem]:
    """Every problem of a pack file ([] when it is valid); never raises for a bad file."""
    try:
        read_pack(path)
    except PackError as exc:
        return exc.problems
    except NotFoundError:
        return [file_problem(str(path), translate("Packs", "no such file"))]
    except UserError as exc:
        return [file_problem(str(path), str(exc))]
    return []


def check_pack(pack: Pack) -> None:
    """Raise PackError if an in-memory pack (for example one being edited) would not load back."""
    parse_pack_yaml(dump_pack_yaml(pack), f"{pack.id or 'pack'}.yaml")
