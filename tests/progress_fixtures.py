"""A workshop after two check-ins (a third to come), for the progress papers' tests: three people,
four actions (one shared, one the group's), reviews with notes and private notes, one new commitment.

Marker words (all caps) let tests look for one piece of text in extracted PDF text.
"""

from __future__ import annotations

from workshop_app.model.checkins import ActionReview, CheckIn, CheckinCommitment, FollowThrough
from workshop_app.model.workshop import ActionItem, Participant, Workshop, WorkshopData

ANA, BEN, CHO = 1, 2, 3
NAMES = {ANA: "Ana Lima", BEN: "Benedikt Oderwald", CHO: "Cho Park"}
PRIVATE_ANA = "WALRUSPRIVATE Ana is overloaded"
PRIVATE_BEN = "OTTERPRIVATE Ben wants to leave"
NOTE_ANA = "Two stand-ups held HAPPENEDANA"
HELPS_SHARED = "Needs the IT budget BLOCKSHARED"
NOTE_BEN = "Rotation paused HAPPENEDBEN"


def progress_data(language: str = "en") -> WorkshopData:
    people = [Participant(NAMES[pid], pid, 7, role=role, position=i)
              for i, (pid, role) in enumerate(((ANA, "Operations lead"), (BEN, "Managing director"),
                                               (CHO, "Planner")))]
    actions = [
        ActionItem("Weekly stand-up with the night shift", 10, 7, owners=[ANA], due="2026-01-15",
                   strategy="open-communication", position=0),
        ActionItem("Shared dashboard for goals and stock", 11, 7, owners=[ANA, BEN], due="2026-02-01",
                   strategy="tools-technology", position=1),
        ActionItem("Job rotation office and floor", 12, 7, owners=[BEN], due="2026-03-01",
                   strategy="dual-competencies", position=2),
        ActionItem("Handover checklist GROUPCHECK", 13, 7, owners=[], due="2026-01-31", position=3),
    ]
    checkins = [CheckIn(7, "2026-01-10", title="30-day check-in", id=100, started_at="2026-01-10T09:00:00Z"),
                CheckIn(7, "2026-02-10", title="60-day check-in", id=101, started_at="2026-02-10T09:00:00Z"),
                CheckIn(7, "2026-03-12", title="90-day check-in", id=102)]
    reviews = [
        ActionReview(100, 10, "in_progress", note=NOTE_ANA, private_note=PRIVATE_ANA),
        ActionReview(100, 11, "stuck", note="No licence yet", helps=HELPS_SHARED),
        ActionReview(100, 12, "in_progress", note="First swap done"),
        ActionReview(100, 13, "done", note="Checklist on the wall"),
        ActionReview(101, 10, "done", note="Running every week"),
        ActionReview(101, 11, "stuck", note="Still waiting", helps=HELPS_SHARED, revised_due="2026-04-01"),
        ActionReview(101, 12, "dropped", note=NOTE_BEN, private_note=PRIVATE_BEN),
    ]
    commitments = [CheckinCommitment(101, "Ask IT for a trial licence", owners=[CHO], due="2026-02-20",
                                     strategy="tools-technology", id=500)]
    workshop = Workshop("Bridging leadership and operations", 7, organisation="Nordlicht Logistics",
                        date="2025-12-10", facilitator="Sam Rivera", language=language)
    return WorkshopData(workshop, participants=people, actions=actions,
                        follow_through=FollowThrough(checkins, reviews, commitments))
