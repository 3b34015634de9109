"""Small building blocks (paragraphs, headings, tables) shared by the documents.

Every piece of user or pack text goes through :func:`para` or
:func:`text_markup`, which escape it; raw markup is only ever built here and
in the document modules from fixed strings.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Preformatted, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import NullActionFlowable
from reportlab.platypus.flowables import HRFlowable

from workshop_app.formats import format_date
from workshop_app.model.workshop import WorkshopData
from workshop_app.plans import styles as st
from workshop_app.plans.fonts import SANS, SANS_BOLD
from workshop_app.plans.page import Keep, Section
from workshop_app.plans.text import display_order, first_strong_rtl, has_rtl, markup, plain_lines

#: Points by which a width may differ from the last wrap's, or a height be short of what it
#: needed, and still count as the same room: a table gives a cell its column's width and its
#: row's height less the paddings, which floating point leaves a hair off (reportlab's frames
#: use the same allowance, ``rl_config._FUZZ``).
FIT_FUZZ = 1e-6


class WrapOnce:
    """Mixed into a flowable: a wrap at the width of its last wrap, with at least the height
    that wrap needed (both within :data:`FIT_FUZZ`), returns what that wrap returned (the
    flowable is still laid out for it: content that fits lays out the same whatever the room);
    anything else wraps anew, and a split forgets the last wrap. A table measures its cells and
    then draws them, and a KeepTogether measures its content before the frame does, each time
    at the same width."""

    ws_wrapped: tuple[float, tuple[float, float]] | None = None  # (width, size) of the last wrap

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        last = self.ws_wrapped
        if (last is not None and abs(last[0] - availWidth) <= FIT_FUZZ
                and last[1][1] <= availHeight + FIT_FUZZ):
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self.ws_wrapped = (availWidth, size)
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.ws_wrapped = None  # a split may lay the content out anew (or drop its layout)
        return super().split(availWidth, availHeight)


class Para(WrapOnce, Paragraph):
    """A Paragraph laid out once per width (see :class:`WrapOnce`)."""


class OnceTable(WrapOnce, Table):
    """A Table laid out once per width (see :class:`WrapOnce`)."""


class BidiPara(Para):
    """A paragraph with right-to-left text (see :mod:`workshop_app.plans.text`): reportlab
    breaks it into lines in reading order, and each line is drawn in the visual order the
    Unicode bidi algorithm gives it (splits and re-wraps keep working on the reading order).
    Each part between line breaks reads in the direction of its first letter (as the bidi
    algorithm reads paragraphs); when the first part reads from the right, left-aligned
    styles print the paragraph right aligned."""

    def __init__(self, text, style, bulletText=None, frags=None):  # noqa: N803 (reportlab's names)
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        first_part = itertools.takewhile(lambda frag: not getattr(frag, "lineBreak", False), self.frags)
        self.ws_rtl = bool(first_strong_rtl("".join(getattr(frag, "text", "") for frag in first_part)))
        if self.ws_rtl and self.style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{self.style.name}-rtl", parent=self.style, alignment=TA_RIGHT)

    def drawPara(self, debug=0):
        logical = self.blPara
        visual, part = [], []
        for i, line in enumerate(logical.lines):
            part.append(line)
            if i == len(logical.lines) - 1 or getattr(line, "lineBreak", False):
                rtl = first_strong_rtl(" ".join(self._text(each) for each in part))
                visual += [self._visual(each, self.ws_rtl if rtl is None else rtl) for each in part]
                part = []
        self.blPara = logical.clone(lines=visual)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical

    @staticmethod
    def _text(line) -> str:
        if isinstance(line, tuple):  # (extra space, words) of a paragraph in one style
            return " ".join(line[1])
        return "".join(getattr(frag, "text", "") for frag in line.words)  # styled fragments

    def _visual(self, line, rtl: bool):
        text = self._text(line)
        if not text.strip() or not (rtl or has_rtl(text)):
            return line  # reads from left to right as laid out
        order = display_order(text, rtl)
        if isinstance(line, tuple):
            return (line[0], "".join(ch for _, ch in order).split(" "), *line[2:])
        frags = line.words
        if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
            return line  # an image or anchor: drawn as reportlab laid it out
        owner = [i for i, frag in enumerate(frags) for _ in frag.text]
        words = [frags[i].clone(text="".join(ch for _, ch in group))
                 for i, group in itertools.groupby(order, key=lambda item: owner[item[0]])]
        return line.clone(words=words)


def paragraph(markup_text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph from markup built by this package in ``style`` (a :class:`BidiPara` when the
    markup has right-to-left letters). reportlab breaks lines at a narrow no-break space (French
    puts one before ? ! ;), so it prints as the no-break space reportlab keeps lines together at."""
    markup_text = markup_text.replace("\u202f", "\u00a0")
    kind = BidiPara if has_rtl(markup_text) else Para
    return kind(markup_text, style, bulletText=bullet)


