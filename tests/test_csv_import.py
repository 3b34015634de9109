"""Sign-up sheets as people send them: Excel's "Unicode text", a stray quote, e-mails in any case,
files far larger than a sign-up sheet. Every row is either imported or reported with its line;
the work done is bounded by the file's size (counted, never timed)."""

from __future__ import annotations

import csv
import json
import threading
import tracemalloc
from pathlib import Path
from types import SimpleNamespace

import pytest

from workshop_app.model import Participant
from workshop_app.services import csv_import

CSV = Path(__file__).parent / "data" / "csv"


# -- encodings ----------------------------------------------------------------------------------
EXCEL_ROWS = [("Zoë Müller", "Cheffe d'équipe", "leadership"), ("陈静", "Analyst", "operations"),
              ("José Ñuñez", "Opérateur", "operations")]


def test_excel_unicode_text_reads_row_for_row():
    # Excel's "Unicode text": UTF-16LE with a byte order mark, tab-separated, CRLF.
    text, notes = csv_import.read_file(CSV / "signup-excel-unicode.txt")
    assert notes == []
    sheet, columns, header, result = csv_import.parse_text(text)
    assert header and sheet.delimiter == "\t" and result.problems == []
    assert [(r.participant.name, r.participant.role, r.participant.side) for r in result.rows] == EXCEL_ROWS
    assert [r.participant.email for r in result.rows] == [
        "zoe@example.org", "chen@example.org", "jose@example.org"]


