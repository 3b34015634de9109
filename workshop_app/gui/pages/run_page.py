"""The Run page: the facilitator's console while the workshop runs, and the projector it drives.

Left: the agenda (planned against actual) and the item's steps. Middle: the
current item and step, the step timer, the prompt, the facilitator's notes
and the debrief. Right: capture for the item's capture type, plus notes.
The projector window shows only a :class:`ProjectorState`. Everything is
keyboard-first (see :mod:`workshop_app.gui.run.shortcuts`); the timer reads
an injectable clock (:meth:`RunPage.set_clock`) so tests never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
)

from workshop_app.errors import UserError
from workshop_app.gui.dialogs import Role, choose
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pages.base import Page
from workshop_app.gui.run import shortcuts
from workshop_app.gui.run.capture_area import CaptureArea
from workshop_app.gui.run.capture_base import CaptureEnv
from workshop_app.gui.run.navigation import NavigationPanel
from workshop_app.gui.run.room_panel import RoomPanel, qr_image
from workshop_app.gui.run.step_panel import StepPanel
from workshop_app.gui.taskman import TaskManager
from workshop_app.services import capture
from workshop_app.services.capture import ProjectorResults
from workshop_app.services.context import AppContext
from workshop_app.services.run_session import RunSession
from workshop_app.services.run_timer import OK, Clock

if TYPE_CHECKING:
    from workshop_app.gui.run.projector import ProjectorWindow

TICK_MS = 250
RETRY_SECONDS = 5.0
#: A phone's answer shows in the console within this; the answers stored meanwhile (60 phones
#: sending at once) are read with it, in one go (see :meth:`RunPage._room_answered`).
ANSWERS_MS = TICK_MS


class RunPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        self.session: RunSession | None = None
        self._results: ProjectorResults | None = None
        self._results_stale = True
        self._clock: Clock = time.time
        self._emitting = False
        self._level = OK
        self._last_retry = 0.0
        self._item_id: int | None = None
        self.env = CaptureEnv(ctx, hub, self)
        self.env.changed.connect(self._captured)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._projector: ProjectorWindow | None = None  # built when first shown (see projector)
        handlers = self._handlers()
        shortcuts.install(self, handlers, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh_time)
        self.answers = QTimer(self)  # the phones' answers stored since it started, read at once
        self.answers.setSingleShot(True)
        self.answers.setInterval(ANSWERS_MS)
        self.answers.timeout.connect(self._show_answers)
        hub.workshopOpened.connect(self.open_workshop)
        hub.workshopClosed.connect(self.close_workshop)
        hub.workshopChanged.connect(self._workshop_changed)
        hub.projectorTaken.connect(self._projector_taken)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        sp = QStyle.StandardPixmap
        keys = shortcuts.keys_for
        self.run_button = shortcuts.key_button(
            self.tr("Start workshop"),
            self.tr("Start the workshop ({keys})").format(keys=keys("toggle_timer")), self.toggle_run)
        self.run_button.setObjectName("runButton")
        self.prev_item = shortcuts.key_button(
            self.tr("Previous item"),
            self.tr("Previous agenda item ({keys})").format(keys=keys("previous_item")),
            lambda: self._act(self.session.previous_item))
        self.prev_item.setIcon(self.style().standardIcon(sp.SP_MediaSkipBackward))
        self.next_item = shortcuts.key_button(
            self.tr("Next item"), self.tr("Next agenda item ({keys})").format(keys=keys("next_item")),
            lambda: self._act(self.session.next_item))
        self.next_item.setIcon(self.style().standardIcon(sp.SP_MediaSkipForward))
        self.projector_button = shortcuts.key_button(
            self.tr("Projector"),
            self.tr("Show or hide the projector ({keys})").format(keys=keys("toggle_projector")),
            self.toggle_projector, checkable=True)
        self.blank_button = shortcuts.key_button(
            self.tr("Blank"),
            self.tr("Pause screen on the projector ({keys})").format(keys=keys("toggle_blank")),
            self.toggle_blank, checkable=True)
        self.reveal_button = shortcuts.key_button(
            self.tr("Reveal results"),
            self.tr("Show the results on the projector ({keys})").format(keys=keys("toggle_reveal")),
            self.toggle_reveal, checkable=True)
        self.attribution = QCheckBox(self.tr("Names on cards"))
        self.attribution.setToolTip(self.tr("Show who wrote each card on the projector"))
        self.attribution.setChecked(self.settings.value("run/attribution", False, type=bool))
        self.attribution.toggled.connect(self._look_changed)
        self.font_scale = QSpinBox()
        self.font_scale.setAccessibleName(self.tr("Projector text size"))
        self.font_scale.setRange(50, 250)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(self.settings.value("run/font_scale", 100, type=int))
        self.font_scale.setMaximumWidth(self.font_scale.fontMetrics().horizontalAdvance("250 %") + 32)
        self.font_scale.valueChanged.connect(self._look_changed)
        self.contrast = QCheckBox(self.tr("High contrast"))
        self.contrast.setChecked(self.settings.value("run/high_contrast", False, type=bool))
        self.contrast.toggled.connect(self._look_changed)
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setToolTip(self.tr("Beep when time is nearly up and when it runs out"))
        self.sound.setChecked(self.settings.value("run/sound", False, type=bool))
        self.sound.toggled.connect(self._look_changed)
        bar = QHBoxLayout()
        for w in (self.run_button, self.prev_item, self.next_item):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Projector:")))
        for w in (self.projector_button, self.blank_button, self.reveal_button):
            bar.addWidget(w)
        #: The projector's look: at the end of the bar while the window is wide enough for it,
        #: else on a row of its own below (a longer language never cuts a label).
        self.look_widgets = (self.attribution, self.font_scale, self.contrast, self.sound)
        self.bar, self.look_bar = bar, QHBoxLayout()
        self.look_bar.addStretch(1)
        for w in self.look_widgets:
            bar.addWidget(w)

        self.room = RoomPanel(self.ctx, self.env.name, self.tasks)
        self.room.changed.connect(self._room_changed)
        self.room.answered.connect(self._room_answered)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.room.close_room)  # the room closes when the app quits
        self.room.joinShown.connect(self._show_join)

        self.navigation = NavigationPanel()
        self.navigation.jumpToItem.connect(lambda i: self._act(lambda: self.session.go_to(i)))
        self.navigation.jumpToStep.connect(
            lambda s: self._act(lambda: self.session.go_to(self.session.index, s)))
        self.step_panel = StepPanel()
        self.step_panel.toggle.connect(self.toggle_timer)
        self.step_panel.reset.connect(lambda: self._act(self.session.reset_timer))
        self.step_panel.addMinutes.connect(lambda n: self._act(lambda: self.session.add_minutes(n)))
        self.step_panel.previousStep.connect(lambda: self._act(self.session.previous_step))
        self.step_panel.nextStep.connect(lambda: self._act(self.session.next_step))
        self.capture = CaptureArea(self.env)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.step_panel)
        self.splitter.addWidget(self.capture)
        self.splitter.setSizes([240, 420, 520])
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 5)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(bar)
        layout.addLayout(self.look_bar)
        layout.addWidget(self.room)
        layout.addWidget(self.splitter, 1)

    def _handlers(self) -> dict[str, Callable[[], None]]:
        def on_session(fn: Callable[[RunSession], object]) -> Callable[[], None]:
            return lambda: self._act(lambda: fn(self.session))

        return {
            "toggle_timer": self.toggle_timer,
            "next_step": on_session(RunSession.next_step),
            "previous_step": on_session(RunSession.previous_step),
            "next_item": on_session(RunSession.next_item),
            "previous_item": on_session(RunSession.previous_item),
            "add_one": on_session(lambda s: s.add_minutes(1)),
            "add_five": on_session(lambda s: s.add_minutes(5)),
            "reset_timer": on_session(RunSession.reset_timer),
            "toggle_blank": self.toggle_blank,
            "toggle_reveal": self.toggle_reveal,
            "toggle_projector": self.toggle_projector,
            "end_run": lambda: self.end_run() if self.running() else None,
            "leave_field": self.setFocus,
        }

    # -- the clock ------------------------------------------------------------------------------
    def clock(self) -> float:
        return self._clock()

    def set_clock(self, clock: Clock) -> None:
        """Use another clock (tests); the session reads it through :meth:`clock`."""
        self._clock = clock
        self.refresh_time()

    # -- the open workshop ----------------------------------------------------------------------
    @Slot(int)
    def open_workshop(self, workshop_id: int) -> None:
        self.flush()
        try:
            self.session = RunSession(self.ctx, workshop_id, self.clock, self._backup)
        except UserError as exc:
            self.session = None
            self.hub.error.emit(str(exc))
            return
        self.env.set_workshop(workshop_id)
        self.env.agenda = self.session.agenda
        self.room.set_workshop(workshop_id)
        self._item_id = None
        self.refresh()
        self.tick.start()

    def _backup(self, reason: str):
        """The run's backups (start, end) on the task runner: the projector keeps ticking."""
        from workshop_app.services.backups import backup_before

        return self.tasks.run_in_background(lambda _progress, _cancelled: backup_before(self.ctx, reason))

    @Slot()
    def close_workshop(self) -> None:
        self.flush()
        self.tick.stop()
        self.answers.stop()  # the room closes below: nothing of this workshop is read again
        self.session = None
        self.room.set_workshop(None)  # the room closes with its workshop
        self._update_results()
        self.env.set_workshop(None)
        self._hide_projector()
        self._sync_buttons()

    @Slot(int)
    def _workshop_changed(self, workshop_id: int) -> None:
        if self._emitting or self.session is None or workshop_id != self.session.workshop_id:
            return
        self.capture.flush()  # what is being typed is saved before the capture reloads
        self._act(self.session.reload_agenda)
        self.env.reload_people()
        self.env.agenda = self.session.agenda
        self._item_id = None
        self.refresh()

    def _captured(self) -> None:
        """Capture changed: new results for the projector, and tell the other pages."""
        self._update_results()
        self.refresh_time()
        self._tell_changed()

    def _tell_changed(self) -> None:
        """Tell the other pages that the workshop changed (this page does not read it again)."""
        if self.session is not None:
            self._emitting = True
            try:
                self.hub.workshopChanged.emit(self.session.workshop_id)
            finally:
                self._emitting = False

    def _update_results(self) -> None:
        """The results changed: read again when the projector next shows them (:attr:`results`)."""
        self._results_stale = True

    @property
    def results(self) -> ProjectorResults | None:
        """The current item's results for the projector, read from the store once per change."""
        if self._results_stale:
            s = self.session
            self._results = None if s is None else capture.public_results(
                self.ctx.store, s.workshop_id, s.item, s.exercise, attribution=self.attribution.isChecked())
            self._results_stale = False
        return self._results

    # -- acting ---------------------------------------------------------------------------------
    def _act(self, action: Callable[[], object]) -> None:
        """Run a session change; a failed write is reported (the change stays, and is retried)."""
        if self.session is None:
            return
        try:
            action()
        except UserError as exc:
            self.hub.error.emit(str(exc))
        self.refresh()

    def toggle_timer(self) -> None:
        if self.session is not None and self.session.ended and not self.confirm_run_again():
            return
        self._act(self.session.toggle_timer if self.session else lambda: None)

    def confirm_run_again(self) -> bool:
        """Asked before an ended workshop runs again (a stray Space must not reopen its record)."""
        return choose(self, self.tr("Run again"), self.tr("This workshop has ended. Run it again?"), [
            (self.tr("Run it again"), Role.AcceptRole),
            (self.tr("Cancel"), Role.RejectRole)],
            details=self.tr("Its start time is kept; its end time is cleared until you end it again."),
            default=1) == 0

    def running(self) -> bool:
        """A workshop is started and not yet ended."""
        s = self.session
        return s is not None and s.started and not s.ended

    def toggle_run(self) -> None:
        if self.running():
            self.end_run()
        elif self.session is not None and (not self.session.ended or self.confirm_run_again()):
            self._act(self.session.start_run)

    def end_run(self) -> None:
        """End the workshop once the facilitator confirms; offer Wrap-up, where the plans print."""
        answer = choose(self, self.tr("End workshop"), self.tr("End the workshop?"), [
            (self.tr("End and open Wrap-up"), Role.AcceptRole),
            (self.tr("End workshop"), Role.ActionRole),
            (self.tr("Keep running"), Role.RejectRole)],
            details=self.tr("The timer stops and the time is recorded. Print the participants' "
                            "action plans on Wrap-up."))
        if answer == 2 or self.session is None:
            return
        self.flush()
        self._act(self.session.end_run)
        if answer == 0:
            self.hub.showPage.emit("wrapup")

    def confirm_close(self) -> bool:
        """Asked before the user closes the window: True to close."""
        if not self.running():
            return True
        return choose(self.window(), self.tr("Close the app"),
                      self.tr("The workshop is still running. Close the app anyway?"), [
                          (self.tr("Close the app"), Role.AcceptRole),
                          (self.tr("Keep running"), Role.RejectRole)],
                      details=self.tr(
                          "The timer keeps running and the Run page carries on where you left off "
                          "when you open the app again. To finish, press End workshop on the Run "
                          "page, then print the plans on Wrap-up."), default=1) == 0

    def toggle_blank(self) -> None:
        if self.session is not None:
            self._act(lambda: self.session.set_blank(not self.session.state.projector_blank))

    def toggle_reveal(self) -> None:
        if self.session is not None:
            self._act(lambda: self.session.set_reveal(not self.session.state.reveal_results))

    def toggle_projector(self) -> None:
        if self.projector_shown():
            self.projector.hide()
        else:
            self.projector.present(self.window().screen())
            self.window().activateWindow()  # keys stay with the console
            self.refresh_time()
            self.hub.projectorTaken.emit("run")
        self._sync_buttons()

    @Slot(str)
    def _projector_taken(self, page: str) -> None:
        if page != "run" and self.projector_shown():
            self._hide_projector()
            self._sync_buttons()

    # -- the room -------------------------------------------------------------------------------
    def _room_changed(self) -> None:
        """The room opened or closed, or a device joined or left."""
        if not self.room.is_open():
            self._show_join(False)

    def _room_answered(self) -> None:
        """A phone's answer is stored: the console shows it within :data:`ANSWERS_MS`, with every
        answer stored meanwhile (one reading of the capture for a burst, not one per answer: the
        window keeps up with a room of phones). Not restarted by the next answer: while the phones
        keep sending, the console still follows."""
        if not self.answers.isActive():
            self.answers.start()

    def _show_answers(self) -> None:
        """The answers stored since :meth:`_room_answered` started the timer: the console reads its
        capture again; the projector (once the facilitator reveals the results) reads them at its
        next tick (:meth:`refresh_time`), in a turn of the event loop of its own."""
        if self.session is not None:
            self.capture.main.reload()
            self._update_results()
            self._tell_changed()

    def _show_join(self, shown: bool) -> None:
        if shown and self.room.is_open():
            room = self.room.room
            wifi = self.room.wifi.network
            self.projector.show_join(room.url, room.code, qr_image(self.room.join_address()),
                                     None if wifi is None else (wifi.name, qr_image(wifi.qr_text())))
            if not self.projector_shown():
                self.toggle_projector()
        elif self._projector is not None:
            self._projector.show_join("", "", None)

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.session
        if s is None:
            return
        if s.ended:
            self.room.close_soon()  # the phones learn the workshop has ended, then it closes
        else:
            self.room.keep_open()
        if s.state.agenda_item_id != self._item_id:
            self._item_id = s.state.agenda_item_id
            self.capture.set_item(s.item, s.exercise)
            self.room.set_item(self._item_id)
            self._update_results()
        self.step_panel.show_item(s)
        self.navigation.show_session(s)
        self.refresh_time()

    def refresh_time(self) -> None:
        s = self.session
        if s is None:
            return
        self.step_panel.show_time(s)
        self.navigation.show_time(s)
        if self.projector_shown():  # the results are read only when the room may see them
            self.projector.show_state(s.projector_state(self.results if s.state.reveal_results else None))
        level = s.timer.level()
        if level != self._level and level != OK and s.timer.running and self.sound.isChecked():
            QApplication.beep()
        self._level = level
        self._sync_buttons()
        if s.unsaved and self.clock() - self._last_retry > RETRY_SECONDS:
            self._last_retry = self.clock()
            try:
                s.retry()
            except UserError:
                pass  # already reported once; tried again in a few seconds

    def _sync_buttons(self) -> None:
        s = self.session
        has = s is not None and s.item is not None
        for w in (self.run_button, self.prev_item, self.next_item, self.blank_button, self.reveal_button):
            w.setEnabled(has)
        self.projector_button.setChecked(self.projector_shown())
        if s is None:
            return
        running = s.started and not s.ended
        self.run_button.setText(self.tr("End workshop") if running else self.tr("Start workshop"))
        self.run_button.setToolTip(
            self.tr("End the workshop ({keys})").format(keys=shortcuts.keys_for("end_run")) if running
            else self.tr("Start the workshop ({keys})").format(keys=shortcuts.keys_for("toggle_timer")))
        self.blank_button.setChecked(s.state.projector_blank)
        self.reveal_button.setChecked(s.state.reveal_results)
        self.prev_item.setEnabled(has and s.index > 0)
        self.next_item.setEnabled(has and s.index < len(s.agenda) - 1)

    def _look_changed(self) -> None:
        self.settings.setValue("run/attribution", self.attribution.isChecked())
        self.settings.setValue("run/font_scale", self.font_scale.value())
        self.settings.setValue("run/high_contrast", self.contrast.isChecked())
        self.settings.setValue("run/sound", self.sound.isChecked())
        self._apply_look()
        self._update_results()
        self.refresh_time()

    def _apply_look(self) -> None:
        if self._projector is not None:
            self._projector.set_look(self.font_scale.value() / 100.0, self.contrast.isChecked())

    @property
    def projector(self) -> ProjectorWindow:
        """The projector's window, built the first time it is needed (not with the page)."""
        if self._projector is None:
            from workshop_app.gui.run.projector import ProjectorWindow

            self._projector = ProjectorWindow(self)
            self._projector.closed.connect(self._sync_buttons)
            self._apply_look()
        return self._projector

    def projector_shown(self) -> bool:
        """The projector window is built and on screen."""
        return self._projector is not None and self._projector.isVisible()

    def _hide_projector(self) -> None:
        if self._projector is not None:
            self._projector.hide()

    # -- keys and focus -------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            focus = QApplication.focusWidget()
            if focus is not None and focus is not self and self.isAncestorOf(focus) \
                    and shortcuts.focus_keeps_key(focus, event):
                event.accept()  # the focused field keeps its key; no console shortcut
                return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_look()

    def _place_look(self) -> None:
        """The look's widgets on the bar when all fit in one row, else on the row below."""
        margins = self.layout().contentsMargins()
        widgets = [self.bar.itemAt(i).widget() for i in range(self.bar.count())]
        widgets = [w for w in widgets if w is not None and w not in self.look_widgets]
        needed = sum(w.sizeHint().width() for w in (*widgets, *self.look_widgets))
        needed += self.bar.spacing() * (len(widgets) + len(self.look_widgets) - 1)
        needed += margins.left() + margins.right()
        target = self.bar if needed <= self.width() else self.look_bar
        if self.look_widgets[0].parentWidget() is not None and target.indexOf(self.look_widgets[0]) >= 0:
            return
        source = self.look_bar if target is self.bar else self.bar
        for w in self.look_widgets:
            source.removeWidget(w)
            target.addWidget(w)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.setFocus()
        window = self.window()
        if window is not self and not getattr(self, "_watching_window", False):
            window.installEventFilter(self)
            self._watching_window = True

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.window() and event.type() == QEvent.Type.Close \
                and isinstance(event, QCloseEvent):
            self._hide_projector()  # the projector goes when the console closes
            # and the room with it, once the close went through (a running workshop may keep it)
            QTimer.singleShot(0, self, lambda: None if self.window().isVisible() else self.room.close_room())
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save what is being typed and anything a failed write left unsaved."""
        self.capture.flush()
        if self.session is not None and self.session.unsaved:
            try:
                self.session.retry()
            except UserError as exc:
                self.hub.error.emit(str(exc))