def raw(markup_text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
    """A paragraph from markup built by this package (never from user text directly)."""
    return paragraph(markup_text, st.styles()[style], bullet)


class SharedCells(dict):
    """Table cells' paragraphs shared by the tables of one writing run that print the same
    markup in the same style: each is parsed once and, through :class:`WrapOnce`, broken into
    lines once per width. Only for cells (a table measures, draws and splits its cells; a
    split makes new paragraphs): reportlab marks what a frame places, so a flowable of the
    frame itself must not be laid out twice."""

    def raw(self, markup_text: str, style: str) -> Paragraph:
        """:func:`raw` of ``markup_text`` in ``style``, made once."""
        key = (markup_text, style)
        found = self.get(key)
        if found is None:
            found = self[key] = raw(markup_text, style)
        return found


def markup_lines(markups: list[str], style: str, width: float, cells: SharedCells,
                 space_before: float = 0) -> list[Flowable]:
    """Lines of markup built by this package, each a paragraph in ``style``, printed as the
    cells of a one-column table so that ``cells`` parses and lays out each distinct line once
    per run (the same line in every plan of a run costs one paragraph, not one per plan)."""
    if not markups:
        return []
    rows = [[cells.raw(text, style)] for text in markups]
    return [table(rows, [width], [("TOPPADDING", (0, 0), (-1, -1), space_before)], padding=0)]


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph that prints ``text`` exactly as typed."""
    return raw(markup(text), style)


def line(text: object, style: str, width: float, cells: SharedCells | None = None) -> Flowable:
    """``text`` as :func:`para` prints it in a frame ``width`` wide: when each of its lines is
    plain text that fits on one line (see :func:`plain_lines`, :func:`fits_plain`), a
    ``Preformatted`` of those lines (no markup to parse: quicker to lay out, and drawn where
    the paragraph's lines would be), else a paragraph (from ``cells`` if given: a cell's)."""
    lines = plain_lines(text)
    s = st.styles()[style]
    if lines and lines[0] and fits_plain(lines, s, width):
        return Preformatted("\n".join(lines), s)
    return para(text, style) if cells is None else cells.raw(markup(text), style)


def fits_plain(lines: tuple[str, ...], style, room: float) -> bool:
    """Whether every line prints on one line of ``room`` points in ``style``, as a paragraph
    would print it (single spaces between words, none at the ends)."""
    return all(text == " ".join(text.split())
               and stringWidth(text, style.fontName, style.fontSize) <= room for text in lines)


def text_markup(text: object, bold: bool = False, size: float | None = None,
                color: str | None = None) -> str:
    inner = markup(text)
    if bold:
        inner = f"<b>{inner}</b>"
    attrs = []
    if size:
        attrs.append(f'size="{size}"')
    if color:
        attrs.append(f'color="{color}"')
    return f"<font {' '.join(attrs)}>{inner}</font>" if attrs else inner


def field_row(fields: list[tuple[str, object]], widths: list[float], padding: float, *,
              row: int = 0, col: int = 0, style: str = "cell", lines: int = 1,
              top: float | None = None, cells: SharedCells | None = None) -> tuple[list, list]:
    """Labelled fields side by side as one table row: small grey labels over the values.

    ``fields`` are ``(label, value)`` in the columns from ``col`` (``widths`` theirs); a value
    is text (an empty one becomes ``lines`` lines to write on by hand) or a paragraph of
    ``style``. Returns the row's cells and the style commands of row ``row`` (``padding`` as
    in :func:`table`, ``top`` above the labels if not ``padding - 1``). The cells beside them
    must need no more room: ``[]`` for an empty one, not ``""`` (a string cell is a line high).

    Each cell holds the label, a gap and the value, printed where one paragraph
    "LABEL<br/>value" of ``style`` would put them; the label and a value that fits on its
    lines are ``Preformatted`` (see :func:`line`): quicker to lay out and draw.
    """
    s = st.styles()[style]
    label_style = "field_label_bold" if s.fontName == SANS_BOLD else "field_label"  # as in ``style``
    last = col + len(fields) - 1
    out: list = []
    commands: list[tuple] = [("TOPPADDING", (col, row), (last, row), padding - 1 if top is None else top)]
    for c, (label, value) in enumerate(fields, start=col):
        room = widths[c - col] - 2 * padding
        text = "" if value is None else value
        if isinstance(text, str) and not text.strip():
            rules = "\n".join(st.write_rule(widths[c - col] - 14) for _ in range(lines))
            shown: Flowable = Preformatted(rules, st.styles()["write"])
            above = s.leading - st.FIELD_LABEL_LEADING  # under a label line of the paragraph's leading
        else:
            shown = text if isinstance(text, Flowable) else line(text, style, room, cells)
            above = st.FIELD_LABEL_SIZE + s.leading - s.fontSize - st.FIELD_LABEL_LEADING
        below = padding + s.leading - st.FIELD_LABEL_LEADING - above
        out.append([line(label.upper(), label_style, room), Gap(1, above), shown])
        commands.append(("BOTTOMPADDING", (c, row), (c, row), below))
    return out, commands


def heading(text: str, space: float = 90, width: float | None = None) -> list[Flowable]:
    """A section heading with a rule, kept with what follows (and at least ``space`` points of
    room); given the frame's ``width``, a heading that fits on a line is a :func:`line`."""
    rule = Rule(width="100%", thickness=0.6, color=st.color(st.RULE), spaceBefore=0, spaceAfter=8)
    return [RoomBreak(space), para(text, "h2") if width is None else line(text, "h2", width), rule]


