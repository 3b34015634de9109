"""The words of a participant's action plan, one place for each: the PDF (``action_plan.py``)
and the Wrap-up preview of it (``gui/pages/wrapup_page.py``) both take them from here, and the
forms its values print in (a way, a card's dates, a group action); and the run sheet's words
for what to bring and how an exercise is grouped (``run_sheet.py``).

No reportlab here: the Wrap-up page imports this module before any PDF is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.formats import format_date
from workshop_app.i18n import Plans, counted, translate
from workshop_app.model.checkins import CheckIn
from workshop_app.model.pack import EXPERIENCE, MATERIAL_PER, Exercise
from workshop_app.model.strategies import strategy_by_id
from workshop_app.model.workshop import ActionItem, Participant, Workshop
from workshop_app.plans.formatting import minutes_label


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
        title=translate("Plans", "Personal action plan"),
        commitments=translate("Plans", "My commitments"),
        by_when=translate("Plans", "By when"),
        checkin=translate("Plans", "Check-in"),
        checkin_with=translate("Plans", "Check in with"),
        checkins=translate("Plans", "Check-ins"),
        checkin_date=translate("Plans", "Check-in date"),
        review=translate("Plans", "What I will review"),
        with_whom=translate("Plans", "With whom"),
        done=done_label(),
        follow_up=translate("Plans", "From the workshop"),
        follow_up_session=translate("Plans", "Follow-up session"),
        measure=translate("Plans", "How I will know it worked"),
        way=translate("Plans", "Which of the six ways"),
        support=translate("Plans", "Support I need"),
        shared_with=translate("Plans", "Shared with"),
        group=translate("Plans", "What the group agreed"),
        apart=translate("Plans", "Results of each session"),
        apart_note=translate("Plans", "The same exercise ran more than once and the room chose differently: "
                                      "each result is shown as it came out, none of them as agreed."),
        agreed=translate("Plans", "We agreed to"),
        rank=translate("Plans", "Rank"),
        priority=translate("Plans", "Priority"),
        dots=translate("Plans", "Dots"),
        six_ways=translate("Plans", "The six ways to bridge leadership and operations"),
        ratings=translate("Plans", "My ratings"),
        criterion=translate("Plans", "Criterion"),
        me=translate("Plans", "Me"),
        room=translate("Plans", "Room"),
    )


def label_colon(label: str) -> str:
    """A label before its value, with the colon its language writes ("Suivi\u00a0:" in French)."""
    return translate("Plans", "{label}:").format(label=label)


def labelled(label: str, value: str) -> str:
    """``label: value`` as the workshop's language writes it."""
    return translate("Plans", "{label}: {value}").format(label=label, value=value)


def participant_name(participant: Participant, index: int) -> str:
    """The name a plan is headed with; ``Participant 3`` for someone without one."""
    return participant.name.strip() or translate("Plans", "Participant {n}").format(n=index)


def more_options(n: int) -> str:
    """What is said under a priorities list cut at its top options."""
    return counted(n, translate("Plans", "and 1 more option"), Plans.tr("and %n more options", None, n))


def cluster_name(name: str | None, clusters: int) -> str:
    """A group of cards as headed in the shared outcomes: its cluster's name; the cards in no
    cluster are "Other" beside named clusters, and need no name when they are all there is."""
    return name or (translate("Plans", "Other") if clusters > 1 else "")


def way_text(strategy_id: str) -> str:
    """A commitment's way as plans, reports and the Wrap-up preview print it:
    ``2 · Foster open communication`` ("" when it names none)."""
    strategy = strategy_by_id(strategy_id)
    return f"{strategy.number} \u00b7 {translate('Strategies', strategy.title)}" if strategy else ""


def numbers_text(numbers: list[int]) -> str:
    """Commitments' numbers on a plan as listed: ``1, 3``."""
    return ", ".join(str(n) for n in numbers)


def review_text(numbers: list[int]) -> str:
    """What a check-in reviews (a row of the check-ins table): ``Commitment 1, 3``."""
    return translate("Plans", "Commitment {numbers}").format(numbers=numbers_text(numbers))


