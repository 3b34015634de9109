"""The projector window: what the room sees, built only from a ProjectorState.

It never takes the keyboard: it does not accept focus (so a missed click on
it, with one screen, leaves the keys where the facilitator was typing), and
a key that reaches it anyway does nothing (no console shortcut fires for it).

It is a second top-level window: full screen on another screen when there is
one, otherwise a normal window the facilitator can move. Sizes follow the
window's height (and the facilitator's font scale) so the countdown reads
from the back of the room. It never gets anything but a ProjectorState,
which has no field for notes or card attribution.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QImage,
    QPixmap,
    QResizeEvent,
    QScreen,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.run.card_board import CardBoard
from workshop_app.gui.run.charts import ChartColors, RatingSpread, VoteBars
from workshop_app.gui.run.matrix_paint import MatrixBoard
from workshop_app.gui.safe_document import safe_view, set_markdown
from workshop_app.i18n import in_language, translate
from workshop_app.services.capture import ProjectorResults
from workshop_app.services.run_session import ProjectorState

#: (background, text, muted, bar, accent, warning, overrun) for the two looks.
THEMES = {
    False: ("#fbfaf7", "#1b1d21", "#5f6670", "#3d6fb6", "#d9822b", "#b35900", "#c4001d"),
    True: ("#000000", "#ffffff", "#e6e6e6", "#ffffff", "#ffd400", "#ffd400", "#ff5c5c"),
}


class ProjectorWindow(QWidget):
    #: The facilitator closed the window with the window manager.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setWindowTitle(translate("Projector", "Projector - Workshop app"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)  # the console keeps the keys
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("projector")
        self.font_scale = 1.0
        self.high_contrast = False
        self.state = ProjectorState()
        self._build()
        self.resize(960, 540)
        self._restyle()

    # -- widgets --------------------------------------------------------------------------------
    def _label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        return label

    def _build(self) -> None:
        self.title = self._label("projTitle")
        self.step = self._label("projStep")
        self.countdown = self._label("projCountdown", wrap=False)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self.prompt = safe_view(QTextBrowser())
        self.prompt.setObjectName("projPrompt")
        self.prompt.setFrameShape(QFrame.Shape.NoFrame)
        self.prompt.setOpenLinks(False)
        self.prompt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prompt.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_title = self._label("projResultsTitle")
        self.votes = VoteBars()
        self.ratings = RatingSpread()
        self.groups = CardBoard()  # cards in groups, fitted to the screen
        self.matrix = MatrixBoard()  # a 2x2: axes, quadrants, each note at its place
        self.results = QStackedWidget()
        for w in (self.votes, self.ratings, self.groups, self.matrix):
            self.results.addWidget(w)
        self.body = QStackedWidget()
        self.body.addWidget(self.prompt)
        results_page = QWidget()
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.results_title)
        rl.addWidget(self.results, 1)
        self.body.addWidget(results_page)

        live = QWidget()
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.step)
        head = QHBoxLayout()
        head.addLayout(head_text, 1)
        head.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        self.live_layout = QVBoxLayout(live)
        self.live_layout.addLayout(head)
        self.live_layout.addWidget(self.body, 1)

        self.pause_title = self._label("projPauseTitle")
        self.pause_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_text = self._label("projPause")
        self.pause_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pause = QWidget()
        pl = QVBoxLayout(pause)
        pl.addStretch(1)
        pl.addWidget(self.pause_text)
        pl.addWidget(self.pause_title)
        pl.addStretch(1)

        # How to join the room: the QR code, the address and the code (while the facilitator wants)
        self.join_qr = QLabel()
        self.join_qr.setObjectName("projJoinQr")
        self.join_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_text = self._label("projJoin")
        self.join_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_address = self._label("projJoinAddress")
        self.join_address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.join_code = self._label("projJoinCode", wrap=False)
        self.join_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._qr = QImage()
        # ... and beside it, when the facilitator typed the hotspot, the Wi-Fi's QR code and name
        self.wifi_text = self._label("projJoin")
        self.wifi_qr = QLabel()
        self.wifi_qr.setObjectName("projJoinQr")
        self.wifi_name = self._label("projJoinAddress")
        self.wifi_name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._wifi_qr = QImage()
        for w in (self.wifi_text, self.wifi_qr, self.wifi_name):
            w.hide()
        join = QWidget()
        grid = QGridLayout(join)  # the Wi-Fi's column left of the room's: codes and captions in line
        grid.setRowStretch(0, 1)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(2, 1)
        for column, widgets in ((1, (self.wifi_text, self.wifi_qr, self.wifi_name)),
                                (2, (self.join_text, self.join_qr, self.join_address))):
            for row, w in enumerate(widgets, start=1):
                qr = w is self.join_qr or w is self.wifi_qr
                grid.addWidget(w, row, column, Qt.AlignmentFlag.AlignHCenter if qr else Qt.AlignmentFlag(0))
        grid.addWidget(self.join_code, 4, 1, 1, 2)  # the room code under both
        for w in (self.wifi_text, self.join_text):  # the captions above the codes sit on them
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        for w in (self.wifi_name, self.join_address):  # the lines below the codes hang from them
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.join_grid = grid

        self.screens = QStackedWidget()
        self.screens.addWidget(live)
        self.screens.addWidget(pause)
        self.screens.addWidget(join)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)

    # -- content --------------------------------------------------------------------------------
    def show_state(self, state: ProjectorState) -> None:
        """Show ``state``; the words the projector adds are in the workshop's language."""
        with in_language(state.language):
            self._show_state(state)

    def _show_state(self, state: ProjectorState) -> None:
        previous = self.state
        self.state = state
        self.title.setText(state.item_title)
        step = state.step_title  # a line of its own (a check-in's "commitment 2 of 9")
        if state.step_count:
            step = translate("Projector", "Step {n} of {total}: {title}").format(
                n=state.step_number, total=state.step_count, title=state.step_title)
        self.step.setText(step)
        self.step.setVisible(bool(step))
        self.countdown.setText(state.countdown)
        if previous.prompt != state.prompt or not self.prompt.toPlainText():
            set_markdown(self.prompt.document(), state.prompt)
            self._space_prompt(max(10, round(18 * self.height() / 1080.0 * self.font_scale)))
        self.pause_text.setText(translate("Projector", "Pause"))
        self.pause_title.setText(state.workshop_title)
        self.screens.setCurrentIndex(2 if not self._qr.isNull() else 1 if state.blank else 0)
        if previous.results != state.results or previous.level != state.level:
            self._show_results(state.results)
        if previous.level != state.level:
            self._restyle()

    def _show_results(self, results: ProjectorResults | None) -> None:
        self.body.setCurrentIndex(0 if results is None else 1)
        if results is None:
            return
        self.results_title.setText(results.title)
        for chart in (self.votes, self.ratings, self.groups, self.matrix):
            chart.words_language = results.language
        if results.kind == "votes":
            self.votes.set_bars(results.bars)
            self.results.setCurrentWidget(self.votes)
        elif results.kind == "ratings":
            self.ratings.set_spreads(results.spreads, results.scale_min, results.scale_max, results.language)
            self.results.setCurrentWidget(self.ratings)
        elif results.kind == "matrix":
            self.matrix.set_matrix(results.axes, results.notes, results.groups)
            self.results.setCurrentWidget(self.matrix)
        else:
            self.groups.set_groups(results.groups)
            self.results.setCurrentWidget(self.groups)

    def show_join(self, url: str, code: str, qr: QImage | None,
                  wifi: tuple[str, QImage] | None = None) -> None:
        """Show how to join the room (``qr`` None: back to what the state shows); ``wifi``: the
        network's name and its QR code, shown beside the room's (the password only in the code)."""
        self._qr = QImage() if qr is None else qr
        self._wifi_qr = QImage() if wifi is None or qr is None else wifi[1]
        with in_language(self.state.language):
            self.join_text.setText(translate("Projector", "Join from your phone: scan the code or open")
                                   if self._wifi_qr.isNull() else
                                   translate("Projector", "Then join the room: scan the code or open"))
            self.join_code.setText(translate("Projector", "Room code: {code}").format(code=code))
            self.wifi_text.setText(translate("Projector", "First join the Wi-Fi"))
            self.wifi_name.setText(translate("Projector", "Network: {name}").format(name=wifi[0])
                                   if wifi is not None else "")
        self.join_address.setText(url)
        for w in (self.wifi_text, self.wifi_qr, self.wifi_name):
            w.setVisible(not self._wifi_qr.isNull())
        self.join_grid.setColumnStretch(1, 0 if self._wifi_qr.isNull() else 1)  # none: the room's centred
        self._scale_qr()
        self.screens.setCurrentIndex(2 if qr is not None else 1 if self.state.blank else 0)

    def _scale_qr(self) -> None:
        for label, image in ((self.join_qr, self._qr), (self.wifi_qr, self._wifi_qr)):
            if image.isNull():
                label.clear()
                continue
            # whole, with its quiet zone; two side by side share the width
            side = max(120, round(min(self.height() * 0.45,
                                      self.width() * (0.8 if self._wifi_qr.isNull() else 0.4))))
            label.setFixedSize(side, side)
            label.setPixmap(QPixmap.fromImage(image.scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)))

    def visible_text(self) -> str:
        """Everything written on the projector right now (for checks and screen readers)."""
        parts = []
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self) and label.text():
                parts.append(label.text())
        if self.prompt.isVisibleTo(self):
            parts.append(self.prompt.toPlainText())
        for chart in (self.votes, self.ratings, self.groups, self.matrix):
            if chart.isVisibleTo(self):
                parts.append(chart.summary())
        return "\n".join(parts)

    # -- look ----------------------------------------------------------------------------------
    def set_look(self, font_scale: float, high_contrast: bool) -> None:
        self.font_scale = max(0.5, min(2.5, font_scale))
        self.high_contrast = high_contrast
        self._restyle()

    def _restyle(self) -> None:
        bg, fg, muted, bar, accent, warning, overrun = THEMES[self.high_contrast]
        unit = max(0.4, self.height() / 1080.0) * self.font_scale
        level_color = {"warning": warning, "overrun": overrun}.get(self.state.level, fg)

        def px(n: float) -> int:
            return max(10, round(n * unit))

        # Every rule names #projector first so it outranks the general colour rule.
        self.setStyleSheet(
            f"#projector, #projector QWidget {{ background: {bg}; color: {fg}; }}"
            f"#projector #projTitle {{ font-size: {px(62)}px; font-weight: 700; }}"
            f"#projector #projStep {{ font-size: {px(40)}px; color: {muted}; }}"
            f"#projector #projCountdown {{ font-size: {px(190)}px; font-weight: 700; color: {level_color}; }}"
            f"#projector #projPrompt {{ font-size: {px(44)}px; }}"
            f"#projector #projResultsTitle {{ font-size: {px(38)}px; color: {muted}; }}"
            f"#projector #projPause {{ font-size: {px(150)}px; font-weight: 700; color: {muted}; }}"
            f"#projector #projPauseTitle {{ font-size: {px(44)}px; color: {muted}; }}"
            f"#projector #projJoin {{ font-size: {px(40)}px; color: {muted}; }}"
            f"#projector #projJoinAddress {{ font-size: {px(56)}px; font-weight: 700; }}"
            f"#projector #projJoinCode {{ font-size: {px(80)}px; font-weight: 700; }}"
            f"#projector #projJoinQr {{ background: #ffffff; }}"
        )
        self._scale_qr()
        self._space_prompt(px(18))
        margin = px(48)
        self.join_grid.setHorizontalSpacing(2 * margin)
        self.join_grid.setContentsMargins(margin, margin, margin, margin)
        self.live_layout.setContentsMargins(margin, px(32), margin, margin)
        colors = ChartColors(QColor(fg), QColor(muted), QColor(bar), QColor(accent), QColor(bg))
        self.votes.set_style(colors, px(36))
        self.ratings.set_style(colors, px(30))
        self.groups.set_style(colors, px(34))
        self.matrix.set_style(colors, px(32))

    def _space_prompt(self, gap: int) -> None:
        """Air between the prompt's paragraphs and list items (Markdown gives very little)."""
        cursor = QTextCursor(self.prompt.document())
        block = self.prompt.document().begin()
        while block.isValid():
            fmt = block.blockFormat()
            fmt.setBottomMargin(gap if block.textList() is None else gap / 2)
            fmt.setTopMargin(0)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()

    # -- keys: none ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if self.isWindow() and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress,
                                        QEvent.Type.KeyRelease):
            event.accept()  # taken here and dropped: no console shortcut acts on the room from here
            return True
        if kind == QEvent.Type.WindowActivate and self.parentWidget() is not None:
            self.parentWidget().window().activateWindow()  # activated anyway: the keys go back
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()

    # -- placement ------------------------------------------------------------------------------
    def present(self, console_screen: QScreen | None) -> None:
        """Full screen on a screen other than the console's when there is one, else a normal window."""
        other = [s for s in QGuiApplication.screens() if s is not console_screen]
        if console_screen is not None and other:
            screen = other[0]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

