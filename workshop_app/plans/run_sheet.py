"""The facilitator's run sheet: the agenda on the clock, materials, and each exercise in detail."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from workshop_app.formats import clock, format_date
from workshop_app.i18n import translate
from workshop_app.model.pack import CAPTURE_TYPES, Exercise, Material, snapshot_exercise
from workshop_app.model.workshop import AGENDA_KINDS, AgendaItem, WorkshopData, present
from workshop_app.plans import blocks as ui
from workshop_app.plans import labels
from workshop_app.plans import styles as st
from workshop_app.plans.formatting import minutes_label, parse_clock
from workshop_app.plans.markdown import markdown

#: At least the points a facilitator notes box starts with on a page (its label and first lines):
#: with less room left it starts on the next page; a longer box flows on in its tint.
NOTES_ROOM = 72


def section_of(data: WorkshopData):
    return ui.workshop_section(data, translate("Plans", "Run sheet"),
                               translate("Plans", "For the facilitator"))


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
    text = translate("Model", CAPTURE_TYPES.get(cap.type, cap.type))
    if cap.type == "dot_vote" and cap.votes_per_participant:
        text += " \u00b7 " + translate("Plans", "{n} dots each").format(n=cap.votes_per_participant)
    if cap.type == "rating" and cap.criteria:
        text += " \u00b7 " + translate("Plans", "{low} to {high}: {criteria}").format(
            low=cap.scale_min, high=cap.scale_max, criteria=", ".join(cap.criteria))
    return text


def agenda_part(data: WorkshopData, width: float) -> list[Flowable]:
    starts = _starts(data)
    rows = [ui.header_cells([translate("Plans", "Time"), translate("Plans", "Item"),
                             translate("Plans", "Minutes"), translate("Plans", "Capture")])]
    commands = []
    for item, start in zip(data.agenda, starts, strict=True):
        exercise = snapshot_exercise(item.exercise)
        kind = "" if item.kind == "exercise" else translate("Model", AGENDA_KINDS.get(item.kind, item.kind))
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
    total = sum(max(0, item.minutes) for item in data.agenda)
    planned = data.workshop.planned_minutes
    summary = translate("Plans", "Total {total} of {planned} planned").format(
        total=minutes_label(total), planned=minutes_label(planned))
    if planned and total > planned:
        summary += " \u00b7 " + translate("Plans", "over by {n}").format(n=minutes_label(total - planned))
        commands.append(("TEXTCOLOR", (1, len(rows)), (-1, len(rows)), st.color(st.PRIVATE)))
    rows.append(["", ui.para(summary, "cell_bold"), "", ""])
    commands += [("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.8, st.color(st.INK))]
    # (with the table's start only: an agenda a little too long for the room under the title block
    # left that block alone on page 1)
    return ui.with_start(ui.heading(translate("Plans", "Agenda")), rows, widths, width, commands,
                         header=True, zebra=True)


@dataclass
class _Need:
    """One line of the materials to bring: an item, how many (None: a plain line, as written; or
    nobody present to count for yet), the rule it was counted by, and the agenda items that use it."""

    item: str
    quantity: int | None = None
    rule: str = ""
    titles: list[str] = field(default_factory=list)
    largest: int | None = None  # the largest need so far (the count, while nobody is present)


def _needs(data: WorkshopData) -> list[_Need]:
    """Every agenda item's materials counted for the participants present, each item once (the
    same text: the largest quantity any item needs)."""
    people = len(present(data.participants))
    needs: dict[str, _Need] = {}
    for item in data.agenda:
        exercise = snapshot_exercise(item.exercise)
        for entry in exercise.materials if exercise else []:
            counted = entry if isinstance(entry, Material) else None
            text = (counted.item if counted else entry).strip()
            if not text:
                continue
            need = needs.setdefault(text, _Need(text))
            if item.title not in need.titles:
                need.titles.append(item.title)
            if counted is None:
                continue
            # before anyone is present, the largest count (per participant, per group...) is shown
            quantity = counted.needed(people, exercise.group_count(people)) if people else counted.count
            if need.largest is None or quantity > need.largest:
                need.largest, need.rule = quantity, labels.material_rule(counted.per, counted.count)
                need.quantity = quantity if people or counted.per in ("room", "facilitator") else None
    result = list(needs.values())
    commitments = [item.title for item in data.agenda if (ex := snapshot_exercise(item.exercise))
                   and ex.capture.type == "actions"]
    if commitments:
        result.append(_Need(labels.blank_plans_line(), people or None, "", commitments))
    result.append(_Need(labels.printed_plans_line(), people or None, "", [translate("Plans", "Wrap-up")]))
    return result


def materials_part(data: WorkshopData, width: float) -> list[Flowable]:
    rows = []
    for need in _needs(data):
        item = [ui.para(need.item, "cell_bold")] + ([ui.para(need.rule, "muted")] if need.rule else [])
        rows.append([ui.para("\u2610", "cell"),
                     ui.para("" if need.quantity is None else need.quantity, "cell_right"), item,
                     ui.para(", ".join(need.titles), "muted")])
    widths = [0.05 * width, 0.08 * width, 0.5 * width, 0.37 * width]
    return ui.with_start(ui.heading(translate("Plans", "Materials to bring")), rows, widths, width,
                         [("LINEBELOW", (0, 0), (-1, -1), 0.4, st.color(st.RULE))], padding=4)


def _setup_part(exercise: Exercise, present_count: int, width: float) -> list[Flowable]:
    """How the exercise is grouped and the room set up, the preparation and experience it needs,
    and what the app captures (here, not after the notes: it would end a page alone)."""
    facts = [*labels.exercise_facts(exercise, present_count),
             [(translate("Plans", "Capture:"), _capture_text(exercise))]]
    story = [ui.raw(" \u00b7 ".join(ui.text_markup(label, bold=True) + " " + ui.text_markup(text)
                                    for label, text in line), "cell")
             for line in facts]
    return [ui.spacer(2), ui.table([[story]], [width], [("BACKGROUND", (0, 0), (-1, -1), st.color(st.TINT))],
                                   padding=5, split=False), ui.spacer(6)]


def exercise_part(item: AgendaItem, start: int, width: float,
                  pictures: Mapping[str, bytes] | None = None, present_count: int = 0,
                  blank_plans: bool = False) -> list[Flowable]:
    """One item's steps and notes; ``present_count`` sizes its groups and ``blank_plans`` says to
    hand out the blank plans before it."""
    exercise = snapshot_exercise(item.exercise)
    title = f"{clock(start)} \u00b7 {item.title} ({minutes_label(item.minutes)})"
    head: list[Flowable] = [ui.para(title, "h3")]
    if exercise is None:  # a free item: only what the agenda says
        kind = translate("Model", AGENDA_KINDS.get(item.kind, item.kind))
        return [ui.Keep([*head, ui.para(kind, "muted")]), ui.spacer(14)]
    if blank_plans:
        head.append(ui.para(translate("Plans", "Hand out the blank plans (Plan page: Print blank plans) "
                                               "before this item."), "kicker"))
    head += _setup_part(exercise, present_count, width)
    if exercise.objective.strip():
        head += markdown(exercise.objective, pictures=pictures)
    story: list[Flowable] = []
    if exercise.steps:
        rows = [ui.header_cells([translate("Plans", "Time"), translate("Plans", "Step"),
                                  translate("Plans", "Minutes")])]
        at = start
        for step in exercise.steps:
            cell = ui.kept_lead_ins([ui.para(step.title, "cell_bold"),
                                     *markdown(step.prompt, "cell", pictures)])
            rows.append([ui.para(clock(at), "cell"), cell,
                         ui.para(minutes_label(step.minutes), "cell_right")])
            at += max(0, step.minutes)
        if exercise.debrief or exercise.debrief_minutes:  # after the steps, on the same clock
            cell = ui.kept_lead_ins([ui.para(translate("Plans", "Debrief"), "cell_bold"),
                                     *ui.bullets(exercise.debrief, "cell_bullet")])
            rows.append([ui.para(clock(at), "cell"), cell,  # (no minutes given: a dash)
                         ui.para(minutes_label(exercise.debrief_minutes or None), "cell_right")])
        # the head goes on with the steps' start, not the whole table (which left pages half empty)
        story += ui.with_start(head, rows, [0.12 * width, 0.74 * width, 0.14 * width], width,
                               header=True, zebra=True)
        head = []
        if exercise.steps_minutes + exercise.debrief_minutes != item.minutes:
            story.append(ui.para(translate("Plans",
                                           "The steps add up to {steps}; this item has {item}.").format(
                steps=minutes_label(exercise.steps_minutes + exercise.debrief_minutes),
                item=minutes_label(item.minutes)), "muted"))
    if exercise.facilitator_notes.strip():
        notes = [ui.para(translate("Plans", "Facilitator notes"), "group"),
                 *markdown(exercise.facilitator_notes, "cell", pictures)]
        box = ui.table([[ui.kept_lead_ins(notes)]], [width],
                       [("BACKGROUND", (0, 0), (-1, -1), st.color(st.TINT_WARM))], padding=7)
        # starts where it is when its first lines fit, and flows on in its tint
        story += [ui.spacer(4), ui.RoomBreak(min(ui.stack_height([box], width), NOTES_ROOM)), box]
    if exercise.debrief and not exercise.steps:  # (with steps, the debrief is the table's last row)
        story += [ui.para(translate("Plans", "Debrief questions"), "group"), *ui.bullets(exercise.debrief)]
    if head:  # no steps: the head goes on with the start of what follows it
        head = ui.with_room(head, min(ui.stack_height(story, width), NOTES_ROOM), width)
    return [*head, *story, ui.spacer(14)]


def story_of(data: WorkshopData, width: float,
             pictures: Callable[[str], Mapping[str, bytes]] | None = None) -> list[Flowable]:
    ws = data.workshop
    starts = _starts(data)
    end = starts[-1] + data.agenda[-1].minutes if data.agenda else parse_clock(ws.start_time)
    story = ui.title_block(translate("Plans", "Run sheet"), ws.title, ws.organisation, [
        (translate("Plans", "Date"), format_date(ws.date, ws.language)),
        (translate("Plans", "Time"), f"{clock(parse_clock(ws.start_time))}\u2013{clock(end)}"),
        (translate("Plans", "Participants"), str(len(data.participants))),
        (translate("Plans", "Place"), ws.location),
        (translate("Plans", "Facilitator"), ws.facilitator),
        (translate("Plans", "Planned length"), minutes_label(ws.planned_minutes)),
        (labels.plan_labels().follow_up_session, labels.follow_up_when(ws)),
    ], width, [0.4, 0.3, 0.3])
    story += agenda_part(data, width)
    story += materials_part(data, width)
    details = [(item, start) for item, start in zip(data.agenda, starts, strict=True) if item.kind != "break"]
    if details:
        story += ui.heading(translate("Plans", "Exercises step by step"))
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
                                   len(present(data.participants)), blank_plans=item is first_actions)
        story.pop()  # the space after the last item: at a page's foot, it would make a page of its own
    return ui.glue(story)
