"""Notes on an agenda item: a plain-text area, autosaved, each note public or private.

A note is stored exactly as typed and shown exactly as stored (plain text:
no Markdown or HTML is read into it, so ``<!--``, ``&gt;`` or ``# `` stay
what they are). A private note is for the facilitator only: it is never
projected and only appears in the facilitator's report. Typing is saved on
the schedule of :mod:`workshop_app.gui.autosave` (a second after the last
key, at least every two seconds while typing) and whenever the note is left
or the app closes; if the write fails, the text stays on screen and is saved
at the next chance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.autosave import Autosave
from workshop_app.gui.run import commands
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.model import Note

#: After a failed write, try again this much later.
RETRY_MS = 5000


class NotesCapture(CaptureWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(env, parent)
        self.notes: list[Note] = []
        self.current: Note | None = None
        self._dirty = False
        self._loading = False
        self.autosave = Autosave(self.flush, self)
        self._build()

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes on this item"))
        self.list.currentRowChanged.connect(self._select_row)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_note)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Type a note. It is saved as you type."))
        self.editor.textChanged.connect(self._typed)
        self.private = QCheckBox(self.tr("&Private (facilitator only)"))
        self.private.setToolTip(self.tr("Never shown on the projector; only in your facilitator report"))
        self.private.toggled.connect(self._private_toggled)
        self.saved = QLabel()
        self.saved.setObjectName("noteSaved")
        self.saved.setStyleSheet("color: palette(placeholder-text);")

        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.private)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        ll.addLayout(buttons)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(tools)
        rl.addWidget(self.editor, 1)
        rl.addWidget(self.saved)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.flush()  # never lose what is being typed
        keep = self.current.id if self.current is not None else None
        self.notes = []
        if self.item is not None and self.env.workshop_id is not None:
            self.notes = self.store.list_notes(self.wid, self.item.id)
        self._loading = True
        self.list.clear()
        for note in self.notes:
            self.list.addItem(self._list_item(note))
        self._loading = False
        row = next((i for i, n in enumerate(self.notes) if n.id == keep), len(self.notes) - 1)
        if row >= 0:
            self.list.setCurrentRow(row)
            self._select_row(row)
        else:
            self._show(None)

    def _list_item(self, note: Note) -> QListWidgetItem:
        first = next((line.strip() for line in note.text.splitlines() if line.strip()), "")
        text = first[:80] or self.tr("(empty note)")
        if note.private:
            text = self.tr("🔒 {text}  (private)").format(text=text)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        return item

    def _select_row(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self.notes):
            return
        if self.current is not None and self.current.id == self.notes[row].id:
            return
        self.flush()
        self._show(self.notes[row])

    def _show(self, note: Note | None) -> None:
        self.autosave.clear()
        self._loading = True
        self.current = note
        self.editor.setPlainText(note.text if note else "")
        self.private.setChecked(bool(note and note.private))
        self._loading = False
        self._dirty = False
        self.saved.setText("")
        self.delete_button.setEnabled(note is not None)

    # -- editing --------------------------------------------------------------------------------
    def new_note(self) -> None:
        self.flush()
        self.list.clearSelection()
        self._show(None)
        self.editor.setFocus()

    def _typed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.saved.setText(self.tr("Editing…"))
        self.autosave.changed()

    def _private_toggled(self, private: bool) -> None:
        if self._loading:
            return
        self._dirty = True
        self.flush()

    def flush(self) -> None:
        """Save the note being typed now (a new note is created on its first save)."""
        self.autosave.clear()
        if not self._dirty or self.item is None or self.env.workshop_id is None:
            return
        text = self.editor.toPlainText()
        if self.current is None and not text.strip():
            self._dirty = False
            return
        note = Note(text=text, workshop_id=self.wid, agenda_item_id=self.item.id,
                    private=self.private.isChecked())
        if self.current is not None:
            note.id = self.current.id
            note.created_at = self.current.created_at
        try:
            stored = self.store.save_note(note)
        except UserError as exc:
            self.saved.setText(self.tr("Not saved yet: {reason}").format(reason=exc))
            self.env.report(exc)
            self.autosave.retry_later(RETRY_MS)  # the text stays; try again
            return
        self._dirty = False
        created = self.current is None
        self.current = stored
        self.saved.setText(self.tr("Saved"))
        self.delete_button.setEnabled(True)
        self._update_list(stored, created)
        self.env.changed.emit()

    def _update_list(self, note: Note, created: bool) -> None:
        self._loading = True
        if created:
            self.notes.append(note)
            self.list.addItem(self._list_item(note))
            self.list.setCurrentRow(len(self.notes) - 1)
        else:
            for i, n in enumerate(self.notes):
                if n.id == note.id:
                    self.notes[i] = note
                    item = self.list.item(i)
                    item.setText(self._list_item(note).text())
        self._loading = False

    def delete_note(self) -> None:
        note = self.current
        if note is None:
            return
        self._dirty = False
        self.autosave.clear()
        shown = self.editor.toPlainText()  # what is on screen, saved or not, is what Undo brings back
        self.current = None
        self.env.push(commands.DeleteNote(self.env, note.id, shown, self.reload))
