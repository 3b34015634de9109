"""Progress on paper after the check-ins: each participant's "my progress" page, the facilitator's
progress report and the sponsor's. Every number and status comes from :mod:`workshop_app.model.progress`.

Who sees what:

* a participant's page: only the commitments they own (a shared one names its other owners, as
  their plan does), each with its status at every check-in held, what happened and what helps or
  blocks (the owner's words) and the next step; never the facilitator's private note;
* the facilitator's report: everything, the private notes marked "facilitator only";
* the sponsor's report: initials instead of names, no note of any kind (not what happened, not
  what helps or blocks, not a private note), and each person's own commitments counted, never
  printed (as in the workshop's sponsor report); the group's actions (no owner) print as typed.
"""

from __future__ import annotations

import re
from collections import Counter

from reportlab.platypus import Flowable

from workshop_app.formats import format_date
from workshop_app.i18n import Plans, counted, translate
from workshop_app.model.checkins import NOT_REVIEWED, CheckIn
from workshop_app.model.progress import (
    NOT_MADE,
    STATUS_ORDER,
    CommitmentProgress,
    Completion,
    commitments_progress,
    completion,
    completion_by_participant,
    completion_by_way,
    held,
    status_label,
    stuck,
    upcoming,
)
from workshop_app.model.workshop import Participant, WorkshopData
from workshop_app.plans import blocks as ui
from workshop_app.plans import styles as st
from workshop_app.plans.charts import status_chart
from workshop_app.plans.labels import card_date, checkin_name, labelled, participant_name, way_text
from workshop_app.plans.page import Section

#: The most check-ins a table gives a column each (the latest ones held).
MAX_CHECKIN_COLUMNS = 4


# -- what the papers share ------------------------------------------------------------------------
def my_progress_title() -> str:
    return translate("Plans", "My progress")


def report_title() -> str:
    return translate("Plans", "Progress report")


def sponsor_title() -> str:
    return translate("Plans", "Progress report for the sponsor")


def status_tag(status: str) -> str:
    """A status as a small tinted tag (markup)."""
    colour = st.STATUS_COLORS.get(status, "#ffffff")
    return (f'<font backColor="{colour}">&nbsp;' + ui.text_markup(status_label(status), bold=True, size=8)
            + "&nbsp;</font>")


def _cell_status(status: str) -> str:
    """A status in a check-in's row of a participant's page: "–" where that check-in did not
    review it, nothing where it was not made yet."""
    if status == NOT_MADE:
        return ""
    return "\u2013" if status == NOT_REVIEWED else status_label(status)


def _status_cell(progress: CommitmentProgress, index: int) -> Flowable | str:
    """A commitment's status in check-in ``index``'s column: what that check-in found; where it
    did not review it, the status as it stood then in grey ("–" when none was found yet);
    nothing before it was made."""
    found = progress.statuses[index]
    if found == NOT_MADE:
        return ""
    if found != NOT_REVIEWED:
        return ui.para(status_label(found), "cell")
    carried = progress.status_as_of(index)
    return ui.para("\u2013" if carried == NOT_REVIEWED else status_label(carried), "muted")


def _owners_names(data: WorkshopData, progress: CommitmentProgress) -> str:
    names = {p.id: participant_name(p, i) for i, p in enumerate(data.participants, start=1)}
    return ", ".join(names[o] for o in progress.owners if o in names)


def _due_text(progress: CommitmentProgress, lang: str) -> str:
    """By when, with "(revised)" when a check-in moved it."""
    if not progress.due:
        return ""
    day = card_date(progress.due, lang)
    made = progress.action if progress.action is not None else progress.commitment
    original = made.due.strip() if made is not None else progress.due
    return translate("Plans", "{date} (revised)").format(date=day) if original != progress.due else day


def next_step(data: WorkshopData, progress: CommitmentProgress) -> str:
    """What comes next for a commitment: done or dropped; else when it is due and the next check-in."""
    if not progress.is_open:
        return status_label(progress.status)
    lang = data.workshop.language
    parts = [translate("Plans", "Due {date}").format(date=_due_text(progress, lang)) if progress.due
             else translate("Plans", "No due date yet")]
    coming = upcoming(data)
    if coming:
        parts.append(translate("Plans", "next check-in {date}").format(
            date=format_date(coming[0].date, lang, weekday=False)))
    return ", ".join(parts)


