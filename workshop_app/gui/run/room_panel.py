"""The room in the run console: open and close it, see who joined, lock it, remove a device.

The :class:`~workshop_app.room.server.RoomServer` runs on a thread of its own; what it tells
(``joined``, ``stored``) reaches the window through :attr:`RoomPanel.roomEvent`, a signal
emitted on the room's thread and delivered queued on the window's thread: no widget is ever
touched from the room's thread. Without "Open the room" nothing listens.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.run.room_wifi import WifiButton
from workshop_app.gui.taskman import TaskManager
from workshop_app.i18n import counted
from workshop_app.model.pack import snapshot_exercise
from workshop_app.room.access import lan_address
from workshop_app.room.server import RoomServer
from workshop_app.services.capture import answered_anonymously

#: Devices that join within this (a room scanning the code at once) are shown together.
JOINED_MS = 250
#: How long the room stays open once the workshop has ended (locked, taking no answers), so that
#: every phone learns it has ended (they ask every 3 s) before it closes.
ENDED_GRACE_MS = 10_000


def qr_image(text: str) -> QImage:
    """A QR code of ``text`` as an image (segno's PNG, in memory: no file on disk)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=4)
    return QImage.fromData(buffer.getvalue(), "PNG")


class RoomPanel(QWidget):
    """One row of the console: the room's button, the current activity's "Anonymous answers"
    (saved at once for the item, open room or not), the room's state, who joined, lock and
    remove."""

    # ``(kind, data)`` from the room's thread, handled queued on the window's thread.
    roomEvent = Signal(str, object)
    # The room opened, closed, or who is in it changed (the console refreshes).
    changed = Signal()
    # A phone's answer is stored (the console reads its capture again).
    answered = Signal()
    # The facilitator toggled "Show how to join" on the projector.
    joinShown = Signal(bool)

    def __init__(self, ctx, name_of, tasks: TaskManager | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        #: The app's task runner: it decides garbage collection while the room's thread runs.
        self.tasks = tasks
        self.name_of = name_of  # participant id -> name (the console's people)
        self.workshop_id: int | None = None
        self.item_id: int | None = None  # the run's current item (its anonymity is shown)
        self.room: RoomServer | None = None
        # The code and port of this workshop's room when it was last closed: opened again, it is
        # where the phones look for it (and what they hold is sent). In memory only.
        self.kept: tuple[int, str, int] | None = None
        # The address to listen on; None: this machine's address on the local network.
        self.host: str | None = None
        self.roomEvent.connect(self._room_event, Qt.ConnectionType.QueuedConnection)
        self.joined = QTimer(self)  # devices joined since it started: shown together when it fires
        self.joined.setSingleShot(True)
        self.joined.setInterval(JOINED_MS)
        self.joined.timeout.connect(self._show_joined)
        self.closing = QTimer(self)  # the workshop has ended: the room closes when it fires
        self.closing.setSingleShot(True)
        self.closing.timeout.connect(self.close_room)
        self.open_button = QPushButton(self.tr("Open the room"))
        self.open_button.setObjectName("roomButton")
        self.open_button.setToolTip(
            self.tr("Let participants answer from their phones over the local network"))
        self.open_button.clicked.connect(self.toggle)
        self.anonymous = QCheckBox(self.tr("Anonymous answers"))
        self.anonymous.setObjectName("roomAnonymous")
        self.anonymous.toggled.connect(self._set_anonymous)
        self.status = QLabel()
        self.status.setObjectName("roomStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self.show_join = QCheckBox(self.tr("Show how to join"))
        self.show_join.setToolTip(self.tr("Show the QR code, the address and the room code on the projector"))
        self.show_join.toggled.connect(self.joinShown)
        self.lock = QCheckBox(self.tr("Lock"))
        self.lock.setToolTip(self.tr("No new devices may join"))
        self.lock.toggled.connect(self._set_locked)
        self.devices = QComboBox()
        self.devices.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole names
        self.devices.setAccessibleName(self.tr("Devices in the room"))
        self.remove_button = QPushButton(self.tr("Remove device"))
        self.remove_button.clicked.connect(self.remove_device)
        self.wifi = WifiButton()  # the hotspot's QR code beside the join code (gui/run/room_wifi.py)
        self.wifi.changed.connect(lambda: self.show_join.isChecked() and self.joinShown.emit(True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.open_button, self.anonymous, self.status):
            layout.addWidget(w, 1 if w is self.status else 0)
        for w in (self.show_join, self.wifi, self.lock, self.devices, self.remove_button):
            layout.addWidget(w)
        self.show_state()

    # -- opening and closing -----------------------------------------------------------------
    def is_open(self) -> bool:
        return self.room is not None and self.room.running

    def set_workshop(self, workshop_id: int | None) -> None:
        """Another workshop (or none): the room of the previous one closes."""
        if workshop_id != self.workshop_id:
            self.close_room()
            self.item_id = None
            self.kept = None
        self.workshop_id = workshop_id
        self.show_state()
        self.show_anonymous()

    def set_item(self, item_id: int | None) -> None:
        """The run moved to another item (or none): show its choice, as stored."""
        self.item_id = item_id
        self.show_anonymous()

    def toggle(self) -> None:
        if self.is_open():
            self.close_room()
        else:
            self.open_room()

    def open_room(self) -> None:
        if self.workshop_id is None or self.is_open():
            return
        code, port = self.kept[1:] if self.kept and self.kept[0] == self.workshop_id else (None, 0)
        room = RoomServer(self.ctx, self.workshop_id, code=code, on_event=self.roomEvent.emit)
        try:
            try:
                room.start(self.host or lan_address(), port)
            except UserError:
                if not port:
                    raise
                room.start(self.host or lan_address(), 0)  # its port taken meanwhile: another one
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.room = room
        if self.tasks is not None:
            self.tasks.thread_started(room)
        self.show_state()
        self.changed.emit()

    def close_soon(self) -> None:
        """The workshop has ended: the room, locked, tells the phones so for
        :data:`ENDED_GRACE_MS`, then closes (at once when the workshop, window or app closes)."""
        if self.is_open() and not self.closing.isActive():
            self.lock.setChecked(True)
            self.closing.start(ENDED_GRACE_MS)
            self.show_state()

    def keep_open(self) -> None:
        """The workshop runs again before the room closed: it stays open (still locked)."""
        if self.closing.isActive():
            self.closing.stop()
            self.show_state()

    def close_room(self) -> None:
        """Stop the room (safe when it is closed); the devices' tokens are forgotten."""
        self.closing.stop()
        if self.room is None:
            return
        room, self.room = self.room, None
        self.kept = (room.workshop_id, room.code, room.port)
        room.stop()
        if self.tasks is not None:
            self.tasks.thread_ended(room)
        self.lock.setChecked(False)
        self.show_join.setChecked(False)
        self.wifi.forget()
        self.show_state()
        self.changed.emit()

    def join_address(self) -> str:
        """What the QR code carries: the URL with the code after ``#`` (never sent to the server)."""
        return f"{self.room.url}#{self.room.code}" if self.is_open() else ""

    # -- the facilitator's controls ----------------------------------------------------------
    def _set_locked(self, locked: bool) -> None:
        if self.room is not None:
            self.room.access.locked = locked
            self.show_state()

    def _set_anonymous(self, anonymous: bool) -> None:
        """The facilitator's choice for the current item, stored at once: the room reads it at
        the next request."""
        if self.item_id is None:
            return
        try:
            self.ctx.store.set_item_anonymous(self.item_id, anonymous)
        except UserError as exc:
            self.status.setText(str(exc))
            self.show_anonymous()  # what is stored

    def remove_device(self) -> None:
        number = self.devices.currentData()
        if self.room is not None and number is not None:
            self.room.access.remove_device(number)
            self.show_state()
            self.changed.emit()

    @Slot(str, object)
    def _room_event(self, kind: str, data: object) -> None:
        if kind == "stored":
            self.answered.emit()
        elif not self.joined.isActive():
            self.joined.start()

    def _show_joined(self) -> None:
        self.show_state()
        self.changed.emit()

    # -- showing -----------------------------------------------------------------------------
    def show_anonymous(self) -> None:
        """The current item's choice, read from the database; only an activity that takes cards
        from phones can be anonymous (dots, ratings and commitments always keep the name)."""
        item = None
        if self.item_id is not None:
            try:
                item = self.ctx.store.get_agenda_item(self.item_id)
            except UserError:
                item = None  # taken off the agenda meanwhile
        exercise = snapshot_exercise(item.exercise) if item is not None else None
        takes_cards = exercise is not None and exercise.capture.type == "cards"
        with QSignalBlocker(self.anonymous):
            self.anonymous.setChecked(answered_anonymously(item))
        self.anonymous.setEnabled(takes_cards)
        self.anonymous.setToolTip(
            self.tr("Cards sent from phones for this activity are stored with no author: nobody, "
                    "not even you, can tell who wrote them. Dots, ratings and commitments always "
                    "keep the participant's name.") if takes_cards
            else self.tr("Only cards can be anonymous: this activity takes no cards from phones."))

    def joined_names(self) -> tuple[list[str], int]:
        """The names of those who joined (once each) and how many devices joined without one."""
        if not self.is_open():
            return [], 0
        joined = self.room.snapshot()["joined"]
        names = [self.name_of(pid) for pid in dict.fromkeys(
            j["participant"] for j in joined if j["participant"] is not None)]
        return names, sum(1 for j in joined if j["participant"] is None)

    def show_state(self) -> None:
        is_open = self.is_open()
        self.open_button.setEnabled(self.workshop_id is not None)
        self.open_button.setText(self.tr("Close the room") if is_open else self.tr("Open the room"))
        for w in (self.show_join, self.wifi, self.lock, self.devices, self.remove_button):
            w.setEnabled(is_open)
        keep = self.devices.currentData()
        self.devices.clear()
        if not is_open:
            self.status.setText(self.tr("Room closed"))
            return
        snapshot = self.room.snapshot()
        for j in snapshot["joined"]:
            who = self.name_of(j["participant"]) if j["participant"] is not None else self.tr("anonymous")
            self.devices.addItem(self.tr("Device {number}: {who}").format(number=j["number"], who=who),
                                 j["number"])
        if keep is not None and self.devices.findData(keep) >= 0:
            self.devices.setCurrentIndex(self.devices.findData(keep))
        self.remove_button.setEnabled(self.devices.count() > 0)
        names, anonymous = self.joined_names()
        who = ", ".join(names)
        if anonymous:
            who = ", ".join(filter(None, [who, self.tr("{n} anonymous").format(n=anonymous)]))
        state = (self.tr("Room closing: the workshop has ended") if self.closing.isActive()
                 else self.tr("Room open (locked)") if snapshot["locked"] else self.tr("Room open"))
        n = snapshot["devices"]
        devices = counted(n, self.tr("1 device"), self.tr("%n devices", None, n))
        self.status.setText(self.tr("{state}: {url}  code {code}  ·  {devices}")
                            .format(state=state, url=self.room.url, code=self.room.code,
                                    devices=devices)
                            + (f"  ·  {who}" if who else ""))