def mine_text(numbers: list[int]) -> str:
    """What one of the six ways says of the participant's commitments that serve it."""
    return translate("Plans", "My commitments: {numbers}").format(numbers=numbers_text(numbers))


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
    return translate("Plans", "{date} at {time}").format(date=day, time=workshop.follow_up_time.strip())


def agreed_text(action: ActionItem, language: str) -> str:
    """One of the group's actions as listed under "We agreed to": its text, and when it is due."""
    if action.due.strip():
        return translate("Plans", "{what} (by {when})").format(what=action.text,
                                                               when=card_date(action.due, language))
    return action.text


def checkin_name(checkin: CheckIn, language: str) -> str:
    """A check-in as the progress papers name it: ``30-day check-in · Dec 14, 2026``, or its date
    alone when it has no title."""
    day = format_date(checkin.date, language, short=True)
    return f"{checkin.title.strip()} \u00b7 {day}" if checkin.title.strip() else day


def done_label() -> str:
    """What follows a commitment marked done."""
    return translate("Plans", "Done")


# -- the run sheet ---------------------------------------------------------------------------------
def blank_plans_line() -> str:
    """What the run sheet's materials list calls the blank plans (the worksheets handed out before
    the commitments exercise; Plan page: Print blank plans)."""
    return translate("Plans", "Blank plans, one per participant")


def printed_plans_line() -> str:
    """What the run sheet's materials list calls the action plans printed at the wrap-up."""
    return translate("Plans", "Printed action plans, one per participant")


def material_rules() -> dict[str, str]:
    """Each ``per`` of a counted material with how its count reads, ``{n}`` the count."""
    return {per: translate("Model", rule) for per, rule in MATERIAL_PER.items()}


def material_rule(per: str, count: int) -> str:
    """How a counted material is counted: "2 per participant"."""
    rules = material_rules()
    return rules.get(per, rules["room"]).format(n=count)


def exercise_facts(exercise: Exercise, present: int = 0) -> list[list[tuple[str, str]]]:
    """What a facilitator plans an exercise with, those the pack gives, as lines of (label, text):
    its groups (counted for ``present`` people, if any); the room set-up; the preparation and
    experience it needs (one line)."""
    groups = group_configuration(exercise, present)
    lines = [[(translate("Plans", "Groups:"), groups)]] if groups else []
    if exercise.room_setup.strip():
        lines.append([(translate("Plans", "Room set-up:"), " ".join(exercise.room_setup.split()))])
    prepare = []
    if exercise.prep_minutes is not None:
        prepare.append((translate("Plans", "Preparation:"), minutes_label(exercise.prep_minutes)))
    if exercise.experience:
        prepare.append((translate("Plans", "Experience:"),
                        translate("Model", EXPERIENCE.get(exercise.experience, exercise.experience))))
    return lines + [prepare] if prepare else lines


def group_configuration(exercise: Exercise, present: int) -> str:
    """The exercise's group text, its group size and the groups it makes of ``present`` people:
    "trios, then whole room; groups of 3, 2 groups for the 5 present participants"."""
    parts = [exercise.group.strip()] if exercise.group.strip() else []
    size = exercise.group_size
    if size is not None and size.max > 0:
        span = str(size.max) if size.min in (0, size.max) else f"{size.min}\u2013{size.max}"
        text = translate("Plans", "groups of {size}").format(size=span)
        if present > 0:
            groups = exercise.group_count(present)
            people = counted(present, translate("Plans", "the 1 present participant"),
                             Plans.tr("the %n present participants", None, present))
            text += ", " + counted(groups, translate("Plans", "1 group for {people}"),
                                   Plans.tr("%n groups for {people}", None, groups)).format(people=people)
        parts.append(text)
    if len(parts) == 2:  # punctuated as the workshop's language does (French: "…\u202f; …")
        return translate("Plans", "{group}; {sizes}").format(group=parts[0], sizes=parts[1])
    return "".join(parts)