def _shown_checkins(data: WorkshopData) -> list[tuple[int, CheckIn]]:
    """The check-ins held that get a column (the latest :data:`MAX_CHECKIN_COLUMNS`), with their
    index among all check-ins."""
    index = {c.id: i for i, c in enumerate(data.follow_through.checkins)}
    return [(index[c.id], c) for c in held(data)][-MAX_CHECKIN_COLUMNS:]


def _checkins_line(data: WorkshopData) -> str:
    """When the check-ins were and are: the held ones, then those to come."""
    lang = data.workshop.language
    done = ", ".join(checkin_name(c, lang) for c in held(data)) or "\u2013"
    text = labelled(translate("Plans", "Held"), done)
    coming = upcoming(data)
    if coming:
        text += "\n" + labelled(translate("Plans", "To come"),
                                ", ".join(checkin_name(c, lang) for c in coming))
    return text


def chart_part(data: WorkshopData, progress: list[CommitmentProgress], width: float) -> list[Flowable]:
    """Status over the check-ins held: a bar each, the commitments there by status."""
    done = held(data)
    checkins = [(i, c) for i, c in enumerate(data.follow_through.checkins) if c in done]
    if not checkins:
        return [*ui.heading(translate("Plans", "Status over the check-ins")),
                ui.para(translate("Plans", "No check-in has been held yet."), "muted")]
    rows = []
    for i, checkin in checkins:
        counts = Counter(p.status_as_of(i) for p in progress)
        rows.append((checkin_name(checkin, data.workshop.language),
                     [(s, status_label(s), counts[s]) for s in STATUS_ORDER]))
    now = completion(progress)
    rows.append((translate("Plans", "Now"), [(s, status_label(s), now.counts[s]) for s in STATUS_ORDER]))
    return [*ui.heading(translate("Plans", "Status over the check-ins")),
            ui.para(translate("Plans", "Each bar counts the commitments by their status as it stood at that "
                                       "check-in (the latest found so far)."), "intro"),
            ui.Keep([status_chart(rows, width)])]


def _columns_note() -> str:
    return translate("Plans", "In grey: not reviewed at that check-in, the status as last found "
                              "(\u2013: none found yet).")


def _counts_row(first: list, found: Completion) -> list:
    return [*first, ui.Plain(str(found.total), "cell_right"),
            *(ui.Plain(str(found.counts[s]) if found.counts[s] else "\u2013", "cell_right")
              for s in STATUS_ORDER)]


def _counts_table(head: list[str], rows: list[list], width: float, first_widths: list[float]) -> list:
    rest = width - sum(first_widths)
    widths = [*first_widths, *[rest / (len(STATUS_ORDER) + 1)] * (len(STATUS_ORDER) + 1)]
    header = ui.header_cells(head) + [ui.Plain(translate("Plans", "Total"), "head_small_right")] + [
        ui.Plain(status_label(s), "head_small_right") for s in STATUS_ORDER]
    return ui.table([header, *rows], widths, header=True, zebra=True, padding=4)


def by_participant_part(data: WorkshopData, progress: list[CommitmentProgress], width: float,
                        names: dict[int, str]) -> list[Flowable]:
    rows = [_counts_row([ui.Plain(names[p.id], "cell_bold")], found)
            for p, found in completion_by_participant(data, progress) if p.id in names]
    group = [p for p in progress if not p.owners]
    if group:
        rows.append(_counts_row([ui.Plain(translate("Plans", "The group (no owner)"), "cell_bold")],
                                completion(group)))
    if not rows:
        return []
    return [*ui.heading(translate("Plans", "Completion by participant")),
            ui.para(translate("Plans", "A shared commitment counts for each of its owners."), "intro"),
            _counts_table([translate("Plans", "Who")], rows, width, [0.24 * width])]


def by_way_part(data: WorkshopData, progress: list[CommitmentProgress], width: float) -> list[Flowable]:
    rows = []
    for way, found in completion_by_way(data, progress):
        if way is None and not found.total:
            continue
        title = translate("Strategies", way.title) if way else translate("Plans", "No way named")
        number = ui.Plain(str(way.number) if way else "", "cell")
        rows.append(_counts_row([number, ui.para(title, "cell")], found))
    return [*ui.heading(translate("Plans", "Completion by the six ways")),
            _counts_table([translate("Plans", "#"), translate("Plans", "Way")], rows, width,
                          [0.05 * width, 0.19 * width])]


