"""The facilitator's run sheet: the agenda on the clock, materials, and each exercise in detail."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reportlab.platypus import Flowable

from workshop_app.i18n import tr
from workshop_app.model.pack import CAPTURE_TYPES, Exercise, snapshot_exercise
from workshop_app.model.workshop import AGENDA_KINDS, AgendaItem, WorkshopData
from workshop_app.plans import blocks as ui
from workshop_app.plans import styles as st
from workshop_app.plans.formatting import clock, format_date, minutes_label, parse_clock
from workshop_app.plans.markdown import markdown

#: Points the agenda's heading and its rule take; and at most the points of the table's header
#: and first row to find room for beside them (a taller first row splits).
HEADING_ROOM = 46
FIRST_ROWS_ROOM = 90


def section_of(data: WorkshopData):
    return ui.workshop_section(data, tr("Plans", "Run sheet"), tr("Plans", "For the facilitator"))


def _starts(data: WorkshopData) -> list[int]:
    """Start of each agenda item in minutes after midnight."""
    start = parse_clock(data.workshop.start_time)
    starts = []
    for item in data.agenda:
        starts.append(start)
        start += max(0, item.minutes)
    return starts


def _capture_text(exercise: Exercise) -> str:
    cap = exercise.capture
    text = tr("Plans", CAPTURE_TYPES.get(cap.type, cap.type))
    if cap.type == "dot_vote" and cap.votes_per_participant:
        text += " \u00b7 " + tr("Plans", "{n} dots each").format(n=cap.votes_per_participant)
    if cap.type == "rating" and cap.criteria:
        text += " \u00b7 " + tr("Plans", "{low} to {high}: {criteria}").format(
            low=cap.scale_min, high=cap.scale_max, criteria=", ".join(cap.criteria))
    return text


def agenda_part(data: WorkshopData, width: float) -> list[Flowable]:
    starts = _starts(data)
    rows = [ui.header_cells([tr("Plans", "Time"), tr("Plans", "Item"), tr("Plans", "Minutes"),
                          tr("Plans", "Capture")])]
    commands = []
    for item, start in zip(data.agenda, starts, strict=True):
        exercise = snapshot_exercise(item.exercise)
        kind = "" if item.kind == "exercise" else tr("Plans", AGENDA_KINDS.get(item.kind, item.kind))
        title = ui.text_markup(item.title, bold=item.kind == "exercise")
        if kind:
            title += "<br/>" + ui.text_markup(kind, size=7.5, color=st.MUTED)
        if item.kind == "break":
            commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), st.color("#f4f6f8")))
        rows.append([ui.para(f"{clock(start)}\u2013{clock(start + item.minutes)}", "cell"),
                     ui.raw(title, "cell"),
                     ui.para(minutes_label(item.minutes), "cell_right"),
                     ui.para(_capture_text(exercise) if exercise else "", "muted")])
    widths = [0.16 * width, 0.46 * width, 0.12 * width, 0.26 * width]
    start = ui.table(rows[:2], widths, header=True).wrap(width, 2 ** 31)[1]
    total = sum(max(0, item.minutes) for item in data.agenda)
    planned = data.workshop.planned_minutes
    summary = tr("Plans", "Total {total} of {planned} planned").format(
        total=minutes_label(total), planned=minutes_label(planned))
    if planned and total > planned:
        summary += " \u00b7 " + tr("Plans", "over by {n}").format(n=minutes_label(total - planned))
        commands.append(("TEXTCOLOR", (1, len(rows)), (-1, len(rows)), st.color(st.PRIVATE)))
    rows.append(["", ui.para(summary, "cell_bold"), "", ""])
    commands += [("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.8, st.color(st.INK))]
    # The heading goes on with the table's start, not the whole table: kept with all of it, an
    # agenda a little too long for the room under the title block left that block alone on page 1.
    heading = ui.heading(tr("Plans", "Agenda"), space=HEADING_ROOM + min(start, FIRST_ROWS_ROOM))
    for flowable in heading:
        flowable.keepWithNext = 0
    return [*heading, ui.table(rows, widths, commands, header=True, zebra=True)]


def materials_part(data: WorkshopData, width: float) -> list[Flowable]:
    needed: dict[str, list[str]] = {}
    for item in data.agenda:
        exercise = snapshot_exercise(item.exercise)
        for material in exercise.materials if exercise else []:
            if material.strip():
                needed.setdefault(material.strip(), []).append(item.title)
    rows = []
    for material, titles in needed.items():
        rows.append([ui.para("\u2610", "cell"), ui.para(material, "cell_bold"),
                     ui.para(", ".join(titles), "muted")])
    rows.append([ui.para("\u2610", "cell"), ui.para(tr("Plans", "Printed action plans, one per participant "
                                                     "({n})").format(n=len(data.participants)), "cell_bold"),
                 ui.para(tr("Plans", "Wrap-up"), "muted")])
    widths = [0.05 * width, 0.45 * width, 0.5 * width]
    return [*ui.heading(tr("Plans", "Materials")), ui.table(rows, widths, [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.color(st.RULE))], padding=4)]


def exercise_part(item: AgendaItem, start: int, width: float,
                  pictures: Mapping[str, bytes] | None = None, blank_plans: bool = False) -> list[Flowable]:
    """One item's steps and notes; ``blank_plans`` says to hand out the blank plans before it."""
    exercise = snapshot_exercise(item.exercise)
    title = f"{clock(start)} \u00b7 {item.title} ({minutes_label(item.minutes)})"
    head: list[Flowable] = [ui.para(title, "h3")]
    if exercise is None:  # a free item: only what the agenda says
        kind = tr("Plans", AGENDA_KINDS.get(item.kind, item.kind))
        return [ui.Keep([*head, ui.para(kind, "muted")]), ui.spacer(14)]
    if blank_plans:
        head.append(ui.para(tr("Plans", "Hand out the blank plans (Plan page: Print blank plans) "
                                        "before this item."), "kicker"))
    if exercise.objective.strip():
        head += markdown(exercise.objective, pictures=pictures)
    story: list[Flowable] = []
    if exercise.steps:
        rows = [ui.header_cells([tr("Plans", "Time"), tr("Plans", "Step"), tr("Plans", "Minutes")])]
        at = start
        for step in exercise.steps:
            cell = [ui.para(step.title, "cell_bold"), *markdown(step.prompt, "cell", pictures)]
            rows.append([ui.para(clock(at), "cell"), cell,
                         ui.para(minutes_label(step.minutes), "cell_right")])
            at += max(0, step.minutes)
        if exercise.debrief or exercise.debrief_minutes:  # after the steps, on the same clock
            cell = [ui.para(tr("Plans", "Debrief"), "cell_bold"),
                    *ui.bullets(exercise.debrief, "cell_bullet")]
            rows.append([ui.para(clock(at), "cell"), cell,  # (no minutes given: a dash)
                         ui.para(minutes_label(exercise.debrief_minutes or None), "cell_right")])
        story.append(ui.table(rows, [0.12 * width, 0.74 * width, 0.14 * width], header=True, zebra=True))
        if exercise.steps_minutes + exercise.debrief_minutes != item.minutes:
            story.append(ui.para(tr("Plans", "The steps add up to {steps}; this item has {item}.").format(
                steps=minutes_label(exercise.steps_minutes + exercise.debrief_minutes),
                item=minutes_label(item.minutes)), "muted"))
    if exercise.facilitator_notes.strip():
        notes = [ui.para(tr("Plans", "Facilitator notes"), "group"),
                 *markdown(exercise.facilitator_notes, "cell", pictures)]
        story += [ui.spacer(4), ui.Keep([ui.table([[notes]], [width], [
            ("BACKGROUND", (0, 0), (-1, -1), st.color(st.TINT_WARM))], padding=7)])]
    if exercise.debrief and not exercise.steps:  # (with steps, the debrief is the table's last row)
        story += [ui.para(tr("Plans", "Debrief questions"), "group"), *ui.bullets(exercise.debrief)]
    capture = ui.para(tr("Plans", "Capture: {what}").format(what=_capture_text(exercise)), "muted")
    if len(story) > 1:  # never alone at the top of a page: kept with the line above it
        story[-1] = ui.Keep([story[-1], capture])
    else:
        story.append(capture)
    return [ui.Keep(head + story[:1]), *story[1:], ui.spacer(14)]


