"""Handouts: the printed materials of a workshop's exercises, in the quantities its room needs.

A first page lists them (what, how many, how many pages); then each handout is a section of its
own (its title in the header, the workshop's on the left, "Page X of Y" per handout):

* ``cards``, ``slips`` and ``roles``: every item once per set, in a grid with dashed cut lines
  (eight cards, four slips or two role cards to a page); a piece whose text is too long for it
  prints smaller (``KeepInFrame``), never outside its lines;
* ``sheet``: a page per set, the text then each item on a row with lines to write on, or the
  exercise's rating scale to circle when it captures ratings; a sheet that fills at most half a
  page prints two to a page, a dashed line between them to cut along;
* ``sign``: a page per item (per set), in large type, centred on the page;
* ``poster``: a page per set, the title large, the text, the items numbered.

Items are plain text; the handout's ``text`` is pack Markdown (``plans/markdown.py``).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from workshop_app.formats import format_date
from workshop_app.i18n import Plans, counted, text_language, translate
from workshop_app.model.pack import HANDOUT_KINDS, Exercise, Handout, HandoutItem
from workshop_app.model.workshop import WorkshopData, present
from workshop_app.plans import blocks as ui
from workshop_app.plans import styles as st
from workshop_app.plans.api import HandoutNeed, handouts_needed
from workshop_app.plans.markdown import markdown
from workshop_app.plans.page import EndSection, Section, StartSection

#: Pieces to cut: (columns, rows) on a page.
GRIDS = {"cards": (2, 4), "slips": (1, 4), "roles": (1, 2)}
_PADDING = 10  # inside a piece, points
_CUT = (4, 3)  # the cut lines' dash: on, off (points)


def _styles() -> dict:
    """The handouts' own paragraph styles, made from the documents' (styles.py), in the language
    of the text being made."""
    return _language_styles(text_language())


@lru_cache(maxsize=8)
def _language_styles(language: str) -> dict:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base = st.language_styles(language)
    bold = base["title"].fontName

    def make(name: str, parent: str = "body", **kw) -> ParagraphStyle:
        return ParagraphStyle(f"handout_{name}", parent=base[parent], **kw)

    return {
        "card": make("card", fontSize=12.5, leading=16.5, alignment=TA_CENTER),
        "card_title": make("card_title", fontName=bold, fontSize=13, leading=17, alignment=TA_CENTER,
                           spaceAfter=4),
        "slip": make("slip", fontSize=11.5, leading=23),  # room to write between the lines
        "role": make("role", fontSize=13, leading=18.5),
        "role_title": make("role_title", fontName=bold, fontSize=19, leading=24, spaceAfter=8,
                           textColor=st.color(st.ACCENT_DARK)),
        "tag": make("tag", "kicker", fontSize=7, leading=9, spaceAfter=6),
        "tag_center": make("tag_center", "kicker", fontSize=7, leading=9, spaceAfter=8,
                           alignment=TA_CENTER),
        "sign_title": make("sign_title", fontName=bold, fontSize=44, leading=52, alignment=TA_CENTER,
                           textColor=st.color(st.ACCENT_DARK), spaceAfter=18),
        "sign": make("sign", fontSize=24, leading=32, alignment=TA_CENTER),
        "poster_title": make("poster_title", fontName=bold, fontSize=34, leading=41, alignment=TA_CENTER,
                             textColor=st.color(st.ACCENT_DARK), spaceAfter=14),
        "poster_item": make("poster_item", fontSize=17, leading=24, leftIndent=44, spaceAfter=16,
                            bulletFontName=bold, bulletFontSize=24, bulletColor=st.color(st.ACCENT)),
        "poster_item_title": make("poster_item_title", fontName=bold, fontSize=19),
        "scale": make("scale", "cell_center", fontSize=11, leading=14),
    }


def _para(text: object, style: str, width: float | None = None) -> Flowable:
    """``text`` as typed, in one of the handouts' own styles; given the ``width`` it prints in,
    smaller if a word of it is wider (a paragraph would break inside the word)."""
    s = _styles()[style]
    widest = max((stringWidth(word, s.fontName, s.fontSize) for word in str(text).split()), default=0)
    if width is not None and widest > width:
        scale = (width - 1) / widest  # a point to spare: the line breaker measures run by run
        s = ParagraphStyle(f"{s.name}_fitted", parent=s, fontSize=s.fontSize * scale,
                           leading=s.leading * scale)
    return ui.paragraph(ui.text_markup(text), s)


def section_of(data: WorkshopData) -> Section:
    return ui.workshop_section(data, translate("Plans", "Handouts"),
                               translate("Plans", "To print before the workshop"))


def _per_text(need: HandoutNeed, people: int) -> str:
    """How the sets were counted, such as "1 per group, 3 groups"."""
    handout = need.handout
    copies = max(1, handout.copies)
    if handout.per == "participant":
        return translate("Plans", "{copies} per participant, {people} present").format(
            copies=copies, people=people)
    if handout.per == "group":
        groups = need.exercise.group_count(people)
        return translate("Plans", "{copies} per group, {groups}").format(copies=copies, groups=counted(
            groups, translate("Plans", "1 group"), Plans.tr("%n groups", None, groups)))
    return translate("Plans", "{copies} for the room").format(copies=copies)


def pieces(handout: Handout) -> list[HandoutItem]:
    """What one set of ``handout`` prints: its items, or for a sign without items its title."""
    if handout.items:
        return handout.items
    return [HandoutItem(title=handout.title)] if handout.kind == "sign" else []


def pages_of(handout: Handout, sets: int, exercise: Exercise | None = None, width: float = 0,
             height: float = 0) -> int:
    """The pages ``sets`` of ``handout`` take (a sheet that overflows its page takes more: the
    list counts one page a set, or half a page for a sheet measured to fit half a page with
    ``exercise``, ``width`` and ``height``); none for pieces to cut without items."""
    if handout.kind in GRIDS:
        columns, rows = GRIDS[handout.kind]
        return -(-len(handout.items) * sets // (columns * rows))
    if handout.kind == "sign":
        return len(pieces(handout)) * sets
    if handout.kind == "sheet" and exercise is not None:
        return -(-sets // sheets_per_page(handout, exercise, width, height))
    return sets


def contents_part(data: WorkshopData, needs: list[HandoutNeed], width: float, height: float,
                  people: int) -> list[Flowable]:
    """The first page: the workshop, then what to print, cut and bring."""
    ws = data.workshop
    story = ui.title_block(translate("Plans", "Handouts"), ws.title, ws.organisation, [
        (translate("Plans", "Date"), format_date(ws.date, ws.language)),
        (translate("Plans", "Participants present"), str(people)),
        (translate("Plans", "Facilitator"), ws.facilitator),
    ], width, [0.34, 0.33, 0.33])
    rows = [ui.header_cells([translate("Plans", "Exercise"), translate("Plans", "Handout"),
                             translate("Plans", "Sets"),
                             translate("Plans", "Pages")])]
    for need in needs:
        handout = need.handout
        what = ui.text_markup(handout.title, bold=True) + "<br/>" + ui.text_markup(
            translate("Model", HANDOUT_KINDS.get(handout.kind, handout.kind)), size=7.5, color=st.MUTED)
        cell: list[Flowable] = [ui.raw(what, "cell")]
        if handout.kind in GRIDS and handout.text.strip():
            cell += markdown(handout.text, "muted")
        rows.append([ui.para(need.exercise.title, "cell"), cell,
                     [ui.para(str(need.sets), "cell_bold"), ui.para(_per_text(need, people), "muted")],
                     ui.Plain(str(_pages(need, width, height)), "cell_right")])
    rows.append([[], ui.Plain(translate("Plans", "Total"), "cell_bold"), [],
                 ui.Plain(str(sum(_pages(need, width, height) for need in needs)), "cell_bold_right")])
    widths = [0.34 * width, 0.3 * width, 0.24 * width, 0.12 * width]
    story += [*ui.heading(translate("Plans", "What to print"), width=width),
              ui.table(rows, widths, [("LINEABOVE", (0, -1), (-1, -1), 0.8, st.color(st.ACCENT))],
                       header=True, zebra=True)]
    if any(need.handout.kind in GRIDS or _pages(need, width, height) < need.sets for need in needs):
        cut = translate("Plans", "Cards, slips, role cards and half-page sheets print with dashed lines to "
                                 "cut along.")
        story += [ui.spacer(8), ui.para(cut, "muted")]
    return story


def _piece(handout: Handout, item: HandoutItem, width: float, height: float) -> Flowable:
    """One card, slip or role card, shrunk to fit its place if it must."""
    center = handout.kind == "cards"
    title, text = {"cards": ("card_title", "card"), "roles": ("role_title", "role")}.get(
        handout.kind, ("role_title", "slip"))
    content: list[Flowable] = [_para(handout.title.upper(), "tag_center" if center else "tag")]
    if item.title.strip():
        content.append(_para(item.title, title, width - 2 * _PADDING))
    if item.text.strip():
        content.append(_para(item.text, text))
    return KeepInFrame(width - 2 * _PADDING, height - 2 * _PADDING, content, mode="shrink")


def grid_part(handout: Handout, sets: int, width: float, height: float) -> list[Flowable]:
    """Every item once per set, in a grid of pieces to cut (rows as tall as the page allows)."""
    columns, rows_per_page = GRIDS[handout.kind]
    cell_w, cell_h = width / columns, height / rows_per_page - 0.01
    items = [item for _ in range(sets) for item in handout.items]
    rows: list[list] = []
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE" if handout.kind == "cards" else "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                             ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                             ("TOPPADDING", (0, 0), (-1, -1), _PADDING),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), _PADDING)]
    for index, item in enumerate(items):
        row, column = divmod(index, columns)
        if column == 0:
            rows.append([""] * columns)
        rows[row][column] = _piece(handout, item, cell_w, cell_h)
        commands.append(("BOX", (column, row), (column, row), 0.6, st.color(st.MUTED), None, _CUT))
    if not rows:
        return []
    grid = ui.table(rows, [cell_w] * columns, commands, padding=_PADDING, row_heights=[cell_h] * len(rows))
    grid.splitInRow = 0  # a piece is never cut in two: its row goes on the next page whole
    return [grid]


def _intro(handout: Handout) -> list[Flowable]:
    return markdown(handout.text) if handout.text.strip() else []


def _one_page(content: list[Flowable], width: float, height: float, middle: bool = False) -> Flowable:
    """``content`` on one page: shrunk if it needs more, in the middle of the page if ``middle``."""
    if middle:
        total = sum(f.wrap(width, height)[1] + f.getSpaceAfter() for f in content)
        content = [ui.spacer(max(0.0, (height - total) / 2 - 20)), *content]
    return KeepInFrame(width, height - 24, content, mode="shrink")  # room for what ends the section


def sign_part(handout: Handout, sets: int, width: float, height: float) -> list[Flowable]:
    story: list[Flowable] = []
    for _ in range(sets):
        for item in pieces(handout):
            content: list[Flowable] = []
            if item.title.strip():
                content.append(_para(item.title, "sign_title", width))
            if item.text.strip():  # a sign of one line prints it as large as a title
                content.append(_para(item.text, "sign" if item.title.strip() else "sign_title", width))
            story += [*([PageBreak()] if story else []), _one_page(content, width, height, middle=True)]
    return story


def _rated(exercise: Exercise) -> bool:
    """Whether the exercise captures ratings (its sheets print the scale to circle)."""
    capture = exercise.capture
    return capture.type == "rating" and capture.scale_min < capture.scale_max


def _scale(exercise: Exercise, width: float) -> Flowable:
    """The exercise's rating scale, a box for each value, to circle one."""
    capture = exercise.capture
    values = list(range(capture.scale_min, capture.scale_max + 1))[:11]
    box = min(28.0, width / len(values))
    commands = [("BOX", (c, 0), (c, 0), 0.6, st.color(st.WRITE_LINE)) for c in range(len(values))]
    commands.append(("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
    table = ui.table([[_para(str(v), "scale") for v in values]], [box] * len(values), commands,
                     padding=2, row_heights=[box])
    table.hAlign = "RIGHT"
    return table


def _sheet(handout: Handout, exercise: Exercise, width: float, compact: bool = False) -> list[Flowable]:
    """One set of a sheet: its title, its text, then each item with lines to write on (or the
    rating scale to circle); ``compact``: one line to write on an item and closer rows, the form
    a half-page sheet takes."""
    rated = _rated(exercise)
    widths = [0.58 * width, 0.42 * width] if rated else [0.38 * width, 0.62 * width]
    page: list[Flowable] = [ui.line(handout.title, "title", width), *_intro(handout), ui.spacer(8)]
    rows = []
    for item in handout.items:
        left: list[Flowable] = []
        if item.title.strip():
            left.append(ui.para(item.title, "what"))
        if item.text.strip():
            left.append(ui.para(item.text, "cell" if item.title.strip() else "what"))
        right = _scale(exercise, widths[1] - 18) if rated else ui.raw(
            "<br/>".join([st.write_rule(widths[1] - 18)] * (1 if compact else 2)), "write")
        rows.append([left, right])
    if rows:
        page.append(ui.table(rows, widths, [("LINEBELOW", (0, 0), (-1, -1), 0.4, st.color(st.RULE)),
                                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
                             padding=7 if compact else 9))
    return page


def _half(height: float) -> float:
    """The height of one half-page sheet (room left for what ends the section)."""
    return (height - 24) / 2


def sheets_per_page(handout: Handout, exercise: Exercise, width: float, height: float) -> int:
    """2 when one set of the sheet, in its compact form, fits half a page (with room to cut
    between) and has no scale to circle, else 1."""
    if width <= 0 or height <= 0 or _rated(exercise):
        return 1
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in _sheet(handout, exercise, width, compact=True))
    return 2 if used <= _half(height) - 2 * _PADDING else 1


def _pages(need: HandoutNeed, width: float, height: float) -> int:
    return pages_of(need.handout, need.sets, need.exercise, width, height)


def sheet_part(handout: Handout, exercise: Exercise, sets: int, width: float,
               height: float = 0) -> list[Flowable]:
    """A page per set, or two sets to a page with a dashed line to cut along when one fits half
    a page (:func:`sheets_per_page`)."""
    story: list[Flowable] = []
    if sheets_per_page(handout, exercise, width, height) == 1:
        for _ in range(sets):
            story += [*([PageBreak()] if story else []), *_sheet(handout, exercise, width)]
        return story
    for first in range(0, sets, 2):
        halves = [[_sheet(handout, exercise, width, compact=True)] for _ in range(min(2, sets - first))]
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), _PADDING),
                    ("LINEBELOW", (0, 0), (0, 0), 0.6, st.color(st.MUTED), None, _CUT)]
        page = ui.table(halves, [width], commands if len(halves) == 2 else commands[:-1], padding=0,
                        row_heights=[_half(height)] * len(halves), split=False)
        story += [*([PageBreak()] if story else []), page]
    return story