# -- a participant's page ----------------------------------------------------------------------------
def own_progress(progress: list[CommitmentProgress], participant: Participant) -> list[CommitmentProgress]:
    """A participant's own commitments: those they own, nobody else's."""
    return [p for p in progress if participant.id is not None and participant.id in p.owners]


def progress_people(data: WorkshopData) -> list[tuple[int, Participant]]:
    """Who gets a "my progress" page (their number among the participants, them): everyone who
    owns a commitment."""
    progress = commitments_progress(data)
    return [(i, p) for i, p in enumerate(data.participants, start=1) if own_progress(progress, p)]


def participant_section(data: WorkshopData, participant: Participant, index: int) -> Section:
    return ui.workshop_section(data, my_progress_title(), participant_name(participant, index))


def commitment_block(data: WorkshopData, number: int, progress: CommitmentProgress, participant: Participant,
                     width: float) -> Flowable:
    """One of the participant's commitments: what, its status now, by when, the way, who shares it;
    what each check-in held found (status, what happened, what helps or blocks); the next step."""
    lang = data.workshop.language
    widths = [0.2 * width, 0.16 * width, 0.32 * width, 0.32 * width]
    what = (ui.text_markup(f"{number}. ") + ui.text_markup(progress.text, bold=True) + "&nbsp;&nbsp;"
            + status_tag(progress.status))
    facts = [(translate("Plans", "By when"), _due_text(progress, lang)), (translate("Plans", "Way"),
                                                                         way_text(progress.strategy))]
    others = [participant_name(p, i) for i, p in enumerate(data.participants, start=1)
              if p.id in progress.owners and p.id != participant.id]
    if others:
        facts.append((translate("Plans", "Shared with"), ", ".join(others)))
    if progress.commitment is not None:
        made = next((c for c in data.follow_through.checkins if c.id == progress.commitment.checkin_id), None)
        if made is not None:
            facts.append((translate("Plans", "Made at"), checkin_name(made, lang)))
    fact_line = "   ".join(ui.text_markup(label, color=st.MUTED) + " " + ui.text_markup(value)
                           for label, value in facts if value)
    rows: list[list] = [[ui.raw(what, "body"), "", "", ""]]
    commands: list[tuple] = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), st.color(st.TINT)),
                             ("BOX", (0, 0), (-1, -1), 0.8, st.color(st.RULE))]
    if fact_line:
        commands.append(("SPAN", (0, 1), (-1, 1)))
        rows.append([ui.raw(fact_line, "cell"), "", "", ""])
    shown = [(i, c) for i, c in enumerate(data.follow_through.checkins) if c in held(data)
             and progress.statuses[i] != NOT_MADE]
    if shown:
        head = len(rows)
        rows.append(ui.header_cells([translate("Plans", "Check-in"), translate("Plans", "Status"),
                                     translate("Plans", "What happened"),
                                     translate("Plans", "What helps or blocks")]))
        commands += [("BACKGROUND", (0, head), (-1, head), st.color(st.TINT_WARM)),
                     ("LINEBELOW", (0, head), (-1, -1), 0.4, st.color(st.RULE))]
        for i, checkin in shown:
            review = progress.reviews[i]
            rows.append([ui.para(checkin_name(checkin, lang), "cell"),
                         ui.para(_cell_status(progress.statuses[i]), "cell_bold"),
                         ui.para(review.note if review else "", "cell"),
                         ui.para(review.helps if review else "", "cell")])
    else:
        rows.append([ui.para(translate("Plans", "No check-in has reviewed it yet."), "muted"), "", "", ""])
        commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    step = ui.text_markup(translate("Plans", "Next step"), bold=True, color=st.ACCENT)
    then = ui.text_markup(next_step(data, progress))
    rows.append([ui.raw(f"{step}&nbsp;&nbsp;{then}", "cell"), "", "", ""])
    commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    commands.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, st.color(st.RULE)))
    return ui.Keep([ui.table(rows, widths, commands)])


