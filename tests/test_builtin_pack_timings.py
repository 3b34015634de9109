"""The built-in pack as a facilitator runs it: timings that add up with a debrief, one-line
objectives, café rounds long enough to talk, and a trait sort that does not project its key."""

from __future__ import annotations

import re

import pytest

from workshop_app.model import Exercise
from workshop_app.packs import load_pack
from workshop_app.resources import exercises_dir

PACK = load_pack(exercises_dir() / "bridging-leadership-operations.yaml", builtin=True)
EXERCISES = {ex.id: ex for ex in PACK.exercises}
IDS = list(EXERCISES)

LEADERSHIP_TRAITS = ["visionary thinking", "inspiration", "adaptability", "focus on people"]
MANAGEMENT_TRAITS = ["planning and organisation", "execution", "accountability", "focus on processes"]
TRAITS = LEADERSHIP_TRAITS + MANAGEMENT_TRAITS
#: Words that name a trait even when it is not written out in full (as a card's text would).
TRAIT_WORDS = re.compile(r"visionar|inspir|adapt|focus on|planning|organis|organiz|execut|accountab|process",
                         re.IGNORECASE)


@pytest.mark.parametrize("ex_id", IDS)
def test_steps_and_debrief_fill_the_minutes(ex_id):
    ex = EXERCISES[ex_id]
    assert ex.steps_minutes + ex.debrief_minutes == ex.minutes


@pytest.mark.parametrize("ex_id", IDS)
def test_debrief_questions_have_time(ex_id):
    ex = EXERCISES[ex_id]
    if ex.debrief:
        assert ex.debrief_minutes > 0


@pytest.mark.parametrize("ex_id", IDS)
def test_objective_is_one_line(ex_id):
    objective = EXERCISES[ex_id].objective.strip()
    assert objective and "\n" not in objective and len(objective) <= 200


def test_cafe_rounds_leave_time_to_talk():
    rounds = [s for s in EXERCISES["practice-cafe"].steps if s.title.lower().startswith("round")]
    assert len(rounds) >= 2
    assert all(s.minutes >= 10 for s in rounds), [(s.title, s.minutes) for s in rounds]


def _order_of_traits(text: str) -> list[str]:
    low = text.lower()
    found = sorted((low.find(t), t) for t in TRAITS if t in low)
    return [t for _, t in found]


def projected(ex: Exercise) -> list[str]:
    return [s.prompt for s in ex.steps] + list(ex.capture.options)


def test_trait_sort_projects_no_key():
    ex = EXERCISES["two-roles-trait-sort"]
    cards = list(ex.capture.options)
    assert len(cards) >= 8
    for card in cards:  # a card that names its trait answers itself
        assert not TRAIT_WORDS.search(card), card
    for text in projected(ex):
        for line in text.splitlines():
            low = line.lower()
            named = [t for t in TRAITS if t in low]
            # a trait beside a role or a card is a pairing from the key
            assert not (named and re.search(r"leadership|management|\bboth\b", low)), line
            assert not (named and any(card.lower()[:20] in low for card in cards)), line
        order = _order_of_traits(text)
        if len(order) >= 4:  # listed in the key's order, the first four give the split away
            assert set(order[:4]) not in (set(LEADERSHIP_TRAITS), set(MANAGEMENT_TRAITS)), text
        assert not re.search(r"^\s*(leadership|management)( traits)?\s*:?\s*$", text, re.I | re.M), text


def test_the_facilitator_keeps_the_key():
    notes = EXERCISES["two-roles-trait-sort"].facilitator_notes.lower()
    assert all(t in notes for t in TRAITS)


def test_the_skill_swap_captures_two_person_agreements_for_the_plans():
    """A pair's swap is an action with two owners: it feeds both people's commitments."""
    exercise = EXERCISES["skill-swap-walk"]
    assert exercise.capture.type == "actions" and exercise.feeds == "commitments"
    assert "both" in exercise.facilitator_notes and "Shared with" in exercise.facilitator_notes
