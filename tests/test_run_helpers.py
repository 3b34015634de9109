"""Shared by the run tests and the screenshot script: a fake clock and a small workshop to run.

The workshop's exercises are snapshots from the built-in pack when it is
there, or small made-up exercises otherwise, so the run tests do not depend
on the pack's exact wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.model import (
    AgendaItem,
    Axis,
    Capture,
    Exercise,
    Note,
    Participant,
    Step,
    Workshop,
)

PACK = "bridging-leadership-operations"

#: Text that must never reach the projector.
PRIVATE_NOTE = "Private: Bo looked uneasy, follow up with HR"
PUBLIC_NOTE = "The room agreed hand-offs are the pain point"
FACILITATOR_SECRET = "SECRET-FACILITATOR-HINT: watch for seniority lining up"


@dataclass
class FakeClock:
    """Epoch seconds that move only when a test says so."""

    now: float = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _pack_exercise(ctx, exercise_id: str, fallback: Exercise) -> Exercise:
    try:
        ex = ctx.library.exercise(PACK, exercise_id)
    except Exception:  # the pack is not there in this build: use the made-up one
        ex = None
    return ex if ex is not None else fallback


def _made_up(ex_id: str, title: str, capture: Capture, steps: list[tuple[str, int, str]]) -> Exercise:
    return Exercise(id=ex_id, title=title, minutes=sum(m for _t, m, _p in steps),
                    steps=[Step(t, m, p) for t, m, p in steps],
                    facilitator_notes="Keep it brisk.", debrief=["What did you notice?"], capture=capture)


def exercises(ctx) -> list[Exercise]:
    """Cards, rating, dot vote, matrix, actions: one of each capture type that has a widget."""
    fallback = {
        "disconnect-map": _made_up("disconnect-map", "Where the link breaks", Capture(type="cards"),
                                   [("Write", 4, "Write one disconnect per card."),
                                    ("Cluster", 6, "Group the cards.")]),
        "eight-traits-self-assessment": _made_up(
            "eight-traits-self-assessment", "Eight traits", Capture(
                type="rating", criteria=["Visionary thinking", "Execution"], scale_min=1, scale_max=5),
            [("Rate yourself", 5, "Rate each trait from 1 to 5.")]),
        "priority-dot-vote": _made_up("priority-dot-vote", "Choosing our priorities",
                                      Capture(type="dot_vote", votes_per_participant=3),
                                      [("Vote", 4, "Three dots each.")]),
        "effort-impact-matrix": _made_up(
            "effort-impact-matrix", "Effort and impact", Capture(
                type="matrix", x_axis=Axis("Effort", "Low effort", "High effort"),
                y_axis=Axis("Impact", "Low impact", "High impact")),
            [("Place them", 7, "Place each action on the matrix.")]),
        "my-commitments": _made_up("my-commitments", "My commitments", Capture(type="actions"),
                                   [("Write", 4, "Write your commitment.")]),
    }
    result = []
    for ex_id, made_up in fallback.items():
        ex = _pack_exercise(ctx, ex_id, made_up)
        if ex_id == "disconnect-map":  # a marker to prove facilitator notes stay off the projector
            ex.facilitator_notes = FACILITATOR_SECRET + "\n\n" + ex.facilitator_notes
        result.append(ex)
    return result


def make_workshop(ctx, title: str = "Leaders & operations: one team") -> tuple[int, list[AgendaItem]]:
    """A workshop with four participants, a welcome item, five exercises and a break."""
    store = ctx.store
    w = store.create_workshop(Workshop(title=title, date="2026-03-12", start_time="09:00",
                                       planned_minutes=120, facilitator="Sam"))
    store.add_participants(w.id, [
        Participant(name="Ann", role="COO", side="operations"),
        Participant(name="Bo", role="CEO", side="leadership"),
        Participant(name="陈静", role="Team lead", side="management"),
        Participant(name="Dana <ops>", role="Planner", side="operations"),
    ])
    items = [store.add_agenda_item(AgendaItem(title="Welcome", minutes=5, kind="custom", workshop_id=w.id))]
    for ex in exercises(ctx):
        items.append(store.add_agenda_item(AgendaItem(
            title=ex.title, minutes=ex.minutes, workshop_id=w.id, pack_id=PACK,
            exercise_id=ex.id, exercise=ex.to_dict())))
        if ex.id == "eight-traits-self-assessment":
            items.append(store.add_agenda_item(AgendaItem(title="Coffee break", minutes=15, kind="break",
                                                          workshop_id=w.id)))
    store.save_note(Note(text=PRIVATE_NOTE, workshop_id=w.id, agenda_item_id=items[1].id, private=True))
    return w.id, items


def test_make_workshop_builds_the_agenda(ctx):
    wid, items = make_workshop(ctx)
    kinds = [i.kind for i in ctx.store.list_agenda(wid)]
    assert kinds == ["custom", "exercise", "exercise", "break", "exercise", "exercise", "exercise"]
    assert [Exercise.from_dict(i.exercise).capture.type for i in items if i.exercise] == [
        "cards", "rating", "dot_vote", "matrix", "actions"]
