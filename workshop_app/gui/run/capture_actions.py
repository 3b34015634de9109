"""Action items: quick entry (text, owner, Enter), a table, and a form for the selected action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.models.capture_actions import ActionTableModel
from workshop_app.gui.models.participants_model import person_label
from workshop_app.gui.run import commands
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.gui.run.capture_cards import participant_combo, refill_participants
from workshop_app.model import STRATEGIES, ActionItem
from workshop_app.services import capture

TEXT_FIELDS = ("text", "measure", "support", "checkin_with")
DATE_FIELDS = ("due", "checkin")


class ActionsCapture(CaptureWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(env, parent)
        self.model = ActionTableModel(self)
        #: The id of the action shown in the form.
        self.current_id: int | None = None
        self._loading = False
        self._build()

    def _build(self) -> None:
        self.entry = self.entry_line("actionEntry", self.tr("New action"),
                                     self.tr("Type an action and press Enter"), self.add_action)
        self.owner = participant_combo(self.env, self.tr("(no owner)"), self.tr("Owner of the new action"))
        self.owner.setObjectName("actionOwner")
        # a two-person agreement: the second owner, chosen by typing a name (Tab or Alt+H to get here)
        self.partner = participant_combo(self.env, self.tr("(nobody else)"),
                                         self.tr("Second owner of the new action"))
        self.partner.setObjectName("actionPartner")
        partner_label = QLabel(self.tr("S&hared with:"))
        partner_label.setBuddy(self.partner)
        for combo in (self.owner, self.partner):
            combo.installEventFilter(self)  # Enter on a chosen owner adds the typed action
        who = QHBoxLayout()  # under the entry line: the panel is narrow
        who.addWidget(self.owner, 1)
        who.addWidget(partner_label)
        who.addWidget(self.partner, 1)
        top = QVBoxLayout()
        top.addWidget(self.entry)
        top.addLayout(who)

        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"text": self.tr("&What:"), "due": self.tr("&By when:"), "measure": self.tr("&Measure:"),
                  "support": self.tr("&Support needed:"), "checkin": self.tr("&Check-in:"),
                  "checkin_with": self.tr("Check in w&ith:")}
        for name in ("text", "due", "measure", "support", "checkin", "checkin_with"):
            edit = QLineEdit()
            edit.setObjectName(f"action_{name}")
            if name in DATE_FIELDS:
                edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.editingFinished.connect(lambda name=name: self._commit_field(name))
            self.fields[name] = edit
        self.owners = QListWidget()
        self.owners.setObjectName("actionOwners")
        self.owners.setAccessibleName(self.tr("Owners"))
        self.owners.setFlow(QListWidget.Flow.LeftToRight)
        self.owners.setWrapping(True)
        self.owners.setMaximumHeight(self.owners.fontMetrics().height() * 4 + 16)  # about three rows
        self.owners.itemChanged.connect(lambda _it: self._commit_owners())
        self.way = QComboBox()
        self.way.setObjectName("actionWay")
        self.way.addItem(self.tr("(not chosen)"), "")
        for s in STRATEGIES:
            self.way.addItem(f"{s.number}. {QCoreApplication.translate('Strategies', s.title)}", s.id)
        self.way.currentIndexChanged.connect(lambda _i: self._commit_way())
        form.addRow(labels["text"], self.fields["text"])
        form.addRow(self.tr("Owners:"), self.owners)
        form.addRow(labels["due"], self.fields["due"])
        form.addRow(labels["measure"], self.fields["measure"])
        form.addRow(self.tr("&Way it serves:"), self.way)
        form.addRow(labels["support"], self.fields["support"])
        form.addRow(labels["checkin"], self.fields["checkin"])
        form.addRow(labels["checkin_with"], self.fields["checkin_with"])
        self.fields["checkin_with"].setPlaceholderText(self.tr("Who the owners will check in with"))
        self.message = QLabel()
        self.message.setObjectName("actionMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #c4001d;")
        self.message.setWordWrap(True)  # a German message is longer than the room beside Delete
        self.delete_button = QPushButton(self.tr("Delete action"))
        self.delete_button.clicked.connect(self.delete_action)
        self.form = QWidget()
        fl = QVBoxLayout(self.form)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.delete_button)
        fl.addLayout(bottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        refill_participants(self.owner, self.env)
        refill_participants(self.partner, self.env)
        actions = self.store.list_actions(self.wid) if self.env.workshop_id is not None else []
        self.model.set_actions(actions, {p.id: p.name for p in self.env.participants}, self.language())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(220, max(120, self.table.columnWidth(0))))
        row = self.model.row_of(self.current_id)
        if row < 0 and actions:
            row = len(actions) - 1
        if row >= 0:
            self.table.selectRow(row)
        self._select(row)

    def _action(self) -> ActionItem | None:
        row = self.model.row_of(self.current_id)
        return self.model.actions[row] if row >= 0 else None

    def _select(self, row: int) -> None:
        action = self.model.actions[row] if 0 <= row < len(self.model.actions) else None
        self.current_id = action.id if action else None
        self._loading = True
        for name, edit in self.fields.items():
            edit.setText(getattr(action, name) if action else "")
        self.owners.clear()
        owners = action.owners if action else []
        for p in capture.grid_people(self.env.participants, owners):  # absent: only as an owner
            item = QListWidgetItem(person_label(p))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if action and p.id in action.owners
                               else Qt.CheckState.Unchecked)
            self.owners.addItem(item)
        self.way.setCurrentIndex(max(0, self.way.findData(action.strategy if action else "")))
        self._loading = False
        self.form.setEnabled(action is not None)
        self.message.clear()

    # -- changes --------------------------------------------------------------------------------
    def add_action(self) -> None:
        text = self.entry.text().strip()
        if not text or self.item is None:
            return
        owners = [o for o in (self.owner.currentData(), self.partner.currentData()) if o is not None]
        action = ActionItem(text=text, workshop_id=self.wid, agenda_item_id=self.item.id,
                            owners=list(dict.fromkeys(owners)))
        command = commands.AddAction(self.env, action)

        def after() -> None:
            self.current_id = command.ids[0] if command.ids else None
            self.reload()

        command.after = after
        if self.env.push(command):
            self.entry.clear()
            self.owner.setCurrentIndex(0)  # the next action is nobody's until someone is chosen
            self.partner.setCurrentIndex(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Enter on the owner or the second owner adds the typed action, and the next one is
        typed in the entry line again."""
        if (watched in (self.owner, self.partner) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.entry.text().strip()):
            self.add_action()
            self.entry.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _update(self, label: str, **changes) -> None:
        action = self._action()
        if action is None:
            return
        command = commands.EditAction(self.env, action.id, changes, label, self.reload)
        if not command.empty:
            self.env.push(command)

    def _commit_field(self, name: str) -> None:
        if self._loading or self._action() is None:
            return
        text = self.fields[name].text().strip()
        if name == "text" and not text:
            self.message.setText(self.tr("An action needs some text."))
            return
        if name in DATE_FIELDS:
            label = self.tr("By when") if name == "due" else self.tr("Check-in")
            try:
                text = capture.parse_date(text, label)
            except UserError as exc:
                self.message.setText(str(exc))  # the typed text stays to be corrected
                return
        self.message.clear()
        self._update(self.tr("Edit action"), **{name: text})

    def _commit_owners(self) -> None:
        if self._loading:
            return
        owners = [self.owners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.owners.count())
                  if self.owners.item(i).checkState() == Qt.CheckState.Checked]
        self._update(self.tr("Change owners"), owners=owners)

    def _commit_way(self) -> None:
        if not self._loading:
            self._update(self.tr("Change the way it serves"), strategy=self.way.currentData() or "")

    def flush(self) -> None:
        for name in self.fields:
            self._commit_field(name)

    def delete_action(self) -> None:
        action = self._action()
        if action is None:
            return
        self.env.push(commands.DeleteAction(self.env, action.id, self.reload))
