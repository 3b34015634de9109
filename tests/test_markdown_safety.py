"""Pictures and HTML in pack and note text never read the disk; tooltips show user text as text.

Hostile inputs are real: a local picture file outside any pack (it would be
shown), ``/etc/passwd``, a named pipe (opening it would hang the app: a
watcher thread notices any reader and lets it go), and ``/dev/zero`` (read,
it grows memory until the app aborts: those checks run in a child process
whose memory is capped, so a fault ends that process, not the test run).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QEvent, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.safe_document import (
    MAX_PICTURE_SIDE,
    PackPictures,
    SafeDocument,
    decode_picture,
    placeholder,
)
from workshop_app.model import AgendaItem, Capture, Exercise, Note, Step, Workshop
from workshop_app.packs import validate_file, write_wspack
from workshop_app.packs.loader import load_pack

BAD = Path(__file__).parent / "data" / "packs" / "bad"
GOOD = Path(__file__).parent / "data" / "packs" / "good"
ROOT = Path(__file__).resolve().parent.parent
IMAGE = QTextDocument.ResourceType.ImageResource


def png(width: int, height: int, color: str = "#c4001d") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


PIPE_WATCHER = r"""
import os, sys, time
pipe, count, stop = sys.argv[1:4]
print("ready", flush=True)
while not os.path.exists(stop):
    try:
        fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only while a reader waits
    except OSError:
        time.sleep(0.005)
        continue
    with open(count, "a") as out:
        out.write("+")
    os.close(fd)  # the reader gets an empty file and goes on
"""


class PipeWatch:
    """A named pipe; another process counts the times anyone opens it for reading (and lets them go).

    A process, not a thread: a reader blocked in Qt may hold Python's lock. It watches until the
    test's windows are closed (the fixture is set up first), so a fault cannot hang the run.
    """

    def __init__(self, folder: Path):
        self.path = folder / "pipe.png"
        self._count = folder / "pipe.count"
        self._stop = folder / "pipe.stop"
        os.mkfifo(self.path)
        self._count.write_text("")
        self._proc = subprocess.Popen(
            [sys.executable, "-c", PIPE_WATCHER, str(self.path), str(self._count), str(self._stop)],
            stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout.readline().strip() == "ready"

    @property
    def opened(self) -> int:
        return len(self._count.read_text())

    def stop(self) -> None:
        self.path.unlink()  # a later look for it finds nothing rather than waiting for a writer
        self._stop.touch()
        self._proc.communicate(timeout=60)


@pytest.fixture
def pipe(tmp_path):
    """A watched named pipe (request it before ``main_window``, so it outlives the window)."""
    watch = PipeWatch(tmp_path)
    yield watch
    watch.stop()


@pytest.fixture
def secret(tmp_path) -> Path:
    """A picture on the disk, outside every pack: it must never be shown."""
    path = tmp_path / "secret.png"
    path.write_bytes(png(40, 30))
    return path


def hostile(secret: Path, pipe: Path) -> str:
    return (f"Look: ![passwd](/etc/passwd) ![secret]({secret}) ![file](file://{secret})\n\n"
            f"![pipe]({pipe}) ![up](assets/../{secret.name}) <img src=\"{secret}\">\n")


def pictures_in(document: QTextDocument) -> list[tuple[str, QImage]]:
    """Every picture a document shows: (its name, the image drawn)."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                image = document.resource(IMAGE, QUrl(name))
                image = image.toImage() if isinstance(image, QPixmap) else image
                found.append((name, image if isinstance(image, QImage) else QImage()))
            it += 1
        block = block.next()
    return found


def assert_no_picture_shown(*documents: QTextDocument) -> None:
    for document in documents:
        shown = pictures_in(document)
        assert shown, "the hostile text holds pictures"
        for name, image in shown:
            assert image == placeholder(), f"{name} was loaded"


# -- packs validate --------------------------------------------------------------------------------

