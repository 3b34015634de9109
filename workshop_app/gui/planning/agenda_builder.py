"""The Agenda tab: exercises from the library, breaks and free items, clock times and the total."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.dialogs import confirm
from workshop_app.gui.models.agenda_model import AgendaModel
from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.planning.commands import AGENDA, AddRows, EditRow, ReplaceAgenda
from workshop_app.gui.planning.library_panel import LibraryPanel
from workshop_app.gui.planning.panels import RowsPanel
from workshop_app.gui.planning.views import AGENDA_MIME, EXERCISE_MIME, DropTableView, decode
from workshop_app.i18n import counted
from workshop_app.model import Workshop
from workshop_app.model.workshop import MAX_ITEM_MINUTES
from workshop_app.services import planning


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_ITEM_MINUTES)
        spin.setAccessibleName(self.tr("Minutes"))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin


class AgendaPanel(RowsPanel):
    list_name = AGENDA
    row_mime = AGENDA_MIME
    status = Signal(str)
    problem = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.workshop: Workshop | None = None
        self.model = AgendaModel(self)
        self.model.editRequested.connect(self._edit)
        view = DropTableView((AGENDA_MIME, EXERCISE_MIME))
        view.setObjectName("agendaTable")
        view.setAccessibleName(self.tr("Agenda"))
        view.setModel(self.model)
        view.setItemDelegateForColumn(AgendaModel.MINUTES, MinutesDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.setup_table(view)

        sp = QStyle.StandardPixmap
        self.break_button = QPushButton(self.tr("Add &break"))
        self.break_button.clicked.connect(self.add_break)
        self.custom_button = QPushButton(self.tr("Add &free item"))
        self.custom_button.setToolTip(self.tr("A welcome, a round of questions, anything not in the library"))
        self.custom_button.clicked.connect(self.add_custom)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected items (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button, self.down_button = self.move_buttons()
        self.template_button = QPushButton(self.tr("Start from a ready-made &agenda…"))
        self.template_button.setToolTip(self.tr("Replace the agenda with one of the packs' agendas "
                                                "(asks first; can be undone)"))
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self.fill_templates)
        self.template_button.setMenu(self.template_menu)

        self.total = QLabel()
        self.total.setObjectName("planTotal")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setAccessibleName(self.tr("Total time"))
        self.warning_icon = QLabel()
        self.warning_icon.setPixmap(self.style().standardIcon(sp.SP_MessageBoxWarning).pixmap(20, 20))
        self.warning_icon.setAccessibleName(self.tr("Over the planned length"))

        self.library = LibraryPanel(ctx)
        self.library.addRequested.connect(lambda keys: self.add_exercises(keys, self._insert_row()))

        tools = QHBoxLayout()
        tools.addWidget(self.template_button)
        tools.addStretch(1)
        tools.addWidget(self.break_button)
        tools.addWidget(self.custom_button)
        buttons = QHBoxLayout()
        for w in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.warning_icon)
        buttons.addWidget(self.total)
        agenda_box = QWidget()
        left = QVBoxLayout(agenda_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(tools)
        left.addWidget(view, 1)
        left.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(agenda_box)
        splitter.addWidget(self.library)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- content --------------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        if session is None:
            self.workshop = None
            self.model.set_plan([], "09:00")
        else:
            self.workshop = session.store.get_workshop(session.workshop_id)
            self.model.set_plan(session.store.list_agenda(session.workshop_id), self.workshop.start_time)
        self.library.set_language(self.workshop.language if self.workshop is not None else None)
        self._show_total()
        self._update_buttons()

    def _show_total(self) -> None:
        if self.workshop is None:
            self.total.setText("")
            self.warning_icon.hide()
            return
        total = planning.plan_total(self.workshop, self.model.rows)
        text = total.text()
        if self.model.rows:
            text += " · " + self.tr("ends at {time}").format(time=planning.end_time(self.workshop,
                                                                                  self.model.rows))
        self.total.setText(text)
        self.total.setProperty("overrun", total.overrun)
        self.total.style().unpolish(self.total)
        self.total.style().polish(self.total)
        self.warning_icon.setVisible(total.overrun)

    def overrun(self) -> bool:
        return bool(self.total.property("overrun"))

    def _update_buttons(self) -> None:
        has = bool(self.view.selectionModel().selectedRows()) and self.session is not None
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        for button in (self.break_button, self.custom_button, self.template_button):
            button.setEnabled(self.session is not None)

    def remove_text(self, count: int) -> str:
        return counted(count, self.tr("Remove agenda item"), self.tr("Remove %n agenda items", None, count))

    def move_text(self) -> str:
        return self.tr("Reorder agenda")

    def _insert_row(self) -> int | None:
        """New items go after the selected row, else at the end."""
        rows = self.selected_rows()
        return rows[-1] + 1 if rows else None

    # -- edits ----------------------------------------------------------------------------------
    def _add(self, items, position: int | None, text: str) -> None:
        if self.session is not None and items:
            self.session.push(AddRows(self.session, AGENDA, items, position, text))

    @Slot()
    def add_break(self) -> None:
        self._add([planning.break_item()], self._insert_row(), self.tr("Add break"))
        self._edit_title()

    @Slot()
    def add_custom(self) -> None:
        self._add([planning.custom_item()], self._insert_row(), self.tr("Add free item"))
        self._edit_title()

    def _edit_title(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            title = self.model.index(index.row(), AgendaModel.TITLE)
            self.view.setFocus()
            self.view.setCurrentIndex(title)
            self.view.edit(title)

    def add_exercises(self, keys: list, position: int | None) -> None:
        items = []
        for pack_id, exercise_id in keys:
            try:
                exercise = self.ctx.library.exercise(pack_id, exercise_id)
            except UserError as exc:
                self.problem.emit(str(exc))
                continue
            if exercise is not None:
                items.append(planning.exercise_item(pack_id, exercise))
        text = (self.tr("Add “{title}”").format(title=items[0].title) if len(items) == 1
                else self.tr("Add {n} exercises").format(n=len(items)))
        self._add(items, position, text)

    def drop_other(self, mime, row: int) -> None:
        keys = decode(mime, EXERCISE_MIME)
        if isinstance(keys, list):
            keys = [k for k in keys if isinstance(k, list) and len(k) == 2]
            self.add_exercises(keys, row)

    @Slot(int, str, object)
    def _edit(self, item_id: int, field: str, value) -> None:
        if self.session is None:
            return
        old = getattr(self.model.item(self.model.row_of(item_id)), field)
        text = self.tr("Set minutes") if field == "minutes" else self.tr("Rename agenda item")
        self.session.push(EditRow(self.session, AGENDA, item_id, field, old, value, text))

    # -- ready-made agendas ---------------------------------------------------------------------
    @Slot()
    def fill_templates(self) -> None:
        self.template_menu.clear()
        found = False
        for pack in self.ctx.library.packs(self.workshop.language if self.workshop is not None else None):
            for template in pack.agendas:
                action = self.template_menu.addAction(f"{pack.title} — {template.title}")
                action.setToolTip(plain_tooltip(template.description))
                action.triggered.connect(lambda _c=False, p=pack.id, t=template.id: self.start_from(p, t))
                found = True
        if not found:
            self.template_menu.addAction(self.tr("No pack has a ready-made agenda")).setEnabled(False)

    def start_from(self, pack_id: str, template_id: str) -> None:
        if self.session is None:
            return
        try:
            pack, template = planning.find_template(self.ctx.library.packs(), pack_id, template_id)
        except UserError as exc:
            self.problem.emit(str(exc))
            return
        if self.model.rowCount() and not confirm(
                self, self.tr("Replace the agenda"),
                self.tr("Replace the current agenda with “{title}”?\nYou can undo this.").format(
                    title=template.title),
                self.tr("Replace")):
            return
        items, problems = planning.template_items(pack, template, self.session.workshop_id)
        self.session.push(ReplaceAgenda(self.session, items,
                                        self.tr("Start from “{title}”").format(title=template.title)))
        if problems:
            self.problem.emit("\n".join(problems))
        else:
            self.status.emit(self.tr("The agenda now follows “{title}”.").format(title=template.title))