@pytest.mark.parametrize("encoding,bom", [("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""),
                                          ("utf-16-be", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_other_unicode_encodings_read_the_same(tmp_path, encoding, bom):
    text = (CSV / "signup-excel-unicode.txt").read_bytes()[2:].decode("utf-16-le")
    path = tmp_path / "sheet.txt"
    path.write_bytes(bom + text.encode(encoding))
    decoded, notes = csv_import.read_file(path)
    assert (decoded, notes) == (text, [])
    rows = csv_import.parse_text(decoded)[3].rows
    assert [(r.participant.name, r.participant.role, r.participant.side) for r in rows] == EXCEL_ROWS


# -- quotes -------------------------------------------------------------------------------------
def test_an_unclosed_quote_is_reported_and_the_rows_after_it_are_kept():
    text, _notes = csv_import.read_file(CSV / "signup-unclosed-quote.csv")
    _sheet, _columns, header, result = csv_import.parse_text(text)
    assert header
    assert [(r.line, r.participant.name, r.participant.role) for r in result.rows] == [
        (2, "Ada Lovelace", "Director,\nBoard chair"),  # a quoted cell over two lines is fine
        (5, "Linus Ops", "Planner"),
        (6, "Ken Known", "Engineer"),
        (7, "Marie Curie", "Manager")]
    assert [str(p) for p in result.problems] == [
        'line 4: a quote (") opened on this line is never closed; this row was not read'
    ]


def test_a_quote_left_open_at_the_end_keeps_every_row_before_it():
    text = 'Name,Role\nAnn,Coach\nBo,"Dev\nCy,Ops\nDee,QA\n'
    result = csv_import.parse_text(text)[3]
    assert [(r.line, r.participant.name) for r in result.rows] == [(2, "Ann"), (4, "Cy"), (5, "Dee")]
    assert [p.line for p in result.problems] == [3]


# -- duplicates ---------------------------------------------------------------------------------
def test_e_mails_differing_only_in_case_are_duplicates():
    text, _notes = csv_import.read_file(CSV / "signup-email-case.csv")
    known = [Participant(name="Benjamin Ode", email="ben@EXAMPLE.org")]
    result = csv_import.parse_text(text, existing=known)[3]
    assert [(r.line, r.duplicate) for r in result.duplicates] == [
        (3, "same e-mail as line 2 (Ana Silva)"),
        (4, "e-mail already in this workshop (Benjamin Ode)")]
    assert [p.name for p in result.new_participants()] == ["Ana Silva", "Cy Twombly"]


# -- bounded work -------------------------------------------------------------------------------
class CountingCsv(SimpleNamespace):
    """Stands in for the csv module inside csv_import: counts every character a reader is given
    and every sample handed to csv.Sniffer (refusing large ones: that was quadratic)."""

    def __init__(self) -> None:
        super().__init__(Error=csv.Error, QUOTE_MINIMAL=csv.QUOTE_MINIMAL, QUOTE_NONE=csv.QUOTE_NONE,
                         field_size_limit=csv.field_size_limit)
        self.chars = 0
        self.samples: list[int] = []
        spy = self

        class Sniffer(csv.Sniffer):
            def sniff(self, sample, delimiters=None):
                spy.samples.append(len(sample))
                assert len(sample) <= 64 * 1024, f"csv.Sniffer given {len(sample)} characters"
                return super().sniff(sample, delimiters)

        self.Sniffer = Sniffer

    def reader(self, lines, *args, **kwargs):
        if isinstance(lines, str):
            raise AssertionError("csv.reader is given lines, not one string")

        def counted():
            for line in lines:
                self.chars += len(line)
                yield line

        return csv.reader(counted(), *args, **kwargs)


@pytest.fixture
def counting(monkeypatch) -> CountingCsv:
    spy = CountingCsv()
    monkeypatch.setattr(csv_import, "csv", spy)
    return spy


def parse_in_bounded_memory(text: str, megabytes: int = 32):
    """parse_text, checking it never holds more than a few times the text in memory."""
    tracemalloc.start()
    try:
        parsed = csv_import.parse_text(text)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < megabytes * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB"
    return parsed


def near_the_cap(path: Path, line: bytes) -> Path:
    """A file just under the size cap made of ``line`` over and over."""
    path.write_bytes(line * ((csv_import.MAX_BYTES - 1024) // len(line)))
    return path


@pytest.mark.parametrize("line", [b',"' * 10, b'"a', b'x;', b'a,"b', b"a\n", b"\n", b'"a\n'],
                         ids=["comma-quote", "quote", "semi", "mix", "short-lines", "blank-lines",
                              "quoted-lines"])
def test_two_megabytes_of_one_pattern_are_read_in_bounded_work(tmp_path, counting, line):
    # ',"' repeated over 96 KB took csv.Sniffer 15 s, over 2 MB more than 15 minutes.
    path = near_the_cap(tmp_path / "one-line.csv", line)
    text, _notes = csv_import.read_file(path)
    # (tracemalloc slows Python down a lot: two million blank lines are only counted)
    _sheet, _columns, _header, result = (csv_import.parse_text(text) if line == b"\n"
                                         else parse_in_bounded_memory(text))
    assert all(size <= csv_import.SNIFF_CHARS for size in counting.samples)
    # Each character is read a bounded number of times (sniffing the start, reading, re-reading
    # one row after a stray quote), never once per line or per quote.
    assert counting.chars <= 4 * len(text) + 3 * csv_import.SNIFF_CHARS
    assert len(result.rows) + len(result.problems) <= csv_import.MAX_ROWS + 2  # a heading, the cap


def test_a_two_megabyte_sheet_stops_at_the_row_cap_with_a_clear_message(tmp_path, counting):
    path = near_the_cap(tmp_path / "everyone.csv", b"Ann Example,Coach,Blue,ops,ann@example.org\n")
    path.write_bytes(b"Name,Role,Team,Side,E-mail\n" + path.read_bytes())
    text, _notes = csv_import.read_file(path)
    _sheet, _columns, _header, result = parse_in_bounded_memory(text)
    assert len(result.rows) == csv_import.MAX_ROWS
    assert [str(p) for p in result.problems] == [
        f"line {csv_import.MAX_ROWS + 2}: a sign-up sheet can have at most {csv_import.MAX_ROWS} "
        "rows; this row and the rest of the file were not read"]
    assert counting.chars <= 2 * len(text)


def test_many_stray_quotes_are_each_reported_in_bounded_work(tmp_path, counting):
    path = near_the_cap(tmp_path / "quotes.csv", b'"Ann,Coach\n')
    text, _notes = csv_import.read_file(path)
    result = csv_import.parse_text(text, delimiter=",")[3]
    assert not result.rows
    assert [p.line for p in result.problems[:3]] == [1, 2, 3]
    assert "never closed" in str(result.problems[0])
    # Each stray quote reads on at most MAX_RECORD_CHARS (and a line) before giving up.
    assert counting.chars <= len(text) + (csv_import.MAX_ROWS + 1) * (csv_import.MAX_RECORD_CHARS + 20)


def test_very_wide_rows_and_long_cells_are_bounded():
    wide = "Name," + ",".join(f"Q{i}" for i in range(500)) + "\nAnn," + "x," * 500 + "\n"
    sheet, _columns, _header, result = csv_import.parse_text(wide)
    assert sheet.width == csv_import.MAX_COLUMNS
    assert [r.participant.name for r in result.rows] == ["Ann"] and result.problems == []
    assert sheet.notes == [
        f"line 1: only the first {csv_import.MAX_COLUMNS} of 501 columns are read"]
    long_name = "Name\n" + "A" * 5000 + "\n"
    result = csv_import.parse_text(long_name)[3]
    assert [str(p) for p in result.problems] == [
        f"line 2: the name is longer than {csv_import.MAX_CELL_CHARS} characters"]


# -- the command --------------------------------------------------------------------------------
@pytest.fixture
def workshop(run_cli) -> int:
    code, out, err = run_cli("workshops", "import", str(Path(__file__).parent / "data" / "workshops"
                                                         / "minimal.json"), "--json")
    assert (code, err) == (0, "")
    return json.loads(out)["id"]


def listed(run_cli, workshop_id: int) -> list[dict]:
    code, out, err = run_cli("participants", "list", str(workshop_id), "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_command_imports_and_names_every_skipped_row(run_cli, workshop):
    before = [p["name"] for p in listed(run_cli, workshop)]
    path = CSV / "signup-bad-rows.csv"
    code, out, err = run_cli("participants", "import", str(workshop), str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Participants added to workshop {workshop}: 5",
        f"{path}:6: no name",
        f"{path}:8: 'boss' is not a side (leadership, management, operations, other)",
        f"{path}:9: duplicate, same name and e-mail as line 2",
        f"{path}:10: 'not-an-email' is not an e-mail address",
    ]
    assert [p["name"] for p in listed(run_cli, workshop)] == [
        *before, "Ada Lovelace", "Grace Hopper", "Linus Ops", "Marie Curie", "Ken Known"]
    # Importing the same sheet again adds nobody: every row is now a duplicate (exit 1).
    code, out, err = run_cli("participants", "import", str(workshop), str(path), "--json")
    report = json.loads(out)
    assert code == 1 and report["added"] == 0
    assert err.strip() == f"workshop-app: no participants added from {path.name}"
    assert {"line": 2, "reason": "duplicate, already in this workshop"} in report["skipped"]


def test_command_json_for_a_utf16_sheet_with_a_stray_quote(run_cli, workshop):
    code, out, err = run_cli("participants", "import", str(workshop),
                             str(CSV / "signup-unclosed-quote.csv"), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report == {
        "workshop": workshop, "file": str(CSV / "signup-unclosed-quote.csv"), "added": 4,
        "skipped": [{"line": 4, "reason": 'a quote (") opened on this line is never closed; '
                                          "this row was not read"}],
        "notes": []}
    code, out, err = run_cli("participants", "import", str(workshop),
                             str(CSV / "signup-excel-unicode.txt"), "--json")
    assert code == 0 and json.loads(out)["added"] == 3
    assert [p["name"] for p in listed(run_cli, workshop)][-3:] == [n for n, _r, _s in EXCEL_ROWS]


def test_command_errors_are_one_line(run_cli, workshop, tmp_path):
    code, out, err = run_cli("participants", "import", "999", str(CSV / "signup-bad-rows.csv"))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "999" in err
    code, out, err = run_cli("participants", "import", str(workshop), str(tmp_path / "missing.csv"))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "missing.csv" in err
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (csv_import.MAX_BYTES + 1))
    code, out, err = run_cli("participants", "import", str(workshop), str(big))
    assert code == 1 and out == "" and "big.csv is 2.0 MB; a sign-up sheet can be at most 2 MB" in err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, out, err = run_cli("participants", "import", str(workshop), str(empty))
    assert (code, err) == (0, "") and out.strip() == f"Participants added to workshop {workshop}: 0"


# -- the dialog ---------------------------------------------------------------------------------
@pytest.fixture
def slow_reading(monkeypatch):
    """The sheet is read only once the test says so: (started, release, [read on the GUI thread?])."""
    real_read = csv_import.read_file
    started, release, threads = threading.Event(), threading.Event(), []

    def slow_read(path):
        threads.append(threading.current_thread() is threading.main_thread())
        started.set()
        release.wait(10)  # a hang guard only: the test releases it
        return real_read(path)

    monkeypatch.setattr(csv_import, "read_file", slow_read)
    return started, release, threads


def test_the_dialog_reads_off_the_gui_thread_and_answers_keys_meanwhile(main_window, ctx, qtbot,
                                                                        slow_reading):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from test_plan_support import open_plan

    from gui_helpers import when_modal

    started, release, threads = slow_reading
    plan = open_plan(main_window, ctx, qtbot)
    plan.tab(1)
    seen = {}

    def while_reading(dialog):
        seen["read off the GUI thread"] = started.wait(10) and threads == [False]
        if not seen["read off the GUI thread"]:
            release.set()
            dialog.reject()
            return
        seen["summary"] = dialog.summary.text()
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        # The dialog answers the keyboard while the file is being read.
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        seen["focus moved"] = QApplication.focusWidget() is not dialog.buttons.button(
            QDialogButtonBox.StandardButton.Cancel)
        dialog.loaded.connect(lambda: when_read(dialog), Qt.ConnectionType.SingleShotConnection)
        release.set()

    def when_read(dialog):
        seen["report"] = dialog.report.toPlainText().splitlines()
        seen["preview"] = [dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())]
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Import 4 participants

    when_modal(while_reading)
    plan.page.participants.import_csv(str(CSV / "signup-unclosed-quote.csv"))
    assert seen["read off the GUI thread"]
    assert seen["summary"] == "Reading signup-unclosed-quote.csv…" and seen["ok"] is False
    assert seen["focus moved"]
    assert seen["report"] == ['line 4: a quote (") opened on this line is never closed; '
                              "this row was not read"]
    assert seen["preview"] == ["Ada Lovelace", "Linus Ops", "Ken Known", "Marie Curie"]
    assert plan.names() == ["Ada Lovelace", "Linus Ops", "Ken Known", "Marie Curie"]


def test_cancel_while_reading_imports_nothing(main_window, ctx, qtbot, slow_reading):
    import gc

    from PySide6.QtCore import Qt
    from test_plan_support import open_plan

    from gui_helpers import when_modal

    started, release, _threads = slow_reading
    plan = open_plan(main_window, ctx, qtbot)
    plan.tab(1)

    seen = {}

    def cancel(dialog):
        seen["reading"] = started.wait(10) and getattr(dialog, "reading", False)
        release.set()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(cancel)
    plan.page.participants.import_csv(str(CSV / "signup-excel-unicode.txt"))
    assert seen["reading"] and plan.names() == [] and gc.isenabled()


def test_the_dialog_shows_a_unicode_sheet_and_e_mail_duplicates(main_window, ctx, qtbot):
    from test_plan_support import open_plan

    from gui_helpers import after_reading, when_modal

    plan = open_plan(main_window, ctx, qtbot,
                     participants=[Participant(name="Benjamin Ode", email="ben@example.org")])
    plan.tab(1)
    seen = {}

    def look(dialog):
        dialog.resize(900, 640)
        dialog.grab().save("/tmp/csv-dialog-unicode.png")
        seen["delimiter"] = dialog.delimiter.currentText()
        seen["preview"] = [dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())]
        dialog.accept()

    when_modal(after_reading(look))
    plan.page.participants.import_csv(str(CSV / "signup-excel-unicode.txt"))
    assert seen == {"delimiter": "Tab", "preview": [n for n, _r, _s in EXCEL_ROWS]}

    def duplicates(dialog):
        dialog.grab().save("/tmp/csv-dialog-duplicates.png")
        seen["report"] = dialog.report.toPlainText().splitlines()
        seen["summary"] = dialog.summary.text()
        dialog.accept()

    when_modal(after_reading(duplicates))
    plan.page.participants.import_csv(str(CSV / "signup-email-case.csv"))
    assert seen["report"] == ["line 3: duplicate, same e-mail as line 2 (Ana Silva)",
                              "line 4: duplicate, e-mail already in this workshop (Benjamin Ode)"]
    assert seen["summary"] == "2 to import · 2 duplicates skipped"
    assert plan.names()[-2:] == ["Ana Silva", "Cy Twombly"]


def test_stray_quotes_before_a_long_line_are_read_on_a_bounded_stretch(tmp_path, counting):
    # A stray quote reads on until the next quote, or at most MAX_RECORD_LINES lines or
    # MAX_RECORD_CHARS characters; then reading goes on from the line after it. The long line
    # (longer than a cell may be) is reported too, and the rows after it are kept.
    text = ('"Ann,Coach\n' * 900 + "Ben," + "x" * (csv_import.MAX_BYTES // 2) + "\n"
            + '"Dee,Ops\n' + "Eve,Ops\n" * 90 + "Cy,Ops\n")
    result = csv_import.parse_text(text, delimiter=",")[3]
    assert [p.line for p in result.problems] == list(range(1, 903))
    assert "cannot be read" in str(result.problems[900])
    assert [r.line for r in result.rows][:1] == [903] and result.rows[-1].participant.name == "Cy"
    assert counting.chars <= 4 * len(text)


def test_a_named_pipe_is_refused_at_once(run_cli, workshop, tmp_path):
    """A pipe (size 0) passed the size check and the reading then blocked for ever."""
    import os

    pipe = tmp_path / "sheet.csv"
    os.mkfifo(pipe)
    code, out, err = run_cli("participants", "import", str(workshop), str(pipe))
    assert code == 1 and err.strip().endswith(f"{pipe} is not a file.")
