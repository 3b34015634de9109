"""The facilitator report: everything captured, private notes included (and only here), the cards
the room did not see marked (hidden, or sent from a phone and not revealed)."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from workshop_app.formats import date_time, format_date, mean_text
from workshop_app.i18n import Plans, counted, translate
from workshop_app.model.pack import snapshot_exercise
from workshop_app.model.results import (
    RatingSummary,
    dot_totals,
    rating_summaries,
    scale_of,
    side_summaries,
    ways_tally,
)
from workshop_app.model.workshop import (
    ACTION_STATUSES,
    AGENDA_KINDS,
    SIDES,
    ActionItem,
    AgendaItem,
    WorkshopData,
)
from workshop_app.plans import blocks as ui
from workshop_app.plans import content
from workshop_app.plans import styles as st
from workshop_app.plans.charts import rating_chart, vote_chart
from workshop_app.plans.formatting import dots_label, minutes_label, signed_minutes
from workshop_app.plans.labels import follow_up_when, label_colon, participant_name, plan_labels, way_text

MAX_CHART_BARS = 15


def section_of(data: WorkshopData):
    return ui.workshop_section(data, translate("Plans", "Facilitator report"),
                            translate("Plans", "For the facilitator only: contains private notes"))


def _item_label(item: AgendaItem | None) -> str:
    return item.title if item is not None else translate("Plans", "Whole workshop")


def _items_with(data: WorkshopData, ids: set) -> list[AgendaItem | None]:
    """Agenda items (in agenda order) whose id is in ``ids``; None stands for "no agenda item"."""
    found: list[AgendaItem | None] = [item for item in data.agenda if item.id in ids]
    known = {item.id for item in data.agenda}
    if ids - known:
        found.append(None)
    return found


#: An item the room spent less than this on was skipped, not run short (its difference is not
#: printed: "-25 min" for an item the facilitator moved past would read as a late one).
SKIPPED_SECONDS = 60


def agenda_part(data: WorkshopData, width: float) -> list[Flowable]:
    rows = [ui.header_cells([translate("Plans", "#"), translate("Plans", "Item"),
                             translate("Plans", "Planned"), translate("Plans", "Actual"),
                             translate("Plans", "Difference")])]
    commands: list[tuple] = []
    lang = data.workshop.language
    planned_total = actual_total = 0.0
    for number, item in enumerate(data.agenda, start=1):
        planned_total += item.minutes
        kind = translate("Model", AGENDA_KINDS.get(item.kind, item.kind))
        title = ui.text_markup(item.title) + "<br/>" + ui.text_markup(kind, size=7.5, color=st.MUTED)
        if item.actual_seconds is None:
            actual, diff = ui.para(translate("Plans", "not run"), "muted"), ""
        elif item.actual_seconds < SKIPPED_SECONDS:  # passed through on the way to the next item
            actual_total += item.actual_seconds / 60
            actual, diff = ui.para(translate("Plans", "skipped"), "muted"), ""
        else:
            minutes = item.actual_seconds / 60
            actual_total += minutes
            actual, diff = ui.para(minutes_label(round(minutes), lang), "cell_right"), ui.para(
                signed_minutes(minutes - item.minutes), "cell_right")
            if round(minutes - item.minutes) > 0:
                commands.append(("TEXTCOLOR", (4, number), (4, number), st.color(st.PRIVATE)))
        rows.append([ui.para(str(number), "cell"), ui.raw(title, "cell"),
                     ui.para(minutes_label(item.minutes, lang), "cell_right"), actual, diff])
    rows.append([ui.para("", "cell"), ui.para(translate("Plans", "Total"), "cell_bold"),
                 ui.para(minutes_label(planned_total, lang), "cell_right"),
                 ui.para(minutes_label(round(actual_total), lang), "cell_right"),
                 ui.para(signed_minutes(actual_total - planned_total) if actual_total else "", "cell_right")])
    commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, st.color(st.INK)))
    widths = [0.06 * width, 0.52 * width, 0.14 * width, 0.14 * width, 0.14 * width]
    story = ui.with_start(ui.heading(translate("Plans", "Agenda as run")), rows, widths, width, commands,
                          header=True, zebra=True)
    planned = data.workshop.planned_minutes
    if planned:
        story.append(ui.para(translate("Plans", "Planned length of the workshop: {minutes}.").format(
            minutes=minutes_label(planned, lang)), "muted"))
    return story


def participants_part(data: WorkshopData, width: float) -> list[Flowable]:
    rows = [ui.header_cells([translate("Plans", "Name"), translate("Plans", "Role"),
                             translate("Plans", "Team"), translate("Plans", "Side"),
                             translate("Plans", "Commitments")])]
    for index, p in enumerate(data.participants, start=1):
        count = len(content.commitments(data, p))
        name = participant_name(p, index)
        if p.absent:
            name = translate("Plans", "{name} (absent)").format(name=name)
        rows.append([ui.para(name, "cell_bold"),
                     ui.para(p.role, "cell"), ui.para(p.team, "cell"),
                     ui.para(translate("Model", SIDES.get(p.side, p.side)), "cell"),
                     ui.para(str(count), "cell_right")])
    widths = [0.28 * width, 0.22 * width, 0.16 * width, 0.16 * width, 0.18 * width]
    return ui.with_start(ui.heading(translate("Plans", "Participants")), rows, widths, width,
                         header=True, zebra=True)


def notes_part(data: WorkshopData, width: float) -> list[Flowable]:
    notes = [n for n in data.notes if n.text.strip()]
    if not notes:
        return []
    story = ui.heading(translate("Plans", "Notes"))
    story.append(ui.para(translate("Plans",
                                   "Notes marked private were never shown to the room and appear only "
                                   "in this report."), "intro"))
    tag = ui.text_markup(translate("Plans", "PRIVATE"), bold=True, size=7.5,
                         color=st.PRIVATE) + "&nbsp;&nbsp;"
    agenda_ids = {item.id for item in data.agenda}
    for item in _items_with(data, {n.agenda_item_id for n in notes}):
        rows, commands = [], []
        for note in (n for n in notes if (n.agenda_item_id == item.id if item is not None
                                          else n.agenda_item_id not in agenda_ids)):
            if note.private:
                commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), st.color(st.TINT_WARM)))
            rows.append([ui.raw((tag if note.private else "") + ui.text_markup(note.text), "cell")])
        story += [ui.para(_item_label(item), "h3"),
                  ui.table(rows, [width], [("LINEBELOW", (0, 0), (-1, -1), 0.4, st.color(st.RULE)),
                                           *commands])]
    return story


def cards_part(data: WorkshopData, width: float) -> list[Flowable]:
    if not data.cards:
        return []
    story = ui.heading(translate("Plans", "Cards by cluster"))
    totals = dot_totals(data.votes)
    for item in _items_with(data, {c.agenda_item_id for c in data.cards}):
        story.append(ui.para(_item_label(item), "h3"))
        groups = content.cards_by_cluster(data, item.id if item else None, unseen=True)
        for name, cards in groups:
            if name is not None or len(groups) > 1:
                story.append(ui.para(name if name is not None else translate("Plans", "Not clustered"),
                                     "group"))
            texts = []
            for card in cards:
                extra = []
                author = data.participant(card.participant_id)
                if author is not None and author.name.strip():
                    extra.append(author.name.strip())
                if totals.get(card.id):
                    extra.append(dots_label(totals[card.id]))
                if card.hidden:
                    extra.append(translate("Plans", "hidden"))
                elif card.held:
                    extra.append(translate("Plans", "not revealed"))
                texts.append(card.text + (f" ({', '.join(extra)})" if extra else ""))
            story += ui.bullets(texts)
    return story


def dots_sentence(count: content.DotCount) -> str:
    """"12 dots from 4 participants.", "9 dots counted by the facilitator." or both kinds at once."""
    people = counted(count.participants, translate("Plans", "1 participant"),
                     Plans.tr("%n participants", None, count.participants))
    if not count.counted:
        return translate("Plans", "{dots} from {people}.").format(dots=dots_label(count.dots), people=people)
    if count.counted == count.dots:
        return translate("Plans", "{dots} counted by the facilitator.").format(dots=dots_label(count.dots))
    return translate("Plans", "{dots}: {own} from {people} and {counted} counted by the facilitator.").format(
        dots=dots_label(count.dots), own=count.dots - count.counted, people=people, counted=count.counted)


def _apart_note(data: WorkshopData, item: AgendaItem) -> list[Flowable]:
    """A line under an item whose result another run of the same exercise contradicts (see
    ``content.apart_items``): the plans print each apart, none as agreed."""
    others = next(([o for o in run if o.id != item.id] for run in content.apart_items(data)
                   if any(i.id == item.id for i in run)), [])
    if not others:
        return []
    titles = ", ".join(f"\u201c{other.title}\u201d" for other in others)
    return [ui.para(translate("Plans",
                              "Another run of this exercise chose differently: {titles}. The plans print "
                              "each result apart, none as agreed.").format(titles=titles), "muted")]


def votes_part(data: WorkshopData, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for item in data.agenda:
        totals = content.dot_results(data, item.id) if item.id is not None else []
        if not totals:
            continue
        shown = totals[:MAX_CHART_BARS]
        mark = translate("Plans", "chosen")
        bars = [(r.rank, f"{r.card.text} ({mark})" if r.card.chosen else r.card.text, r.dots) for r in shown]
        parts: list[Flowable] = [ui.para(item.title, "h3"), vote_chart(bars, width)]
        note = dots_sentence(content.dot_count(data, item.id))
        if len(totals) > len(shown):
            note += " " + translate("Plans", "The chart shows the top {n}.").format(n=len(shown))
        parts.append(ui.para(note, "muted"))
        parts += _apart_note(data, item)
        story += [ui.Keep(parts), ui.spacer(6)]
    return [*ui.heading(translate("Plans", "Dot vote results")), *story] if story else []


def _outside_note(summaries: list[RatingSummary]) -> str:
    """"1 rating outside the scale (1 to 5) is left out." (empty when every rating is inside)."""
    n = sum(s.outside for s in summaries)
    if not n:
        return ""
    low, high = summaries[0].scale
    return counted(n, translate("Plans", "1 rating outside the scale ({low} to {high}) is left out."),
                   Plans.tr("%n ratings outside the scale ({low} to {high}) are left out.", None, n)
                   ).format(low=low, high=high)


def _sides_table(data: WorkshopData, ratings: list, criteria: list[str], scale: tuple[int, int],
                 width: float, min_raters: int) -> list[Flowable]:
    """The mean per criterion for each side that rated: criterion, then one column per side;
    no table but a sentence saying why when a side (or the people of no side) gave one
    criterion fewer than ``min_raters`` ratings."""
    side_of = {p.id: p.side for p in data.participants}
    by_side = side_summaries(ratings, side_of, criteria, scale)
    if not by_side:
        return []
    unsided = len({r.participant_id for r in ratings if r.participant_id not in side_of})
    if 0 < unsided < min_raters or any(0 < s.count < min_raters for _, found in by_side for s in found):
        return [ui.para(translate("Plans", "Not split by side: on one side fewer than {n} people rated, and "
                                           "one person's ratings could be told apart.").format(n=min_raters),
                        "muted")]
    rows = [ui.header_cells([translate("Plans", "Criterion"),
                             *(translate("Model", SIDES.get(side, side)) for side, _ in by_side)])]
    for summaries in zip(*(s for _, s in by_side), strict=True):
        rows.append([ui.para(summaries[0].criterion, "cell"),
                     *(ui.para(mean_text(s.mean, data.workshop.language), "cell_right")
                       for s in summaries)])
    side_width = min(0.16 * width, 0.64 * width / len(by_side))
    return [ui.spacer(4), ui.Keep([ui.para(translate("Plans", "Mean by side"), "group"),
                     ui.table(rows, [width - side_width * len(by_side)] + [side_width] * len(by_side),
                              header=True, zebra=True)])]


def _few_note(few: int, min_raters: int) -> str:
    """"2 criteria were rated by fewer than 3 people: ..." (empty when none was)."""
    if not few:
        return ""
    return counted(few, translate("Plans",
                                  "1 criterion was rated by fewer than {n} people: its mean, lowest and "
                                  "highest are not shown."),
                   Plans.tr("%n criteria were rated by fewer than {n} people: their means, lowest and "
                            "highest are not shown.", None, few)).format(n=min_raters)


def ratings_part(data: WorkshopData, width: float, min_raters: int = 1) -> list[Flowable]:
    """Each rated item's chart and table, then its means by side. ``min_raters``: a criterion
    (or a side) rated by fewer people shows its count but no mean, lowest or highest (the
    sponsor report's rule; the facilitator report shows every one)."""
    story: list[Flowable] = []
    for item in data.agenda:
        ratings = [r for r in data.ratings if r.agenda_item_id == item.id]
        if not ratings:
            continue
        exercise = snapshot_exercise(item.exercise)
        low, high = scale_of(exercise)
        criteria = exercise.capture.criteria if exercise else []
        summaries = rating_summaries(ratings, criteria, (low, high))
        shown = [s if s.count >= min_raters else replace(s, values=()) for s in summaries]
        rows = [ui.header_cells([translate("Plans", "Criterion"), translate("Plans", "Ratings"),
                                 translate("Plans", "Mean"),
                              translate("Plans", "Lowest"), translate("Plans", "Highest")])]
        for s, seen in zip(summaries, shown, strict=True):
            low_high = [mean_text(None) if v is None else str(v) for v in (seen.lowest, seen.highest)]
            rows.append([ui.para(s.criterion, "cell"), ui.para(str(s.count), "cell_right"),
                         ui.para(mean_text(seen.mean, data.workshop.language), "cell_right"),
                         *(ui.para(text, "cell_right") for text in low_high)])
        widths = [0.52 * width, 0.12 * width, 0.12 * width, 0.12 * width, 0.12 * width]
        chart = rating_chart(shown, low, high, width, data.workshop.language)
        story += [ui.Keep([ui.para(item.title, "h3"), chart]),
                  ui.spacer(4),  # the table whole (it was cut after its first row)
                  ui.Keep([ui.table(rows, widths, header=True, zebra=True)])]
        notes = [_outside_note(summaries), _few_note(sum(0 < s.count < min_raters for s in summaries),
                                                     min_raters)]
        story += [ui.para(note, "muted") for note in notes if note]
        story += _sides_table(data, ratings, criteria, (low, high), width, min_raters)
        story.append(ui.spacer(6))
    return [*ui.heading(translate("Plans", "Ratings")), *story] if story else []


def action_row(action: ActionItem, data: WorkshopData, others: list[str]) -> list:
    lang = data.workshop.language
    what = ui.text_markup(action.text, bold=True)
    details = []
    for label, value in ((translate("Plans", "Measure"), action.measure),
                         (translate("Plans", "Support"), action.support),
                         (plan_labels().checkin_with, action.checkin_with)):
        if value.strip():
            details.append(ui.text_markup(label_colon(label) + " ", color=st.MUTED) + ui.text_markup(value))
    if others:
        details.append(ui.text_markup(translate("Plans",
                                                "Shared with {names}").format(names=", ".join(others)),
                                   color=st.MUTED))
    return [ui.raw("<br/>".join([what, *details]), "cell"),
            ui.para(format_date(action.due, lang, short=True), "cell"),
            ui.para(format_date(action.checkin, lang, short=True), "cell"),
            ui.para(way_text(action.strategy), "cell"),
            ui.para(translate("Model", ACTION_STATUSES.get(action.status, action.status)), "cell")]


def actions_part(data: WorkshopData, width: float) -> list[Flowable]:
    if not data.actions:
        return []
    widths = [0.42 * width, 0.14 * width, 0.14 * width, 0.18 * width, 0.12 * width]
    head = [translate("Plans", "What"), translate("Plans", "By when"), translate("Plans", "Check-in"),
            translate("Plans", "Way"),
            translate("Plans", "Status")]
    names = {p.id: participant_name(p, i) for i, p in enumerate(data.participants, start=1)}
    groups: list[tuple[str, list[ActionItem], int | None]] = []
    for p in data.participants:
        own = [a for a in data.actions if p.id in a.owners]
        if own:
            groups.append((names[p.id], own, p.id))
    group = [a for a in data.actions if not any(o in names for o in a.owners)]
    if group:
        groups.append((translate("Plans", "The group (no owner)"), group, None))
    story = ui.heading(translate("Plans", "Actions by owner"))
    for title, actions, owner in groups:
        rows = [ui.header_cells(head)]
        for action in sorted(actions, key=lambda a: a.position):
            others = [names[o] for o in action.owners if o != owner and o in names]
            rows.append(action_row(action, data, others))
        story += [ui.para(title, "h3"), ui.table(rows, widths, header=True, zebra=True)]
    return story


def ways_part(data: WorkshopData, width: float) -> list[Flowable]:
    """How many commitments name each of the six ways, and how many name none."""
    if not data.actions:
        return []
    rows = [ui.header_cells([translate("Plans", "#"), translate("Plans", "Way"),
                             translate("Plans", "Commitments")])]
    for way, count in ways_tally(data.actions):
        number = str(way.number) if way else ""
        title = translate("Strategies", way.title) if way else translate("Plans", "No way named")
        rows.append([ui.para(number, "cell"), ui.para(title, "cell" if way else "cell_bold"),
                     ui.para(str(count), "cell_right")])
    widths = [0.06 * width, 0.76 * width, 0.18 * width]
    return [*ui.heading(translate("Plans", "The six ways in the commitments")),
            ui.para(translate("Plans", "Dropped commitments are not counted."), "muted"),
            ui.table(rows, widths, [("LINEABOVE", (0, -1), (-1, -1), 0.8, st.color(st.INK))],
                     header=True, zebra=True)]


def matrix_part(data: WorkshopData, width: float) -> list[Flowable]:
    """Each 2x2 matrix drawn as its four quadrants, each listing the candidates placed in it; the
    ones the room chose in bold, marked "chosen" (only those print on the plans)."""
    story: list[Flowable] = []
    mark = translate("Plans", "chosen")
    for item in data.agenda:
        quadrants = content.item_quadrants(data, item)
        if not quadrants or not any(q.texts for q in quadrants):
            continue
        cells = []
        for quadrant in quadrants:
            placed = zip(quadrant.texts, quadrant.chosen, strict=True)
            texts = [ui.raw(ui.text_markup(f"{text} ({mark})", bold=True) if chosen else ui.markup(text),
                            "bullet", "\u2022") for text, chosen in placed]
            cells.append([ui.para(quadrant.title, "cell_bold"),
                          *(texts or [ui.para(translate("Plans", "Nothing placed here."), "muted")])])
        grid = [("BOX", (0, 0), (-1, -1), 0.4, st.color(st.RULE)),
                ("INNERGRID", (0, 0), (-1, -1), 0.8, st.color(st.INK))]
        story += [ui.Keep([ui.para(item.title, "h3"),
                           ui.table([cells[:2], cells[2:]], [width / 2, width / 2], grid),
                           *_apart_note(data, item)]),
                  ui.spacer(6)]
    return [*ui.heading(translate("Plans", "Matrix results")), *story] if story else []


def title_part(data: WorkshopData, width: float, kicker: str) -> list[Flowable]:
    """The title block: the workshop, when and where it ran, who facilitated, how many took part."""
    ws = data.workshop
    run = data.run_state
    when = format_date(ws.date, ws.language)
    items = [(translate("Plans", "Date"), when), (translate("Plans", "Place"), ws.location),
             (translate("Plans", "Facilitator"), ws.facilitator),
             (translate("Plans", "Participants"), str(len(data.participants))),
             (plan_labels().follow_up_session, follow_up_when(ws))]
    subtitle = ws.organisation
    if run is not None and run.started_at:
        started = translate("Plans", "run started {when}").format(when=date_time(run.started_at, ws.language))
        subtitle = " \u00b7 ".join(p for p in (ws.organisation, started) if p)
    return ui.title_block(kicker, ws.title, subtitle, items, width, [0.5, 0.5])


def story_of(data: WorkshopData, width: float) -> list[Flowable]:
    story = title_part(data, width, translate("Plans", "Facilitator report"))
    for part in (agenda_part, participants_part, notes_part, cards_part, votes_part, ratings_part,
                 matrix_part, actions_part, ways_part):
        story += part(data, width)
    return ui.glue(story)
