"""Wi-Fi for phones: the facilitator types the hotspot's name and password in the console, the
projector shows its QR code beside the room's join code, and both codes DECODE (zbarimg, from
Debian's zbar-tools, reads the projector's pixels) to the room's URL#code and to the network.
The password is kept in memory only: no file of the data folder (database, settings, backups,
log) holds it after use."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton
from test_room_console import open_console, press_open

from workshop_app.gui.run.room_wifi import WifiNetwork
from workshop_app.storage.backups import backup_now

from gui_helpers import activate, give_focus

KEY = Qt.Key
NAME = "Room; 2nd floor"  # a ";" must be escaped in the code
PASSWORD = "s3cret-Hotspot:42"
ZBARIMG = shutil.which("zbarimg")


def decoded(image_path: Path) -> set[str]:
    """The texts of every QR code in the image (zbarimg, raw: one per line)."""
    done = subprocess.run([ZBARIMG, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image_path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 4), done.stderr  # 4: no code found
    return {line for line in done.stdout.splitlines() if line}


def open_wifi_dialog(qtbot, panel):
    """Press "Wi-Fi for phones…" with the keyboard; the dialog it opens."""
    give_focus(qtbot, panel.wifi)
    qtbot.keyClick(panel.wifi, KEY.Key_Space)
    qtbot.waitUntil(lambda: panel.wifi.dialog is not None and panel.wifi.dialog.isVisible())
    activate(panel.wifi.dialog)  # as a desktop does with a dialog that opens
    qtbot.waitUntil(panel.wifi.dialog.name.hasFocus)  # typing goes to the network's name first
    return panel.wifi.dialog


def type_network(qtbot, panel, name: str = NAME, password: str = PASSWORD) -> None:
    dialog = open_wifi_dialog(qtbot, panel)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, KEY.Key_Tab)
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, password)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert password not in dialog.password.displayText()  # hidden as typed
    dialog.grab().save("/tmp/roomphone-wifi-dialog.png")
    qtbot.keyClick(dialog.password, KEY.Key_Return)
    qtbot.waitUntil(lambda: panel.wifi.dialog is None)


def test_the_projector_shows_the_wifi_code_beside_the_join_code_and_both_decode(main_window, qtbot, ctx,
                                                                                 tmp_path):
    if ZBARIMG is None:
        pytest.skip("zbarimg is not installed (apt-get install zbar-tools; .ci/run installs it)")
    page, _workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    assert not panel.wifi.isEnabled()  # only for an open room
    press_open(qtbot, page)
    panel.show_join.setChecked(True)
    type_network(qtbot, panel)
    assert panel.wifi.network == WifiNetwork(NAME, PASSWORD, "WPA")
    projector = page.projector
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.wifi_qr.height() == projector.join_qr.height() == round(720 * 0.45))
    shown = projector.visible_text()
    assert f"Network: {NAME}" in shown and panel.room.code in shown and PASSWORD not in shown
    assert "First join the Wi-Fi" in shown and "Then join the room: scan the code or open" in shown
    # side by side: the Wi-Fi's code left of the room's, in line, each caption clear of its code
    qtbot.waitUntil(lambda: projector.wifi_qr.geometry().right() < projector.join_qr.geometry().left()
                    and projector.wifi_qr.geometry().top() == projector.join_qr.geometry().top()
                    and projector.wifi_text.geometry().bottom() < projector.wifi_qr.geometry().top()
                    and projector.wifi_qr.geometry().bottom() < projector.wifi_name.geometry().top()
                    and projector.join_qr.geometry().bottom() < projector.join_address.geometry().top()
                    and projector.join_address.geometry().bottom() < projector.join_code.geometry().top()
                    and projector.wifi_name.geometry().bottom() < projector.join_code.geometry().top())
    main_window.resize(1400, 800)
    main_window.grab().save("/tmp/roomphone-console.png")
    grabbed = Path("/tmp/roomphone-projector-join.png")
    projector.grab().save(str(grabbed))
    wifi_code = "WIFI:T:WPA;S:Room\\; 2nd floor;P:s3cret-Hotspot\\:42;;"  # ";" and ":" escaped
    assert decoded(grabbed) == {panel.join_address(), wifi_code}
    assert panel.join_address() == f"{panel.room.url}#{panel.room.code}"

    dialog = open_wifi_dialog(qtbot, panel)  # taken down again
    assert dialog.name.text() == NAME
    qtbot.mouseClick(dialog.findChild(QPushButton, "wifiRemove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.wifi.network is None)
    assert not projector.wifi_qr.isVisibleTo(projector) and "Network:" not in projector.visible_text()
    projector.grab().save(str(tmp_path / "join-only.png"))
    assert decoded(tmp_path / "join-only.png") == {panel.join_address()}


def test_the_network_is_forgotten_with_the_room_and_never_written(main_window, qtbot, ctx):
    page, workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    press_open(qtbot, page)
    type_network(qtbot, panel)
    panel.show_join.setChecked(True)
    assert not page.projector.wifi_qr.pixmap().isNull()
    main_window.settings.sync()
    backup_now(ctx.store, ctx.data_dir.backups)
    press_open(qtbot, page)  # the room closes: the network is forgotten
    assert panel.wifi.network is None and not panel.wifi.isEnabled()
    press_open(qtbot, page)  # opened again: nothing typed is shown
    panel.show_join.setChecked(True)
    assert page.projector.wifi_qr.isHidden()
    main_window.close()
    ctx.close()
    written = [p for p in ctx.data_dir.root.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in written)
    assert any(p.parent == ctx.data_dir.backups for p in written)
    for path in written:
        data = path.read_bytes()
        for form in (PASSWORD.encode("utf-8"), PASSWORD.encode("utf-16-le")):
            assert form not in data, path
    assert "s3cret" not in repr(WifiNetwork(NAME, PASSWORD))


@pytest.mark.parametrize(("security", "name", "password", "problem"), [
    ("WPA", NAME, "short", "A WPA password has 8 to 63 characters."),
    ("WPA", "", PASSWORD, "Type the network's name."),
    ("WPA", "Hotspot of the facilitator's phone", PASSWORD,
     "A network name has at most 32 bytes; this one has 34."),
    ("WEP", NAME, "abcdef", "A WEP password has 5 or 13 characters (or 10 or 26 hexadecimal digits)."),
    ("WEP", NAME, "abcde", ""),
    ("", NAME, "", ""),
])
def test_the_dialog_says_what_keeps_a_network_from_being_shown(main_window, qtbot, ctx, security, name,
                                                                password, problem):
    page, _workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    dialog = open_wifi_dialog(qtbot, page.room)
    dialog.security.setCurrentIndex(dialog.security.findData(security))
    if name:
        qtbot.keyClicks(dialog.name, name)
    if security:
        qtbot.keyClicks(dialog.password, password)
    assert dialog.password.isEnabled() == bool(security)
    assert dialog.problem.text() == problem
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() == (not problem)
    if not problem:
        qtbot.keyClick(dialog.name, KEY.Key_Return)
        qtbot.waitUntil(lambda: page.room.wifi.network is not None)
        assert page.room.wifi.network.qr_text().startswith(f"WIFI:T:{security or 'nopass'};")
    else:
        qtbot.keyClick(dialog.name, KEY.Key_Escape)
        qtbot.waitUntil(lambda: page.room.wifi.dialog is None)
        assert page.room.wifi.network is None
