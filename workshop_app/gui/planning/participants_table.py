"""The Participants tab: a table to add, edit, remove and reorder; CSV import and pasted rows."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.dialogs import Role, choose
from workshop_app.gui.models.participants_model import ParticipantsModel, side_label
from workshop_app.gui.planning.commands import PARTICIPANTS, AddRows, EditRow
from workshop_app.gui.planning.panels import RowsPanel
from workshop_app.gui.planning.views import PARTICIPANT_MIME, DropTableView
from workshop_app.gui.taskman import TaskManager
from workshop_app.i18n import counted
from workshop_app.model import SIDES, Participant
from workshop_app.services import csv_import, planning


class SideCombo(QComboBox):
    """The Side editor: a choice from its open list is final; arrow keys only change the choice
    (Tab, Enter or leaving the cell saves it and moves on, like every other cell)."""

    #: A side was picked from the open list.
    picked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._listed = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._listed = True
        super().showPopup()

    def keyPressEvent(self, event) -> None:
        self._listed = False  # keys on the closed box: not a pick from the list
        super().keyPressEvent(event)

    def _activated(self, _index: int) -> None:
        if self._listed:
            self._listed = False
            self.picked.emit()


class SideDelegate(QStyledItemDelegate):
    """A combo box of the four sides."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = SideCombo(parent)
        combo.setAccessibleName(self.tr("Side"))
        for key in SIDES:
            combo.addItem(side_label(key), key)
        combo.picked.connect(lambda c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, at))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantsPanel(RowsPanel):
    list_name = PARTICIPANTS
    row_mime = PARTICIPANT_MIME
    #: A message for the status bar.
    status = Signal(str)
    #: A problem the user must see.
    problem = Signal(str)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.model = ParticipantsModel(self)
        self.model.editRequested.connect(self._edit)
        view = DropTableView((PARTICIPANT_MIME,))
        view.setObjectName("participantsTable")
        view.setAccessibleName(self.tr("Participants"))
        view.setModel(self.model)
        view.setItemDelegateForColumn(ParticipantsModel.COLUMNS.index("side"), SideDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((220, 200, 160, 130)):
            view.setColumnWidth(col, width)
        self.setup_table(view)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), view)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(lambda: self.paste_rows())

        self.add_button = QPushButton(self.tr("&Add participant"))
        self.add_button.setToolTip(self.tr("Add a row and type the name (Insert)"))
        self.add_button.clicked.connect(self.add_participant)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), view)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert.activated.connect(self.add_participant)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected participants (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.absent_button = QPushButton(self.tr("Mar&k absent"))
        self.absent_button.setToolTip(self.tr("Absent people keep what they gave (their dots still "
                                              "count) but are not offered for new input and get no "
                                              "printed plan"))
        self.absent_button.clicked.connect(self.toggle_absent)
        self.up_button, self.down_button = self.move_buttons()
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr("Read a sign-up sheet saved as CSV"))
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.paste_button = QPushButton(self.tr("Paste ro&ws"))
        self.paste_button.setToolTip(self.tr("Add rows copied from a spreadsheet (Ctrl+V in the table)"))
        self.paste_button.clicked.connect(lambda: self.paste_rows())
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for w in (self.add_button, self.remove_button, self.absent_button, self.up_button,
                  self.down_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        layout.addWidget(self.count)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def reload(self) -> None:
        session = self.session
        rows = session.store.list_participants(session.workshop_id) if session else []
        self.model.set_rows(rows)
        sides = Counter(p.side for p in rows)
        parts = [f"{side_label(k)} {sides[k]}" for k in SIDES if sides[k]]
        absent = sum(p.absent for p in rows)
        self.count.setText(counted(len(rows), self.tr("1 participant"),
                                   self.tr("%n participants", None, len(rows)))
                           + (" · " + ", ".join(parts) if parts else "")
                           + (" · " + self.tr("{n} absent").format(n=absent) if absent else ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.view.selectionModel().selectedRows()) and self.session is not None
        for button in (self.remove_button, self.absent_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.absent_button.setText(self.tr("Mar&k present") if self._all_absent()
                                   else self.tr("Mar&k absent"))
        for button in (self.add_button, self.import_button, self.paste_button):
            button.setEnabled(self.session is not None)

    def _selected_people(self) -> list[Participant]:
        return [self.model.participant(r) for r in self.selected_rows()]

    def _all_absent(self) -> bool:
        people = self._selected_people()
        return bool(people) and all(p.absent for p in people)

    def remove_text(self, count: int) -> str:
        return counted(count, self.tr("Remove participant"), self.tr("Remove %n participants", None, count))

    def move_text(self) -> str:
        return self.tr("Reorder participants")

    # -- remove or mark absent -------------------------------------------------------------------
    @Slot()
    def remove_selected(self) -> None:
        """Remove the selection; someone with captured data: ask first, offering Mark absent."""
        people = self._selected_people()
        if self.session is None or not people:
            return
        warning = planning.removal_warning(self.session.store, people)
        if warning:
            question = (self.tr("Mark them absent instead?") if len(people) > 1
                        else self.tr("Mark absent instead?"))
            answer = choose(self, self.tr("Remove participants"), warning + "\n" + question, [
                (self.tr("Mark absent"), Role.AcceptRole),
                (self.tr("Remove"), Role.DestructiveRole),
                (self.tr("Cancel"), Role.RejectRole)],
                details=self.tr(
                    "Absent people stay in the record and their dots and ratings still count, but they "
                    "are not offered for new input and get no printed plan. Removing deletes their "
                    "dots, ratings and action ownerships (Undo brings them back)."),
                icon=QMessageBox.Icon.Warning)
            if answer == 0:
                self.mark_absent(people, True)
            if answer != 1:
                return
        super().remove_selected()

    @Slot()
    def toggle_absent(self) -> None:
        people = self._selected_people()
        if self.session is not None and people:
            self.mark_absent(people, not self._all_absent())

    def mark_absent(self, people: list[Participant], absent: bool) -> None:
        """Mark people absent (or present again) in one undo step."""
        changing = [p for p in people if p.absent != absent]
        if self.session is None or not changing:
            return
        if absent:
            text = (self.tr("Mark {name} absent").format(name=changing[0].name) if len(changing) == 1
                    else self.tr("Mark {n} participants absent").format(n=len(changing)))
        else:
            text = (self.tr("Mark {name} present").format(name=changing[0].name) if len(changing) == 1
                    else self.tr("Mark {n} participants present").format(n=len(changing)))
        self.session.stack.beginMacro(text)
        for person in changing:
            self.session.push(EditRow(self.session, PARTICIPANTS, person.id, "absent", person.absent,
                                      absent, text))
        self.session.stack.endMacro()
        self.select_handles([p.id for p in changing])
        self._update_buttons()

    # -- edits ----------------------------------------------------------------------------------
    @Slot()
    def add_participant(self) -> None:
        if self.session is None:
            return
        rows = self.selected_rows()
        position = rows[-1] + 1 if rows else None
        person = Participant(name=self.tr("New participant"))
        self.session.push(AddRows(self.session, PARTICIPANTS, [person], position,
                                  self.tr("Add participant")))
        self.view.setFocus()
        index = self.view.currentIndex()
        if index.isValid():
            name = self.model.index(index.row(), 0)
            self.view.setCurrentIndex(name)
            self.view.edit(name)

    @Slot(int, str, object)
    def _edit(self, participant_id: int, field: str, value) -> None:
        if self.session is None:
            return
        old = getattr(self.model.participant(self.model.row_of(participant_id)), field)
        label = self.model.headers[ParticipantsModel.COLUMNS.index(field)]
        self.session.push(EditRow(self.session, PARTICIPANTS, participant_id, field, old, value,
                                  self.tr("Edit {field}").format(field=label.lower())))

    def add_many(self, people: list[Participant], text: str) -> None:
        """Add people in one undo step (an import or a paste)."""
        if self.session is None or not people:
            return
        self.session.stack.beginMacro(text)
        self.session.push(AddRows(self.session, PARTICIPANTS, people, None, text))
        self.session.stack.endMacro()

    @Slot()
    def paste_rows(self, text: str | None = None) -> None:
        if self.session is None:
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.status.emit(self.tr("The clipboard holds no rows to paste: copy rows in a "
                                     "spreadsheet first."))
            return
        column = self.view.currentIndex().column() if self.view.currentIndex().isValid() else 0
        first = ParticipantsModel.COLUMNS[max(0, column)]
        result = csv_import.parse_clipboard(text, self.model.rows, first_field=first)
        people = result.new_participants()
        self.add_many(people, counted(len(people), self.tr("Paste 1 participant"),
                                      self.tr("Paste %n participants", None, len(people))))
        notes = [str(p) for p in result.problems]
        notes += [str(csv_import.Problem(r.line, r.duplicate)) for r in result.duplicates]
        message = counted(len(people), self.tr("Pasted 1 participant."),
                          self.tr("Pasted %n participants.", None, len(people)))
        if notes:
            self.problem.emit("\n".join([message, self.tr("Not pasted:"), *notes[:20]]))
        else:
            self.status.emit(message)

    @Slot()
    def import_csv(self, path: str | None = None) -> None:
        from workshop_app.gui.planning.csv_dialog import CsvImportDialog

        if self.session is None:
            return
        dialog = CsvImportDialog(self.model.rows, self.tasks, self)
        if not dialog.choose_file(path):
            return
        if dialog.exec() != CsvImportDialog.DialogCode.Accepted:
            return
        people = dialog.participants()
        self.add_many(people, counted(len(people), self.tr("Import 1 participant"),
                                      self.tr("Import %n participants", None, len(people))))
        self.status.emit(counted(len(people), self.tr("Imported 1 participant."),
                                 self.tr("Imported %n participants.", None, len(people))))
