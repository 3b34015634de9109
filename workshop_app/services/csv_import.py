"""Participants from a CSV sign-up sheet or rows pasted from a spreadsheet. No Qt.

Reading never raises on odd input: any text gives rows and a list of problems,
each naming its line. Only a file that cannot be read at all (missing, too
large) raises :class:`CsvImportError`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.errors import UserError
from workshop_app.i18n import tr
from workshop_app.model import SIDES, Participant
from workshop_app.services.planning import participant_key

#: A sign-up sheet larger than this is not a sign-up sheet.
MAX_BYTES = 2 * 1024 * 1024
#: Participant fields a column can hold, in table order.
FIELDS = ("name", "role", "team", "side", "email")
DELIMITERS = (",", ";", "\t")

_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "fullname", "participant", "participant name", "person", "attendee"),
    "role": ("role", "job title", "job", "title", "position", "function"),
    "team": ("team", "department", "dept", "unit", "group", "division"),
    "side": ("side", "leadership or operations", "leadership/operations", "level"),
    "email": ("e-mail", "email", "mail", "e-mail address", "email address", "e mail"),
}
_SIDE_WORDS: dict[str, str] = {
    "leader": "leadership", "leaders": "leadership", "lead": "leadership",
    "manager": "management", "managers": "management", "mgmt": "management",
    "ops": "operations", "operation": "operations", "operational": "operations",
}
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]+$")


class CsvImportError(UserError):
    """The file cannot be read as a sign-up sheet at all."""


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return tr("CsvImport", "line {line}: {message}").format(line=self.line, message=self.message)


@dataclass
class ImportRow:
    line: int
    participant: Participant
    #: Why this row looks like someone already listed ("" when it does not).
    duplicate: str = ""


@dataclass
class Sheet:
    """A table read from text, before columns are assigned."""

    rows: list[tuple[int, list[str]]]  # (line number, cells)
    delimiter: str = ","
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(cells) for _line, cells in self.rows), default=0)


@dataclass
class ImportResult:
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    blank: int = 0

    def new_participants(self, include_duplicates: bool = False) -> list[Participant]:
        return [r.participant for r in self.rows if include_duplicates or not r.duplicate]

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.duplicate]


# -- reading ------------------------------------------------------------------------------------
def read_file(path: str | Path) -> tuple[str, list[str]]:
    """The text of a sign-up sheet and notes about how it was decoded."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CsvImportError(tr(
                "CsvImport", "{file} is {size} MB; a sign-up sheet can be at most {max} MB. "
                "Save only the participants' rows as CSV and import that file.").format(
                file=path.name, size=round(size / 1024 / 1024, 1), max=MAX_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(tr("CsvImport", "Cannot read {file}: {reason}").format(
            file=path, reason=exc.strerror or exc)) from exc
    return decode(data, path.name)


def decode(data: bytes, name: str = "") -> tuple[str, list[str]]:
    """UTF-8 (with or without a byte order mark), else Windows-1252 with a note saying so."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        note = tr("CsvImport", "{file} is not UTF-8; it was read as Windows-1252 (Western European). "
                  "Check accented names in the preview.").format(file=name or tr("CsvImport", "The file"))
        return data.decode("cp1252", errors="replace"), [note]


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: what csv.Sniffer finds, else the one most lines share."""
    sample = "\n".join(text.splitlines()[:50])
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    if found in DELIMITERS:
        return found
    lines = [line for line in sample.splitlines() if line.strip()]
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        score = sum(1 for line in lines if delimiter in line)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_sheet(text: str, delimiter: str | None = None, quoted: bool = True) -> Sheet:
    """Rows of cells with their line numbers (quoted cells may span lines unless ``quoted`` is off:
    pasted cells are taken as they are, so a stray quote cannot swallow the rows after it)."""
    text = text.replace("\x00", "")
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE)
    rows: list[tuple[int, list[str]]] = []
    notes: list[str] = []
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            notes.append(str(Problem(reader.line_num, tr("CsvImport", "cannot be read ({reason})")
                                     .format(reason=exc))))
            break
        rows.append((line, [c.strip() for c in cells]))
        line = reader.line_num + 1
    return Sheet(rows, delimiter, notes)


# -- columns ------------------------------------------------------------------------------------
def _word(text: str) -> str:
    return " ".join(re.sub(r"[_*:]+", " ", text).split()).casefold()


