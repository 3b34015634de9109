"""One participant's personal action plan (the story of its pages).

Privacy: everything shown comes from :mod:`workshop_app.plans.content`,
which hands out only the participant's own commitments and the group's
shared results.
"""

from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable

from workshop_app.formats import format_date, mean_text
from workshop_app.i18n import translate
from workshop_app.model.strategies import STRATEGIES
from workshop_app.model.workshop import ActionItem, Participant, WorkshopData
from workshop_app.plans import blocks as ui
from workshop_app.plans import content
from workshop_app.plans import styles as st
from workshop_app.plans.labels import (
    agreed_text,
    card_date,
    cluster_name,
    done_label,
    follow_up_when,
    label_colon,
    mine_text,
    more_options,
    participant_name,
    plan_labels,
    review_text,
    way_text,
)
from workshop_app.plans.page import EndSection, Section, StartSection

NUMBER_COL = 11 * st.MM
_CIRCLE_ONE = "&nbsp;&nbsp;&nbsp;".join("123456")


def plan_section(data: WorkshopData, participant: Participant, index: int) -> Section:
    return ui.workshop_section(data, plan_labels().title,
                               participant_name(participant, index))


def title_part(data: WorkshopData, participant: Participant, index: int, width: float,
               cells: ui.SharedCells, shares: tuple[float, float] = (0.6, 0.4)) -> list[Flowable]:
    ws = data.workshop
    about = " \u00b7 ".join(p.strip() for p in (participant.role, participant.team) if p.strip())
    workshop = ws.title + (f"\n{ws.organisation}" if ws.organisation.strip() else "")
    return ui.title_block(plan_labels().title, participant_name(participant, index), about, [
        (translate("Plans", "Workshop"), workshop),
        (translate("Plans", "Date"), format_date(ws.date, ws.language)),
        (translate("Plans", "Place"), ws.location),
        (translate("Plans", "Facilitator"), ws.facilitator),
    ], width, list(shares), cells)


PAIR_LIMIT = 200  # characters: longer values get a full-width row each
THIRD_LIMIT = 90  # characters: a recorded card's measure and support this short share a row with the way
LONG_CARD = 1500  # characters of a card's own text: shorter cards always fit on one page


