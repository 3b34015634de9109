"""The built-in pack's ready-made agendas, as a facilitator would run them (issue 15).

Each agenda is loaded through the real pack library and turned into agenda items with the
Planning service, so every length is the pack's own: nothing here hard-codes an exercise's
minutes.
"""

from __future__ import annotations

import re

import pytest
from test_plans_documents import pdf_text

from workshop_app.model.strategies import STRATEGIES
from workshop_app.model.workshop import Participant, Workshop, WorkshopData
from workshop_app.plans import write_run_sheet
from workshop_app.services import planning

PACK = "bridging-leadership-operations"
AGENDAS = ("ninety-minutes", "full-day")
COMMITMENTS = "my-commitments"
PRINT = "print-and-hand-out"
LONGEST_BLOCK = 90  # minutes in a row without a break


def agenda(ctx, template_id: str):
    pack, template = planning.find_template(ctx.library.packs(), PACK, template_id)
    items, problems = planning.template_items(pack, template)
    return template, items, problems


def position(items, exercise_id: str) -> int:
    found = [i for i, item in enumerate(items) if item.exercise_id == exercise_id]
    assert found, f"no {exercise_id} in the agenda"
    return found[0]


def blocks(items) -> list[tuple[int, list[str]]]:
    """The runs of consecutive items between breaks: (minutes, titles)."""
    runs: list[tuple[int, list[str]]] = [(0, [])]
    for item in items:
        if item.kind == "break":
            runs.append((0, []))
        else:
            minutes, titles = runs[-1]
            runs[-1] = (minutes + item.minutes, [*titles, item.title])
    return [run for run in runs if run[1]]


def prompts(item) -> list[str]:
    return [line for step in item.exercise.get("steps", []) for line in step["prompt"].splitlines()]


@pytest.mark.parametrize("template_id", AGENDAS)
def test_every_exercise_an_agenda_names_is_in_the_pack(ctx, template_id):
    template, items, problems = agenda(ctx, template_id)
    assert problems == []
    assert len(items) == len(template.items)


@pytest.mark.parametrize("template_id", AGENDAS)
def test_the_plans_are_entered_and_printed_before_people_leave(ctx, template_id):
    _template, items, _problems = agenda(ctx, template_id)
    printing = position(items, PRINT)
    assert printing > position(items, COMMITMENTS)
    assert printing >= len(items) - 2  # the last item, or the one before a check-out
    step_titles = " ".join(step["title"] for step in items[printing].exercise["steps"]).lower()
    assert "print" in step_titles
    assert items[printing].exercise["capture"]["type"] == "actions"  # late commitments typed here print too


@pytest.mark.parametrize("template_id", AGENDAS)
def test_no_block_runs_longer_than_ninety_minutes_without_a_break(ctx, template_id):
    _template, items, _problems = agenda(ctx, template_id)
    too_long = [(minutes, titles) for minutes, titles in blocks(items) if minutes > LONGEST_BLOCK]
    assert too_long == []


def test_the_ninety_minute_session_fits_ninety_minutes(ctx):
    _template, items, _problems = agenda(ctx, "ninety-minutes")
    assert planning.plan_total(Workshop(title="T", planned_minutes=90), items).total == 90


def test_the_ninety_minute_session_teaches_the_six_ways_before_the_commitments(ctx):
    """The commitments ask which of the six ways each serves: an earlier item explains each way
    (its name and what it means on one line), not only lists the names."""
    _template, items, _problems = agenda(ctx, "ninety-minutes")
    commitments = position(items, COMMITMENTS)

    def explains_every_way(item) -> bool:
        lines = prompts(item) if item.exercise else []
        return all(any(way.title in line and len(line.split(way.title, 1)[1].split()) >= 4 for line in lines)
                   for way in STRATEGIES)

    teaching = [i for i, item in enumerate(items[:commitments]) if explains_every_way(item)]
    assert teaching, "no item before the commitments explains the six ways"


def test_the_full_day_scripts_its_welcome_and_close_and_includes_the_fishbowl(ctx):
    _template, items, _problems = agenda(ctx, "full-day")
    assert position(items, "bold-idea-fishbowl") >= 0
    first, last = items[0], items[-1]
    assert first.kind == "exercise" and "welcome" in first.title.lower()
    assert last.kind == "exercise" and "check-out" in last.title.lower()
    for item in (first, last):
        assert item.exercise["steps"] and all(step["prompt"].strip() for step in item.exercise["steps"])
    assert position(items, PRINT) == len(items) - 2


def test_the_full_day_resets_the_room_during_breaks(ctx):
    """The café's tables, the fishbowl's circle and the matrix wall are set up in the break
    just before them, and the break's title says so."""
    _template, items, _problems = agenda(ctx, "full-day")
    for exercise_id, word in (("practice-cafe", "café"), ("bold-idea-fishbowl", "fishbowl"),
                              ("effort-impact-matrix", "matrix")):
        before = items[position(items, exercise_id) - 1]
        assert before.kind == "break", exercise_id
        assert word in before.title.lower(), before.title


def test_the_full_day_fits_a_working_day_and_says_when_it_ends(ctx):
    template, items, _problems = agenda(ctx, "full-day")
    times = re.findall(r"\b(\d\d:\d\d)\b", template.description)
    assert times, "the description names the day's times"
    start, end = times[0], times[-1]
    workshop = Workshop(title="T", start_time=start)
    assert planning.end_time(workshop, items) == end
    starts = planning.clock_times(start, [item.minutes for item in items])
    assert set(times) <= {*starts, end}, "every time the description names is when an item starts"
    lunch = [item for item in items if item.kind == "break" and "lunch" in item.title.lower()]
    assert len(lunch) == 1 and lunch[0].minutes >= 45
    assert planning.parse_clock(end) <= planning.parse_clock("17:00")


@pytest.mark.parametrize("template_id", AGENDAS)
def test_the_run_sheet_says_once_to_hand_out_blank_plans_before_the_commitments(ctx, tmp_path, template_id):
    """The print step captures late commitments too, yet the blank plans go out before the
    commitments exercise, not before the printing."""
    template, items, _problems = agenda(ctx, template_id)
    for number, item in enumerate(items, start=1):
        item.id, item.workshop_id, item.position = number, 1, number - 1
    people = [Participant(id=n, workshop_id=1, name=f"Person {n}") for n in range(1, 13)]
    data = WorkshopData(Workshop(id=1, title=template.title), participants=people, agenda=items)
    text = " ".join(pdf_text(write_run_sheet(data, tmp_path / "run sheet.pdf")).split())
    hint = "Hand out the blank plans (Plan page: Print blank plans) before this item."
    commitments = items[position(items, COMMITMENTS)]
    printing = items[position(items, PRINT)]
    # the first item where people write commitments: the skill swap's two-person agreements in
    # the full day, the commitments exercise in the 90 minutes
    first = next(item for item in items if item.exercise and item.exercise["capture"]["type"] == "actions")
    assert text.count(hint) == 1
    assert text.index(f"{first.title} (") < text.index(hint) < text.index(f"{printing.title} (")
    assert text.index(f"{first.title} (") <= text.index(f"{commitments.title} (")
