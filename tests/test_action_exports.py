"""Commitments out of the app (``actions list|export``): CSV read back with the csv module and
opened by LibreOffice, Markdown that shows the text as typed, the workshop summary."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from workshop_app.paths import DataDir
from workshop_app.services.action_exports import action_rows, csv_bytes, markdown_text, summary_markdown
from workshop_app.services.context import AppContext

from exports_fixtures import FORMULA_COMMITMENT, REVIEW_PRIVATE, followed_up
from plans_fixtures import ANN_NAME, NAMES, PRIVATE_MARKER

HERON = "Spend one day a month on the dispatch floor HERON"


def read_csv(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_reads_back_with_every_name_and_the_latest_status():
    table = read_csv(csv_bytes(action_rows(followed_up())))
    header, rows = table[0], table[1:]
    assert header[:6] == ["Workshop", "Workshop date", "Commitment", "Owners", "Due", "Status"]
    by_text = {r[2]: dict(zip(header, r, strict=True)) for r in rows}
    heron = by_text[HERON]
    assert (heron["Status"], heron["Due"]) == ("Stuck", "2025-07-01")  # the second check-in's
    assert heron["What helps or blocks"] == "No cover for the shift"
    assert by_text["Hold a weekly 20-minute stand-up with the warehouse team KESTREL"]["Status"] == "Done"
    assert by_text["Pilot a shared goals board SHAREDPAIR"]["Owners"] == f"{NAMES[2]}, {ANN_NAME}"
    owners = " ".join(r[3] for r in rows)
    for name in NAMES.values():
        if name != NAMES[5]:  # Fatima made no commitment
            assert name in owners
    text = "\n".join(",".join(r) for r in table)
    assert REVIEW_PRIVATE not in text and PRIVATE_MARKER not in text


@pytest.mark.parametrize("typed", ["=1+1", "+49 30 1234", "-5 days", "@SUM(A1)", "\tindented", "\rback"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_text(typed):
    data = followed_up()
    data.actions[0].text = typed
    data.actions[0].measure = typed
    rows = read_csv(csv_bytes(action_rows(data)))[1:]
    assert rows[0][2] == "'" + typed and rows[0][7] == "'" + typed
    formula = next(r for r in rows if FORMULA_COMMITMENT in r[2])
    assert formula[2] == "'" + FORMULA_COMMITMENT


def sheet_cells(xlsx: Path) -> tuple[str, list[str]]:
    """The first sheet's XML and its shared strings (the text cells) of an .xlsx."""
    with zipfile.ZipFile(xlsx) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    texts = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", strings, re.S)]
    import html

    return sheet, [html.unescape(t) for t in texts]


def libreoffice_xlsx(csv_file: Path, tmp_path: Path) -> Path:
    """``csv_file`` converted by LibreOffice headless (UTF-8 named, as its import dialog offers on
    a UTF-8 desktop: its headless default is the system's ANSI code page, BOM or not)."""
    out = tmp_path / "converted"
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(out), str(csv_file)],
                   check=True, capture_output=True, timeout=300)
    return out / f"{csv_file.stem}.xlsx"


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
def test_libreoffice_opens_the_csv_with_names_intact_and_no_formula(tmp_path):
    data = followed_up()
    data.actions[0].text = "=1+1"
    exported = tmp_path / "actions.csv"
    exported.write_bytes(csv_bytes(action_rows(data)))
    sheet, texts = sheet_cells(libreoffice_xlsx(exported, tmp_path))
    assert "<f" not in sheet  # nothing typed in the room became a formula
    assert "'=1+1" in texts and "'" + FORMULA_COMMITMENT in texts
    assert "Workshop" in texts  # the header row: the byte order mark did not stick to it
    for name in (NAMES[1], NAMES[3], NAMES[4]):
        assert any(name in t for t in texts), name
    # the same cell not neutralised is run as a formula: what the apostrophe prevents
    raw = tmp_path / "raw.csv"
    raw.write_bytes("\ufeffCommitment\r\n=1+1\r\n".encode())
    sheet, _texts = sheet_cells(libreoffice_xlsx(raw, tmp_path))
    assert "<f" in sheet


def test_markdown_shows_the_text_as_typed():
    assert markdown_text("a | b") == r"a \| b"
    assert markdown_text("first\nsecond") == "first<br>second"
    assert markdown_text("<b>bold</b> & *stars*") == r"\<b\>bold\</b\> \& \*stars\*"
    assert markdown_text("- not a list") == r"\- not a list"
    assert markdown_text("1. not a list") == r"1\. not a list"
    assert markdown_text("# not a heading") == r"\# not a heading"


