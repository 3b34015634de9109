"""Result charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Used in the console next to the capture and, larger, on the projector. Each
chart also describes itself in words (``summary()``, its accessible
description) for screen readers and tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.formats import mean_text
from workshop_app.gui.plain import plain_tooltip
from workshop_app.i18n import in_own_language, translate
from workshop_app.model.results import RatingSummary
from workshop_app.services.capture import ResultBar


@dataclass
class ChartColors:
    text: QColor
    muted: QColor
    bar: QColor
    accent: QColor
    on_bar: QColor  # text drawn on a bar or dot

    @classmethod
    def from_widget(cls, widget: QWidget) -> ChartColors:
        pal = widget.palette()
        return cls(pal.windowText().color(), pal.placeholderText().color(),
                   pal.highlight().color(), QColor("#d9822b"), pal.highlightedText().color())


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.colors: ChartColors | None = None
        self.point_size = 0.0  # 0: the widget's font
        self.language = "en"  #: the workshop's: how the chart's numbers print
        #: The language of the chart's words: the room's on the projector, None (the interface's)
        #: on the facilitator's console.
        self.words_language: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_style(self, colors: ChartColors | None, pixel_size: int = 0) -> None:
        self.colors = colors
        if pixel_size:
            font = QFont(self.font())
            font.setPixelSize(pixel_size)
            self.setFont(font)
        self.update()

    def _colors(self) -> ChartColors:
        return self.colors or ChartColors.from_widget(self)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 80)

    def _describe(self, text: str) -> None:
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text))


class VoteBars(_Chart):
    """Options ranked by dots: a label, a bar as long as the count, the count."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[ResultBar] = []
        self.setAccessibleName(translate("RunCharts", "Vote results"))

    def set_bars(self, bars: list[ResultBar] | tuple[ResultBar, ...]) -> None:
        self.bars = list(bars)
        self._describe(self.summary())
        self.update()

    @in_own_language
    def summary(self) -> str:
        return "\n".join(translate("RunCharts", "{label}: {n}")
                         .format(label=b.label, n=b.value) for b in self.bars)

    @in_own_language
    def paintEvent(self, event: QPaintEvent) -> None:
        colors = self._colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        if not self.bars:
            painter.setPen(colors.muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("RunCharts", "No options yet"))
            return
        row_h = fm.height() * 1.7
        shown = len(self.bars) - self.more_count()
        top = max((b.value for b in self.bars), default=0) or 1
        label_w = min(self.width() * 0.45, max(fm.horizontalAdvance(b.label) for b in self.bars) + 12)
        count_w = fm.horizontalAdvance("999") + 12
        bar_space = max(10.0, self.width() - label_w - count_w)
        for i, bar in enumerate(self.bars[:shown]):
            y = i * row_h
            painter.setPen(colors.text)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 12)
            painter.drawText(QRectF(0, y, label_w - 12, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            width = bar_space * bar.value / top
            painter.fillRect(QRectF(label_w, y + row_h * 0.18, width, row_h * 0.64),
                             colors.accent if i == 0 and bar.value else colors.bar)
            painter.drawText(QRectF(label_w + width + 6, y, count_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(bar.value))
        if shown < len(self.bars):  # never dropped silently
            painter.setPen(colors.muted)
            painter.drawText(QRectF(label_w, shown * row_h, bar_space, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             translate("RunCharts", "+{n} more").format(
                                 n=len(self.bars) - shown))

    def more_count(self) -> int:
        """How many options have no room (the last row says "+N more")."""
        rows = max(1, int(self.height() // (QFontMetricsF(self.font()).height() * 1.7)))
        return 0 if len(self.bars) <= rows else len(self.bars) - (rows - 1)


class RatingSpread(_Chart):
    """One row per criterion: a circle per scale value sized by how many chose it, and the mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.spreads: list[RatingSummary] = []
        self.scale_min, self.scale_max = 1, 5
        self.setAccessibleName(translate("RunCharts", "Rating spread"))

    def set_spreads(self, spreads, scale_min: int, scale_max: int, language: str = "en") -> None:
        self.spreads = list(spreads)
        self.scale_min, self.scale_max = scale_min, scale_max
        self.language = language
        self._describe(self.summary())
        self.update()

    @in_own_language
    def summary(self) -> str:
        lines = []
        for s in self.spreads:
            counts = ", ".join(f"{self.scale_min + i}: {n}" for i, n in enumerate(s.counts))
            lines.append(translate("RunCharts", "{criterion}: mean {mean} ({counts})")
                         .format(criterion=s.criterion, mean=mean_text(s.mean, self.language), counts=counts))
        return "\n".join(lines)

    @in_own_language
    def paintEvent(self, event: QPaintEvent) -> None:
        colors = self._colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        if not self.spreads:
            return
        values = self.scale_max - self.scale_min + 1
        rows = len(self.spreads) + 1
        row_h = min(self.height() / rows, fm.height() * 2.6)
        label_w = min(self.width() * 0.38, max(fm.horizontalAdvance(s.criterion) for s in self.spreads) + 16)
        mean_w = fm.horizontalAdvance(mean_text(10.0, self.language)) + 16
        col_w = max(8.0, (self.width() - label_w - mean_w) / values)
        most = max((max(s.counts) for s in self.spreads if s.counts), default=0) or 1
        painter.setPen(colors.muted)
        for v in range(values):  # the scale along the top
            painter.drawText(QRectF(label_w + v * col_w, 0, col_w, row_h), Qt.AlignmentFlag.AlignCenter,
                             str(self.scale_min + v))
        painter.drawText(QRectF(label_w + values * col_w, 0, mean_w, row_h), Qt.AlignmentFlag.AlignCenter,
                         "Ø")
        radius_max = min(col_w, row_h) * 0.45
        for r, spread in enumerate(self.spreads, 1):
            y = r * row_h
            painter.setPen(colors.text)
            label = fm.elidedText(spread.criterion, Qt.TextElideMode.ElideRight, label_w - 16)
            painter.drawText(QRectF(0, y, label_w - 16, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            painter.setPen(QPen(colors.muted, 1))
            mid = int(y + row_h / 2)
            painter.drawLine(int(label_w), mid, int(label_w + values * col_w), mid)
            for v, count in enumerate(spread.counts):
                if not count:
                    continue
                cx, cy = label_w + (v + 0.5) * col_w, y + row_h / 2
                radius = max(radius_max * 0.3, radius_max * math.sqrt(count / most))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colors.bar)
                painter.drawEllipse(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius))
                painter.setPen(colors.on_bar)
                painter.drawText(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius),
                                 Qt.AlignmentFlag.AlignCenter, str(count))
            if spread.mean is not None:
                mx = label_w + (spread.mean - self.scale_min + 0.5) * col_w
                painter.setPen(QPen(colors.accent, max(2.0, fm.height() / 8)))
                painter.drawLine(int(mx), int(y + row_h * 0.1), int(mx), int(y + row_h * 0.9))
                painter.setPen(colors.text)
                painter.drawText(QRectF(label_w + values * col_w, y, mean_w, row_h),
                                 Qt.AlignmentFlag.AlignCenter, mean_text(spread.mean, self.language))
