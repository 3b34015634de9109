"""Build resources/sample-workshop.json: a realistic, finished workshop from the built-in pack.

Run from a checkout: ``python docs/scripts/build_sample_workshop.py``. It plans and "runs" a
two-hour session through the same Store API the app uses, then exports the workshop file.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workshop_app.model import ActionItem, Card, Cluster, Note, Participant, RunState, Workshop  # noqa: E402
from workshop_app.packs.library import PackLibrary  # noqa: E402
from workshop_app.paths import DataDir  # noqa: E402
from workshop_app.services.planning import break_item, custom_item, exercise_item  # noqa: E402
from workshop_app.storage import open_store  # noqa: E402

PEOPLE = [
    ("Amira Haddad", "Managing director", "Leadership team", "leadership", "amira.haddad@example.org"),
    ("Tomás Ortega", "Head of operations", "Operations", "operations", "tomas.ortega@example.org"),
    ("Grace Whitfield", "Customer service manager", "Service", "management", ""),
    ("Dương Minh Châu", "Warehouse shift lead", "Logistics", "operations", ""),
    ("Lena Fischer", "Head of marketing", "Leadership team", "leadership", "lena.fischer@example.org"),
    ("Kwame Mensah", "Planning analyst", "Operations", "management", ""),
    ("Olga Petrova", "Quality manager", "Production", "management", ""),
    ("Sato Yuki", "Team lead, online orders", "Service", "operations", ""),
]


def build(out: Path) -> None:
    library = PackLibrary(builtin_dir=ROOT / "exercises", user_dir=Path(tempfile.mkdtemp()) / "packs")
    pack = library.get("bridging-leadership-operations")
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = open_store(DataDir(Path(tmp)).ensure())
        w = store.create_workshop(Workshop(
            title="Leaders and operations: closing the gap", organisation="Northwind Home & Garden",
            date="2026-11-12", start_time="09:30", planned_minutes=120, location="Riverside depot, room 2",
            facilitator="Priya Raman", language="en", follow_up_date="2027-01-14",
            follow_up_time="09:30"))
        people = store.add_participants(w.id, [
            Participant(name=n, role=r, team=t, side=s, email=e, workshop_id=w.id) for n, r, t, s, e in PEOPLE])
        ex = pack.exercise
        agenda = store.replace_agenda(w.id, [
            custom_item(w.id, "Welcome and purpose of the session", 5),
            exercise_item(pack.id, ex("eight-traits-self-assessment"), w.id),
            exercise_item(pack.id, ex("disconnect-map"), w.id),
            break_item(w.id, "Coffee", 10),
            exercise_item(pack.id, ex("priority-dot-vote"), w.id),
            exercise_item(pack.id, ex("effort-impact-matrix"), w.id),
            exercise_item(pack.id, ex("my-commitments"), w.id),
        ])
        welcome, traits, gaps, coffee, vote, matrix, commit = agenda
        actual = [6, 17, 29, 12, 19, 18, 27]
        for item, minutes in zip(agenda, actual, strict=True):
            item.actual_seconds = minutes * 60
            store.update_agenda_item(item)

        # Self-assessment: each person rates the eight traits.
        criteria = ex("eight-traits-self-assessment").capture.criteria
        pattern = [4, 3, 4, 5, 3, 4, 3, 3]
        for i, person in enumerate(people):
            for j, criterion in enumerate(criteria):
                value = max(1, min(5, pattern[j] + ((i + j) % 3) - 1 - (1 if person.side == "leadership" and j >= 4 else 0)))
                store.set_rating(traits.id, person.id, criterion, value)
        store.save_note(Note(workshop_id=w.id, agenda_item_id=traits.id, text=(
            "Leaders rated themselves high on vision and low on processes; operations the reverse. "
            "Everyone agreed they switch hats less often than they should.")))

        # Disconnect map: cards in three clusters.
        clusters = {name: store.add_cluster(Cluster(name=name, workshop_id=w.id, agenda_item_id=gaps.id, position=i))
                    for i, name in enumerate(["Miscommunication", "Goals without operational input",
                                              "Growth before readiness"])}
        cards = [
            ("Miscommunication", "Priorities change on Monday, the warehouse hears on Thursday", 3),
            ("Miscommunication", "Nobody knows who decides on weekend overtime", 1),
            ("Miscommunication", "Board slides say 'customer first'; targets say 'cost first'", None),
            ("Goals without operational input", "Spring promotion launched before stock was ordered", 1),
            ("Goals without operational input", "Delivery promise of 24 h set without asking logistics", 3),
            ("Growth before readiness", "Online orders doubled; service team the same size", 7),
            ("Growth before readiness", "New store opened before staff were trained on the tills", 6),
        ]
        for pos, (cluster, text, who) in enumerate(cards):
            store.add_card(Card(text=text, workshop_id=w.id, agenda_item_id=gaps.id, position=pos,
                                cluster_id=clusters[cluster].id,
                                participant_id=people[who].id if who is not None else None))
        store.save_note(Note(workshop_id=w.id, agenda_item_id=gaps.id, private=True, text=(
            "Tension between Lena and Tomás about the spring promotion: follow up one to one, "
            "not in the group report.")))

        # Dot vote on candidate improvements (three dots each).
        options = ["Weekly 30-minute ops and leadership stand-up", "Front-line supervisors join quarterly planning",
                   "One shared board that ties goals to tasks", "Check capacity before any launch date is set",
                   "Job shadowing: a day on the warehouse floor"]
        option_cards = [store.add_card(Card(text=t, workshop_id=w.id, agenda_item_id=vote.id, position=i))
                        for i, t in enumerate(options)]
        dots = [(0, 0), (0, 3), (0, 1), (1, 0), (1, 3), (1, 3), (2, 0), (2, 2), (2, 3), (3, 1), (3, 1), (3, 3),
                (4, 0), (4, 2), (4, 4), (5, 2), (5, 3), (5, 0), (6, 3), (6, 1), (6, 0), (7, 4), (7, 2), (7, 0)]
        counts: dict[tuple[int, int], int] = {}
        for person, option in dots:
            counts[(person, option)] = counts.get((person, option), 0) + 1
        for (person, option), n in counts.items():
            store.set_votes(vote.id, option_cards[option].id, people[person].id, n)
        for option in (0, 3, 2):  # after the count, the room agreed to take these three forward
            store.update_card(replace(option_cards[option], chosen=True))

        # Effort and impact of the candidates.
        places = [(0.2, 0.85), (0.45, 0.75), (0.7, 0.8), (0.3, 0.9), (0.35, 0.45)]
        placed = [store.set_placement(matrix.id, x, y, card_id=card.id)
                  for card, (x, y) in zip(option_cards, places, strict=True)]
        for option in (0, 3, 2):  # the chosen quick wins (stand-up, capacity check) and big bet (board)
            store.choose_placement(placed[option].id, True)
        store.save_note(Note(workshop_id=w.id, agenda_item_id=matrix.id, text=(
            "Quick wins: the weekly stand-up and the capacity check before launches. "
            "Big bet: one shared board, to be scoped by Kwame and Sato.")))

        # Commitments.
        commitments = [
            ([0], "Hold a 30-minute ops and leadership stand-up every Monday at 08:30",
             "2026-11-23", "Stand-up held 4 Mondays in a row; decisions noted on the board",
             "open-communication", "Tomás to co-chair", "2026-12-14"),
            ([1, 3], "Bring two front-line supervisors into the Q1 planning meeting",
             "2027-01-15", "Two supervisors attend; at least one plan change comes from them",
             "shared-decisions", "Cover for their shifts on the day", "2026-12-18"),
            ([4], "Run every campaign date past logistics before it is announced",
             "2026-12-01", "No launch in Q1 without a signed capacity check",
             "aligned-goals", "A one-page capacity checklist from Kwame", "2026-12-10"),
            ([5, 7], "Scope one shared board that links goals to weekly tasks",
             "2027-01-31", "A pilot board used by service and logistics for four weeks",
             "tools-technology", "Two hours a week of IT support", "2027-01-10"),
            ([2], "Spend one day a month on the warehouse floor",
             "2026-12-31", "Three shadow days done and one process fix agreed",
             "dual-competencies", "", "2026-12-20"),
            ([6], "Thank one person from 'the other side' by name in every team meeting",
             "2026-12-15", "Named thanks in each meeting minutes",
             "mutual-respect", "", ""),
        ]
        checkin_with = ["Tomás Ortega", "Amira Haddad", "Kwame Mensah", "Lena Fischer", "Dương Minh Châu", ""]
        for pos, (owners, text, due, measure, strategy, support, checkin) in enumerate(commitments):
            store.add_action(ActionItem(text=text, workshop_id=w.id, agenda_item_id=commit.id, position=pos,
                                        owners=[people[i].id for i in owners], due=due, measure=measure,
                                        strategy=strategy, support=support, checkin=checkin,
                                        checkin_with=checkin_with[pos]))
        store.save_note(Note(workshop_id=w.id, text=(
            "Bring this plan to the follow-up session: we start with what worked and what got in the way.")))
        store.save_run_state(RunState(workshop_id=w.id, agenda_item_id=commit.id, step_index=0,
                                      started_at="2026-11-12T08:30:00Z", ended_at="2026-11-12T10:36:00Z"))
        data = store.export_workshop(w.id)
        store.close()
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    build(ROOT / "resources" / "sample-workshop.json")
