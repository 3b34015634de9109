"""Wi-Fi for phones: the hotspot the facilitator types in (its name, password and security),
shown on the projector as a second QR code beside the room's join code, so that a phone joins
the network and then the room with two scans.

Kept in memory only, for the open room: never in the database, the settings, a backup or the
log (the password is left out of every ``repr``); forgotten when the room closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from segno.helpers import make_wifi_data

#: The longest network name Wi-Fi allows (bytes of UTF-8).
MAX_NAME_BYTES = 32
HEX = frozenset("0123456789abcdefABCDEF")


@dataclass(frozen=True)
class WifiNetwork:
    """A network the phones join: ``security`` is "WPA" (WPA/WPA2/WPA3), "WEP" or "" (open)."""

    name: str
    password: str = field(default="", repr=False)
    security: str = "WPA"

    def qr_text(self) -> str:
        """What the Wi-Fi QR code carries (the ``WIFI:`` form phones' cameras read)."""
        if not self.security:
            return make_wifi_data(ssid=self.name, security="nopass")
        return make_wifi_data(ssid=self.name, password=self.password, security=self.security)


class WifiDialog(QDialog):
    """The network's name, its password (hidden as typed) and its security."""

    #: The dialog's result when the facilitator takes the Wi-Fi code down.
    REMOVE = 2

    def __init__(self, network: WifiNetwork | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wi-Fi for phones"))
        intro = QLabel(self.tr("The projector shows a QR code for this network beside the room's code. "
                               "Kept only while the room is open: never saved."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.name = QLineEdit()
        self.name.setObjectName("wifiName")
        self.password = QLineEdit()
        self.password.setObjectName("wifiPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.security = QComboBox()
        self.security.setObjectName("wifiSecurity")
        for title, value in ((self.tr("WPA/WPA2/WPA3"), "WPA"), (self.tr("WEP"), "WEP"),
                             (self.tr("None (open network)"), "")):
            self.security.addItem(title, value)
        if network is not None:
            self.name.setText(network.name)
            self.password.setText(network.password)
            self.security.setCurrentIndex(self.security.findData(network.security))
        self.problem = QLabel()
        self.problem.setObjectName("wifiProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Network name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Security:"), self.security)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show on the projector"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if network is not None:  # shown now: it can be taken down
            remove = self.buttons.addButton(self.tr("&Remove the Wi-Fi code"),
                                            QDialogButtonBox.ButtonRole.DestructiveRole)
            remove.setObjectName("wifiRemove")
            remove.clicked.connect(lambda: self.done(self.REMOVE))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.password):
            edit.textChanged.connect(self._check)
        self.security.currentIndexChanged.connect(self._check)
        self._check()

    def network(self) -> WifiNetwork:
        security = self.security.currentData()
        return WifiNetwork(self.name.text(), self.password.text() if security else "", security)

    def problem_text(self) -> str:
        """What keeps the network from being shown ("" when nothing does)."""
        network = self.network()
        name_bytes = len(network.name.encode("utf-8"))
        if not network.name.strip():
            return self.tr("Type the network's name.")
        if name_bytes > MAX_NAME_BYTES:
            return self.tr("A network name has at most {max} bytes; this one has {n}.").format(
                max=MAX_NAME_BYTES, n=name_bytes)
        password = network.password
        if network.security == "WPA" and not (8 <= len(password) <= 63
                                               or (len(password) == 64 and set(password) <= HEX)):
            return self.tr("A WPA password has 8 to 63 characters.")
        if network.security == "WEP" and not (len(password) in (5, 13)
                                               or (len(password) in (10, 26) and set(password) <= HEX)):
            return self.tr("A WEP password has 5 or 13 characters (or 10 or 26 hexadecimal digits).")
        return ""

    def _check(self) -> None:
        self.password.setEnabled(bool(self.security.currentData()))
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


class WifiButton(QPushButton):
    """"Wi-Fi for phones…" in the room's row: opens the dialog; holds the network while the room
    is open (:meth:`forget` when it closes)."""

    #: The network was set or forgotten (the projector shows it again).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(self.tr("Wi-Fi for phones…"))
        self.setToolTip(self.tr("Show a QR code on the projector that joins phones to your hotspot"))
        self.network: WifiNetwork | None = None
        self.dialog: WifiDialog | None = None
        self.clicked.connect(self.edit)

    def edit(self) -> None:
        """Open the dialog (window-modal; the network is set once it is accepted)."""
        dialog = WifiDialog(self.network, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # no typed password left behind
        dialog.finished.connect(lambda result: self._finished(dialog, result))
        self.dialog = dialog
        dialog.destroyed.connect(self._dialog_gone)
        dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _finished(self, dialog: WifiDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self._set(dialog.network())
        elif result == WifiDialog.REMOVE:
            self._set(None)

    def _set(self, network: WifiNetwork | None) -> None:
        self.network = network
        self.changed.emit()

    def forget(self) -> None:
        """The room closed: the network is forgotten (and an open dialog closed)."""
        if self.dialog is not None:
            self.dialog.reject()
        if self.network is not None:
            self._set(None)
