"""The sponsor report: the workshop's results for whoever sponsored it, who must not see who
said what.

What the sponsor may see is decided in one place, :func:`sponsor_view`; every section below
prints from what it returns and from nothing else:

* no participant's name, role, team or e-mail, and no card's author: people are counted
  (how many took part, per side), never listed; no card the room did not see (one sent from
  a phone and not revealed, or one the facilitator hid);
* no note at all: not the private ones, and not the others either, which are the
  facilitator's words and often name people ("to be scoped by Kwame and Sato", in the
  sample); no exercise's facilitator notes;
* each person's own commitments are counted, never printed ("12 commitments by 9 of 10
  participants", how many have a due date, a measure..., the tally of the six ways); a
  commitment placed on a 2x2 matrix prints as "A personal commitment". The group's actions
  (no owner) print as typed, as on every participant's plan;
* ratings (the rule, :data:`MIN_RATERS` = 3): a criterion's mean, lowest and highest print
  only where at least 3 people rated it, and means by role side only where on every side that
  rated at least 3 people did (else the side split is left out whole: one side's mean could
  otherwise be worked out from the room's and the other sides'). Dot votes print as totals,
  never per person.

Text typed in the room (cards, the group's actions) may itself name someone: nothing can
tell, so it prints as typed; the Wrap-up says so where it offers this report, and so does the
small print under the report's title.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.platypus import Flowable

from workshop_app.i18n import Plans, counted, translate
from workshop_app.model.workshop import SIDES, WorkshopData, present
from workshop_app.plans import blocks as ui
from workshop_app.plans import report
from workshop_app.plans.labels import labelled

#: The fewest people whose ratings print as a mean (and a lowest and highest), per criterion
#: and per role side.
MIN_RATERS = 3


def section_of(data: WorkshopData):
    return ui.workshop_section(data, translate("Plans", "Sponsor report"),
                               translate("Plans", "For the sponsor: no names, no notes"))


@dataclass(frozen=True)
class Commitments:
    """The people's own commitments, counted (dropped ones left out)."""

    total: int
    committed: int  #: people who took part with at least one commitment
    people: int  #: people who took part
    shared: int  #: commitments of two or more owners
    due: int  #: with a due date
    checkin: int  #: with a check-in date
    measure: int  #: with a measure of success
    done: int


@dataclass(frozen=True)
class SponsorView:
    data: WorkshopData  #: what may print as it is
    commitments: Commitments


def sponsor_view(data: WorkshopData) -> SponsorView:
    """Everything the sponsor report prints, decided here (see the module): a copy of ``data``
    without names, card authors, notes, facilitator notes or the text of anyone's own
    commitments, and those commitments counted."""
    personal = [a for a in data.actions if a.owners and a.status != "dropped"]
    people = present(data.participants)
    def having(field: str) -> int:
        return sum(bool(getattr(a, field).strip()) for a in personal)

    counts = Commitments(
        total=len(personal), committed=sum(any(p.id in a.owners for a in personal) for p in people),
        people=len(people), shared=sum(len(a.owners) > 1 for a in personal), due=having("due"),
        checkin=having("checkin"), measure=having("measure"), done=sum(a.status == "done" for a in personal))
    placed = translate("Plans", "A personal commitment")
    shown = replace(
        data,
        participants=[replace(p, name="", role="", team="", email="") for p in data.participants],
        agenda=[replace(item, exercise={**item.exercise, "facilitator_notes": ""})
                if isinstance(item.exercise, dict) else item for item in data.agenda],
        notes=[],
        cards=[replace(c, participant_id=None) for c in data.cards if c.for_the_room],
        # Whom an action's owners check in with is a name: never on this report.
        actions=[replace(a, text=placed, measure="", support="", checkin="", checkin_with="")
                 if a.owners else replace(a, checkin_with="") for a in data.actions],
    )
    return SponsorView(shown, counts)


def attendance_part(data: WorkshopData, width: float) -> list[Flowable]:
    """How many took part, and how many of them on each role side."""
    if not data.participants:
        return []
    people = present(data.participants)
    sentence = counted(len(people), translate("Plans", "1 person took part."),
                       Plans.tr("%n people took part.", None, len(people)))
    absent = len(data.participants) - len(people)
    if absent:
        sentence += " " + counted(absent, translate("Plans", "1 more on the list was marked absent."),
                                  Plans.tr("%n more on the list were marked absent.", None, absent))
    sides = sorted({p.side for p in people},
                   key=lambda side: list(SIDES).index(side) if side in SIDES else len(SIDES))
    story = [*ui.heading(translate("Plans", "Who took part")), ui.para(sentence)]
    if sides:
        counts = "  \u00b7  ".join(labelled(translate("Model", SIDES.get(side, side)),
                                           str(sum(p.side == side for p in people))) for side in sides)
        story.append(ui.para(translate("Plans", "By side: {counts}").format(counts=counts)))
    return story


