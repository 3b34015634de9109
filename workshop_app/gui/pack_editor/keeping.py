"""Keeping the pack being edited: save it to the library (valid packs only, with a new version),
keep it as a draft (any pack), or ask what to do with unsaved changes on closing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.errors import UserError
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pack_editor import dialogs
from workshop_app.gui.pack_editor.forms import count_problems
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.services import pack_editing as pe

log = logging.getLogger(__name__)


class PackKeeper(QObject):
    """Saving and keeping drafts, given what it uses: the session, the hub, the drafts, the dialogs'
    parent, ``refresh`` (show the session again) and ``saved`` (told the old draft key after a save)."""

    def __init__(self, session: PackSession, hub: SignalHub, drafts: pe.DraftStore, parent: QWidget,
                 refresh: Callable[[], None], saved: Callable[[str], None]):
        super().__init__(parent)
        self.session = session
        self.hub = hub
        self.drafts = drafts
        self.parent_widget = parent
        self.refresh = refresh
        self.saved = saved
        #: The version last saved: a version bump is offered only if the trainer has not changed it.
        self.saved_version = self.session.pack.version

    def save(self) -> bool:
        """Save into the library if the pack is valid (offering a new version); else offer a draft."""
        s = self.session
        problems = s.validate_now()
        if problems:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pack not valid yet"), self.tr(
                "“{title}” has {problems}, listed on the left. A pack that is not valid cannot go into "
                "your library; you can keep it as a draft and finish it later.").format(
                title=s.pack.title or s.pack.id, problems=count_problems(len(problems))),
                QMessageBox.StandardButton.Cancel, self.parent_widget)
            box.setTextFormat(Qt.TextFormat.PlainText)
            draft = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(draft)
            box.exec()
            return self.keep_draft() if box.clickedButton() is draft else False
        if s.original_id is not None and s.pack.version == self.saved_version:
            dialog = dialogs.VersionDialog(s.pack.title, s.pack.version, pe.suggest_versions(s.pack.version),
                                           self.parent_widget)
            if not dialog.exec():
                return False
            if dialog.version() != s.pack.version:
                s.set(("version",), dialog.version(), self.tr("New version"), merge=False)
        return self._save_valid()

    def _save_valid(self) -> bool:
        s = self.session
        library = s.ctx.library
        pack = pe.for_saving(s.pack)
        try:
            library.save_user_pack(pack, assets=s.assets or None)
            if s.original_id is not None and s.original_id != pack.id:
                library.delete_user_pack(s.original_id)  # the id changed: the pack moves to its new file
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return False
        old_key = s.draft_key
        self.drafts.delete(old_key)
        s.original_id = s.draft_key = pack.id
        s.is_draft = False
        s.fresh.discard(id(s.pack))
        self.saved_version = pack.version
        s.stack.setClean()
        self.saved(old_key)
        self.hub.packsChanged.emit()
        self.hub.status.emit(self.tr("Saved pack “{title}”, version {version}.").format(
            title=pack.title, version=pack.version))
        s.validate_now()
        return True

    def keep_draft(self) -> bool:
        s = self.session
        try:
            path = self.drafts.save(s.draft_key, s.pack)
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return False
        s.is_draft = True
        s.stack.setClean()
        self.refresh()
        self.hub.status.emit(self.tr("Kept as a draft: {path}").format(path=path))
        return True

    def flush(self) -> None:
        """Keep unsaved changes as a draft (the app is closing)."""
        s = self.session
        if s.dirty:
            try:
                self.drafts.save(s.draft_key, s.pack)
                s.is_draft = True
                s.stack.setClean()
            except UserError:
                log.exception("could not keep the pack being edited as a draft")

    def may_close(self) -> bool:
        """True when nothing is left unsaved, or the trainer chose what to do with it."""
        s = self.session
        if not s.dirty:
            return True
        problems = s.validate_now()
        answer = dialogs.ask_on_close(self.parent_widget, s.pack.title or s.pack.id, not problems,
                                      len(problems))
        return {dialogs.SAVE: self.save, dialogs.DRAFT: self.keep_draft,
                dialogs.DISCARD: lambda: True, dialogs.CANCEL: lambda: False}[answer]()
