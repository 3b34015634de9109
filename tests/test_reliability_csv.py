"""CSV import of participants: any well-formed table comes back row for row, each row named by line.

tests/test_plan_services.py already feeds the importer random text and bytes (never an
exception). These build real sign-up sheets with csv.writer (any text in the cells,
quotes, delimiters and line breaks inside cells, three delimiters, two line endings) and
check the result: every non-blank row is either a participant with exactly the typed
values or a problem naming the line the row starts on; nothing is lost or invented.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

csv_import = pytest.importorskip("workshop_app.services.csv_import")

FAST = settings(max_examples=150, deadline=None)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Any character but NUL (dropped on reading) and surrogates; with the ones CSV cares about.
CELL_CHARS = (st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
              | st.sampled_from(list(",;\t\"'\r\n <>&=é陈\u00a0\u3000\u202e")))
CELLS = st.lists(CELL_CHARS | st.sampled_from(["<b>", "&amp;", "=1+1", "Name", "  "]),
                 max_size=12).map("".join)
ROWS = st.lists(st.tuples(CELLS, CELLS, CELLS, st.booleans()), max_size=12)


def sheet_text(rows, delimiter: str, ending: str) -> tuple[str, list[int]]:
    """The CSV text with a header, and the line each data row starts on."""
    out = io.StringIO()

    def write(cells: list[str]) -> None:
        # csv.writer quotes a lone \r only when it is part of the line ending; a spreadsheet
        # always quotes a cell with a line break in it, so this test does too.
        quoting = csv.QUOTE_ALL if any("\r" in c for c in cells) else csv.QUOTE_MINIMAL
        csv.writer(out, delimiter=delimiter, lineterminator=ending, quoting=quoting).writerow(cells)

    write(["Name", "Role", "Team", "E-mail"])
    starts = []
    for i, (name, role, team, has_email) in enumerate(rows):
        starts.append(len(LINE_BREAK.findall(out.getvalue())) + 1)
        write([name, role, team, f"person{i}@example.org" if has_email else ""])
    return out.getvalue(), starts


@FAST
@given(ROWS, st.sampled_from([",", ";", "\t"]), st.sampled_from(["\r\n", "\n"]))
def test_a_written_sheet_reads_back_row_for_row(rows, delimiter, ending):
    text, starts = sheet_text(rows, delimiter, ending)
    _sheet, columns, header, result = csv_import.parse_text(text, delimiter=delimiter)
    assert header and columns["name"] == 0 and columns["email"] == 3
    by_line = {row.line: row for row in result.rows}
    problems = {problem.line: problem for problem in result.problems}
    assert len(by_line) == len(result.rows) and len(problems) == len(result.problems)
    blank = 0
    for (name, role, team, has_email), line in zip(rows, starts, strict=True):
        if not (name.strip() or role.strip() or team.strip() or has_email):
            blank += 1
            assert line not in by_line and line not in problems
            continue
        expected_name = " ".join(name.split())
        if not expected_name:
            assert line in problems and line not in by_line, f"line {line}: a row without a name"
            assert str(line) in str(problems[line])
            continue
        assert line in by_line, f"line {line} ({name!r}) was lost"
        person = by_line[line].participant
        assert (person.name, person.role, person.team) == (expected_name, role.strip(), team.strip())
        assert person.side == "other"
        assert person.email == (f"person{starts.index(line)}@example.org" if has_email else "")
    assert result.blank == blank
    assert set(by_line) | set(problems) <= set(starts), "a row or problem for a line that has none"


@settings(max_examples=80, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(ROWS.filter(bool))
@example([('"Bo', "CEO", "", False), ("Ann", "COO", "", False)])
def test_rows_pasted_from_a_spreadsheet_are_never_merged_or_lost(rows):
    # A spreadsheet copies cells separated by tabs and rows by newlines; a cell without a tab or
    # a line break in it is copied as it is, quotes included.
    clean = [[" ".join(c.replace("\t", " ").split()) for c in (name, role, team)]
             for name, role, team, _e in rows]
    text = "\n".join("\t".join(cells) for cells in clean)
    result = csv_import.parse_clipboard(text)
    header = csv_import.looks_like_header(clean[0])
    column = csv_import.guess_columns(clean[0]).get("name") if header else 0
    body = clean[1:] if header else clean
    named = [cells[column] for cells in body if column is not None and cells[column]]

    def letters(name: str) -> str:  # whatever the importer makes of quotes, the rest stays
        return " ".join(name.replace('"', " ").split())

    assert [letters(r.participant.name) for r in result.rows] == [letters(n) for n in named]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400) | CELLS.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_file_reads_as_text_or_a_clear_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("csv") / "sign-up.csv"
    path.write_bytes(data)
    text, notes = csv_import.read_file(path)
    assert isinstance(text, str) and all("sign-up.csv" in note for note in notes)
    csv_import.parse_text(text)


@FAST
@given(st.text(st.characters(codec="cp1252", blacklist_characters="\x00"), min_size=1, max_size=60))
def test_a_windows_1252_sheet_reads_back_exactly(text):
    data = text.encode("cp1252")
    decoded, notes = csv_import.decode(data, "legacy.csv")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert decoded == text and len(notes) == 1 and "legacy.csv" in notes[0]
    else:
        assert decoded == data.decode("utf-8-sig") and notes == []
