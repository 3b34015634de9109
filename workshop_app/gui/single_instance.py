"""One window per data folder: the first holds the folder's lock and listens on a local socket;
a second launch asks it to come forward and exits.

The socket is a QLocalServer (a Unix domain socket, or a named pipe on Windows), only
reachable by the same user, named after a hash of the data folder's path. No network
socket is ever opened.

The window takes the lock before it opens the database, and starts listening once its first
frame is painted, at the latest after 2 s (QtNetwork is not loaded before); a second launch
keeps trying to reach the socket for a few seconds, so it finds a first window still starting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from workshop_app import APP_NAME
from workshop_app.paths import DataDir
from workshop_app.services.instance_lock import InstanceLock

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
DONE = b"ok\n"
#: How long a second launch waits to reach the first window's socket, and then for its answer
#: (a window still starting up, on a slow machine, answers once its event loop runs).
CONNECT_MS = 5000
ANSWER_MS = 10_000
#: How often a second launch tries again to reach a first window not listening yet.
RETRY_MS = 50


def server_name(data_dir: DataDir) -> str:
    # Qt's SHA-256 (the same digest as hashlib's, without loading OpenSSL at start-up); imported
    # here, like the rest of what only listening or a second launch uses (the first frame waits
    # for none of it)
    from PySide6.QtCore import QCryptographicHash

    digest = QCryptographicHash.hash(str(data_dir.root.resolve()).encode("utf-8"),
                                     QCryptographicHash.Algorithm.Sha256).toHex().data().decode()[:16]
    return f"{APP_NAME}-{digest}"


class SingleInstance(QObject):
    """The data folder's lock and the window's local server, for as long as the window is open."""

    #: A second launch asked this window to come forward.
    activated = Signal()

    def __init__(self, data_dir: DataDir, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = InstanceLock(data_dir)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another instance holds the folder (then :meth:`listen`).

        Raises DataDirError when the lock file cannot be written.
        """
        return self.lock.try_lock()

    def listen(self) -> None:
        """Answer later launches (the lock is held): called once the window is on screen."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # We hold the lock, so a server of that name is left over from a process that died.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("cannot listen on %s: %s", name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self.server = server

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    @Slot()
    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE):
            self.activated.emit()
            socket.write(DONE)
            socket.flush()
            socket.disconnectFromServer()

    def ask_first_to_come_forward(self) -> bool:
        """From a second launch: ask the window holding the folder to come forward (True when it
        answered)."""
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = QDeadlineTimer(CONNECT_MS)
        try:
            while True:  # a first window still starting listens once its first frame is painted
                socket.connectToServer(server_name(self.data_dir))
                if socket.waitForConnected(max(0, deadline.remainingTime())):
                    break
                if deadline.hasExpired():
                    return False
                socket.abort()
                QThread.msleep(RETRY_MS)
            socket.write(RAISE)
            socket.flush()
            answer = b""
            while not answer.endswith(b"\n"):
                ready = socket.waitForReadyRead(ANSWER_MS)
                answer += bytes(socket.readAll().data())
                if not ready:
                    break
            return answer == DONE
        finally:
            socket.abort()

    def holder(self) -> str:
        return self.lock.holder()
