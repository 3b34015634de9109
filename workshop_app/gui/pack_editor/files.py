"""Export the pack being edited (``.yaml``, or ``.wspack`` with its pictures) and open a pack file to edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workshop_app.errors import UserError
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pack_editor.forms import count_problems
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.services import pack_editing as pe
from workshop_app.services.pack_editing import write_pack_yaml, write_wspack

YAML_FILTER = QT_TRANSLATE_NOOP("PackEditor", "Pack file (*.yaml)")
WSPACK_FILTER = QT_TRANSLATE_NOOP("PackEditor", "Pack with pictures (*.wspack)")


class FileActions(QObject):
    """The editor's File actions, given what they use: the session, the hub, the dialogs' parent
    and where to show a short status."""

    def __init__(self, session: PackSession, hub: SignalHub, parent: QWidget,
                 show_status: Callable[[str], None]):
        super().__init__(parent)
        self.session = session
        self.hub = hub
        self.parent_widget = parent
        self.show_status = show_status
        #: Opens a pack file in a new editor (set by whoever opened the window).
        self.opener = None
        self.last_dialog: QFileDialog | None = None

    def _dialog(self, title: str, filters: list[str], save: bool) -> str:
        dialog = QFileDialog(self.parent_widget, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilters(filters)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.selectFile(f"{self.session.pack.id or 'pack'}.yaml")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.last_dialog = dialog
        if not dialog.exec() or not dialog.selectedFiles():
            return ""
        path = dialog.selectedFiles()[0]
        if save and Path(path).suffix.lower() not in (".yaml", ".yml", ".wspack"):
            wspack = dialog.selectedNameFilter() == translate("PackEditor", WSPACK_FILTER)
            path += ".wspack" if wspack else ".yaml"
        return path

    def export(self) -> None:
        session = self.session
        problems = session.validate_now()
        if problems:
            QMessageBox.warning(self.parent_widget, self.tr("Export"), self.tr(
                "Fix the pack first ({problems}): an exported pack must be valid.").format(
                problems=count_problems(len(problems))))
            return
        filters = [translate("PackEditor", YAML_FILTER), translate("PackEditor", WSPACK_FILTER)]
        path = self._dialog(self.tr("Export the pack"), filters, True)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the pack (as it would be saved) to ``path``; ``.wspack`` takes its pictures along."""
        session = self.session
        pack = pe.for_saving(session.pack)
        try:
            if path.suffix.lower() == ".wspack":
                write_wspack(pack, path, session.assets)
            else:
                write_pack_yaml(pack, path)
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return False
        message = self.tr("Exported to {path}").format(path=path)
        self.hub.status.emit(message)
        self.show_status(message)
        return True

    def open_file(self) -> None:
        path = self._dialog(self.tr("Open a pack file to edit"),
                            [self.tr("Exercise packs (*.yaml *.yml *.wspack)")], False)
        if path and self.opener is not None:
            self.opener(Path(path))