#: The most points of a table's start (its header and first rows) kept with what comes before it
#: (a taller first row splits); and the most room a :func:`with_start` asks for, less than any
#: paper's frame, so that a longer head flows on from where it is instead of breaking again.
FIRST_ROWS_ROOM = 90
MOST_ROOM = 400


def stack_height(flowables: list[Flowable], width: float) -> float:
    """The points ``flowables`` take one under another in a frame ``width`` wide, the spaces
    before and after each included (room breaks take none)."""
    return sum(f.wrap(width, 2 ** 31)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables if not isinstance(f, CondPageBreak))


def with_start(head: list[Flowable], rows: list[list], widths: list[float], width: float,
               commands: list[tuple] | None = None, **options) -> list[Flowable]:
    """``head`` (a heading, a set-up box...) and then the :func:`table` of ``rows``, kept with the
    table's start only (its first two rows, at most :data:`FIRST_ROWS_ROOM` points), not with the
    whole table: kept with all of it, a table a little too long for the rest of a page took its
    head to the next page and left this one half empty."""
    start = table(rows[:2], widths, **options).wrap(width, 2 ** 31)[1]
    return [*with_room(head, min(start, FIRST_ROWS_ROOM), width), table(rows, widths, commands, **options)]


def with_room(head: list[Flowable], then: float, width: float) -> list[Flowable]:
    """``head`` after a room break asking for its height and ``then`` points more (for the start
    of what follows), at most :data:`MOST_ROOM`; its own room breaks and keep-with-next marks go
    (reportlab would keep the last of it with the whole of what follows)."""
    shown = [f for f in head if not isinstance(f, CondPageBreak)]
    for flowable in shown:
        flowable.keepWithNext = 0
    return [RoomBreak(min(stack_height(shown, width) + then, MOST_ROOM)), *shown]