def commitment_card(number: int, action: ActionItem | None, width: float, lang: str,
                    cells: ui.SharedCells, shared_with: str = "", compact: bool = False) -> Flowable:
    """A boxed card: what, who else owns it (``shared_with``, the names; no row if ""), by when,
    check-in and with whom (three side by side), measure, which way, support (the three side
    by side when short; blank to fill in if None: two lines for what, the measure a line of the
    card's width, unless ``compact``: then side by side with the way and the support, one row
    less).

    One table: the number, then the fields one under the other, short fields side by side in
    two halves, so a very long text splits cleanly across pages. A card that fits on a page
    has three columns (the number and two halves; long fields span both). reportlab splits a
    row with a spanning cell at the width of its first column only, which would leave half
    pages empty, so a card that may be taller than a page (:data:`LONG_CARD`) has two
    columns, and each pair of halves is a small table of its own.
    """
    body = width - NUMBER_COL
    half = body / 2
    a = action or ActionItem(text="")
    labels = plan_labels()
    way = way_text(a.strategy)
    if way:
        way_value: object = way
    else:
        way_value = cells.raw(f'<font color="{st.MUTED}">{_CIRCLE_ONE}&nbsp;&nbsp;&nbsp;'
                           + ui.text_markup(translate("Plans", "(circle one)"),
                                            color=st.MUTED) + "</font>", "cell")
    nested = len(a.text) + len(a.measure) + len(a.support) > LONG_CARD
    cols = [NUMBER_COL, body] if nested else [NUMBER_COL, half, half]
    rows: list[list] = []
    rules: list[int] = []  # rows with a rule below
    commands: list[tuple] = [
        *ui.plain_cells("number", (0, 0), (0, 0)),
        ("BOX", (0, 0), (-1, -1), 0.8, st.color(st.RULE)),
        ("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), 0.8, st.color(st.RULE)),  # each part of a
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.8, st.color(st.RULE)),  # split card is boxed
        ("BACKGROUND", (0, 0), (0, -1), st.color(st.TINT)),
    ]

    def spanned(cells: list) -> list:
        """A row whose field takes the whole width (empty cells: ``[]``, see ui.field_row)."""
        if nested:
            return [[], *cells]
        commands.append(("SPAN", (1, len(rows)), (2, len(rows))))
        return [[], *cells, []]

    def add_field(label: str, value: object, padding: float = 6, **kw) -> None:
        fields, more = ui.field_row([(label, value)], [body], padding, row=len(rows), col=1, cells=cells,
                                    **kw)
        commands.extend(more)
        rows.append(spanned(fields))
        rules.append(len(rows) - 1)

    def add_pair(left: tuple[str, object], right: tuple[str, object], long_text: bool,
                 *more_fields: tuple[str, object]) -> None:
        """Short fields side by side (each in a full-width row of its own if ``long_text``);
        more than two share the row as a small table of their own, as in a nested card."""
        shared = [left, right, *more_fields]
        if long_text:
            for one in shared:
                add_field(*one)
            return
        if nested or more_fields:
            part = body / len(shared)
            fields, more = ui.field_row(shared, [part] * len(shared), 6, cells=cells)
            at = (1, len(rows))
            commands.extend([("LEFTPADDING", at, at, 0), ("RIGHTPADDING", at, at, 0),
                             ("TOPPADDING", at, at, 0), ("BOTTOMPADDING", at, at, 0)])
            inner = ui.table([fields], [part] * len(shared), [
                ("LINEAFTER", (0, 0), (-2, -1), 0.4, st.color(st.RULE)), *more], padding=6, cells=cells)
            rows.append([[], inner] if nested else spanned([inner]))
        else:
            fields, more = ui.field_row([left, right], [half, half], 6, row=len(rows), col=1, cells=cells)
            at = len(rows)
            commands.extend([*more, ("LINEAFTER", (1, at), (1, at), 0.4, st.color(st.RULE))])
            rows.append([[], *fields])
        rules.append(len(rows) - 1)

    if action is None:
        add_field(translate("Plans", "What I will do"), "", 7, style="what", lines=2, top=7)
        rows[0][0] = str(number)
        commands.append(("TOPPADDING", (0, 0), (0, 0), 7))
    else:
        done = ui.text_markup(done_label(), color=st.ACCENT) if a.status == "done" else ""
        what = cells.raw(ui.text_markup(a.text) + (f"&nbsp;&nbsp;{done}" if done else ""), "what")
        rows.append(spanned([what]))
        rows[0][0] = str(number)
        commands += [("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, 0), (-1, 0), 7)]
        rules.append(0)
    commands.append(("BACKGROUND", (0, 0), (-1, rules[0]), st.color(st.TINT)))
    if shared_with:
        add_field(labels.shared_with, shared_with)
    due, checkin = card_date(a.due, lang), card_date(a.checkin, lang)
    add_pair((labels.by_when, due), (labels.checkin, checkin),
             max(len(due), len(checkin), len(a.checkin_with)) > PAIR_LIMIT,
             (labels.checkin_with, a.checkin_with))
    if (action is not None or compact) and max(len(a.measure), len(a.support)) <= THIRD_LIMIT:
        add_pair((labels.measure, a.measure), (labels.way, way_value), False,
                 (labels.support, a.support))
    else:  # room to write by hand, or for a long measure
        add_field(labels.measure, a.measure)
        add_pair((labels.way, way_value), (labels.support, a.support),
                 len(a.support) > PAIR_LIMIT)
    commands += [("LINEBELOW", (1, r), (-1, r), 0.4, st.color(st.RULE)) for r in rules[:-1]]
    return ui.table(rows, cols, commands, padding=6, cells=cells)


def commitments_part(actions: list[ActionItem], width: float, lang: str,
                     cells: ui.SharedCells, shared_with: list[str] | None = None) -> list[Flowable]:
    """The commitment cards; ``shared_with``: the other owners' names for each action (see
    :func:`content.shared_with`). Without any, two blank cards to write on: compact ones
    (:func:`commitment_card`) when only those fit with their heading in the room left on the
    page (beside a long name and the participant's ratings on US Letter), so that the plan
    keeps to two pages; else full ones, on the next page if need be."""
    if not actions:
        def blank(compact: bool, kept: bool) -> list[Flowable]:
            story = _commitments_head(width, False)
            for number in (1, 2):
                card = commitment_card(number, None, width, lang, cells, compact=compact)
                story += [ui.Keep([card]) if kept else card, ui.spacer(8)]
            return story

        # each choice measured whole (without the heading's room break); otherwise the full cards flow on
        return [ui.FirstFit([lambda: blank(False, False)[1:], lambda: blank(True, False)[1:]],
                            lambda: ui.glue(blank(False, True)))]
    story = _commitments_head(width, True)
    others = shared_with or [""] * len(actions)
    for number, (action, names) in enumerate(zip(actions, others, strict=True), start=1):
        story += [ui.Keep([commitment_card(number, action, width, lang, cells, names)]), ui.spacer(8)]
    lines = "\n".join(st.write_rule(width) for _ in range(2))
    story.append(ui.Keep([ui.line(translate("Plans", "Anything else I will do:"), "h3", width),
                          ui.line(lines, "write", width)]))
    return story


def _commitments_head(width: float, recorded: bool) -> list[Flowable]:
    """The heading of the commitments (a room break first) and the line under it."""
    if recorded:
        intro = translate("Plans",
                          "What I will do after this workshop, by when, and how I will know it worked.")
    else:
        intro = translate("Plans",
                          "Write down what you will do after this workshop: one commitment per card.")
    return [*ui.heading(plan_labels().commitments, 160, width), ui.line(intro, "intro", width)]


SHORT_CHECKINS = 4  #: rows (the header's included) of a check-in table kept with the lines under it


def checkins_part(actions: list[ActionItem], width: float, lang: str,
                  cells: ui.SharedCells, follow_up: list[str] | None = None,
                  session: str = "") -> list[Flowable]:
    """The check-in dates, what to review and with whom (lines to add more), when the follow-up
    ``session`` is (:func:`labels.follow_up_when`; a line to write it on when not set), the
    workshop's ``follow_up`` notes (:func:`content.follow_up_notes`), and a line to sign."""
    labels = plan_labels()
    widths = [0.26 * width, 0.38 * width, 0.24 * width, 0.12 * width]
    rows = [ui.header_cells([labels.checkin_date, labels.review, labels.with_whom, labels.done])]
    for check_in in content.check_ins(actions):
        names = ", ".join(check_in.whom)
        rows.append([ui.Plain(card_date(check_in.date, lang)), ui.Plain(review_text(check_in.numbers)),
                     ui.Plain(names) if names else [], []])
    filled = len(rows)
    while len(rows) < max(3, filled + 1):
        rows.append([[], [], [], []])  # empty cells to write in (``[]`` draws nothing, ``""`` an empty text)
    body = ui.table(rows, widths, [
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, st.color(st.RULE)),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, st.color(st.RULE)),
    ], header=True, row_heights=[None] * filled + [24] * (len(rows) - filled), cells=cells)
    label = ui.text_markup(label_colon(labels.follow_up_session) + " ", bold=True, color=st.ACCENT)
    lines = [label + (ui.text_markup(session) if session else ui.text_markup(
        st.write_rule(width / 2), color=st.WRITE_LINE))]
    lines += [ui.text_markup(label_colon(labels.follow_up) + " ", bold=True, color=st.ACCENT)
              + ui.text_markup(text) for text in follow_up or []]
    # the follow-up lines (each across the page) and the signature: one table, its paragraphs
    # shared by the plans of a run (parsed once, not once per plan)
    half = width / 2 - 8
    n = len(lines)
    rule = ui.Plain(st.write_rule(half), "body_rule")
    sign = ui.table([*([cells.raw(text, "bullet_plain"), []] for text in lines), [rule, rule],
                     [ui.Plain(translate("Plans", "My signature"), "muted"),
                      ui.Plain(translate("Plans", "Date"), "muted")]],
                    [width / 2, width / 2], [
                        *(("SPAN", (0, r), (1, r)) for r in range(n)),
                        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, n - 1), 3),
                        ("TOPPADDING", (0, n), (-1, n), 14)],
                    padding=0, split=False)
    notes = [ui.spacer(6)]
    # the lines under the table and the signature in one block (the signature never starts a
    # page on its own), with the table when it is short (a long one may split)
    tail = [*notes, sign]
    block = [ui.Keep([body, *tail])] if len(rows) <= SHORT_CHECKINS else [body, ui.Keep(tail)]
    return [*ui.heading(labels.checkins, 200, width), *block]


