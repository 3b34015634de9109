"""An exercise as the facilitator and the room will see it.

Left: the facilitator's view of the whole exercise (the same Markdown the
Library and the console's notes show, facilitator notes included). Right: the
run console's own projector widget (``gui/run/projector.py``) fed with the
chosen step, so the preview is what the room will see, at 16:9. The
projector gets only a ProjectorState: notes cannot leak into it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.exercise_text import exercise_markdown
from workshop_app.gui.run.projector import ProjectorWindow
from workshop_app.gui.safe_document import PackPictures, safe_view, set_markdown, set_pictures
from workshop_app.model import Exercise
from workshop_app.services.run_session import ProjectorState
from workshop_app.services.run_timer import format_countdown

RATIO = 16 / 9


class AspectBox(QWidget):
    """Holds one widget at a fixed width:height ratio, centred."""

    def __init__(self, child: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        child.show()
        self.setMinimumSize(320, 180)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        if width > height * RATIO:
            width = int(height * RATIO)
        else:
            height = int(width / RATIO)
        self.child.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)


def projector_state(pack_title: str, ex: Exercise, step_index: int, language: str = "en") -> ProjectorState:
    """What the projector shows during one step of the exercise (before its timer starts), its
    own words in the pack's ``language`` (as a workshop in that language would show them)."""
    if not ex.steps:
        return ProjectorState(workshop_title=pack_title, item_title=ex.title, language=language)
    step = ex.steps[max(0, min(step_index, len(ex.steps) - 1))]
    return ProjectorState(workshop_title=pack_title, item_title=ex.title, step_title=step.title,
                          step_number=ex.steps.index(step) + 1, step_count=len(ex.steps),
                          prompt=step.prompt, countdown=format_countdown(60 * max(0, step.minutes)),
                          language=language)


class ExercisePreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.exercise: Exercise | None = None
        self.pack_title = ""
        self.language = "en"  #: the pack's
        self.facilitator = safe_view(QTextBrowser())
        self.facilitator.setOpenLinks(False)
        self.facilitator.setAccessibleName(self.tr("Facilitator view preview"))
        self.projector = ProjectorWindow()
        self.projector.setWindowFlags(Qt.WindowType.Widget)
        self.projector.setAccessibleName(self.tr("Projector preview"))
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Step shown on the projector"))
        step_label = QLabel(self.tr("Projector shows s&tep:"))
        step_label.setBuddy(self.step)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._heading(self.tr("Facilitator console: the whole card, notes included")))
        left_layout.addWidget(self.facilitator, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self._heading(self.tr("Projector: what the room sees")), 1)
        row.addWidget(step_label)
        row.addWidget(self.step)
        right_layout.addLayout(row)
        self.frame = AspectBox(self.projector)
        self.frame.setObjectName("projectorFrame")
        self.frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.frame.setStyleSheet("#projectorFrame { background: #3b3f45; }")
        right_layout.addWidget(self.frame, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.step.currentIndexChanged.connect(self._show_step)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600;")
        return label

    def show_exercise(self, pack_title: str, ex: Exercise | None,
                      assets: dict[str, bytes] | None = None, language: str = "en") -> None:
        """Show ``ex``; its pictures come from ``assets`` (the pack's archive members), never from
        disk; the projector's own words in the pack's ``language``."""
        self.exercise, self.pack_title, self.language = ex, pack_title, language
        if ex is None:
            return
        pictures = PackPictures(assets or {})
        set_pictures(self.facilitator, pictures)
        set_pictures(self.projector.prompt, pictures)
        set_markdown(self.facilitator.document(), exercise_markdown(ex))
        current = max(0, self.step.currentIndex())
        self.step.blockSignals(True)
        self.step.clear()
        for n, step in enumerate(ex.steps, 1):
            self.step.addItem(QCoreApplication.translate("PackEditor", "{n}. {title}").format(
                n=n, title=step.title or "…"))
        self.step.setCurrentIndex(min(current, self.step.count() - 1))
        self.step.blockSignals(False)
        self._show_step()

    def _show_step(self, *_args) -> None:
        if self.exercise is not None:
            self.projector.show_state(projector_state(self.pack_title, self.exercise,
                                                      self.step.currentIndex(), self.language))

    def projector_text(self) -> str:
        return self.projector.visible_text()