def guess_columns(header: Sequence[str]) -> dict[str, int | None]:
    """Which column holds which field, from header words like Name, Role, Team, Side, E-mail."""
    found: dict[str, int | None] = dict.fromkeys(FIELDS)
    for col, cell in enumerate(header):
        word = _word(cell)
        for key, words in _HEADER_WORDS.items():
            if found[key] is None and word in words:
                found[key] = col
                break
    return found


def looks_like_header(cells: Sequence[str]) -> bool:
    """A first row naming at least the name column, or two known fields, is a header."""
    found = guess_columns(cells)
    known = sum(1 for v in found.values() if v is not None)
    return found["name"] is not None or known >= 2


def positional_columns(width: int, first_field: str = "name") -> dict[str, int | None]:
    """Columns in table order (name, role, team, side, e-mail), starting with ``first_field``."""
    start = FIELDS.index(first_field) if first_field in FIELDS else 0
    columns: dict[str, int | None] = dict.fromkeys(FIELDS)
    for offset, key in enumerate(FIELDS[start:]):
        if offset < width:
            columns[key] = offset
    return columns


# -- values -------------------------------------------------------------------------------------
def parse_side(text: str) -> str | None:
    """The side key for ``text`` (empty = other), or None when it is not a side."""
    word = _word(text)
    if not word:
        return "other"
    for key, label in SIDES.items():
        if word in (key, label.casefold(), tr("Model", label).casefold()):
            return key
    return _SIDE_WORDS.get(word)


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def side_names() -> str:
    return ", ".join(SIDES)


def build_rows(sheet: Sheet, columns: dict[str, int | None], skip_header: bool,
               existing: Iterable[Participant] = ()) -> ImportResult:
    """Participants from the sheet's rows; problems and duplicates named by line number."""
    result = ImportResult()
    if columns.get("name") is None:
        result.problems.append(Problem(1, tr("CsvImport", "no column is chosen for the name")))
        return result
    known = {participant_key(p): p for p in existing}
    seen: dict[tuple[str, str], int] = {}
    rows = sheet.rows[1:] if skip_header else sheet.rows
    for line, cells in rows:
        if not any(cells):
            result.blank += 1
            continue

        def cell(key: str, cells: list[str] = cells) -> str:
            col = columns.get(key)
            return cells[col] if col is not None and col < len(cells) else ""

        participant, problem = _participant(cell)
        if problem:
            result.problems.append(Problem(line, problem))
            continue
        key = participant_key(participant)
        if key in known:
            duplicate = tr("CsvImport", "already in this workshop")
        elif key in seen:
            duplicate = tr("CsvImport", "same name and e-mail as line {line}").format(line=seen[key])
        else:
            duplicate = ""
            seen[key] = line
        result.rows.append(ImportRow(line, participant, duplicate))
    return result


def _participant(cell) -> tuple[Participant, str]:
    name = " ".join(cell("name").split())
    participant = Participant(name=name, role=cell("role"), team=cell("team"), email=cell("email"))
    if not name:
        return participant, tr("CsvImport", "no name")
    side = parse_side(cell("side"))
    if side is None:
        return participant, tr("CsvImport", "'{value}' is not a side ({sides})").format(
            value=cell("side"), sides=side_names())
    participant.side = side
    if participant.email and not valid_email(participant.email):
        return participant, tr("CsvImport", "'{value}' is not an e-mail address").format(
            value=participant.email)
    return participant, ""


def parse_text(text: str, existing: Iterable[Participant] = (), first_field: str = "name",
               delimiter: str | None = None, quoted: bool = True
               ) -> tuple[Sheet, dict[str, int | None], bool, ImportResult]:
    """Everything in one go: read, guess the columns (header or table order), build the rows."""
    sheet = read_sheet(text, delimiter, quoted)
    first = sheet.rows[0][1] if sheet.rows else []
    header = looks_like_header(first)
    columns = guess_columns(first) if header else positional_columns(sheet.width, first_field)
    return sheet, columns, header, build_rows(sheet, columns, header, existing)


def parse_clipboard(text: str, existing: Iterable[Participant] = (),
                    first_field: str = "name") -> ImportResult:
    """Rows copied from a spreadsheet: always tab-separated (one column has no tabs at all)."""
    if len(text) > MAX_BYTES:
        return ImportResult(problems=[Problem(1, tr(
            "CsvImport", "the clipboard holds {size} MB of text; paste at most {max} MB at a time").format(
            size=round(len(text) / 1024 / 1024, 1), max=MAX_BYTES // 1024 // 1024))])
    return parse_text(text, existing, first_field, "\t", quoted=False)[3]
