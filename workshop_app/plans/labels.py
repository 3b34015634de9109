"""The words of a participant's action plan, one place for each: the PDF (``action_plan.py``)
and the Wrap-up preview of it (``gui/pages/wrapup_page.py``) both take them from here, and the
forms its values print in (a way, a card's dates, a group action); and the run sheet's words
for what to bring and how an exercise is grouped (``run_sheet.py``).

No reportlab here: the Wrap-up page imports this module before any PDF is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.i18n import counted, tr
from workshop_app.model.pack import EXPERIENCE, MATERIAL_PER, Exercise
from workshop_app.model.strategies import strategy_by_id
from workshop_app.model.workshop import ActionItem, Participant, Workshop
from workshop_app.plans.formatting import format_date, minutes_label


@dataclass(frozen=True)
class PlanLabels:
    title: str
    commitments: str
    by_when: str
    checkin: str
    checkin_with: str
    checkins: str
    checkin_date: str
    review: str
    with_whom: str
    done: str
    follow_up: str
    follow_up_session: str
    measure: str
    way: str
    support: str
    shared_with: str
    group: str
    apart: str
    apart_note: str
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
        checkins=tr("Plans", "Check-ins"),
        checkin_date=tr("Plans", "Check-in date"),
        review=tr("Plans", "What I will review"),
        with_whom=tr("Plans", "With whom"),
        done=done_label(),
        follow_up=tr("Plans", "From the workshop"),
        follow_up_session=tr("Plans", "Follow-up session"),
        measure=tr("Plans", "How I will know it worked"),
        way=tr("Plans", "Which of the six ways"),
        support=tr("Plans", "Support I need"),
        shared_with=tr("Plans", "Shared with"),
        group=tr("Plans", "What the group agreed"),
        apart=tr("Plans", "Results of each session"),
        apart_note=tr("Plans", "The same exercise ran more than once and the room chose differently: "
                               "each result is shown as it came out, none of them as agreed."),
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


def way_text(strategy_id: str) -> str:
    """A commitment's way as plans, reports and the Wrap-up preview print it:
    ``2 · Foster open communication`` ("" when it names none)."""
    strategy = strategy_by_id(strategy_id)
    return f"{strategy.number} \u00b7 {tr('Strategies', strategy.title)}" if strategy else ""


def numbers_text(numbers: list[int]) -> str:
    """Commitments' numbers on a plan as listed: ``1, 3``."""
    return ", ".join(str(n) for n in numbers)


def review_text(numbers: list[int]) -> str:
    """What a check-in reviews (a row of the check-ins table): ``Commitment 1, 3``."""
    return tr("Plans", "Commitment {numbers}").format(numbers=numbers_text(numbers))


def mine_text(numbers: list[int]) -> str:
    """What one of the six ways says of the participant's commitments that serve it."""
    return tr("Plans", "My commitments: {numbers}").format(numbers=numbers_text(numbers))


def card_date(iso: str, language: str) -> str:
    """A date on a commitment card (by when, check-in): ``November 23, 2026``, no weekday."""
    return format_date(iso, language, weekday=False)


def follow_up_when(workshop: Workshop) -> str:
    """When the follow-up session is, as every paper prints it beside ``follow_up_session``:
    ``Thursday, January 14, 2027 at 14:30`` (the date alone without a time; "" when not set)."""
    if not workshop.follow_up_date.strip():
        return ""
    day = format_date(workshop.follow_up_date, workshop.language)
    if not workshop.follow_up_time.strip():
        return day
    return tr("Plans", "{date} at {time}").format(date=day, time=workshop.follow_up_time.strip())


def agreed_text(action: ActionItem, language: str) -> str:
    """One of the group's actions as listed under "We agreed to": its text, and when it is due."""
    if action.due.strip():
        return tr("Plans", "{what} (by {when})").format(what=action.text,
                                                        when=card_date(action.due, language))
    return action.text


def done_label() -> str:
    """What follows a commitment marked done."""
    return tr("Plans", "Done")


# -- the run sheet ---------------------------------------------------------------------------------
def blank_plans_line() -> str:
    """What the run sheet's materials list calls the blank plans (the worksheets handed out before
    the commitments exercise; Plan page: Print blank plans)."""
    return tr("Plans", "Blank plans, one per participant")


def printed_plans_line() -> str:
    """What the run sheet's materials list calls the action plans printed at the wrap-up."""
    return tr("Plans", "Printed action plans, one per participant")


def material_rules() -> dict[str, str]:
    """Each ``per`` of a counted material with how its count reads, ``{n}`` the count."""
    return {per: tr("Plans", rule) for per, rule in MATERIAL_PER.items()}


def material_rule(per: str, count: int) -> str:
    """How a counted material is counted: "2 per participant"."""
    rules = material_rules()
    return rules.get(per, rules["room"]).format(n=count)


def exercise_facts(exercise: Exercise, present: int = 0) -> list[list[tuple[str, str]]]:
    """What a facilitator plans an exercise with, those the pack gives, as lines of (label, text):
    its groups (counted for ``present`` people, if any); the room set-up; the preparation and
    experience it needs (one line)."""
    groups = group_configuration(exercise, present)
    lines = [[(tr("Plans", "Groups:"), groups)]] if groups else []
    if exercise.room_setup.strip():
        lines.append([(tr("Plans", "Room set-up:"), " ".join(exercise.room_setup.split()))])
    prepare = []
    if exercise.prep_minutes is not None:
        prepare.append((tr("Plans", "Preparation:"), minutes_label(exercise.prep_minutes)))
    if exercise.experience:
        prepare.append((tr("Plans", "Experience:"),
                        tr("Plans", EXPERIENCE.get(exercise.experience, exercise.experience))))
    return lines + [prepare] if prepare else lines


def group_configuration(exercise: Exercise, present: int) -> str:
    """The exercise's group text, its group size and the groups it makes of ``present`` people:
    "trios, then whole room; groups of 3, 2 groups for the 5 present participants"."""
    parts = [exercise.group.strip()] if exercise.group.strip() else []
    size = exercise.group_size
    if size is not None and size.max > 0:
        span = str(size.max) if size.min in (0, size.max) else f"{size.min}\u2013{size.max}"
        text = tr("Plans", "groups of {size}").format(size=span)
        if present > 0:
            groups = exercise.group_count(present)
            people = counted(present, tr("Plans", "the 1 present participant"),
                             tr("Plans", "the %n present participants", None, present))
            text += ", " + counted(groups, tr("Plans", "1 group for {people}"),
                                   tr("Plans", "%n groups for {people}", None, groups)).format(people=people)
        parts.append(text)
    return "; ".join(parts)
