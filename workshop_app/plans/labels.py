"""The words of a participant's action plan, one place for each: the PDF (``action_plan.py``)
and the Wrap-up preview of it (``gui/pages/wrapup_page.py``) both take them from here.

No reportlab here: the Wrap-up page imports this module before any PDF is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.i18n import counted, tr
from workshop_app.model.workshop import Participant


@dataclass(frozen=True)
class PlanLabels:
    title: str
    commitments: str
    by_when: str
    checkin: str
    checkin_with: str
    follow_up: str
    measure: str
    way: str
    support: str
    shared_with: str
    group: str
    agreed: str
    rank: str
    priority: str
    dots: str
    six_ways: str
    ratings: str
    criterion: str
    me: str
    room: str


def plan_labels() -> PlanLabels:
    """The labels, translated now (in the language the app shows)."""
    return PlanLabels(
        title=tr("Plans", "Personal action plan"),
        commitments=tr("Plans", "My commitments"),
        by_when=tr("Plans", "By when"),
        checkin=tr("Plans", "Check-in"),
        checkin_with=tr("Plans", "Check in with"),
        follow_up=tr("Plans", "From the workshop"),
        measure=tr("Plans", "How I will know it worked"),
        way=tr("Plans", "Which of the six ways"),
        support=tr("Plans", "Support I need"),
        shared_with=tr("Plans", "Shared with"),
        group=tr("Plans", "What the group agreed"),
        agreed=tr("Plans", "We agreed to"),
        rank=tr("Plans", "Rank"),
        priority=tr("Plans", "Priority"),
        dots=tr("Plans", "Dots"),
        six_ways=tr("Plans", "The six ways to bridge leadership and operations"),
        ratings=tr("Plans", "My ratings"),
        criterion=tr("Plans", "Criterion"),
        me=tr("Plans", "Me"),
        room=tr("Plans", "Room"),
    )


def participant_name(participant: Participant, index: int) -> str:
    """The name a plan is headed with; ``Participant 3`` for someone without one."""
    return participant.name.strip() or tr("Plans", "Participant {n}").format(n=index)


def more_options(n: int) -> str:
    """What is said under a priorities list cut at its top options."""
    return counted(n, tr("Plans", "and 1 more option"), tr("Plans", "and %n more options", None, n))


def cluster_name(name: str | None, clusters: int) -> str:
    """A group of cards as headed in the shared outcomes: its cluster's name; the cards in no
    cluster are "Other" beside named clusters, and need no name when they are all there is."""
    return name or (tr("Plans", "Other") if clusters > 1 else "")
