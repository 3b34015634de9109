"""The middle of the console: the current item and step, the timers, the prompt, notes and debrief."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.run import shortcuts
from workshop_app.gui.safe_document import safe_view, set_markdown
from workshop_app.model import CAPTURE_TYPES
from workshop_app.services.run_session import RunSession
from workshop_app.services.run_timer import OVERRUN, WARNING, format_countdown, format_seconds

#: Countdown colours by level (text, background), readable in light and dark palettes.
LEVEL_STYLE = {
    "ok": ("palette(window-text)", "palette(base)"),
    WARNING: ("#7a3d00", "#ffe2a8"),
    OVERRUN: ("#ffffff", "#c4001d"),
}


def _browser(name: str) -> QTextBrowser:
    view = safe_view(QTextBrowser())
    view.setObjectName(name)
    view.setOpenLinks(False)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # display only: the console's keys stay live
    return view


def _button(text: str, tip: str, slot, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reachable by its key instead
    if icon is not None:
        button.setIcon(button.style().standardIcon(icon))
    button.clicked.connect(slot)
    return button


class StepPanel(QWidget):
    toggle = Signal()
    reset = Signal()
    addMinutes = Signal(int)
    previousStep = Signal()
    nextStep = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._level = ""
        self._build()

    def _build(self) -> None:
        self.item_title = QLabel()
        self.item_title.setObjectName("runItemTitle")
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        self.item_title.setWordWrap(True)
        self.item_meta = QLabel()
        self.item_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.item_meta.setObjectName("runItemMeta")
        sp = QStyle.StandardPixmap
        self.prev_button = _button("", self.tr("Previous step (Left)"), self.previousStep.emit,
                                   sp.SP_ArrowBack)
        self.next_button = _button("", self.tr("Next step (Right)"), self.nextStep.emit, sp.SP_ArrowForward)
        self.step_title = QLabel()
        self.step_title.setObjectName("runStepTitle")
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        self.step_title.setWordWrap(True)
        step_row = QHBoxLayout()
        step_row.addWidget(self.prev_button)
        step_row.addWidget(self.step_title, 1)
        step_row.addWidget(self.next_button)

        self.countdown = QLabel("00:00")
        self.countdown.setObjectName("runCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Step time left"))
        self.item_time = QLabel()
        self.item_time.setObjectName("runItemTime")
        self.drift = QLabel()
        self.drift.setObjectName("runDrift")
        for label in (self.item_time, self.drift):  # a longer language wraps, never cut
            label.setWordWrap(True)
        keys = shortcuts.keys_for
        self.start_button = _button(self.tr("Start"), self.tr("Start or pause the timer ({keys})").format(
            keys=keys("toggle_timer")), self.toggle.emit, sp.SP_MediaPlay)
        self.start_button.setObjectName("runStart")
        restart_tip = self.tr("Restart the step's timer ({keys})").format(keys=keys("reset_timer"))
        self.reset_button = _button(self.tr("Restart"), restart_tip, self.reset.emit, sp.SP_BrowserReload)
        self.plus1 = _button(self.tr("+1 min"), self.tr("One more minute ({keys})").format(
            keys=keys("add_one")), lambda: self.addMinutes.emit(1))
        self.plus5 = _button(self.tr("+5 min"), self.tr("Five more minutes ({keys})").format(
            keys=keys("add_five")), lambda: self.addMinutes.emit(5))
        timer = QGridLayout()
        timer.addWidget(self.countdown, 0, 0, 2, 1)
        timer.addWidget(self.item_time, 0, 1)
        timer.addWidget(self.drift, 1, 1)
        # the buttons in a row of their own under the countdown and the times: beside the
        # countdown they needed more than the middle column has at 1280 pixels (German cut them)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        for button in (self.reset_button, self.plus1, self.plus5):
            buttons.addWidget(button)
        timer.addLayout(buttons, 2, 0, 1, 2)
        timer.setColumnStretch(1, 1)

        self.prompt = _browser("runPrompt")
        self.facilitator_notes = _browser("runFacilitatorNotes")
        self.debrief = _browser("runDebrief")
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.prompt, self.tr("Prompt (on the projector)"))
        self.tabs.addTab(self.facilitator_notes, self.tr("Facilitator notes"))
        self.debrief_tab = self.tabs.addTab(self.debrief, self.tr("Debrief"))
        self.tabs.setTabToolTip(1, self.tr("Only for you: never shown on the projector"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.item_title)
        layout.addWidget(self.item_meta)
        layout.addLayout(step_row)
        layout.addLayout(timer)
        layout.addWidget(self.tabs, 1)
        self.setStyleSheet(
            "#runItemTitle { font-size: 17pt; font-weight: 600; }"
            "#runItemMeta { color: palette(placeholder-text); }"
            "#runStepTitle { font-size: 13pt; font-weight: 600; }"
            "#runItemTime, #runDrift { font-size: 11pt; }"
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """A wrapped title gets the height it needs (a splitter does not ask labels for it)."""
        margins = self.layout().contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        if width > 0:
            self.item_title.setMinimumHeight(self.item_title.heightForWidth(width))

    # -- content --------------------------------------------------------------------------------
    def show_item(self, session: RunSession) -> None:
        item = session.item
        ex = session.exercise
        after = ex.debrief_minutes if item is not None and ex is not None else 0  # the debrief's own time
        label = self.tr("Debrief ({minutes} min)").format(minutes=after) if after else self.tr("Debrief")
        self.tabs.setTabText(self.debrief_tab, label)
        if item is None:
            self.item_title.setText(self.tr("This workshop has no agenda yet"))
            self.item_meta.setText(self.tr("Add items on the Plan page, then come back to run it."))
            for view in (self.prompt, self.facilitator_notes, self.debrief):
                view.clear()
            self.step_title.clear()
            return
        self.item_title.setText(ex.title if ex is not None else item.title)
        self._fit_title()
        kind = QCoreApplication.translate("Model", CAPTURE_TYPES.get(session.capture_type, "")) \
            if ex is not None else {
            "break": self.tr("Break"), "custom": self.tr("Free item")}.get(item.kind, "")
        self.item_meta.setText(self.tr("Item {n} of {total} · {kind} · {minutes} min planned").format(
            n=session.index + 1, total=len(session.agenda), kind=kind, minutes=item.minutes))
        steps = session.steps
        step = session.step
        if ex is not None and ex.steps:
            self.step_title.setText(self.tr("Step {n} of {total}: {title} ({minutes} min)").format(
                n=session.step_index + 1, total=len(steps), title=step.title, minutes=step.minutes))
        else:
            self.step_title.setText(self.tr("{title} ({minutes} min)").format(
                title=item.title, minutes=item.minutes))
        if ex is None:
            what = self.tr("A break") if item.kind == "break" else self.tr("A free item")
            set_markdown(self.prompt.document(), self.tr(
                "*{what}: no steps. The projector shows its title and the countdown.*").format(what=what))
        else:
            set_markdown(self.prompt.document(), step.prompt or "")
        notes = ex.facilitator_notes if ex is not None else ""
        set_markdown(self.facilitator_notes.document(),
                     notes or self.tr("*No facilitator notes for this item.*"))
        debrief = "\n".join(f"- {' '.join(q.split())}" for q in (ex.debrief if ex else []))
        set_markdown(self.debrief.document(), debrief or self.tr("*No debrief questions.*"))
        last = session.index >= len(session.agenda) - 1 and session.step_index >= len(steps) - 1
        self.next_button.setEnabled(not last)
        self.prev_button.setEnabled(session.index > 0 or session.step_index > 0)

    def show_time(self, session: RunSession) -> None:
        timer = session.timer
        self.countdown.setText(format_countdown(timer.remaining()))
        level = timer.level()
        if level != self._level:
            self._level = level
            fg, bg = LEVEL_STYLE.get(level, LEVEL_STYLE["ok"])
            self.countdown.setStyleSheet(
                f"#runCountdown {{ font-size: 40pt; font-weight: 700; color: {fg}; background: {bg};"
                " border: 1px solid palette(mid); border-radius: 6px; padding: 2px 10px; }")
            self.countdown.setAccessibleDescription(
                {WARNING: self.tr("Time is nearly up"), OVERRUN: self.tr("Over time")}.get(level, ""))
            self.countdown.setProperty("level", level)
        item = session.item
        if item is not None:
            self.item_time.setText(self.tr("Item: {spent} of {planned}").format(
                spent=format_seconds(int(session.item_elapsed())), planned=format_seconds(60 * item.minutes)))
        drift = session.drift()
        minutes = round(abs(drift) / 60)
        if minutes == 0:
            text = self.tr("Workshop: on time")
        elif drift > 0:
            text = self.tr("Workshop: %n min over plan", "", minutes)
        else:
            text = self.tr("Workshop: %n min under plan", "", minutes)
        self.drift.setText(text)
        self.drift.setStyleSheet("color: #c4001d; font-weight: 600;" if drift >= 60 else "")
        running = timer.running
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.start_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay))
