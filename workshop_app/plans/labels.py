"""The words of a participant's action plan, one place for each: the PDF (``action_plan.py``)
and the Wrap-up preview of it (``gui/pages/wrapup_page.py``) both take them from here, and the
forms its values print in (a way, a card's dates, a group action).

No reportlab here: the Wrap-up page imports this module before any PDF is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.i18n import counted, tr
from workshop_app.model.strategies import strategy_by_id
from workshop_app.model.workshop import ActionItem, Participant
from workshop_app.plans.formatting import format_date


@dataclass(frozen=True)
class PlanLabels:
    title: str
    commitments: str
    by_when: str
    checkin: str
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


def plan_labels() -> PlanLabels:
    """The labels, translated now (in the language the app shows)."""
    return PlanLabels(
        title=tr("Plans", "Personal action plan"),
        commitments=tr("Plans", "My commitments"),
        by_when=tr("Plans", "By when"),
        checkin=tr("Plans", "Check-in"),
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


def way_text(strategy_id: str) -> str:
    """A commitment's way as plans, reports and the Wrap-up preview print it:
    ``2 · Foster open communication`` ("" when it names none)."""
    strategy = strategy_by_id(strategy_id)
    return f"{strategy.number} \u00b7 {tr('Strategies', strategy.title)}" if strategy else ""


def card_date(iso: str, language: str) -> str:
    """A date on a commitment card (by when, check-in): ``November 23, 2026``, no weekday."""
    return format_date(iso, language, weekday=False)


def agreed_text(action: ActionItem, language: str) -> str:
    """One of the group's actions as listed under "We agreed to": its text, and when it is due."""
    if action.due.strip():
        return tr("Plans", "{what} (by {when})").format(what=action.text,
                                                        when=card_date(action.due, language))
    return action.text


def done_label() -> str:
    """What follows a commitment marked done."""
    return tr("Plans", "Done")