class Together(Flowable):
    """Flowables one under another that no page splits, in a frame or a table's cell (a cell
    splits between its flowables and ignores their keep-with-next): a lead-in line with the
    first item of the list it opens. Each is drawn as the frame would draw it."""

    def __init__(self, flowables: list[Flowable]):
        super().__init__()
        self.flowables = flowables

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.sizes = [f.wrap(availWidth, 2 ** 31) for f in self.flowables]
        gaps = sum(f.getSpaceAfter() + g.getSpaceBefore() for f, g in itertools.pairwise(self.flowables))
        self.width = max(w for w, _h in self.sizes)
        self.height = sum(h for _w, h in self.sizes) + gaps
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        """Inside the first flowable that does not fit, those before it whole (a list item or a
        lead-in longer than the room flows on, the lead-in never alone); else not at all, unless
        the whole is taller than a page (the canvas's ``ws_room``, as for :class:`Keep`): then
        before that flowable."""
        self.wrap(availWidth, availHeight)
        used = 0.0
        for k, (flowable, (_w, height)) in enumerate(zip(self.flowables, self.sizes, strict=True)):
            gap = self.flowables[k - 1].getSpaceAfter() + flowable.getSpaceBefore() if k else 0
            if used + gap + height > availHeight:
                break
            used += gap + height
        else:
            return []
        before, after = self.flowables[:k], self.flowables[k + 1:]
        parts = flowable.split(availWidth, availHeight - used - gap) if availHeight > used + gap else []
        if len(parts) > 1:
            return [together([*before, parts[0]]), together([*parts[1:], *after])]
        room = getattr(getattr(self, "canv", None), "ws_room", None)
        if before and room is not None and self.height > room:
            return [together(before), together(self.flowables[k:])]
        return []

    def getSpaceBefore(self):  # noqa: N802 (reportlab's names)
        return self.flowables[0].getSpaceBefore()

    def getSpaceAfter(self):  # noqa: N802 (reportlab's names)
        return self.flowables[-1].getSpaceAfter()

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names)
        top = y + self.height
        for i, (flowable, (width, height)) in enumerate(zip(self.flowables, self.sizes, strict=True)):
            if i:
                top -= self.flowables[i - 1].getSpaceAfter() + flowable.getSpaceBefore()
            flowable.drawOn(canvas, x, top - height, _sW + self.width - width)
            top -= height


def together(flowables: list[Flowable]) -> Flowable:
    """One flowable: the one given, or :class:`Together` of several."""
    return flowables[0] if len(flowables) == 1 else Together(flowables)


class FirstFit(Flowable):
    """The first of ``choices`` that fits in the room left on the page, each a list of flowables
    printed together (never split); when none does, ``otherwise``: flowables that go on in the
    flow as usual (to the next page, or split where they may). Measured with no limit (inside a
    block kept together), the first choice prints. Each is made when first needed (a
    paragraph made is laid out)."""

    def __init__(self, choices: list[Callable[[], list[Flowable]]], otherwise: Callable[[], list[Flowable]]):
        super().__init__()
        self.makers = choices
        self.made: list[Flowable] = []
        self.otherwise = otherwise
        self.chosen = self._choice(0)

    def _choice(self, k: int) -> Flowable:
        while len(self.made) <= k:
            self.made.append(together(self.makers[len(self.made)]()))
        return self.made[k]

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        for k in range(len(self.makers)):
            size = self._choice(k).wrap(availWidth, availHeight)
            if size[1] <= availHeight + FIT_FUZZ:
                self.chosen = self._choice(k)
                return size
        self.chosen = self._choice(0)
        return self.chosen.wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return [NullActionFlowable(), *self.otherwise()]  # back into the flow

    def getSpaceBefore(self):  # noqa: N802 (reportlab's names)
        return self._choice(0).getSpaceBefore()

    def getSpaceAfter(self):  # noqa: N802 (reportlab's names)
        return self.chosen.getSpaceAfter()

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names)
        self.chosen.drawOn(canvas, x, y, _sW)


def _announces(flowable: Flowable) -> bool:
    """Whether a paragraph ends with a colon (its markup aside): what it announces comes next."""
    text = getattr(flowable, "text", None)
    return isinstance(text, str) and re.sub(r"<[^>]*>", "", text).rstrip().endswith(":")


def kept_lead_ins(flowables: list[Flowable]) -> list[Flowable]:
    """``flowables`` with each one marked keep-with-next (a label) and each line that opens a list
    (a paragraph before a list's first item: "**Common pitfalls.**") or ends with a colon (what it
    announces follows: "say your sentence:") made :class:`Together` with the one after it, so that
    neither ends a page alone, in a table's cell too."""
    out: list[Flowable] = []
    group: list[Flowable] = []
    for i, flowable in enumerate(flowables):
        after = flowables[i + 1] if i + 1 < len(flowables) else None
        group.append(flowable)
        opens_list = (after is not None and bool(getattr(after, "bulletText", None))
                      and not getattr(flowable, "bulletText", None))
        if after is not None and (flowable.getKeepWithNext() or opens_list or _announces(flowable)):
            continue
        out.append(together(group))
        group = []
    return out