def test_markdown_table_keeps_its_columns_whatever_was_typed():
    from markdown_it import MarkdownIt

    data = followed_up()
    data.actions[0].text = "Pipes | and\nbreaks <script>alert(1)</script>"
    rows = action_rows(data)
    from workshop_app.services.action_exports import actions_markdown

    text = actions_markdown(rows, with_workshop=True)
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert html.count("<tr>") == len(rows) + 1
    assert all(row.count("<td") == 5 for row in html.split("<tr>")[2:])
    assert "<script>" not in html and "Pipes | and<br>breaks &lt;script&gt;" in html.replace("\n", "")


def test_summary_has_everything_a_wiki_page_needs():
    data = followed_up()
    text = summary_markdown(data)
    assert text.startswith("# Bridging leadership and operations \u2014 spring offsite\n")
    for expected in ("Friday, March 14, 2025 at 09:00", "## Participants", "## Agenda",
                     "1. Two roles, one picture",
                     "## Priorities", "Weekly joint planning meeting", "## Commitments",
                     f"| {HERON} | {NAMES[2]} | 2025-07-01 | Stuck |", "Harbour Room, Kiel"):
        assert expected in text, expected
    assert REVIEW_PRIVATE not in text and PRIVATE_MARKER not in text


@pytest.fixture
def stored(tmp_path):
    """A data folder with the workshop stored twice (the second one's language German)."""
    from workshop_app.storage.workshop_file import data_to_dict

    folder = tmp_path / "cli-data"
    ctx = AppContext(DataDir(folder))
    try:
        first = ctx.store.import_workshop(data_to_dict(followed_up()))
        german = followed_up()
        german.workshop.language = "de"
        german.workshop.title = "Zweiter Workshop"
        german.actions[0].due = "2999-12-31"
        second = ctx.store.import_workshop(data_to_dict(german))
    finally:
        ctx.close()
    return str(folder), first, second


def test_actions_list_json_and_overdue(run_cli, stored, monkeypatch):
    from datetime import date

    from workshop_app.commands import actions

    monkeypatch.setattr(actions, "today", lambda: date(2025, 6, 1))
    folder, first, second = stored
    code, stdout, stderr = run_cli("actions", "list", "--json", data_dir=folder)
    assert code == 0, stderr
    listed = json.loads(stdout)
    assert {r["workshop_id"] for r in listed} == {first, second}
    assert len(listed) == 2 * 9  # 8 actions and the commitment made at the first check-in, each
    heron = [r for r in listed if r["text"] == HERON]
    assert [(r["status"], r["due"]) for r in heron] == [("stuck", "2025-07-01")] * 2  # stored check-ins
    code, stdout, stderr = run_cli("actions", "list", "--overdue", "--json", data_dir=folder)
    overdue = json.loads(stdout)
    # due before June 1st and open; not KESTREL (done), HERON (due revised to July), the dropped
    # one, LITERALMARK (due that very day)
    assert sorted(r["text"].split()[-1] for r in overdue) == sorted(
        ["SHAREDPAIR", "OSPREY", "PLOVER", "GROUPSTANDUP"] * 2)
    assert all(r["overdue"] for r in overdue)
    code, stdout, stderr = run_cli("actions", "list", data_dir=folder)
    assert code == 0 and "Zweiter Workshop" in stdout and NAMES[1] in stdout


def test_actions_export_by_suffix(run_cli, stored, tmp_path):
    folder, first, second = stored
    target = tmp_path / "all.csv"
    code, stdout, stderr = run_cli("actions", "export", "--all", str(target), data_dir=folder)
    assert code == 0 and stdout.strip() == str(target), stderr
    assert {r[0] for r in read_csv(target.read_bytes())[1:]} == {
        "Bridging leadership and operations \u2014 spring offsite", "Zweiter Workshop"}
    target = tmp_path / "one.md"
    code, stdout, stderr = run_cli("actions", "export", str(second), str(target), data_dir=folder)
    assert code == 0, stderr
    # in the workshop's language
    assert target.read_text(encoding="utf-8").startswith("| Vorhaben | Verantwortlich | F\u00e4llig |")
    target = tmp_path / "summary.md"
    code, stdout, stderr = run_cli("actions", "export", str(first), str(target), "--summary", data_dir=folder)
    assert code == 0 and target.read_text(encoding="utf-8").startswith("# Bridging"), stderr


@pytest.mark.parametrize("argv", [["1", "x.txt"], ["--all", "x.md", "--summary"],
                                  ["x.csv"], ["1", "x.csv", "--summary"], ["424242", "x.csv"]])
def test_actions_export_refusals_are_one_line(run_cli, stored, tmp_path, argv):
    folder, _first, _second = stored
    argv = [str(tmp_path / a) if "." in a else a for a in argv]
    code, stdout, stderr = run_cli("actions", "export", *argv, data_dir=folder)
    assert code != 0 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert not any(tmp_path.glob("x.*"))
