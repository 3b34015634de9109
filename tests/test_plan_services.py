"""Planning services without a display: clock times, overrun, templates, undo ids, CSV parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.model import (
    AgendaItem,
    AgendaTemplate,
    AgendaTemplateItem,
    Exercise,
    Pack,
    Participant,
    Workshop,
)
from workshop_app.services import csv_import, planning

CSV = Path(__file__).parent / "data" / "csv"


# -- clock and totals ---------------------------------------------------------------------------
def test_clock_times_run_from_the_start_time():
    assert planning.clock_times("09:00", [20, 15, 0, 45]) == ["09:00", "09:20", "09:35", "09:35"]
    assert planning.clock_times("23:50", [15, 5]) == ["23:50", "00:05"]
    assert planning.clock_times("not a time", [10]) == ["09:00"]
    assert planning.parse_clock("7.30") == 7 * 60 + 30
    assert planning.parse_clock("25:00", default=-1) == -1


def test_total_and_overrun_text():
    ws = Workshop(title="T", planned_minutes=90)
    agenda = [AgendaItem("a", 60), AgendaItem("b", 45)]
    total = planning.plan_total(ws, agenda)
    assert (total.total, total.over, total.overrun) == (105, 15, True)
    assert total.text() == "Total 105 min — 15 min over the planned 90"
    fits = planning.plan_total(ws, agenda[:1])
    assert not fits.overrun and fits.text() == "Total 60 min — 30 min left of the planned 90"
    assert planning.plan_total(ws, [AgendaItem("x", 90)]).text() == "Total 90 min — exactly the planned 90"
    assert planning.end_time(Workshop(title="T", start_time="13:30"), agenda) == "15:15"


def _pack() -> Pack:
    ex = Exercise(id="check-in", title="Check-in", minutes=10, materials=["tape"])
    return Pack(id="p", title="Pack", version="1", exercises=[ex], agendas=[AgendaTemplate(
        id="short", title="Short", items=[
            AgendaTemplateItem(kind="custom", title="Welcome", minutes=5),
            AgendaTemplateItem(exercise="check-in"),
            AgendaTemplateItem(exercise="check-in", minutes=20),
            AgendaTemplateItem(kind="break", title="Coffee", minutes=15),
            AgendaTemplateItem(exercise="gone"),
        ])])


def test_template_items_keep_exercise_snapshots_and_report_missing_exercises():
    pack = _pack()
    pack_found, template = planning.find_template([pack], "p", "short")
    items, problems = planning.template_items(pack_found, template, workshop_id=3)
    assert [(i.kind, i.title, i.minutes) for i in items] == [
        ("custom", "Welcome", 5), ("exercise", "Check-in", 10), ("exercise", "Check-in", 20),
        ("break", "Coffee", 15)]
    assert items[1].exercise["materials"] == ["tape"] and items[1].pack_id == "p"
    assert items[1].exercise_id == "check-in" and all(i.workshop_id == 3 for i in items)
    assert len(problems) == 1 and "gone" in problems[0]
    with pytest.raises(Exception, match="nope"):
        planning.find_template([pack], "p", "nope")


def test_moving_rows_as_a_drop_and_by_keyboard():
    ids = [1, 2, 3, 4, 5]
    assert planning.moved(ids, [2], 0) == [2, 1, 3, 4, 5]
    assert planning.moved(ids, [2], 5) == [1, 3, 4, 5, 2]
    assert planning.moved(ids, [2, 4], 4) == [1, 3, 2, 4, 5]
    assert planning.moved(ids, [1], 2) == [2, 1, 3, 4, 5]
    assert planning.shifted(ids, [3], -1) == [1, 3, 2, 4, 5]
    assert planning.shifted(ids, [3], +1) == [1, 2, 4, 3, 5]
    assert planning.shifted(ids, [1], -1) == ids
    assert planning.shifted(ids, [5], +1) == ids
    assert planning.shifted(ids, [2, 3], +1) == [1, 4, 2, 3, 5]


@given(st.lists(st.integers(0, 50), unique=True, max_size=12), st.data())
def test_moved_keeps_every_id(ids, data):
    moving = data.draw(st.lists(st.sampled_from(ids), unique=True) if ids else st.just([]))
    target = data.draw(st.integers(0, len(ids)))
    result = planning.moved(ids, moving, target)
    assert sorted(result) == sorted(ids)


def test_normalise_detail():
    assert planning.normalise_detail("title", "  Day one ") == "Day one"
    assert planning.normalise_detail("start_time", "9:05") == "09:05"
    assert planning.normalise_detail("planned_minutes", "-4") == 0
    with pytest.raises(ValueError):
        planning.normalise_detail("id", 3)


# -- CSV ----------------------------------------------------------------------------------------
def test_sign_up_sheet_with_bad_rows_and_duplicates():
    text, notes = csv_import.read_file(CSV / "signup-bad-rows.csv")
    assert notes == []
    known = [Participant(name="Ken  known", email="KEN@example.org")]
    sheet, columns, header, result = csv_import.parse_text(text, existing=known)
    assert header and sheet.delimiter == ","
    assert columns == {"name": 0, "role": 1, "team": 2, "side": 3, "email": 4}
    assert [str(p) for p in result.problems] == [
        "line 6: no name",
        "line 8: 'boss' is not a side (leadership, management, operations, other)",
        "line 10: 'not-an-email' is not an e-mail address",
    ]
    assert result.blank == 1
    assert [(r.line, r.participant.name, r.participant.side) for r in result.rows] == [
        (2, "Ada Lovelace", "leadership"), (3, "Grace Hopper", "operations"),
        (5, "Linus Ops", "operations"), (7, "Marie Curie", "management"),
        (9, "Ada Lovelace", "leadership"), (11, "Ken Known", "operations")]
    assert [(r.line, r.duplicate) for r in result.duplicates] == [
        (9, "same name and e-mail as line 2"), (11, "already in this workshop")]
    assert [p.name for p in result.new_participants()] == [
        "Ada Lovelace", "Grace Hopper", "Linus Ops", "Marie Curie"]


def test_semicolons_and_a_byte_order_mark_with_a_column_chosen_by_hand():
    text, notes = csv_import.read_file(CSV / "signup-semicolon-bom.csv")
    assert not notes and not text.startswith("\ufeff")
    sheet = csv_import.read_sheet(text)
    assert sheet.delimiter == ";"
    columns = csv_import.guess_columns(sheet.rows[0][1])
    assert columns == {"name": None, "role": 3, "team": 2, "side": 4, "email": 1}
    assert [str(p) for p in csv_import.build_rows(sheet, columns, True).problems] == [
        "line 1: no column is chosen for the name"]
    columns["name"] = 0
    result = csv_import.build_rows(sheet, columns, True)
    assert [(r.participant.name, r.participant.email) for r in result.rows] == [
        ("Zoë Müller", "zoe@example.org"), ("José Ñuñez", "jose@example.org")]


def test_windows_1252_falls_back_with_a_note_and_tabs_are_sniffed():
    text, notes = csv_import.read_file(CSV / "signup-cp1252-tab.csv")
    assert len(notes) == 1 and "Windows-1252" in notes[0] and "signup-cp1252-tab.csv" in notes[0]
    _sheet, _columns, _header, result = csv_import.parse_text(text)
    assert [(r.participant.name, r.participant.team, r.participant.side) for r in result.rows] == [
        ("René Façade", "Café", "other"), ("Søren Kierk", "Philo", "leadership")]


def test_size_cap_and_missing_file_are_clear_messages(tmp_path):
    big = tmp_path / "huge.csv"
    big.write_bytes(b"a,b\n" * (csv_import.MAX_BYTES // 4 + 10))
    with pytest.raises(csv_import.CsvImportError, match="huge.csv is .* MB; a sign-up sheet can be at most"):
        csv_import.read_file(big)
    with pytest.raises(csv_import.CsvImportError, match="Cannot read"):
        csv_import.read_file(tmp_path / "missing.csv")


def test_clipboard_rows_without_header_follow_the_table_columns():
    text = "Ana\tCoach\tBlue\tmanagement\tana@example.org\nBen\tDev\r\n\t\t\nCy\tX\tY\tnope\n"
    result = csv_import.parse_clipboard(text)
    assert [(r.participant.name, r.participant.role, r.participant.side) for r in result.rows] == [
        ("Ana", "Coach", "management"), ("Ben", "Dev", "other")]
    assert [str(p) for p in result.problems] == [
        "line 4: 'nope' is not a side (leadership, management, operations, other)"]
    # Pasted into the Role column: the first cell is the role.
    shifted = csv_import.parse_clipboard("Coach\tBlue", first_field="role")
    assert [str(p) for p in shifted.problems] == ["line 1: no column is chosen for the name"]
    huge = csv_import.parse_clipboard("x\t" * csv_import.MAX_BYTES)
    assert not huge.rows and "paste at most 2 MB" in str(huge.problems[0])
    named = csv_import.parse_clipboard("Name\tE-mail\nDee, Jr.\tdee@example.org")
    assert [(r.participant.name, r.participant.email) for r in named.rows] == [
        ("Dee, Jr.", "dee@example.org")]


def test_quoted_cells_spanning_lines_keep_later_line_numbers():
    text = 'Name,Role\n"Ann","two\nlines"\n,Nobody\n'
    result = csv_import.parse_text(text)[3]
    assert [r.line for r in result.rows] == [2]
    assert [str(p) for p in result.problems] == ["line 4: no name"]


def test_sides_in_words_people_write():
    assert [csv_import.parse_side(s) for s in ("", "Leadership", " OPS ", "manager", "boss")] == [
        "other", "leadership", "operations", "management", None]
    assert csv_import.valid_email("a.b@c.org") and not csv_import.valid_email("a@b")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab ,;\t\n\r\"'@.é\x00\ufeff") + ["Name", "Side", "E-mail", "boss"]),
                max_size=120).map("".join) | st.text(max_size=300))
def test_any_text_gives_rows_and_problems_never_an_exception(text):
    sheet, columns, _header, result = csv_import.parse_text(text)
    assert isinstance(result.rows, list) and isinstance(result.problems, list)
    assert set(columns) == set(csv_import.FIELDS)
    for row in result.rows:
        assert row.participant.name and row.participant.side in ("leadership", "management",
                                                                 "operations", "other")
    lines = [line for line, _cells in sheet.rows]
    assert lines == sorted(lines)
    csv_import.parse_clipboard(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode(data):
    text, notes = csv_import.decode(data, "x.csv")
    assert isinstance(text, str) and len(notes) <= 1
