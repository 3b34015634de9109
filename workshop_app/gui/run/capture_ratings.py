"""Rating: each participant rates the exercise's criteria; the room's spread as a chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from workshop_app.errors import UserError
from workshop_app.gui.models.capture_ratings import RatingTableModel
from workshop_app.gui.run import commands
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.gui.run.capture_tables import NumberTable
from workshop_app.gui.run.charts import RatingSpread
from workshop_app.model.results import rating_scale, rating_summaries
from workshop_app.services import capture


class RatingsCapture(CaptureWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(env, parent)
        self.model = RatingTableModel(self)
        self.model.on_set = self.set_rating
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.table = NumberTable(self.tr("Ratings by criterion and participant"))
        self.table.setObjectName("ratingTable")
        self.table.setModel(self.model)
        clear = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(lambda: self.model.setData(self.table.currentIndex(), None))
        self.chart = RatingSpread()
        self.chart.setObjectName("ratingChart")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([260, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)

    def _scale(self) -> tuple[list[str], int, int]:
        cap = self.exercise.capture if self.exercise else None
        if cap is None:
            return [], 1, 5
        return list(cap.criteria), *rating_scale(cap)

    def reload(self) -> None:
        criteria, low, high = self._scale()
        self.hint.setText(self.tr("Type each person's rating from {low} to {high}; Tab or Enter moves "
                                  "on, Delete clears.").format(low=low, high=high) if criteria else
                          self.tr("This exercise names no criteria to rate."))
        ratings = self._ratings()
        people = capture.grid_people(self.env.participants, (r.participant_id for r in ratings))
        self.model.set_data(criteria, people, ratings, low, high, self.language())
        self.table.fit_columns()
        self._show_chart()

    def _ratings(self):
        if self.item is None or self.env.workshop_id is None:
            return []
        return self.store.list_ratings(self.wid, self.item.id)

    def _show_chart(self) -> None:
        criteria, low, high = self._scale()
        self.chart.set_spreads(rating_summaries(self.model.ratings, criteria, (low, high)), low, high,
                               self.model.language)

    def refresh_ratings(self) -> None:
        self.model.refresh(self._ratings())
        self._show_chart()

    def set_rating(self, participant_id: int, criterion: str, value: int | None) -> bool:
        _criteria, low, high = self._scale()
        if value is not None:
            try:
                capture.check_rating(value, low, high)
            except UserError as exc:
                self.hint.setText(str(exc))
                return False
        return self.env.push(commands.SetRating(self.env, self.item.id, participant_id, criterion, value,
                                                self.refresh_ratings))