def group_part(data: WorkshopData, width: float, cells: ui.SharedCells,
               group: content.GroupResults | None = None) -> list[Flowable]:
    """What the group agreed; then, apart under a neutral heading, results that contradict each
    other (``agreed=False``, see ``content.apart_items``). ``group``: the group's results when
    already worked out (the same for every plan of a run)."""
    group = content.group_results(data) if group is None else group
    priorities, outcomes = group.priorities, group.outcomes
    labels = plan_labels()
    story: list[Flowable] = []
    for agreed in (True, False):
        blocks = _results(data, [p for p in priorities if p.agreed == agreed],
                          [o for o in outcomes if o.agreed == agreed], width, cells)
        if blocks:
            heading = ui.heading(labels.group if agreed else labels.apart, 140, width)
            note = [] if agreed else [ui.para(labels.apart_note, "intro")]
            story += [*heading, *note, *blocks]
    return story


def _results(data: WorkshopData, priorities: list[content.Priorities], outcomes: list[content.SharedOutcomes],
             width: float, cells: ui.SharedCells) -> list[Flowable]:
    labels = plan_labels()
    story: list[Flowable] = []
    for block in priorities:
        rows = [ui.header_cells([labels.rank, labels.priority, labels.dots])]
        for rank, card, dots in block.ranked:
            style = "cell_bold" if rank <= 3 else "cell"
            rows.append([str(rank), ui.Plain(card.text, style), str(dots)])
        numbers = [*ui.plain_cells("cell_center", (0, 1), (0, -1)),
                   *ui.plain_cells("cell_right", (2, 1), (2, -1))]
        parts = [ui.line(block.item.title, "h3", width),
                 ui.table(rows, [0.1 * width, 0.76 * width, 0.14 * width], numbers, header=True, zebra=True,
                          cells=cells)]
        if block.more:
            parts.append(ui.para(more_options(block.more), "muted"))
        story += [ui.Keep(parts[:2]), *parts[2:], ui.spacer(4)]
    for outcome in outcomes:
        parts: list[Flowable] = [ui.line(outcome.item.title, "h3", width)]
        parts += [ui.para(note) for note in outcome.notes]
        if outcome.actions:
            parts.append(ui.para(labels.agreed, "group"))
            parts += ui.bullets([agreed_text(a, data.workshop.language) for a in outcome.actions])
        lines = []
        for name, texts in outcome.clusters:
            joined = "  \u00b7  ".join(ui.text_markup(t) for t in texts)
            name = cluster_name(name, len(outcome.clusters))
            if name:
                joined = ui.text_markup(label_colon(name) + " ", bold=True, color=st.ACCENT) + joined
            lines.append(joined)
        parts += ui.markup_lines(lines, "bullet_plain", width, cells, space_before=3)
        story += [*parts, ui.spacer(4)]
    return story