def poster_part(handout: Handout, sets: int, width: float, height: float) -> list[Flowable]:
    story: list[Flowable] = []
    for _ in range(sets):
        page: list[Flowable] = [ui.spacer(20), _para(handout.title, "poster_title", width), *_intro(handout),
                                ui.spacer(14)]
        for number, item in enumerate(handout.items, start=1):
            # paragraphs, not a table: a poster shrunk to its page is laid out again, wider
            lines = [ui.text_markup(item.title, bold=True, size=_styles()["poster_item_title"].fontSize)
                     ] if item.title.strip() else []
            lines += [ui.text_markup(item.text)] if item.text.strip() else []
            page.append(ui.paragraph("<br/>".join(lines), _styles()["poster_item"], str(number)))
        story += [*([PageBreak()] if story else []), _one_page(page, width, height)]
    return story


def handout_part(data: WorkshopData, need: HandoutNeed, width: float, height: float,
                 people: int) -> list[Flowable]:
    """One handout: a section of its own, starting on a new page."""
    handout = need.handout
    footer = f"{need.exercise.title} \u00b7 " + translate("Plans", "sets: {sets} ({per})").format(
        sets=need.sets, per=_per_text(need, people))
    section = ui.workshop_section(data, handout.title, footer)
    if handout.kind in GRIDS:  # its text is for whoever cuts: on the list of the first page
        body = grid_part(handout, need.sets, width, height)
    elif handout.kind == "sign":
        body = sign_part(handout, need.sets, width, height)
    elif handout.kind == "sheet":
        body = sheet_part(handout, need.exercise, need.sets, width, height)
    else:
        body = poster_part(handout, need.sets, width, height)
    return [PageBreak(), StartSection(section), *body, EndSection()]


def story_of(data: WorkshopData, width: float, height: float) -> list[Flowable]:
    needs = [need for need in handouts_needed(data) if pages_of(need.handout, need.sets)]
    people = len(present(data.participants))
    story: list[Flowable] = [*contents_part(data, needs, width, height, people), EndSection()]
    for need in needs:
        story += handout_part(data, need, width, height, people)
    return story