def test_packs_validate_names_every_picture_that_leaves_the_pack(run_cli):
    path = BAD / "pictures.yaml"
    code, out, err = run_cli("packs", "validate", str(path))
    assert code != 0 and "not a valid pack" in err
    lines = out.splitlines()
    expected = [
        (8, 14, "exercises[0].summary: raw HTML pictures (<img>) are not allowed"),
        (11, 16, "exercises[0].objective: picture '/etc/passwd' refused: a picture is a file in the "
                 "pack's assets/ folder"),
        (16, 17, "exercises[0].steps[0].prompt: picture '/dev/zero' refused"),
        (22, 17, "exercises[0].steps[1].prompt: picture 'assets/../../etc/passwd' refused"),
        (22, 17, "exercises[0].steps[1].prompt: link 'file:///etc/passwd' refused"),
        (23, 24, "exercises[0].facilitator_notes: 'assets/diagram.png' is not in the pack"),
        (25, 9, "exercises[0].debrief[0]: raw HTML pictures (<img>) are not allowed"),
    ]
    for line, column, words in expected:
        assert any(x.startswith(f"{path}:{line}:{column}: {words}") for x in lines), (words, out)
    assert len(lines) == len(expected)  # the web link in debrief[1] is fine


def test_a_wspack_holds_its_pictures_and_names_the_missing_one(tmp_path):
    pack = load_pack(GOOD / "full.yaml")
    pack.exercises[0].objective = "A map:\n\n![the map](assets/map.png)"
    archive = tmp_path / "pictures.wspack"
    write_wspack(pack, archive, {"assets/map.png": png(40, 30)})
    assert validate_file(archive) == []
    pack.exercises[0].facilitator_notes = "And ![a chart](assets/chart.png) too."
    write_wspack(pack, archive, {"assets/map.png": png(40, 30)})
    problems = [str(p) for p in validate_file(archive)]
    assert len(problems) == 1
    assert "exercises[0].facilitator_notes: 'assets/chart.png' is not in the pack" in problems[0]
    assert problems[0].startswith(f"{archive}/pack.yaml:")


# -- the views -------------------------------------------------------------------------------------

def test_the_library_shows_a_pack_picture_from_its_archive_only(main_window, qtbot, ctx, tmp_path):
    pack = load_pack(GOOD / "full.yaml")
    pack.exercises[0].objective = "A map:\n\n![the map](assets/map.png)"
    archive = tmp_path / "pictures.wspack"
    write_wspack(pack, archive, {"assets/map.png": png(40, 30)})
    ctx.library.import_file(archive)
    main_window.show_page("library")
    page = main_window.pages["library"]
    page.reload()
    page.search.setText(pack.exercises[0].title)
    qtbot.waitUntil(lambda: page.exercises.rowCount() > 0)
    page.detail.grab()
    [(name, image)] = pictures_in(page.detail.document())
    assert name == "assets/map.png" and (image.width(), image.height()) == (40, 30)


def test_the_editor_preview_shows_the_pictures_of_the_pack_being_edited(qtbot):
    from workshop_app.gui.pack_editor.preview import ExercisePreview

    preview = ExercisePreview()
    qtbot.addWidget(preview)
    ex = Exercise(id="map", title="Map", minutes=5, objective="![the map](assets/map.png)",
                  steps=[Step("Look", 5, "On the wall: ![the map](assets/map.png)")],
                  capture=Capture(type="notes"))
    preview.show_exercise("Pictures", ex, {"assets/map.png": png(40, 30)})
    for document in (preview.facilitator.document(), preview.projector.prompt.document()):
        shown = pictures_in(document)
        assert shown and all((image.width(), image.height()) == (40, 30) for _name, image in shown)


HOSTILE_PACK = """format: 1
id: hostile
title: Hostile
version: "1.0"
exercises:
  - id: one
    title: One
    minutes: 5
    themes: [vision]
    objective: |
      {objective}
    steps:
      - title: Look
        minutes: 5
        prompt: |
          {prompt}
    capture: {{type: notes}}
"""


def test_the_editor_preview_of_a_hostile_pack_reads_nothing(pipe, main_window, qtbot, tmp_path, secret):
    main_window.show_page("library")
    page = main_window.pages["library"]
    text = hostile(secret, pipe.path)
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_PACK.format(objective=text.replace("\n", "\n      "),
                                        prompt=text.replace("\n", "\n          ")), encoding="utf-8")
    editor = page.editors.open_file(path)
    assert editor is not None
    preview = editor.exercise_editor.preview
    editor.exercise_editor.tabs.setCurrentWidget(preview)
    preview.show_exercise("Hostile", editor.session.pack.exercises[0])
    preview.facilitator.grab()
    preview.projector.grab()
    QApplication.processEvents()
    assert pipe.opened == 0
    assert "Look:" in preview.facilitator.toPlainText()
    assert_no_picture_shown(preview.facilitator.document(), preview.projector.prompt.document())


