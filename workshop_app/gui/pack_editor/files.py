"""Export the pack being edited (``.yaml``, or ``.wspack`` with its pictures) and open a pack file to edit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop_app.errors import UserError
from workshop_app.gui.pack_editor.forms import count_problems, tr_editor
from workshop_app.i18n import tr_noop
from workshop_app.services import pack_editing as pe
from workshop_app.services.pack_editing import write_pack_yaml, write_wspack

if TYPE_CHECKING:  # pragma: no cover
    from workshop_app.gui.pack_editor.window import PackEditorWindow

YAML_FILTER = tr_noop("Pack file (*.yaml)")
WSPACK_FILTER = tr_noop("Pack with pictures (*.wspack)")


class FileActions(QObject):
    def __init__(self, window: PackEditorWindow):
        super().__init__(window)
        self.window = window
        #: Opens a pack file in a new editor (set by whoever opened the window).
        self.opener = None
        self.last_dialog: QFileDialog | None = None

    def _dialog(self, title: str, filters: list[str], save: bool) -> str:
        dialog = QFileDialog(self.window, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilters(filters)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.selectFile(f"{self.window.session.pack.id or 'pack'}.yaml")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.last_dialog = dialog
        if not dialog.exec() or not dialog.selectedFiles():
            return ""
        path = dialog.selectedFiles()[0]
        if save and Path(path).suffix.lower() not in (".yaml", ".yml", ".wspack"):
            path += ".wspack" if dialog.selectedNameFilter() == tr_editor(WSPACK_FILTER) else ".yaml"
        return path

    def export(self) -> None:
        session = self.window.session
        problems = session.validate_now()
        if problems:
            QMessageBox.warning(self.window, self.tr("Export"), self.tr(
                "Fix the pack first ({problems}): an exported pack must be valid.").format(
                problems=count_problems(len(problems))))
            return
        filters = [tr_editor(YAML_FILTER), tr_editor(WSPACK_FILTER)]
        path = self._dialog(self.tr("Export the pack"), filters, True)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the pack (as it would be saved) to ``path``; ``.wspack`` takes its pictures along."""
        session = self.window.session
        pack = pe.for_saving(session.pack)
        try:
            if path.suffix.lower() == ".wspack":
                write_wspack(pack, path, session.assets)
            else:
                write_pack_yaml(pack, path)
        except UserError as exc:
            self.window.hub.error.emit(str(exc))
            return False
        self.window.hub.status.emit(self.tr("Exported to {path}").format(path=path))
        self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 8000)
        return True

    def open_file(self) -> None:
        path = self._dialog(self.tr("Open a pack file to edit"),
                            [self.tr("Exercise packs (*.yaml *.yml *.wspack)")], False)
        if path and self.opener is not None:
            self.opener(Path(path))
