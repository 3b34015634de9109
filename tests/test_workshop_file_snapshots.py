"""Hostile workshop files: exercise snapshots, numbers and nesting are checked on import,
and what is in the database prints in bounded work.

Each bad file in ``tests/data/workshops/`` has one fault; importing it from the command
line or from the Workshops page is refused with the file and the field named, and the
database is left exactly as it was. The big ones (a 1 MB note) are made in ``tmp_path``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from workshop_app.model.results import rating_summaries
from workshop_app.model.workshop import Rating
from workshop_app.plans import write_report
from workshop_app.plans.charts import rating_chart
from workshop_app.plans.text import MAX_TEXT, MAX_WORD, markup
from workshop_app.storage import WorkshopFileError, read_workshop_file, workshop_data_from_dict

from storage_helpers import DATA

GOOD = DATA / "snapshots.json"
#: (file, a line the refusal must show: the field path and what is wrong with it)
BAD_FILES = [
    ("bad-snapshot-types.json", "agenda[0].exercise.minutes: must be a whole number"),
    ("bad-snapshot-types.json", "agenda[0].exercise.steps: must be a list"),
    ("bad-snapshot-capture-type.json", "agenda[1].exercise.capture.type: 'poll' is not one of: notes, cards"),
    ("bad-snapshot-inverted-scale.json",
     "agenda[0].exercise.capture.scale_max: scale_min (5) must be less than scale_max (1)"),
    ("bad-snapshot-equal-scale.json",
     "agenda[0].exercise.capture.scale_max: scale_min (3) must be less than scale_max (3)"),
    ("bad-minutes-1e400.json", "agenda[1].minutes: must be a whole number from 0 to 480"),
    ("bad-snapshot-minutes-1e30.json", "agenda[1].exercise.minutes: must be at most 480"),
    ("bad-nested-900.json", "agenda[0].exercise.group"),
    ("bad-dot-vote-2e70.json", "votes[0].count: must be a whole number from 1 to 9999"),
    ("bad-dot-votes-sum-past-64-bits.json", "votes[1].count: must be a whole number from 1 to 9999"),
    ("bad-rating-1e9.json", "ratings[0].value: 1000000000 is outside the rating scale of agenda[0] (1 to 5)"),
]


def database_state(run_cli, tmp_path: Path) -> tuple[str, str]:
    """The workshop list and the export of workshop 1, as the command line shows them."""
    code, listed, _ = run_cli("workshops", "list", "--json")
    assert code == 0
    target = tmp_path / "state.json"
    assert run_cli("workshops", "export", "1", str(target))[0] == 0
    return listed, target.read_text(encoding="utf-8")


def test_the_good_file_imports_exports_and_imports_again(run_cli, tmp_path):
    code, out, err = run_cli("workshops", "import", str(GOOD), "--json")
    assert (code, err) == (0, "")
    target = tmp_path / "again.json"
    assert run_cli("workshops", "export", str(json.loads(out)["id"]), str(target))[0] == 0
    assert run_cli("workshops", "import", str(target))[0] == 0


@pytest.mark.parametrize("name, expected", BAD_FILES, ids=[f"{n}:{e.split(':')[0]}" for n, e in BAD_FILES])
def test_a_bad_file_is_refused_naming_file_and_field_and_nothing_changes(run_cli, tmp_path, name, expected):
    assert run_cli("workshops", "import", str(GOOD))[0] == 0
    before = database_state(run_cli, tmp_path)
    path = DATA / name
    code, out, err = run_cli("workshops", "import", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"workshop-app: {path} is not a usable workshop file: "), err
    assert expected in err, err
    assert "Traceback" not in err
    assert database_state(run_cli, tmp_path) == before


def test_every_exercise_of_the_built_in_packs_passes_as_a_snapshot(ctx):
    from workshop_app.services.workshop_files import snapshot_problems

    exercises = [ex for pack in ctx.library.packs() for ex in pack.exercises]
    assert {ex.capture.type for ex in exercises} == {"notes", "cards", "dot_vote", "rating", "matrix",
                                                     "actions"}
    agenda = [{"exercise": ex.to_dict()} for ex in exercises]
    assert snapshot_problems({"agenda": agenda}) == []
    assert snapshot_problems({"agenda": [{"exercise": None}, {"exercise": []}, "x"]}) == []


def test_a_snapshot_is_checked_without_being_changed():
    from workshop_app.services.workshop_files import snapshot_problems

    data = json.loads((DATA / "bad-snapshot-types.json").read_text(encoding="utf-8"))
    before = json.dumps(data)
    assert len(snapshot_problems(data)) == 3
    assert json.dumps(data) == before


def test_nesting_is_refused_before_parsing_however_deep(tmp_path):
    path = tmp_path / "deep.json"
    good = GOOD.read_text(encoding="utf-8")
    path.write_text(good.replace('"whole room"', "[" * 200_000 + "]" * 200_000, 1), encoding="utf-8")
    with pytest.raises(WorkshopFileError) as caught:
        read_workshop_file(path)
    assert "agenda[0].exercise.group" in str(caught.value)
    assert "more than 20 levels" in str(caught.value)


def test_an_already_stored_deep_snapshot_is_refused_on_export_without_a_traceback(ctx, tmp_path):
    from workshop_app.services.workshop_files import export_workshop_file

    data = json.loads(GOOD.read_text(encoding="utf-8"))
    deep: list = []
    for _ in range(900):
        deep = [deep]
    data["agenda"][0]["exercise"]["group"] = deep
    workshop_id = ctx.store.import_workshop(data)  # the store alone does not check snapshots
    with pytest.raises(WorkshopFileError, match="cannot be written"):
        export_workshop_file(ctx, workshop_id, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_a_one_megabyte_note_without_spaces_imports_and_prints_cut(run_cli, tmp_path):
    data = json.loads(GOOD.read_text(encoding="utf-8"))
    data["notes"][0]["text"] = "x" * 1_000_000
    path = tmp_path / "long-note.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run_cli("workshops", "import", str(path), "--json")
    assert code == 0
    report = tmp_path / "report.pdf"
    code, out, err = run_cli("report", str(json.loads(out)["id"]), "--out", str(report))
    assert (code, err) == (0, "")
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(report).pages)
    assert "(cut)" in text
    assert MAX_TEXT <= text.count("x") < MAX_TEXT + 1000


def test_long_text_reaches_reportlab_cut_and_with_words_broken():
    printed = markup("x" * 1_000_000)
    assert printed.endswith("\u2026 (cut)")
    assert len(printed) < MAX_TEXT + MAX_TEXT // MAX_WORD + 20
    assert max(len(word) for word in printed.split()) <= MAX_WORD
    assert printed.replace(" ", "").count("x") == MAX_TEXT
    # Text within the limits is untouched.
    assert markup("short words " * 100) == "short words " * 100
    assert markup("y" * MAX_WORD) == "y" * MAX_WORD


def test_a_rating_far_outside_its_scale_is_drawn_on_the_scale(tmp_path):
    data = workshop_data_from_dict(json.loads(GOOD.read_text(encoding="utf-8")))
    data.ratings.append(Rating("Clarity", 10**9, 2, 99, data.workshop.id, data.agenda[0].id))
    data.ratings.append(Rating("Trust", -10**12, 1, 98, data.workshop.id, data.agenda[0].id))
    spreads = rating_summaries([Rating("Clarity", 4, 1), Rating("Clarity", 10**9, 2), Rating("Trust", 2, 1),
                                Rating("Trust", -10**12, 2)], [], (1, 5))
    chart = rating_chart(spreads, 1, 5, 400)
    assert len(chart.getContents()) < 40  # five ticks, two rows: not a billion tick marks
    assert write_report(data, tmp_path / "report.pdf").stat().st_size > 0


def test_a_rating_chart_without_a_known_scale_keeps_its_ticks_few():
    ratings = [Rating("Clarity", 1, 1), Rating("Clarity", 10**9, 2)]
    chart = rating_chart(rating_summaries(ratings, [], (1, 10**9)), 1, 10**9, 400)
    assert len(chart.getContents()) < 60


def test_the_workshops_page_import_shows_the_field_and_changes_nothing(main_window, ctx, qtbot, monkeypatch):
    from workshop_app.services.workshop_files import import_workshop_file

    import_workshop_file(ctx, GOOD)
    main_window.show_page("workshops")
    page = main_window.pages.get("workshops")
    page.refresh()
    before = ctx.store.export_workshop(1), [w.id for w in ctx.store.list_workshops()]
    bad = DATA / "bad-snapshot-inverted-scale.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(bad), ""))
    with qtbot.waitSignal(main_window.hub.error) as error:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    message = error.args[0]
    assert str(bad) in message
    assert "agenda[0].exercise.capture.scale_max: scale_min (5) must be less than scale_max (1)" in message
    assert (ctx.store.export_workshop(1), [w.id for w in ctx.store.list_workshops()]) == before