def test_the_run_page_and_its_notes_read_nothing(pipe, main_window, qtbot, ctx, secret):
    text = hostile(secret, pipe.path)
    ex = Exercise(id="hostile", title="Hostile", minutes=5, steps=[Step("Look", 5, text)],
                  facilitator_notes=text, capture=Capture(type="notes"))
    store = ctx.store
    w = store.create_workshop(Workshop(title="Stored before validation", date="2026-03-12",
                                       start_time="09:00", planned_minutes=30))
    item = store.add_agenda_item(AgendaItem(title=ex.title, minutes=5, workshop_id=w.id,
                                            pack_id="old", exercise_id=ex.id, exercise=ex.to_dict()))
    store.save_note(Note(text=text, workshop_id=w.id, agenda_item_id=item.id))
    page = main_window.pages["run"]
    main_window.hub.workshopOpened.emit(w.id)
    main_window.show_page("run")
    page.projector.show()
    page.refresh_time()  # the projector follows the console
    editor = page.capture.notes.editor
    panel = page.step_panel
    for view in (panel.prompt, panel.facilitator_notes, page.projector.prompt, editor):
        view.grab()
    QApplication.processEvents()
    assert pipe.opened == 0
    assert "Look:" in page.step_panel.prompt.toPlainText()
    assert_no_picture_shown(page.step_panel.prompt.document(), page.step_panel.facilitator_notes.document(),
                            page.projector.prompt.document())
    # The note editor is plain text: the note shows exactly as stored, with no picture at all.
    assert editor.toPlainText() == text and pictures_in(editor.document()) == []


def test_hovering_a_card_shows_its_text_as_text(main_window, qtbot, ctx, secret):
    from test_run_workshop import open_run, type_line

    page, _clock, wid, _items = open_run(main_window, qtbot, ctx, item=1)
    cards = page.capture.main
    for text in ("<img src=/dev/zero>", f"<img src={secret}> & more"):
        type_line(qtbot, cards.entry, text)
    stored = {c.text: c.id for c in ctx.store.list_cards(wid)}
    zero = cards.model.index_of_card(stored["<img src=/dev/zero>"])
    assert cards.model.data(zero, Qt.ItemDataRole.ToolTipRole) == "<qt>&lt;img src=/dev/zero&gt;</qt>"
    index = cards.model.index_of_card(stored[f"<img src={secret}> & more"])
    cards.tree.scrollTo(index)
    viewport = cards.tree.viewport()
    pos = cards.tree.visualRect(index).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert QToolTip.isVisible()
    shown = SafeDocument()
    shown.setHtml(QToolTip.text())
    assert shown.toPlainText() == f"<img src={secret}> & more"
    assert pictures_in(shown) == []
    QToolTip.hideText()


def test_every_text_view_is_made_safe():
    """No QTextBrowser, QTextEdit or QTextDocument in the GUI but through safe_view/SafeDocument."""
    made = re.compile(r"(?<![\w.])(QTextBrowser|QTextEdit|QTextDocument)\(")
    offenders = []
    for path in sorted((ROOT / "workshop_app" / "gui").rglob("*.py")):
        if path.name == "safe_document.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in made.finditer(line):
                if not line[:match.start()].rstrip().endswith("safe_view("):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_plain_tooltips_and_labels_are_text():
    assert plain_tooltip("") is None
    assert plain_tooltip("a <b>\nc & d") == "<qt>a &lt;b&gt;<br>c &amp; d</qt>"


# -- pack pictures: bounded, from the archive only -------------------------------------------------

