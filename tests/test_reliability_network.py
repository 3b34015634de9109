"""The app opens no network connection during a whole workshop, from planning to printed plans.

Everything Python does with sockets is watched twice: an audit hook (``sys.addaudithook``)
records socket creation, connect, bind, name look-ups and urllib requests, and
``socket.socket`` is replaced by a recording subclass. Sockets Qt opens in C++ are not
seen by Python, so on Linux the process's open file descriptors are also checked, all
through the run, against the kernel's tables of internet sockets (/proc/net). Local
sockets (AF_UNIX, for example D-Bus) are allowed; anything else fails the test.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop_app.model.workshop import ActionItem, Card, Cluster, Note, Participant, Workshop
from workshop_app.plans import write_action_plans, write_report, write_run_sheet
from workshop_app.services import planning, workshop_files
from workshop_app.storage import backup_now

WATCHED = ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto",
           "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect")
NET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


class NetworkWatch:
    """Collects what the audit hook and the socket class see while ``active``."""

    def __init__(self) -> None:
        self.active = False
        self.events: list[tuple[str, tuple]] = []
        self.inet_fds: list[str] = []

    def audit(self, event: str, args: tuple) -> None:
        if self.active and event in WATCHED:
            self.events.append((event, args))

    def problems(self) -> list[str]:
        found = []
        for event, args in self.events:
            if event == "socket.__new__":
                family = args[1]
                if family != socket.AF_UNIX and family != -1:  # -1: from a file descriptor
                    found.append(f"a socket of family {family!r} was created")
            elif event in ("socket.connect", "socket.bind"):
                sock, address = args[0], args[1]
                if getattr(sock, "family", None) != socket.AF_UNIX:
                    found.append(f"{event} to {address!r}")
            else:
                found.append(f"{event} {args!r}")
        return found + self.inet_fds

    def check_descriptors(self) -> None:
        """Record any open file descriptor that is an internet socket (Linux only)."""
        if not self.active or not Path("/proc/self/fd").is_dir():
            return
        inet = set()
        for table in NET_TABLES:
            try:
                lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
            except OSError:
                continue
            inet.update(line.split()[9] for line in lines if len(line.split()) > 9)
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inet:
                self.inet_fds.append(f"file descriptor {fd} is an internet socket ({target})")


_WATCH = NetworkWatch()
sys.addaudithook(_WATCH.audit)  # audit hooks cannot be removed: it records only while active


@pytest.fixture
def watch(monkeypatch):
    real = socket.socket

    class RecordingSocket(real):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 (socket's names)
            if _WATCH.active:
                _WATCH.events.append(("socket.__new__", (self, family, type, proto)))
            super().__init__(family, type, proto, fileno)

    monkeypatch.setattr(socket, "socket", RecordingSocket)
    _WATCH.events.clear()
    _WATCH.inet_fds.clear()
    _WATCH.active = True
    yield _WATCH
    _WATCH.active = False


def test_the_watch_sees_sockets_connections_and_native_descriptors(watch):
    """The watch works: it sees a socket made, a connection tried, and an open internet socket."""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.2)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        watch.check_descriptors()
    finally:
        listener.close()
    found = "\n".join(watch.problems())
    for expected in ("a socket of family", "socket.connect to ('127.0.0.1', 9)", "socket.bind",
                     "socket.getaddrinfo", "is an internet socket"):
        assert expected in found
    watch.events.clear()
    watch.inet_fds.clear()
    first, second = socket.socketpair(socket.AF_UNIX)
    first.close()
    second.close()
    watch.check_descriptors()
    assert {event for event, _args in watch.events} == {"socket.__new__"}
    assert watch.problems() == [], "local (AF_UNIX) sockets are allowed"


def test_a_whole_workshop_opens_no_network_socket(watch, main_window, qtbot, tmp_path):
    ctx = main_window.ctx
    store = ctx.store
    poll = QTimer()
    poll.timeout.connect(watch.check_descriptors)
    poll.start(10)

    # planning: a workshop, its participants, the ready-made agenda of the built-in pack
    workshop = store.create_workshop(Workshop(title="Bridging leaders and operations", date="2026-05-04",
                                              location="Depot", facilitator="Sam"))
    people = store.add_participants(workshop.id, [Participant(name=n, side=s) for n, s in (
        ("Ann", "operations"), ("Bo", "leadership"), ("陈静", "management"), ("Dee <b>&", "other"))])
    pack = next(p for p in ctx.library.packs() if p.agendas)
    items, missing = planning.template_items(pack, pack.agendas[0], workshop.id)
    assert items and missing == []
    agenda = store.replace_agenda(workshop.id, items)
    main_window.hub.workshopOpened.emit(workshop.id)
    for page in main_window.pages:
        main_window.show_page(page)
        qtbot.wait(30)
    assert main_window.current_page() == list(main_window.pages)[-1]

    # running: notes, cards in a cluster, votes, ratings, actions
    item = agenda[0].id
    store.save_note(Note(text="Hand-offs are late on Mondays", workshop_id=workshop.id, agenda_item_id=item))
    store.save_note(Note(text="Check in with Bo", workshop_id=workshop.id, private=True))
    cluster = store.add_cluster(Cluster(name="Meetings", workshop_id=workshop.id, agenda_item_id=item))
    cards = [store.add_card(Card(text=t, workshop_id=workshop.id, agenda_item_id=item, cluster_id=cluster.id))
             for t in ("Weekly stand-up", "Shared dashboard")]
    for person in people:
        store.set_votes(item, cards[0].id, person.id, 2)
        store.set_rating(item, person.id, "clarity", 4)
    for person in people[:3]:
        store.add_action(ActionItem(text=f"{person.name} runs the stand-up", workshop_id=workshop.id,
                                    owners=[person.id], due="2026-06-01", strategy="open-communication"))
    main_window.hub.workshopChanged.emit(workshop.id)
    for page in ("run", "plan", "workshops", "library", "run"):
        main_window.show_page(page)
        qtbot.wait(30)

    # wrap-up: the Wrap-up page writes the plans and the report on its worker thread
    wrapup = main_window.pages.get("wrapup")
    if wrapup is not None:
        main_window.show_page("wrapup")
        wrapup.folder.setText(str(tmp_path / "wrap-up"))
        qtbot.mouseClick(wrapup.generate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wrapup.task is None, timeout=60_000)
        assert wrapup.result is not None, wrapup.status.text()
    # and the same through the plans API, the run sheet too; the workshop file; a backup
    data = store.load_workshop_data(workshop.id)
    plans = write_action_plans(data, tmp_path / "plans")
    assert len(plans.participant_files) == len(people)
    write_report(data, tmp_path / "report.pdf")
    write_run_sheet(data, tmp_path / "run-sheet.pdf")
    workshop_files.export_workshop_file(ctx, workshop.id, tmp_path / "workshop.json")
    workshop_files.import_workshop_file(ctx, tmp_path / "workshop.json")
    backup_now(store, ctx.data_dir.backups, reason="test")
    main_window.hub.workshopsChanged.emit()
    QApplication.processEvents()
    poll.stop()
    watch.check_descriptors()
    assert watch.problems() == []
