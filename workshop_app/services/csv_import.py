"""Participants from a CSV sign-up sheet or rows pasted from a spreadsheet. No Qt.

Reading never raises on odd input: any text gives rows and a list of problems,
each naming its line, in work bounded by the text's length (at most MAX_BYTES of it,
MAX_ROWS rows). Only a file that cannot be read at all (missing, too large)
raises :class:`CsvImportError`.
"""

from __future__ import annotations

import codecs
import csv
import re
import stat
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.model import SIDES, Participant
from workshop_app.services.planning import participant_key

#: A sign-up sheet larger than this is not a sign-up sheet.
MAX_BYTES = 2 * 1024 * 1024
#: Rows read after the heading row; the rest of a longer file is reported, not read.
MAX_ROWS = 1000
#: Columns offered for choosing; cells further right are not read.
MAX_COLUMNS = 100
#: A name, role, team or e-mail longer than this is a problem, not a participant.
MAX_CELL_CHARS = 300
#: A quoted cell may span at most this many lines and characters; a quote still open after them
#: is a stray quote (this bounds the work of reading on after one).
MAX_RECORD_LINES = 100
MAX_RECORD_CHARS = 64 * 1024
#: The separator is guessed from at most this many characters (and lines) at the start.
SNIFF_CHARS = 8 * 1024
SNIFF_LINES = 50
#: Participant fields a column can hold, in table order.
FIELDS = ("name", "role", "team", "side", "email")
DELIMITERS = (",", ";", "\t")
#: Lines with their line ending (the csv module's idea of a line: \r\n, \r or \n).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

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
        return translate("CsvImport", "line {line}: {message}").format(line=self.line, message=self.message)


@dataclass
class ImportRow:
    line: int
    participant: Participant
    #: Why this row looks like someone already listed ("" when it does not).
    duplicate: str = ""


@dataclass
class Sheet:
    """A table read from text, before columns are assigned."""

    rows: list[tuple[int, list[str]]]  # (line number, cells) of every non-blank row
    delimiter: str = ","
    #: Remarks about the whole sheet, each naming a line (nothing was lost because of them).
    notes: list[str] = field(default_factory=list)
    #: Rows that could not be read at all (a stray quote, the row cap).
    problems: list[Problem] = field(default_factory=list)
    blank: int = 0

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

    def not_imported(self, include_duplicates: bool = False) -> list[Problem]:
        """Every non-blank row that is not imported, with the reason, in file order."""
        skipped = list(self.problems)
        if not include_duplicates:
            skipped += [Problem(r.line, translate("CsvImport", "duplicate, {why}").format(why=r.duplicate))
                        for r in self.duplicates]
        return sorted(skipped, key=lambda problem: problem.line)