class SpyAssets(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.asked: list[str] = []

    def get(self, key, default=None):
        self.asked.append(key)
        return super().get(key, default)


def test_pack_pictures_come_from_the_archive_bounded(secret):
    huge = png(MAX_PICTURE_SIDE + 1, 2)
    assets = SpyAssets({"assets/ok.png": png(40, 30), "assets/huge.png": huge,
                        "assets/text.png": b"not a picture", "assets/big.png": b"\x89PNG" + bytes(3 * 2**20)})
    doc = SafeDocument(pictures=PackPictures(assets))
    doc.setMarkdown(f"![a](assets/ok.png) ![b](assets/huge.png) ![c](assets/text.png) ![d](assets/big.png) "
                    f"![e](assets/./ok.png) ![f]({secret}) ![g](/dev/zero) ![h](data:image/png;base64,AAAA) "
                    f"![i](https://example.org/x.png) ![j](assets/%2e%2e/secret.png)")
    shown = dict(pictures_in(doc))
    assert (shown["assets/ok.png"].width(), shown["assets/ok.png"].height()) == (40, 30)
    assert shown["assets/./ok.png"] == shown["assets/ok.png"]
    for name, image in shown.items():
        if "ok.png" not in name:
            assert image == placeholder(), name
    assert set(assets.asked) <= {"assets/ok.png", "assets/huge.png", "assets/text.png", "assets/big.png"}
    assert decode_picture(huge) is None


# -- /dev/zero: in a child process with capped memory ----------------------------------------------

CHILD = r"""
import resource, sys
cap = 1536 * 2 ** 20  # a read of /dev/zero fails here instead of eating the machine
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from workshop_app.gui.app import ensure_application, open_context
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.pack_editor.preview import ExercisePreview
from workshop_app.model import AgendaItem, Capture, Card, Exercise, Note, Step, Workshop
from workshop_app.paths import DataDir
from workshop_app.services.context import AppContext

ZERO = "Zero: ![zero](/dev/zero) and <img src=/dev/zero>"
app = ensure_application()
ctx = AppContext(DataDir(Path(sys.argv[1])).ensure())
open_context(ctx)
store = ctx.store
w = store.create_workshop(Workshop(title="Zero", date="2026-03-12", start_time="09:00", planned_minutes=30))
ex = Exercise(id="zero", title="Zero", summary="<img src=/dev/zero>", minutes=5,
              steps=[Step("Look", 5, ZERO)], facilitator_notes=ZERO, capture=Capture(type="cards"))
item = store.add_agenda_item(AgendaItem(title="Zero", minutes=5, workshop_id=w.id, pack_id="old",
                                        exercise_id=ex.id, exercise=ex.to_dict()))
store.save_note(Note(text=ZERO, workshop_id=w.id, agenda_item_id=item.id))
card = store.add_card(Card(text="<img src=/dev/zero>", workshop_id=w.id, agenda_item_id=item.id))

window = MainWindow(ctx)
window.show()
window.hub.workshopOpened.emit(w.id)
window.show_page("run")
page = window.pages["run"]
page.projector.show()
page.refresh_time()
assert "Zero:" in page.projector.prompt.toPlainText()
for widget in (window, page.projector, page.capture.notes.editor):
    widget.grab()
app.processEvents()
print("run ok", flush=True)

cards = page.capture.main
index = cards.model.index_of_card(card.id)
cards.tree.scrollTo(index)
viewport = cards.tree.viewport()
pos = cards.tree.visualRect(index).center()
QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
assert QToolTip.isVisible() and "&lt;img" in QToolTip.text(), QToolTip.text()
for widget in QApplication.topLevelWidgets():
    if widget.isVisible():
        widget.grab()
print("tooltip ok", flush=True)

preview = ExercisePreview()
preview.show_exercise("Zero", ex)
preview.resize(1200, 700)
preview.show()
preview.grab()
print("preview ok", flush=True)
window.close()
ctx.close()
"""


def test_dev_zero_is_never_read(tmp_path):
    """The run page (prompt, notes, projector), a hovered card and the editor preview, all with
    /dev/zero in their text, in a process capped at 1.5 GB: it would abort on the first read."""
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("WORKSHOP_APP_DATA_DIR", None)
    proc = subprocess.run([sys.executable, str(script), str(tmp_path / "data")], capture_output=True,
                          text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["run", "ok", "tooltip", "ok", "preview", "ok"]