def participant_story(data: WorkshopData, participant: Participant, index: int,
                      width: float) -> list[Flowable]:
    ws = data.workshop
    about = " \u00b7 ".join(p.strip() for p in (participant.role, participant.team) if p.strip())
    coming = upcoming(data)
    story = ui.title_block(my_progress_title(), participant_name(participant, index), about, [
        (translate("Plans", "Workshop"), ws.title),
        (translate("Plans", "Date"), format_date(ws.date, ws.language)),
        (translate("Plans", "Facilitator"), ws.facilitator),
        (translate("Plans", "Next check-in"), checkin_name(coming[0], ws.language) if coming else ""),
    ], width, [0.6, 0.4])
    story += ui.heading(translate("Plans", "My commitments"))
    for number, progress in enumerate(own_progress(commitments_progress(data), participant), start=1):
        story += [commitment_block(data, number, progress, participant, width), ui.spacer(8)]
    return ui.glue(story)


# -- the facilitator's report ----------------------------------------------------------------------------
def report_section(data: WorkshopData) -> Section:
    return ui.workshop_section(data, report_title(),
                               translate("Plans", "For the facilitator only: contains private notes"))


def _title(data: WorkshopData, progress: list[CommitmentProgress], width: float,
           kicker: str) -> list[Flowable]:
    ws = data.workshop
    return ui.title_block(kicker, ws.title, ws.organisation, [
        (translate("Plans", "Date"), format_date(ws.date, ws.language)),
        (translate("Plans", "Facilitator"), ws.facilitator),
        (translate("Plans", "Commitments"), str(len(progress))),
        (translate("Plans", "Check-ins", "the sessions after the workshop"), _checkins_line(data)),
    ], width, [0.5, 0.5])


def stuck_part(data: WorkshopData, progress: list[CommitmentProgress], width: float) -> list[Flowable]:
    found = stuck(data, progress)
    if not found:
        return [*ui.heading(translate("Plans", "What is stuck and why")),
                ui.para(translate("Plans", "Nothing is stuck."), "muted")]
    rows = [ui.header_cells([translate("Plans", "What"), translate("Plans", "Who"),
                             translate("Plans", "Why")])]
    commands: list[tuple] = []
    for each in found:
        why = ui.text_markup(each.why or "\u2013")
        private = each.progress.latest.private_note.strip() if each.progress.latest else ""
        if private:
            why += "<br/>" + _private_markup(private)
        rows.append([ui.para(each.progress.text, "cell_bold"),
                     ui.para(_owners_names(data, each.progress) or translate("Plans", "The group"), "cell"),
                     ui.raw(why, "cell")])
    return ui.with_start(ui.heading(translate("Plans", "What is stuck and why")), rows,
                         [0.36 * width, 0.2 * width, 0.44 * width], width, commands, header=True, zebra=True)


def _private_markup(text: str) -> str:
    return (ui.text_markup(translate("Plans", "FACILITATOR ONLY"), bold=True, size=7.5, color=st.PRIVATE)
            + "&nbsp;&nbsp;" + ui.text_markup(text, color=st.PRIVATE))


def _status_layout(data: WorkshopData, width: float) -> tuple[list[tuple[int, CheckIn]], list[float], list]:
    """The columns of a table of commitments' statuses (what, by when, the check-ins held that get
    a column, now): those check-ins, the widths, the header row."""
    columns = _shown_checkins(data)
    fixed = [0.40 * width, 0.14 * width]
    now_width = 0.12 * width
    each = (width - sum(fixed) - now_width) / max(1, len(columns))
    head = ui.header_cells([translate("Plans", "What"), translate("Plans", "By when"),
                            *(checkin_name(c, data.workshop.language) for _, c in columns),
                            translate("Plans", "Now")])
    return columns, [*fixed, *[each] * len(columns), now_width], head


def _status_row(data: WorkshopData, what: Flowable, progress: CommitmentProgress,
                columns: list[tuple[int, CheckIn]]) -> list:
    return [what, ui.para(_due_text(progress, data.workshop.language), "cell"),
            *(_status_cell(progress, i) for i, _ in columns),
            ui.para(status_label(progress.status), "cell_bold")]


