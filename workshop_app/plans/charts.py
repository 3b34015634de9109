"""Charts for the facilitator report (reportlab.graphics drawings).

Labels are drawn run by run with :func:`workshop_app.plans.text.fitted_runs`,
so card text in any script gets the right font. A long option or criterion
wraps onto up to :data:`LABEL_LINES` lines (its row grows to hold them); only
a text longer than that is shortened with an ellipsis.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String

from workshop_app.formats import mean_text
from workshop_app.i18n import translate
from workshop_app.model.results import RatingSummary
from workshop_app.plans import styles as st
from workshop_app.plans.fonts import SANS, SANS_BOLD
from workshop_app.plans.text import fitted_runs, wrapped_lines

ROW = 18
LABEL_SIZE = 8
LABEL_LEADING = LABEL_SIZE * 1.2
#: The most lines a bar's label wraps onto (a 120-character option takes three or four).
LABEL_LINES = 5


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS  # instead of Helvetica, which would not be embedded
    return drawing


def label(text: str, x: float, y: float, size: float = LABEL_SIZE, max_width: float | None = None,
          anchor: str = "start", color: str = st.INK, bold: bool = False) -> Group:
    """One line of any text at (x, y); ``anchor`` is start, middle or end."""
    measured, width = fitted_runs(text, size, bold, max_width)
    pos = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    group = Group()
    for font, segment, seg_width in measured:
        group.add(String(pos, y, segment, fontName=font, fontSize=size, fillColor=st.color(color)))
        pos += seg_width
    return group


def _wrapped(texts: list[str], max_width: float) -> list[list[str]]:
    return [wrapped_lines(text, LABEL_SIZE, max_width, LABEL_LINES) for text in texts]


def _row_height(lines: list[list[str]], least: float) -> float:
    """The height of every row: ``least``, or more when a label needs several lines."""
    most = max((len(label_lines) for label_lines in lines), default=1)
    return max(least, most * LABEL_LEADING + 6)


def wrapped_label(lines: list[str], x: float, y_middle: float, max_width: float) -> Group:
    """Lines of a label, right-aligned at ``x`` and centred vertically on ``y_middle``."""
    group = Group()
    top = y_middle + (len(lines) - 1) * LABEL_LEADING / 2 - LABEL_SIZE * 0.35
    for i, line in enumerate(lines):
        group.add(label(line, x, top - i * LABEL_LEADING, max_width=max_width, anchor="end"))
    return group


def _nice_step(top: float, ticks: int = 5) -> float:
    raw = max(top, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return max(1, factor * magnitude)
    return max(1, 10 * magnitude)


def vote_chart(totals: list[tuple[int, str, int]], width: float) -> Drawing:
    """Horizontal bars of dot totals from ``(rank, option text, dots)``, highest first."""
    label_width = width * 0.38
    lines = _wrapped([f"{rank}. {text}" for rank, text, _ in totals], label_width)
    row = _row_height(lines, ROW)
    height = row * len(totals) + 26
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 8, 18
    chart.width, chart.height = width - label_width - 30, row * len(totals)
    chart.data = [[value for _, _, value in totals]]
    chart.bars[0].fillColor = st.color(st.ACCENT)
    chart.bars[0].strokeColor = None
    chart.barWidth, chart.groupSpacing = 10, row - 10  # bars 10 pt thick in rows of any height
    chart.categoryAxis.categoryNames = [""] * len(totals)
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.strokeColor = st.color(st.RULE)
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.labels.fontName = SANS
    top = max((value for _, _, value in totals), default=1)
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * math.ceil(top / step)
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = st.color(st.MUTED)
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = st.color(st.RULE)
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = st.color("#e3e9ed")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS_BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = st.color(st.INK)
    drawing.add(chart)
    for i, label_lines in enumerate(lines):
        y = chart.y + chart.height - (i + 0.5) * row
        drawing.add(wrapped_label(label_lines, label_width, y, label_width))
    return drawing


def rating_chart(spreads: list[RatingSummary], low: int, high: int, width: float,
                 language: str = "en") -> Drawing:
    """Per criterion: the range of ratings as a band, the mean as a dot, on the rating scale.

    The summaries hold only ratings inside the scale (model.results), so the drawing stays on
    it; a criterion nobody rated gets its line without band or dot, and a wide scale gets at
    most about ten tick marks. The means print in ``language``'s form.
    """
    if high <= low:
        high = low + 1
    label_width = width * 0.32
    left, right = label_width + 12, width - 36
    lines = _wrapped([spread.criterion for spread in spreads], label_width)
    row = _row_height(lines, ROW * 1.4)
    height = row * len(spreads) + 32
    drawing = _drawing(width, height)

    def x_of(value: float) -> float:
        return left + (value - low) / (high - low) * (right - left)

    base = 24
    step = int(_nice_step(high - low, ticks=10))
    for tick in range(-(-low // step) * step, high + 1, step):  # the multiples of step on the scale
        x = x_of(tick)
        drawing.add(Line(x, base, x, height - 2, strokeColor=st.color("#e3e9ed"), strokeWidth=0.5))
        drawing.add(label(str(tick), x, base - 10, size=7, anchor="middle", color=st.MUTED))
    for i, spread in enumerate(spreads):
        y = height - 4 - (i + 0.5) * row
        drawing.add(wrapped_label(lines[i], label_width, y, label_width))
        drawing.add(Line(x_of(low), y, x_of(high), y, strokeColor=st.color(st.RULE), strokeWidth=0.8))
        if spread.mean is None or spread.lowest is None or spread.highest is None:
            continue
        lo, hi = spread.lowest, spread.highest
        drawing.add(Rect(x_of(lo) - 2, y - 4, x_of(hi) - x_of(lo) + 4, 8, rx=4, ry=4,
                         fillColor=st.color("#bcd9dc"), strokeColor=None))
        drawing.add(Circle(x_of(spread.mean), y, 4.2, fillColor=st.color(st.ACCENT),
                           strokeColor=st.color("#ffffff"), strokeWidth=1))
        drawing.add(label(mean_text(spread.mean, language), right + 8, y - 3, size=7.5, bold=True))
    drawing.add(label(translate("Plans", "band: lowest to highest rating \u00b7 dot: mean"), left, 0,
                      size=6.5, color=st.MUTED))
    return drawing


def status_chart(rows: list[tuple[str, list[tuple[str, str, int]]]], width: float) -> Drawing:
    """One bar per check-in (``label``, then ``(status, its label, commitments)`` in order), each
    cut into the statuses' shares of that check-in's commitments, the counts printed inside
    where they fit; a legend under the bars names every status shown."""
    label_width = width * 0.26
    left, right = label_width + 8, width - 4
    lines = _wrapped([text for text, _ in rows], label_width)
    row = _row_height(lines, ROW * 1.3)
    legend = 22
    height = row * len(rows) + legend
    drawing = _drawing(width, height)
    shown: dict[str, str] = {}
    for i, (_, parts) in enumerate(rows):
        y = height - (i + 0.5) * row
        drawing.add(wrapped_label(lines[i], label_width, y, label_width))
        total = sum(n for _, _, n in parts)
        x = left
        for status, name, n in parts:
            if not n:
                continue
            shown[status] = name
            w = (right - left) * n / total
            drawing.add(Rect(x, y - 6, w, 12, fillColor=st.color(st.STATUS_COLORS.get(status, "#ffffff")),
                             strokeColor=st.color("#ffffff"), strokeWidth=0.8))
            if w >= 14:
                drawing.add(label(str(n), x + w / 2, y - 3, size=7.5, anchor="middle", bold=True))
            x += w
    x = left
    for status, name in ((s, shown[s]) for s in st.STATUS_COLORS if s in shown):
        drawing.add(Rect(x, 4, 8, 8, fillColor=st.color(st.STATUS_COLORS[status]), strokeColor=None))
        text = label(name, x + 11, 5, size=7.5, color=st.MUTED)
        drawing.add(text)
        x += 11 + fitted_runs(name, 7.5, False, None)[1] + 14
    return drawing
