"""Opening pack editors: a new pack, a user pack, a copy of a built-in one, a draft, a pack file.

One window per pack; opening a pack that is already being edited brings its
window to the front. Built-in packs are never edited: the trainer is offered
a copy first (copy on write).
"""

from __future__ import annotations

import copy
import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.errors import UserError
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pack_editor.dialogs import DraftsDialog
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.gui.pack_editor.window import PackEditorWindow
from workshop_app.model import Pack
from workshop_app.model.workshop import local_time
from workshop_app.services import pack_editing as pe
from workshop_app.services.context import AppContext


class PackEditors(QObject):
    def __init__(self, ctx: AppContext, hub: SignalHub, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.parent_widget = parent
        self.drafts = pe.DraftStore(ctx.data_dir.packs / "drafts")
        self.windows: dict[str, PackEditorWindow] = {}
        #: The last question asked (for tests and screen readers).
        self.last_box: QMessageBox | None = None

    # -- entry points -----------------------------------------------------------------------------
    def new_pack(self) -> PackEditorWindow | None:
        """An empty pack, or (when there are drafts) the trainer's choice of a draft to continue."""
        drafts = self.drafts.drafts()
        if drafts:
            dialog = DraftsDialog(drafts, self.parent_widget)
            if not dialog.exec() or dialog.choice is None:
                return None
            if dialog.choice:
                return self.open_draft(dialog.choice)
        key = self.drafts.free_key({p.id for p in self.ctx.library.packs()} | set(self.windows))
        return self._open(pe.new_pack(), original_id=None, key=key)

    def edit(self, pack_id: str) -> PackEditorWindow | None:
        """Edit a user pack; a built-in pack is duplicated first (if the trainer agrees)."""
        library = self.ctx.library
        try:
            pack = library.get(pack_id)
            if pack.builtin:
                if not self._ask(self.tr("Edit a copy?"), self.tr(
                        "“{title}” is a built-in pack: it is never changed. Make your own copy and edit "
                        "that?").format(title=pack.title), self.tr("Duplicate and edit")):
                    return None
                pack = library.duplicate(pack_id)
                self.hub.packsChanged.emit()
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return None
        if pack.id in self.windows:
            return self._raise(self.windows[pack.id])
        if self.drafts.exists(pack.id):
            when = local_time(datetime.datetime.fromtimestamp(self.drafts.path(pack.id).stat().st_mtime,
                                                              datetime.UTC))
            answer = self._ask(self.tr("Continue the draft?"), self.tr(
                "You kept a draft of “{title}” on {when}. Continue the draft, or open the saved pack "
                "(the draft stays in your drafts)?").format(
                    title=pack.title, when=when),
                self.tr("Continue the draft"), self.tr("Open the saved pack"))
            if answer is None:
                return None
            if answer:
                return self.open_draft(pack.id)
        try:
            assets = library.assets(pack.id)
        except UserError:
            assets = {}
        return self._open(copy.deepcopy(pack), original_id=pack.id, key=pack.id, assets=assets)

    def open_draft(self, key: str) -> PackEditorWindow | None:
        if key in self.windows:
            return self._raise(self.windows[key])
        try:
            pack = self.drafts.load(key)
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return None
        user_ids = {p.id for p in self.ctx.library.packs() if not p.builtin}
        original = key if key in user_ids else None
        assets = self.ctx.library.assets(key) if original else {}
        return self._open(pack, original_id=original, key=key, assets=assets, from_draft=True)

    def open_file(self, path: Path) -> PackEditorWindow | None:
        """A pack file, valid or not, opened as a new pack (saving puts it in the library)."""
        try:
            pack, assets, _problems = pe.load_for_editing(path)
        except UserError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open the pack"), str(exc),
                              QMessageBox.StandardButton.Ok, self.parent_widget)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDetailedText("\n".join(exc.details))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.last_box = box
            box.open()
            return None
        taken = {p.id for p in self.ctx.library.packs()} | set(self.windows)
        key = self.drafts.free_key(taken, pe.slugify(pack.id) or "imported-pack")
        return self._open(pack, original_id=None, key=key, assets=assets)

    def flush(self) -> None:
        """Keep what is being edited as drafts (the app is closing)."""
        for window in list(self.windows.values()):
            window.flush()

    # -- windows ----------------------------------------------------------------------------------
    def _open(self, pack: Pack, *, original_id: str | None, key: str, assets: dict[str, bytes] | None = None,
              from_draft: bool = False) -> PackEditorWindow:
        session = PackSession(self.ctx, pack, original_id=original_id, draft_key=key, assets=assets,
                              from_draft=from_draft)
        window = PackEditorWindow(session, self.hub, self.drafts, self.parent_widget)
        window.files.opener = self.open_file
        self.windows[key] = window
        window.saved.connect(lambda old, w=window: self._rekey(old, w))
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        return self._raise(window)

    def _raise(self, window: PackEditorWindow) -> PackEditorWindow:
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _rekey(self, old: str, window: PackEditorWindow) -> None:
        self.windows.pop(old, None)
        self.windows[window.session.draft_key] = window

    def _forget(self, window: PackEditorWindow) -> None:
        for key, open_window in list(self.windows.items()):
            if open_window is window:
                del self.windows[key]

    def _ask(self, title: str, text: str, yes: str, no: str | None = None) -> bool | None:
        """True for ``yes``, False for ``no``, None for Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                          self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole) if no else None
        box.setDefaultButton(yes_button)
        self.last_box = box
        box.exec()
        clicked = box.clickedButton()
        if clicked is yes_button:
            return True
        if no_button is not None and clicked is no_button:
            return False
        return None
