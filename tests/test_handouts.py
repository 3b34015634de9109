"""Handouts from pack data: the pack key, the PDF in the room's quantities, the command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handouts_fixtures import room_of_ten
from pypdf import PdfReader

from workshop_app.model import workshop as m
from workshop_app.model.pack import HandoutItem
from workshop_app.packs import PackError, dump_pack_yaml, load_pack, parse_pack_yaml
from workshop_app.paths import DataDir
from workshop_app.plans.api import NoHandoutsError, handouts_needed, write_handouts
from workshop_app.services.context import AppContext

PACK_ID = "bridging-leadership-operations"
TRAITS = ["Visionary thinking", "Inspiration", "Adaptability", "Focus on people",
          "Planning and organisation", "Execution", "Accountability", "Focus on processes"]

HANDOUT_PACK = """\
format: 1
id: handout-test
title: Handouts test
version: "1.0"
exercises:
  - id: sort
    title: Sort
    minutes: 10
    themes: [roles]
    group_size: {min: 3, max: 4}
    steps:
      - {title: Sort, minutes: 10, prompt: Sort them.}
    capture: {type: cards}
    handouts:
      - kind: cards
        title: Behaviour cards
        per: group
        items:
          - Tells the story
          - {title: Role A, text: "Plays <b>the</b> director"}