def _of(part: int, whole: int) -> str:
    return translate("Plans", "{part} of {whole}").format(part=part, whole=whole)


def commitments_part(counts: Commitments, width: float) -> list[Flowable]:
    """The commitments counted: how many, by how many of the people who took part, how many are
    shared, have a due date, a check-in date, a measure, are done."""
    if not counts.total:  # said, not left out: a sponsor would read a missing section as an oversight
        return ui.with_room([*ui.heading(translate("Plans", "Commitments")),
                             ui.para(translate("Plans", "No commitment was recorded."))], 0, width)
    sentence = translate("Plans", "{commitments} by {committed} of {people} participants.").format(
        commitments=counted(counts.total, translate("Plans", "1 commitment"),
                            Plans.tr("%n commitments", None, counts.total)),
        committed=counts.committed, people=counts.people)
    if counts.shared:
        sentence += " " + counted(
            counts.shared, translate("Plans", "1 of them is shared by two or more people."),
            Plans.tr("%n of them are shared by two or more people.", None, counts.shared))
    rows = [[ui.para(label, "cell"), ui.para(_of(n, counts.total), "cell_right")] for label, n in (
        (translate("Plans", "With a due date"), counts.due),
        (translate("Plans", "With a check-in date"), counts.checkin),
        (translate("Plans", "With a measure of success"), counts.measure),
        (translate("Plans", "Done"), counts.done),
    )]
    return [*ui.heading(translate("Plans", "Commitments")),
            ui.para(translate("Plans", "Each person's commitments are in their own plan: here they are only "
                                       "counted."), "intro"),
            ui.para(sentence), ui.spacer(4),
            ui.table(rows, [0.4 * width, 0.14 * width], zebra=True)]


def group_actions_part(data: WorkshopData, width: float) -> list[Flowable]:
    """The actions the group agreed (no owner), as typed."""
    group = sorted((a for a in data.actions if not a.owners and a.status != "dropped"),
                   key=lambda a: a.position)
    if not group:
        return []
    widths = [0.42 * width, 0.14 * width, 0.14 * width, 0.18 * width, 0.12 * width]
    rows = [ui.header_cells([translate("Plans", "What"), translate("Plans", "By when"),
                             translate("Plans", "Check-in"), translate("Plans", "Way"),
                             translate("Plans", "Status")])]
    rows += [report.action_row(action, data, []) for action in group]
    return [*ui.heading(translate("Plans", "What the group agreed")),
            ui.table(rows, widths, header=True, zebra=True)]


def small_print(width: float) -> list[Flowable]:
    """What this report leaves out, and the ratings rule (:data:`MIN_RATERS`)."""
    texts = [translate("Plans", "This report leaves out every participant's name, role, team and e-mail, who "
                                "wrote each card, the facilitator's notes (private or not) and each person's "
                                "own commitments (they are counted, never printed)."),
             translate("Plans", "Ratings: a mean, lowest and highest print only where at least {n} people "
                                "rated, and means by side only where on every side at least {n} people "
                                "rated, "
                                "so that no one person's ratings can be told apart.").format(n=MIN_RATERS),
             translate("Plans", "Cards and the group's actions print as typed in the room: a name typed into "
                                "them prints too.")]
    paragraphs: list[Flowable] = [ui.para(translate("Plans", "About this report"), "group")]
    for text in texts:
        paragraphs += [ui.para(text, "muted"), ui.spacer(3)]
    return [ui.spacer(10), ui.Keep(paragraphs[:-1])]


def story_of(data: WorkshopData, width: float) -> list[Flowable]:
    view = sponsor_view(data)
    counts, data = view.commitments, view.data
    story = report.title_part(data, width, translate("Plans", "Sponsor report"))
    story += small_print(width)  # first: what the reader is not shown, and why
    story += attendance_part(data, width)
    story += report.agenda_part(data, width)
    story += report.cards_part(data, width)
    story += report.votes_part(data, width)
    story += report.ratings_part(data, width, MIN_RATERS)
    story += report.matrix_part(data, width)
    story += commitments_part(counts, width)
    story += report.ways_part(data, width)
    story += group_actions_part(data, width)
    return ui.glue(story)