def commitments_part(data: WorkshopData, progress: list[CommitmentProgress], width: float,
                     private: bool) -> list[Flowable]:
    """Every commitment by owner: what (with what each check-in found; the private notes marked
    when ``private``), by when, its status at the check-ins held, now."""
    lang = data.workshop.language
    columns, widths, head = _status_layout(data, width)
    groups: list[tuple[str, list[CommitmentProgress]]] = []
    for index, person in enumerate(data.participants, start=1):
        own = own_progress(progress, person)
        if own:
            groups.append((participant_name(person, index), own))
    group = [p for p in progress if not p.owners]
    if group:
        groups.append((translate("Plans", "The group (no owner)"), group))
    story = ui.heading(translate("Plans", "Every commitment"))
    story.append(ui.para(_columns_note(), "intro"))
    for title, own in groups:
        rows = [head]
        commands: list[tuple] = []
        for p in own:
            lines = [ui.text_markup(p.text, bold=True)]
            for checkin, review in zip(data.follow_through.checkins, p.reviews, strict=True):
                if review is None:
                    continue
                said = [t.strip() for t in (review.note, review.helps) if t.strip()]
                if said:
                    lines.append(ui.text_markup(labelled(checkin_name(checkin, lang), " \u00b7 ".join(said)),
                                                size=8, color=st.MUTED))
                if private and review.private_note.strip():
                    lines.append(_private_markup(review.private_note.strip()))
                    commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), st.color(st.TINT_WARM)))
            rows.append(_status_row(data, ui.raw("<br/>".join(lines), "cell"), p, columns))
        story += ui.with_start([ui.para(title, "h3")], rows, widths, width, commands, header=True, zebra=True)
    return story


def report_story(data: WorkshopData, width: float) -> list[Flowable]:
    progress = commitments_progress(data)
    names = {p.id: participant_name(p, i) for i, p in enumerate(data.participants, start=1)}
    story = _title(data, progress, width, report_title())
    story += chart_part(data, progress, width)
    story += by_participant_part(data, progress, width, names)
    story += by_way_part(data, progress, width)
    story += stuck_part(data, progress, width)
    story += commitments_part(data, progress, width, private=True)
    return ui.glue(story)


# -- the sponsor's report --------------------------------------------------------------------------------
def sponsor_section(data: WorkshopData) -> Section:
    return ui.workshop_section(data, report_title(),  # the footer says whose: the header has no room
                               translate("Plans", "For the sponsor: initials, no notes"))


def initials(name: str) -> str:
    """``Ana María Lima`` -> ``A.M.L.``; ``Jean-Luc Picard`` -> ``J.L.P.`` ("" for no name)."""
    return "".join(f"{word[0].upper()}." for word in re.split(r"[\s\-\u2010]+", name.strip()) if word)


def sponsor_names(data: WorkshopData) -> dict[int, str]:
    """Each participant's initials, told apart by a number where two share them (``A.L. 2``); a
    participant without a name is "Participant 3"."""
    out: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, person in enumerate(data.participants, start=1):
        short = initials(person.name) or participant_name(person, index)
        seen[short] = seen.get(short, 0) + 1
        out[person.id] = short if seen[short] == 1 else f"{short} {seen[short]}"
    return out


def sponsor_small_print(width: float) -> list[Flowable]:
    text = translate("Plans", "This report shows initials instead of names and leaves out every note: "
                              "what happened, what helps or blocks, and the facilitator's private notes. "
                              "Each person's own commitments are counted, never printed; the group's "
                              "actions print as typed in the room.")
    return [ui.spacer(8), ui.para(text, "muted")]


def group_part(data: WorkshopData, progress: list[CommitmentProgress], width: float) -> list[Flowable]:
    """The group's actions (no owner) with their statuses, no note."""
    group = [p for p in progress if not p.owners]
    if not group:
        return []
    columns, widths, head = _status_layout(data, width)
    rows = [head, *(_status_row(data, ui.para(p.text, "cell_bold"), p, columns) for p in group)]
    return ui.with_start([*ui.heading(translate("Plans", "What the group agreed")),
                          ui.para(_columns_note(), "intro")], rows, widths, width, header=True, zebra=True)


def sponsor_story(data: WorkshopData, width: float) -> list[Flowable]:
    progress = commitments_progress(data)
    story = _title(data, progress, width, sponsor_title())
    story += sponsor_small_print(width)
    story += chart_part(data, progress, width)
    story += by_participant_part(data, progress, width, sponsor_names(data))
    story += by_way_part(data, progress, width)
    stuck_now = len(stuck(data, progress))
    story += [*ui.heading(translate("Plans", "What is stuck")),
              ui.para(counted(stuck_now, translate("Plans", "1 commitment is stuck."),
                              Plans.tr("%n commitments are stuck.", None, stuck_now))
                      if stuck_now else translate("Plans", "Nothing is stuck."))]
    story += group_part(data, progress, width)
    return ui.glue(story)