# -- reading ------------------------------------------------------------------------------------
def check_file(path: str | Path) -> int:
    """The file's size; CsvImportError when it is missing or too large to be a sign-up sheet."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block or never end
        raise CsvImportError(translate("CsvImport", "{file} is not a file.").format(file=path))
    size = info.st_size
    if size > MAX_BYTES:
        raise _too_large(path, size)
    return size


def _unreadable(path: Path, exc: OSError) -> CsvImportError:
    return CsvImportError(translate("CsvImport", "Cannot read {file}: {reason}").format(
        file=path, reason=exc.strerror or exc))


def _too_large(path: Path, size: int) -> CsvImportError:
    return CsvImportError(translate(
        "CsvImport", "{file} is {size} MB; a sign-up sheet can be at most {max} MB. "
                     "Save only the participants' rows as CSV and import that file.").format(
        file=path.name, size=round(size / 1024 / 1024, 1), max=MAX_BYTES // 1024 // 1024))


def read_file(path: str | Path) -> tuple[str, list[str]]:
    """The text of a sign-up sheet and notes about how it was decoded."""
    path = Path(path)
    check_file(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)  # never more, even if the file grew meanwhile
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(data) > MAX_BYTES:
        raise _too_large(path, len(data))
    return decode(data, path.name)


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def unicode_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark names, or UTF-16 told by its zero bytes (plain ASCII letters,
    digits and separators are half zero bytes in UTF-16, and text files never hold zero bytes)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= half * 0.3 and even <= half * 0.02:
        return "utf-16-le"
    if even >= half * 0.3 and odd <= half * 0.02:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str = "") -> tuple[str, list[str]]:
    """UTF-8 or UTF-16 (with or without a byte order mark), else Windows-1252 with a note saying so."""
    name = name or translate("CsvImport", "The file")
    encoding = unicode_encoding(data)
    if encoding is not None and encoding != "utf-8-sig":
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError:
            note = translate("CsvImport", "{file} is not valid {encoding}; characters that could not be read "
                                          "are shown as \ufffd. Check the names in the preview.").format(
                file=name, encoding=encoding.upper().replace("-LE", "").replace("-BE", ""))
            return data.decode(encoding, errors="replace"), [note]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        note = translate("CsvImport", "{file} is not UTF-8; it was read as Windows-1252 (Western European). "
                                      "Check accented names in the preview.").format(file=name)
        return data.decode("cp1252", errors="replace"), [note]


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the most of the first lines into the same
    number of cells (more than one). Only the start of the text is looked at."""
    sample = text[:SNIFF_CHARS]
    lines = _LINE.findall(sample)[:SNIFF_LINES]
    if len(lines) > 1 and len(text) > len(sample):
        lines.pop()  # cut short
    best, best_score = DELIMITERS[0], (0, 0)
    for delimiter in DELIMITERS:
        widths: Counter[int] = Counter()
        try:
            for cells in csv.reader(lines, delimiter=delimiter):
                if any(c.strip() for c in cells):
                    widths[len(cells)] += 1
        except csv.Error:
            pass
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda wc: (wc[1], wc[0]))
        score = (count, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


class _Lines:
    """Feeds a csv reader one line at a time from the text (never holding more than one record's
    lines); a record gets more lines only while it is within MAX_RECORD_LINES and
    MAX_RECORD_CHARS. Call ``begin`` before each record."""

    def __init__(self, text: str):
        self._source = (match.group() for match in _LINE.finditer(text))
        self._pending: deque[str] = deque()  # lines to give (again) before reading on
        self._record: list[str] = []  # the lines given for the record being read
        self._chars = 0
        self.at = 0  # the index of the next line to give (line number - 1)

    def has_more(self) -> bool:
        if not self._pending:
            line = next(self._source, None)
            if line is None:
                return False
            self._pending.append(line)
        return True

    def begin(self) -> None:
        self._record, self._chars = [], 0

    def skip_blank(self) -> bool:
        """Skip the next line if it holds nothing but spaces (the quick way: no csv reader)."""
        if self.has_more() and not self._pending[0].strip():
            self._pending.popleft()
            self.at += 1
            return True
        return False

    @property
    def used(self) -> int:
        """How many lines the record being read has taken."""
        return len(self._record)

    def first(self) -> str:
        return self._record[0]

    def rewind(self) -> None:
        """Give the record's lines after its first one again (reading goes on after a stray quote)."""
        self._pending.extendleft(reversed(self._record[1:]))
        self.at -= len(self._record) - 1
        self.begin()

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._record and (len(self._record) >= MAX_RECORD_LINES or self._chars >= MAX_RECORD_CHARS):
            raise StopIteration
        if not self.has_more():
            raise StopIteration
        line = self._pending.popleft()
        self._record.append(line)
        self._chars += len(line)
        self.at += 1
        return line


def read_sheet(text: str, delimiter: str | None = None, quoted: bool = True,
               cancelled: Callable[[], bool] = lambda: False) -> Sheet:
    """Rows of cells with their line numbers, in work bounded by the text's length.

    Quoted cells may span lines; a quote left open (or closed in the middle of a cell) spoils
    only its own row, which is reported, and reading goes on with the next line. With
    ``quoted`` off (pasted cells are taken as they are) quotes are plain characters.
    """
    text = text.replace("\x00", "")
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = delimiter or sniff_delimiter(text)
    quoting = csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE
    sheet = Sheet([], delimiter)
    feeder = _Lines(text)
    reader = csv.reader(feeder, delimiter=delimiter, quoting=quoting, strict=True)
    wide_noted = False
    records = 0
    while feeder.has_more():
        records += 1
        if records % 256 == 0 and cancelled():
            break
        if feeder.skip_blank():
            sheet.blank += 1
            continue
        feeder.begin()
        line = feeder.at + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            reader = csv.reader(feeder, delimiter=delimiter, quoting=quoting, strict=True)
            if feeder.used > 1:  # a quote ran on over the next lines: a stray quote
                problem = translate("CsvImport", 'a quote (") opened on this line is never closed; '
                                    "this row was not read")
                feeder.rewind()
            else:  # one line: read it the forgiving way a spreadsheet would ("Ann" Lee = Ann Lee)
                try:
                    cells = next(csv.reader([feeder.first()], delimiter=delimiter, quoting=quoting))
                    problem = ""
                except (csv.Error, StopIteration):
                    problem = translate("CsvImport", "this row cannot be read ({reason})").format(reason=exc)
            if problem:
                if _full(sheet, line):
                    break
                sheet.problems.append(Problem(line, problem))
                continue
        cells = [c.strip() for c in cells]
        if not any(cells):
            sheet.blank += 1
            continue
        if _full(sheet, line):
            break
        if len(cells) > MAX_COLUMNS:
            if not wide_noted:
                sheet.notes.append(str(Problem(line, translate(
                    "CsvImport", "only the first {max} of {n} columns are read").format(
                    max=MAX_COLUMNS, n=len(cells)))))
                wide_noted = True
            cells = cells[:MAX_COLUMNS]
        sheet.rows.append((line, cells))
    return sheet


def _full(sheet: Sheet, line: int) -> bool:
    """True (with the reason added to the problems) when the sheet holds as many rows as it may:
    a heading row and MAX_ROWS more."""
    if len(sheet.rows) + len(sheet.problems) <= MAX_ROWS:
        return False
    sheet.problems.append(Problem(line, translate(
        "CsvImport", "a sign-up sheet can have at most {max} rows; this row and the rest of the "
                     "file were not read").format(max=MAX_ROWS)))
    return True


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
        if word in (key, label.casefold(), translate("Model", label).casefold()):
            return key
    return _SIDE_WORDS.get(word)


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def side_names() -> str:
    return ", ".join(SIDES)


def build_rows(sheet: Sheet, columns: dict[str, int | None], skip_header: bool,
               existing: Iterable[Participant] = ()) -> ImportResult:
    """Participants from the sheet's rows; problems and duplicates named by line number.

    A duplicate has the same name and e-mail as someone before it (in the workshop or higher up
    in the sheet), or the same e-mail under another name; case and spacing do not count.
    """
    result = ImportResult(blank=sheet.blank, problems=list(sheet.problems))
    if columns.get("name") is None:
        if sheet.rows:
            result.problems.insert(0, Problem(1, translate("CsvImport", "no column is chosen for the name")))
        return result
    existing = list(existing)
    known = {participant_key(p) for p in existing}
    known_emails = {participant_key(p)[1]: p.name for p in existing if p.email.strip()}
    seen: dict[tuple[str, str], int] = {}
    seen_emails: dict[str, tuple[int, str]] = {}
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
        email = key[1]
        if key in known:
            duplicate = translate("CsvImport", "already in this workshop")
        elif key in seen:
            duplicate = translate("CsvImport", "same name and e-mail as line {line}").format(line=seen[key])
        elif email and email in known_emails:
            duplicate = translate("CsvImport", "e-mail already in this workshop ({name})").format(
                name=known_emails[email])
        elif email and email in seen_emails:
            duplicate = translate("CsvImport", "same e-mail as line {line} ({name})").format(
                line=seen_emails[email][0], name=seen_emails[email][1])
        else:
            duplicate = ""
            seen[key] = line
            if email:
                seen_emails[email] = (line, participant.name)
        result.rows.append(ImportRow(line, participant, duplicate))
    result.problems.sort(key=lambda problem: problem.line)
    return result


def _field_names() -> dict[str, str]:
    return {"name": translate("CsvImport", "name"), "role": translate("CsvImport", "role"),
            "team": translate("CsvImport", "team"), "email": translate("CsvImport", "e-mail")}


def _participant(cell) -> tuple[Participant, str]:
    name = " ".join(cell("name").split())
    participant = Participant(name=name, role=cell("role"), team=cell("team"), email=cell("email"))
    if not name:
        return participant, translate("CsvImport", "no name")
    for key, label in _field_names().items():
        if len(cell(key)) > MAX_CELL_CHARS:
            return participant, translate("CsvImport", "the {field} is longer than {max} characters").format(
                field=label, max=MAX_CELL_CHARS)
    side = parse_side(cell("side"))
    if side is None:
        return participant, translate("CsvImport", "'{value}' is not a side ({sides})").format(
            value=cell("side"), sides=side_names())
    participant.side = side
    if participant.email and not valid_email(participant.email):
        return participant, translate("CsvImport", "'{value}' is not an e-mail address").format(
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
        return ImportResult(problems=[Problem(1, translate(
            "CsvImport", "the clipboard holds {size} MB of text; paste at most {max} MB at a time").format(
            size=round(len(text) / 1024 / 1024, 1), max=MAX_BYTES // 1024 // 1024))])
    return parse_text(text, existing, first_field, "\t", quoted=False)[3]