class Rule(HRFlowable):
    """The rule under a heading: kept with what follows."""

    keepWithNext = 1


class Gap(Spacer):
    """Vertical space that writes nothing to the page (reportlab's Spacer writes an empty,
    translated graphics state)."""

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names)
        pass


class RoomBreak(CondPageBreak):
    """CondPageBreak that writes nothing to the page when it stays (see :class:`Gap`)."""

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names)
        pass


def spacer(height: float) -> Spacer:
    return Gap(1, height)


def bullets(texts: list[str], style: str = "bullet") -> list[Paragraph]:
    return [raw(markup(t), style, "\u2022") for t in texts]


def _look(header: bool, zebra: bool) -> list[tuple]:
    """Style commands for a tinted header row (underlined in the accent colour) and light row rules."""
    commands: list[tuple] = []
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), st.color(st.TINT)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.color(st.ACCENT)),
        ]
    if zebra:
        commands.append(("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.4, st.color(st.RULE)))
    return commands


@dataclass(frozen=True)
class Plain:
    """A table cell of text in a paragraph style that :func:`table` prints as a plain string
    cell when each of its lines fits on one line in the main font (quicker to lay out and draw
    than a paragraph, and the same on paper; see :func:`plain_lines`), and as a paragraph
    otherwise."""

    text: object
    style: str = "cell"


def _plain_cells(rows: list[list], widths: list[float], padding: float,
                 cells: SharedCells | None) -> tuple[list[list], list[tuple]]:
    """``rows`` with their :class:`Plain` cells resolved, and the style commands of the string
    cells (one set for each run of neighbours in a row with the same style)."""
    runs: list[list] = []  # [row, first column, last column, style]
    out = []
    for r, row in enumerate(rows):
        row_cells = list(row)
        for c, value in enumerate(row_cells):
            if not isinstance(value, Plain):
                continue
            lines = plain_lines(value.text)
            style = st.styles()[value.style]
            room = widths[c] - 2 * padding
            if lines is None or any(stringWidth(line, style.fontName, style.fontSize) > room
                                    for line in lines):
                row_cells[c] = (para(value.text, value.style) if cells is None
                                else cells.raw(markup(value.text), value.style))
                continue
            row_cells[c] = "\n".join(lines)
            if runs and runs[-1][0] == r and runs[-1][2] == c - 1 and runs[-1][3] == value.style:
                runs[-1][2] = c
            else:
                runs.append([r, c, c, value.style])
        out.append(row_cells)
    commands = [cmd for r, first, last, style in runs for cmd in plain_cells(style, (first, r), (last, r))]
    return out, commands


#: Cells longer than this are running text (a column wide enough for sentences): not measured.
_SHORT_CELL = 40
_TAG = re.compile(r"<[^>]*>")


def _short_words_width(cell: object) -> float:
    """The width of the longest word of a short cell (a heading, a status) that does not
    hyphenate (fewer than ``st.LONG_WORD`` letters): the least its column may be."""
    if isinstance(cell, Plain):
        text, style = str(cell.text or ""), st.styles()[cell.style]
    elif isinstance(cell, Paragraph):
        text, style = html.unescape(_TAG.sub("", cell.text)), cell.style
    else:
        return 0.0
    if len(text) > _SHORT_CELL:
        return 0.0
    return max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()
                if len(word) < st.LONG_WORD), default=0.0)


def _room_for_short_words(rows: list[list], widths: list[float], padding: float) -> list[float]:
    """``widths``, with each column at least as wide as its cells' longest short word (German
    "Rückmeldung", "Verworfen" are not cut in two), the room taken from the columns that have
    more than their own words need (the widest first). Unchanged when nothing is too narrow."""
    need = [0.0] * len(widths)
    for row in rows:
        for c, cell in enumerate(row[:len(widths)]):
            need[c] = max(need[c], _short_words_width(cell) + 2 * padding + 0.5)
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    if short <= 0:
        return widths
    spare = {c: w - n for c, (n, w) in enumerate(zip(need, widths, strict=True)) if w > n}
    if sum(spare.values()) < short:
        return widths
    out = [max(n, w) for n, w in zip(need, widths, strict=True)]
    for c in sorted(spare, key=spare.get, reverse=True):
        given = min(spare[c], short)
        out[c] -= given
        short -= given
        if short <= 0:
            break
    return out