RATINGS_SHARE = 0.36  #: the part of page 1's width the own ratings take, beside the title block
BESIDE_MAX = 300  #: points: the title block and the ratings beside it are at most this tall


def ratings_part(data: WorkshopData, participant: Participant, width: float,
                 cells: ui.SharedCells) -> list[Flowable]:
    """The participant's own ratings, one small table per rated item headed by its title:
    criterion, their value, the room's mean (a value outside the scale and a mean of nobody
    print a dash). Small enough to stand beside the title block (see :func:`plan_story`)."""
    rated = content.my_ratings(data, participant)
    if not rated:
        return []
    labels = plan_labels()
    story: list[Flowable] = [ui.line(labels.ratings, "kicker", width)]
    for item, found in rated:
        table = [[ui.Plain(item.title, "cell_bold"), *ui.header_cells([labels.me, labels.room],
                                                                      "cell_bold_right")]]
        for mine, room in found:
            table.append([ui.Plain(room.criterion, "cell"),
                          mean_text(None) if mine is None else str(mine),
                          mean_text(room.mean, data.workshop.language)])
        story += [ui.table(table, [0.6 * width, 0.15 * width, 0.25 * width],
                           ui.plain_cells("cell_right", (1, 1), (2, -1)), header=True, zebra=True,
                           cells=cells, padding=3), ui.spacer(4)]
    story.append(ui.para(translate("Plans", "My rating of each criterion beside the room's mean."), "muted"))
    return story