def story_of(data: WorkshopData, width: float,
             pictures: Callable[[str], Mapping[str, bytes]] | None = None) -> list[Flowable]:
    ws = data.workshop
    starts = _starts(data)
    end = starts[-1] + data.agenda[-1].minutes if data.agenda else parse_clock(ws.start_time)
    story = ui.title_block(tr("Plans", "Run sheet"), ws.title, ws.organisation, [
        (tr("Plans", "Date"), format_date(ws.date, ws.language)),
        (tr("Plans", "Time"), f"{clock(parse_clock(ws.start_time))}\u2013{clock(end)}"),
        (tr("Plans", "Participants"), str(len(data.participants))),
        (tr("Plans", "Place"), ws.location),
        (tr("Plans", "Facilitator"), ws.facilitator),
        (tr("Plans", "Planned length"), minutes_label(ws.planned_minutes)),
    ], width, [0.4, 0.3, 0.3])
    story += agenda_part(data, width)
    story += materials_part(data, width)
    details = [(item, start) for item, start in zip(data.agenda, starts, strict=True) if item.kind != "break"]
    if details:
        story += ui.heading(tr("Plans", "Exercises step by step"))
        packs: dict[str, Mapping[str, bytes]] = {}
        # The blank plans go out once, before the first item that captures commitments (a later
        # one, such as entering and printing, takes the last few).
        first_actions = next((item for item, _start in details
                              if (exercise := snapshot_exercise(item.exercise))
                              and exercise.capture.type == "actions"), None)
        for item, start in details:
            if pictures is not None and item.pack_id and item.pack_id not in packs:
                packs[item.pack_id] = pictures(item.pack_id)
            story += exercise_part(item, start, width, packs.get(item.pack_id or ""),
                                   blank_plans=item is first_actions)
    return ui.glue(story)
