"""A fixed workshop for the handouts tests: ten people present (and one absent), exercises in
groups of at most four (three groups), every kind of handout, marker words (all caps) to count."""

from __future__ import annotations

from workshop_app.model import workshop as m
from workshop_app.model.pack import Capture, Exercise, GroupSize, Handout, HandoutItem, Step


def _exercise(ex_id: str, capture: Capture, handouts: list[Handout], size: int = 0) -> dict:
    return Exercise(id=ex_id, title=f"Exercise {ex_id}", minutes=10, themes=["roles"],
                    steps=[Step("Do", 10, "Do it.")], capture=capture, handouts=handouts,
                    group_size=GroupSize(2, size) if size else None).to_dict()


def _items(*texts: str) -> list[HandoutItem]:
    return [HandoutItem(text=t) for t in texts]


def room_of_ten(handouts: bool = True) -> m.WorkshopData:
    """Ten people present (and one absent), exercises in groups of at most four (three groups)."""
    ws = m.Workshop(title="Handout day", id=3, organisation="Northwind", date="2026-11-12",
                    start_time="09:00", planned_minutes=120, facilitator="Sam", language="en")
    people = [m.Participant(f"Person {n}", n, 3, position=n) for n in range(1, 12)]
    people[-1].absent = True
    rating = Capture(type="rating", criteria=["Vision", "Execution"], scale_min=1, scale_max=5)
    agenda_handouts = {
        "sort": (Capture(type="cards"), [
            Handout("cards", "Behaviour cards", per="group", items=_items(
                "CARDALPHA", "CARDBRAVO", "CARDCHARLIE", "CARDDELTA", "CARDECHO"))], 4),
        "rate": (rating, [Handout("sheet", "Rating sheet", per="participant", text="Circle *one* number.",
                                  items=_items("SHEETVISION", "SHEETEXECUTION"))], 0),
        "play": (Capture(), [
            Handout("roles", "Role briefs", copies=2, items=[
                HandoutItem("ROLEDIRECTOR", "Push the idea."),
                HandoutItem("ROLEDEPOT", "Protect the routine.")]),
            Handout("slips", "Message", per="group", items=_items("SLIPMESSAGE")),
            Handout("sign", "Table signs", items=[HandoutItem("SIGNA", "Close to the work"),
                                                  HandoutItem("SIGNB", "Front line")]),
            Handout("poster", "POSTERSIX", items=_items("Way one", "Way two"))], 4),
    }
    agenda = [m.AgendaItem("Welcome", 5, 1, 3, 0, kind="custom")]
    for position, (ex_id, (capture, handout_list, size)) in enumerate(agenda_handouts.items(), start=1):
        snapshot = _exercise(ex_id, capture, handout_list if handouts else [], size)
        agenda.append(m.AgendaItem(f"Exercise {ex_id}", 10, position + 1, 3, position, exercise_id=ex_id,
                                   pack_id="test", exercise=snapshot))
    return m.WorkshopData(workshop=ws, participants=people, agenda=agenda)