def top_part(data: WorkshopData, participant: Participant, index: int, width: float,
             cells: ui.SharedCells, blank: bool) -> list[Flowable]:
    """The title block, with the participant's own ratings beside it when they gave any (so
    they cost the plan no room of its own: two pages hold up to a few commitments); under it
    when the two side by side would be taller than :data:`BESIDE_MAX` (very long texts). A
    name with a word too wide for the narrower column (it would break inside the word), or one
    that would take more lines there than at the page's width, prints above them at the page's
    width (a very long name then costs the plan the fewest lines)."""
    ratings = [] if blank else ratings_part(data, participant, RATINGS_SHARE * width - 12, cells)
    if not ratings:
        return title_part(data, participant, index, width, cells)
    left = (1 - RATINGS_SHARE) * width
    narrow = title_part(data, participant, index, left - 12, cells, (0.5, 0.5))
    above: list[Flowable] = []
    name = participant_name(participant, index)

    def height(room: float) -> float:
        return ui.line(name, "title", room).wrap(room, 2 ** 31)[1]

    if not ui.fits_plain(tuple(name.split()), st.styles()["title"], left - 12) \
            or height(left - 12) > height(width):
        above = title_part(data, participant, index, width, cells)[:-1]  # all but the facts' table
        narrow = narrow[-1:]  # (ui.title_block ends with it)
    beside = ui.table([[narrow, ratings]], [left, width - left], [("LEFTPADDING", (1, 0), (1, 0), 12),
                                                                 ("RIGHTPADDING", (0, 0), (0, 0), 12)],
                      padding=0, split=False)
    if beside.wrap(width, BESIDE_MAX)[1] <= BESIDE_MAX:
        return [*above, beside]
    return [*title_part(data, participant, index, width, cells), ui.spacer(10),
            *ratings_part(data, participant, width, cells)]


def six_ways_part(actions: list[ActionItem], width: float, cells: ui.SharedCells) -> list[Flowable]:
    """The six ways under their heading, never split: in full (:func:`six_ways_table`) where
    they fit in the room left on the page, else compact (titles only, a third of the height)
    where that fits, else in full on the next page. So a plan of up to three commitments (or the
    blank cards) with the participant's own ratings keeps to two pages on A4 and on US Letter,
    and a plan with room to spare prints the ways' summaries."""
    def block(summaries: bool) -> list[Flowable]:  # measured whole: no room break
        return [*ui.heading(plan_labels().six_ways, width=width)[1:],
                six_ways_table(actions, width, cells, summaries)]

    # the heading goes into the kept block (ui.glue): a block starting with the heading's RoomBreak
    # would be measured without the space above the heading, and could split a row of the ways
    def otherwise() -> list[Flowable]:
        return ui.glue([*ui.heading(plan_labels().six_ways, width=width),
                        ui.Keep([six_ways_table(actions, width, cells)])])

    return [ui.FirstFit([partial(block, True), partial(block, False)], otherwise)]