def table(rows: list[list], widths: list[float], commands: list[tuple] | None = None, *,
          header: bool = False, zebra: bool = False, padding: float = 5,
          row_heights: list[float | None] | None = None, cells: SharedCells | None = None,
          split: bool = True) -> Table:
    """A table that splits between and inside rows, so long cells never break the layout
    (unless ``split`` is false: a small table then moves to the next page whole, as in a
    :class:`Keep`, without being measured twice).

    Cells hold flowables, lists of flowables, :class:`Plain` text or nothing ("").
    :class:`Plain` text that needs a paragraph takes it from ``cells`` if given.
    """
    base = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # for empty cells: never the unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        *_look(header, zebra),
    ]
    widths = _room_for_short_words(rows, widths, padding)
    rows, plain = _plain_cells(rows, widths, padding, cells)
    return OnceTable(rows, colWidths=widths, rowHeights=row_heights, repeatRows=1 if header else 0,
                     splitByRow=int(split), splitInRow=int(split),
                     style=TableStyle(base + list(commands or []) + plain), hAlign="LEFT")


_ALIGN = ("LEFT", "CENTER", "RIGHT")  # reportlab's TA_LEFT, TA_CENTER, TA_RIGHT


def plain_cells(style: str, first: tuple[int, int], last: tuple[int, int]) -> list[tuple]:
    """Style commands that print the string cells ``first`` to ``last`` of a table like
    paragraphs of ``style`` (font, size, colour, line height, alignment).

    A string cell costs a fraction of a paragraph to lay out and draw, but it is never
    wrapped, escaped or given the fallback font: use it for numbers only.
    """
    s = st.styles()[style]
    return [("FONTNAME", first, last, s.fontName), ("FONTSIZE", first, last, s.fontSize),
            ("LEADING", first, last, s.leading), ("TEXTCOLOR", first, last, s.textColor),
            ("ALIGN", first, last, _ALIGN[s.alignment])]


def header_cells(labels: list[str], style: str = "cell_bold") -> list[Plain]:
    return [Plain(label, style) for label in labels]


def meta_table(items: list[tuple[str, object]], width: float, shares: list[float],
               cells: SharedCells | None = None) -> Table:
    """Labelled facts (workshop, date, place...) in a tinted table of ``len(shares)`` columns,
    filled row by row; ``shares`` are the columns' parts of the width."""
    cols = [share * width for share in shares]
    items = [(label, value or "\u2013") for label, value in items]
    rows: list[list] = []
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, -1), st.color(st.TINT)),
        ("LINEAFTER", (0, 0), (-2, -1), 0.8, st.color("#ffffff")),
    ]
    for i in range(0, len(items), len(cols)):
        fields = items[i:i + len(cols)]
        if rows:
            commands.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, st.color("#ffffff")))
        cells_of, more = field_row(fields, cols[:len(fields)], 7, row=len(rows), cells=cells)
        rows.append([*cells_of, *[[]] * (len(cols) - len(fields))])
        commands += more
    return table(rows, cols, commands, padding=7, cells=cells)


def title_block(kicker: str, title: str, subtitle: str, items: list[tuple[str, object]], width: float,
                shares: list[float], cells: SharedCells | None = None) -> list[Flowable]:
    story: list[Flowable] = [line(kicker.upper(), "kicker", width), line(title, "title", width)]
    if subtitle.strip():
        story.append(line(subtitle, "subtitle", width))
    story += [spacer(10), meta_table(items, width, shares, cells)]
    return story


def workshop_section(data: WorkshopData, kind: str, footer: str) -> Section:
    """Header: the workshop's title and date on the left, ``kind`` on the right; ``footer`` bottom left."""
    ws = data.workshop
    left = " \u00b7 ".join(p for p in (ws.title, format_date(ws.date, ws.language, weekday=False)) if p)
    return Section(left, kind, footer)


def glue(story: list[Flowable]) -> list[Flowable]:
    """Move headings marked keep-with-next into a KeepTogether that follows them.

    reportlab's keepWithNext never joins a KeepTogether, so without this a
    heading can end a page while its block starts the next one.
    """
    out: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Keep) and pending:
            out.append(Keep([*pending, *flowable.flowables]))
            pending = []
        elif flowable.getKeepWithNext() and not isinstance(flowable, Keep):
            pending.append(flowable)
        else:
            out += [*pending, flowable]
            pending = []
    return out + pending
