"""The left of the console: the agenda (planned against actual), the item's steps, and the keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.models.run_agenda import RunAgendaModel
from workshop_app.gui.run.shortcuts import CONSOLE_KEYS_PROPERTY, help_rows
from workshop_app.services.run_session import RunSession


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label


class NavigationPanel(QWidget):
    jumpToItem = Signal(int)
    jumpToStep = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RunAgendaModel(self)
        self.agenda = QTableView()
        self.agenda.setObjectName("runAgenda")
        self.agenda.setModel(self.model)
        self.agenda.setAccessibleName(self.tr("Agenda: planned and actual time"))
        self.agenda.setProperty(CONSOLE_KEYS_PROPERTY, True)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.verticalHeader().hide()
        self.agenda.setWordWrap(False)
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.activated.connect(lambda ix: self.jumpToItem.emit(ix.row()))
        self.agenda.doubleClicked.connect(lambda ix: self.jumpToItem.emit(ix.row()))
        self.agenda.setToolTip(self.tr("Double-click or press Enter to jump to an item"))

        self.steps = QListWidget()
        self.steps.setObjectName("runSteps")
        self.steps.setAccessibleName(self.tr("Steps of this item"))
        self.steps.setProperty(CONSOLE_KEYS_PROPERTY, True)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.itemActivated.connect(lambda it: self.jumpToStep.emit(self.steps.row(it)))
        self.steps.itemClicked.connect(lambda it: self.jumpToStep.emit(self.steps.row(it)))

        keys = QGridLayout()
        keys.setColumnStretch(1, 1)
        keys.setHorizontalSpacing(10)
        keys.setVerticalSpacing(1)
        for row, (key, text) in enumerate(help_rows()):
            key_label = QLabel(key)
            key_label.setStyleSheet("font-weight: 600;")
            text_label = QLabel(text)
            text_label.setWordWrap(True)
            keys.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            keys.addWidget(text_label, row, 1)
        self.keys = QWidget()
        self.keys.setObjectName("runKeys")
        self.keys.setLayout(keys)
        self.keys.setStyleSheet("#runKeys QLabel { font-size: 8.5pt; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Agenda")))
        layout.addWidget(self.agenda, 3)
        self.steps_heading = _heading(self.tr("Steps"))
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps, 2)
        layout.addWidget(_heading(self.tr("Keys")))
        layout.addWidget(self.keys)

    def show_session(self, session: RunSession) -> None:
        self.model.set_rows(session.agenda_rows())
        if session.index >= 0:
            self.agenda.selectRow(session.index)
            self.agenda.scrollTo(self.model.index(session.index, 0))
        self.steps.clear()
        has_steps = session.exercise is not None and bool(session.exercise.steps)
        for i, step in enumerate(session.steps if has_steps else []):
            item = QListWidgetItem(self.tr("{n}. {title} ({minutes} min)").format(
                n=i + 1, title=step.title, minutes=step.minutes))
            if i == session.step_index:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.steps.addItem(item)
        if has_steps:
            self.steps.setCurrentRow(session.step_index)
        self.steps.setVisible(has_steps)
        self.steps_heading.setVisible(has_steps)

    def show_time(self, session: RunSession) -> None:
        self.model.set_rows(session.agenda_rows())