def six_ways_table(actions: list[ActionItem], width: float, cells: ui.SharedCells,
                   summaries: bool = True) -> Flowable:
    """The six ways, two side by side in each row: the number beside the way's title, and under
    the title its summary (if ``summaries``) and the participant's commitments that use it, on a
    warm tint. The title and the summary are two flowables of one cell, the summary a paragraph
    of one style, placed where one paragraph "title<br/>summary" of style "cell" would print
    them."""
    used = content.ways_served(actions)
    rows: list[list] = []
    commands: list[tuple] = []
    half = width / 2
    cell, summary = st.styles()["cell"], st.styles()["way_summary"]
    below = cell.fontSize - summary.fontSize  # the summary's first line sits a line under the title's
    pad = 5
    for i, strategy in enumerate(STRATEGIES):
        row, col = i // 2, (i % 2) * 2
        if col == 0:
            rows.append([])
        lines = [ui.text_markup(translate("Strategies", strategy.summary))] if summaries else []
        if strategy.id in used:
            lines.append(ui.text_markup(mine_text(used[strategy.id]), color=st.ACCENT))
            commands.append(("BACKGROUND", (col, row), (col + 1, row), st.color(st.TINT_WARM)))
        title = ui.line(translate("Strategies", strategy.title), "cell_bold", half - NUMBER_COL - 2 * pad)
        under = [ui.spacer(below), cells.raw("<br/>".join(lines), "way_summary")] if lines else []
        rows[row] += [str(strategy.number), [title, *under]]
    return ui.table(rows, [NUMBER_COL, half - NUMBER_COL, NUMBER_COL, half - NUMBER_COL], [
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad - below if summaries else pad),
        *[("LINEBELOW", (0, r), (-1, r), 0.4, st.color(st.RULE)) for r in range(len(rows) - 1)],
        ("LINEAFTER", (1, 0), (1, -1), 0.4, st.color(st.RULE)),
        ("BOX", (0, 0), (-1, -1), 0.8, st.color(st.RULE)),
        *ui.plain_cells("number", (0, 0), (0, -1)), *ui.plain_cells("number", (2, 0), (2, -1)),
        *commands,
    ], padding=pad, cells=cells)


def plan_story(data: WorkshopData, participant: Participant, index: int, width: float,
               cells: ui.SharedCells | None = None, blank: bool = False,
               group: content.GroupResults | None = None) -> list[Flowable]:
    """The flowables of one plan, between section markers (new ones for each file: reportlab
    marks the flowables it lays out), with the table cells' paragraphs of ``cells`` (shared
    by all plans of one run). ``blank``: a worksheet to write on by hand (empty commitment
    cards and check-in lines, nothing recorded, no group results). ``group``: the group's
    results, worked out once for all the plans of a run (here if not given)."""
    cells = ui.SharedCells() if cells is None else cells
    lang = data.workshop.language
    actions = [] if blank else content.commitments(data, participant)
    story: list[Flowable] = [StartSection(plan_section(data, participant, index))]
    story += top_part(data, participant, index, width, cells, blank)
    story += commitments_part(actions, width, lang, cells,
                              [content.shared_with(data, a, participant) for a in actions])
    story += checkins_part(actions, width, lang, cells, [] if blank else content.follow_up_notes(data),
                           follow_up_when(data.workshop))
    story += [] if blank else group_part(data, width, cells, group)
    story += six_ways_part(actions, width, cells)
    story.append(EndSection())
    return ui.glue(story)