"""


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


# -- the pack key -----------------------------------------------------------------------------------

def test_a_handout_loads_writes_and_reads_back_the_same(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(HANDOUT_PACK, encoding="utf-8")
    pack = load_pack(path)
    (handout,) = pack.exercises[0].handouts
    assert (handout.kind, handout.per, handout.copies) == ("cards", "group", 1)
    assert handout.items == [HandoutItem(text="Tells the story"),
                             HandoutItem("Role A", "Plays <b>the</b> director")]
    text = dump_pack_yaml(pack)
    assert text.rstrip().endswith("  - title: Role A\n            text: Plays <b>the</b> director")
    assert "copies:" not in text and "text: Tells the story" not in text  # defaults left out
    assert "          - Tells the story\n" in text  # an item without a title: its one line
    again = parse_pack_yaml(text, "again.yaml", source=pack.source)
    assert again == pack and dump_pack_yaml(again) == text


def test_a_pack_without_handouts_still_loads(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(HANDOUT_PACK.split("    handouts:")[0], encoding="utf-8")
    assert load_pack(path).exercises[0].handouts == []


def test_a_broken_handout_is_named_by_its_field(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(HANDOUT_PACK.replace("per: group", "per: team").replace(
        "- Tells the story", "- {colour: red}") + "      - kind: leaflet\n        copies: 0\n",
        encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    problems = "\n".join(caught.value.details)
    assert "exercises[0].handouts[0].per: 'team' is not one of: room, group, participant" in problems
    assert "exercises[0].handouts[0].items[0].colour: unknown field" in problems
    assert "exercises[0].handouts[1].title: is required" in problems
    assert "exercises[0].handouts[1].kind: 'leaflet' is not one of" in problems
    assert "exercises[0].handouts[1].copies: must be a positive whole number" in problems


# -- quantities and the PDF -------------------------------------------------------------------------

def test_the_room_of_ten_in_groups_of_four_gets_the_right_quantities(tmp_path):
    data = room_of_ten()
    sets = {need.handout.title: need.sets for need in handouts_needed(data)}
    assert sets == {"Behaviour cards": 3, "Rating sheet": 10, "Role briefs": 2, "Message": 3,
                    "Table signs": 1, "POSTERSIX": 1}
    pages = page_texts(write_handouts(data, tmp_path, invariant=True))
    text = "\n".join(pages)
    for card in ("CARDALPHA", "CARDBRAVO", "CARDCHARLIE", "CARDDELTA", "CARDECHO"):
        assert text.count(card) == 3  # one set per group
    assert text.count("SHEETVISION") == 10 and text.count("SHEETEXECUTION") == 10
    assert text.count("ROLEDIRECTOR") == 2 and text.count("ROLEDEPOT") == 2
    assert text.count("SLIPMESSAGE") == 3
    assert text.count("SIGNA") == 1 and text.count("SIGNB") == 1
    # the list, cards (15 of 8 a page), sheets (one each), roles (4 of 2), slips, signs, poster
    assert len(pages) == 1 + 2 + 10 + 2 + 1 + 2 + 1
    assert all("Handout day" in page for page in pages)  # the workshop's title on every page
    sheet_pages = [page for page in pages if "SHEETVISION" in page]
    assert len(sheet_pages) == 10 and all("Circle one number." in page for page in sheet_pages)
    assert all(re.search(r"1\s*2\s*3\s*4\s*5", page) for page in sheet_pages)  # the scale to circle
    assert "POSTERSIX" in pages[-1] and "Way one" in pages[-1]


def test_user_text_prints_as_typed(tmp_path):
    data = room_of_ten()
    data.agenda[1].exercise["handouts"][0]["items"][0]["text"] = "Ann <b>&amp; Co"
    text = "\n".join(page_texts(write_handouts(data, tmp_path)))
    assert text.count("Ann <b>&amp; Co") == 3


def test_no_handouts_is_said_and_nothing_is_written(tmp_path):
    with pytest.raises(NoHandoutsError, match="Handout day"):
        write_handouts(room_of_ten(handouts=False), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_letter_paper(tmp_path):
    path = write_handouts(room_of_ten(), tmp_path, paper="letter")
    assert float(PdfReader(path).pages[0].mediabox.width) == pytest.approx(612)


# -- the built-in pack ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def builtin():
    from workshop_app.resources import exercises_dir

    return load_pack(exercises_dir() / f"{PACK_ID}.yaml")


def test_the_trait_sorts_cards_never_name_a_trait(builtin, tmp_path):
    exercise = builtin.exercise("two-roles-trait-sort")
    (cards,) = [h for h in exercise.handouts if h.kind == "cards"]
    assert len(cards.items) >= 12 and cards.per == "group"
    for item in cards.items:
        for trait in TRAITS:
            assert trait.lower() not in f"{item.title} {item.text}".lower()
    ws = m.Workshop(title="Trait day", id=1, language="en")
    people = [m.Participant(f"P{n}", n, 1, position=n) for n in range(6)]
    data = m.WorkshopData(workshop=ws, participants=people, agenda=[m.AgendaItem(
        exercise.title, exercise.minutes, 1, 1, 0, exercise_id=exercise.id, pack_id=PACK_ID,
        exercise=exercise.to_dict())])
    pages = page_texts(write_handouts(data, tmp_path))
    cut = " ".join(" ".join(page for page in pages[1:] if cards.title in page).lower().split())
    assert cards.items[0].text.lower() in cut
    assert not [trait for trait in TRAITS if trait.lower() in cut]


def test_the_builtin_pack_offers_the_handouts_the_room_needs(builtin):
    kinds = {exercise.id: {h.kind for h in exercise.handouts} for exercise in builtin.exercises}
    assert "sheet" in kinds["eight-traits-self-assessment"]
    assert "roles" in kinds["bold-idea-fishbowl"]
    assert "slips" in kinds["vision-relay"]
    assert "sign" in kinds["practice-cafe"]
    assert "poster" in kinds["priority-dot-vote"]
    assert kinds["my-commitments"]
    rating = builtin.exercise("eight-traits-self-assessment")
    (sheet,) = [h for h in rating.handouts if h.kind == "sheet"]
    assert [i.title or i.text for i in sheet.items] == rating.capture.criteria


# -- the command ------------------------------------------------------------------------------------

@pytest.fixture
def stored(tmp_path: Path) -> tuple[str, int, int]:
    """A data folder with the room of ten, and the same workshop without handouts."""
    from workshop_app.storage.workshop_file import data_to_dict

    folder = tmp_path / "cli-data"
    ctx = AppContext(DataDir(folder))
    try:
        with_handouts = ctx.store.import_workshop(data_to_dict(room_of_ten()))
        without = ctx.store.import_workshop(data_to_dict(room_of_ten(handouts=False)))
    finally:
        ctx.close()
    return str(folder), with_handouts, without


def test_the_command_writes_the_handouts_and_prints_the_path(run_cli, stored, tmp_path):
    folder, workshop_id, _ = stored
    out = tmp_path / "print"
    code, stdout, stderr = run_cli("handouts", str(workshop_id), "--out", str(out), "--paper", "letter",
                                   data_dir=folder)
    assert (code, stderr) == (0, "")
    assert stdout == f"{out / 'handouts.pdf'}\n"
    reader = PdfReader(out / "handouts.pdf")
    assert len(reader.pages) == 19 and float(reader.pages[0].mediabox.width) == pytest.approx(612)


def test_the_command_says_when_the_agenda_has_no_handouts(run_cli, stored, tmp_path):
    folder, _, workshop_id = stored
    out = tmp_path / "print"
    code, stdout, stderr = run_cli("handouts", str(workshop_id), "--out", str(out), data_dir=folder)
    assert code != 0 and stdout == ""
    assert stderr.strip().splitlines() == [
        "workshop-app: Nothing to print: no exercise on the agenda of \u201cHandout day\u201d has handouts."]
    assert not out.exists()


def test_the_pack_editor_keeps_handouts_valid_or_not(tmp_path):
    from workshop_app.services.pack_editing import checking, parts
    from workshop_app.services.pack_editing.drafts import load_for_editing

    path = tmp_path / "pack.yaml"
    path.write_text(HANDOUT_PACK, encoding="utf-8")
    pack, _, problems = load_for_editing(path)
    assert problems == [] and checking.validate(pack) == []
    assert parts.copy_exercise(pack, pack.exercises[0]).handouts == pack.exercises[0].handouts
    broken = tmp_path / "broken.yaml"
    broken.write_text(HANDOUT_PACK.replace("minutes: 10\n    themes", "minutes: 99\n    themes"),
                      encoding="utf-8")
    draft, _, problems = load_for_editing(broken)
    assert problems and draft.exercises[0].handouts == pack.exercises[0].handouts
    assert "    handouts:\n      - kind: cards\n" in dump_pack_yaml(draft)


def test_demo_writes_the_handouts_when_the_sample_has_them(run_cli, tmp_path, monkeypatch):
    import workshop_app.commands.demo as demo

    monkeypatch.setattr(demo, "sample_data", lambda language="en": room_of_ten())
    code, stdout, stderr = run_cli("demo", "--out", str(tmp_path / "demo"))
    assert (code, stderr) == (0, "")
    assert stdout.splitlines()[-1] == str(tmp_path / "demo" / "handouts.pdf")


def test_text_too_long_for_its_piece_prints_smaller_not_over_more_pages(tmp_path):
    data = room_of_ten()
    long_text = " ".join(["LONGWORD"] * 120)  # about 1,000 characters on every piece, sign and poster
    for snapshot in (item.exercise for item in data.agenda if item.exercise):
        for handout in snapshot["handouts"]:
            for item in handout["items"] if handout["kind"] != "sheet" else []:  # a sheet goes on
                item["text"] = long_text
    pages = page_texts(write_handouts(data, tmp_path, invariant=True))
    assert len(pages) == 19  # as many pages as with short texts
    assert "\n".join(pages).count("LONGWORD") == 120 * (15 + 4 + 3 + 2 + 2)



def test_a_commitment_card_that_fits_half_a_page_prints_two_to_a_page_with_a_name(tmp_path):
    """The built-in commitment card is half a page: eight people's cards take four pages, the
    list of what to print counts four, and each card has a line for its writer's name."""
    from workshop_app import resources
    from workshop_app.plans.api import write_handouts
    from workshop_app.storage import read_workshop_file, workshop_data_from_dict

    data = workshop_data_from_dict(read_workshop_file(resources.sample_workshop_path()))
    assert len([p for p in data.participants if not p.absent]) == 8
    pages = [page.extract_text() for page in PdfReader(write_handouts(data, tmp_path, invariant=True)).pages]
    sheets = [text for text in pages if "My name" in text]
    assert sum(text.count("My name") for text in sheets) == 8
    assert len(sheets) == 4
    listed = " ".join(pages[0].split())
    assert "My commitment card Sheet 8 1 per participant, 8 present 4" in listed


def test_right_to_left_text_on_a_handout_wraps_in_reading_order(tmp_path):
    import unicodedata

    from test_plans_rtl import HEBREW_ACTION

    data = room_of_ten()
    data.agenda[3].exercise["handouts"][0]["items"][0]["text"] = HEBREW_ACTION
    text = "\n".join(page_texts(write_handouts(data, tmp_path)))
    assert HEBREW_ACTION in " ".join(unicodedata.normalize("NFKC", text).split())
