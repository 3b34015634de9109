"""Dot vote: options, dots per participant (up to the exercise's limit) or counted totals, the ranking."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.models.capture_votes import VoteTableModel
from workshop_app.gui.run import commands
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.gui.run.capture_tables import NumberTable
from workshop_app.gui.run.charts import VoteBars
from workshop_app.model import AgendaItem, Card, Exercise
from workshop_app.services import capture


class VotesCapture(CaptureWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(env, parent)
        self.model = VoteTableModel(self)
        self.model.on_set = self.set_votes
        self.model.on_choose = self.choose
        self._build()

    def _build(self) -> None:
        self.entry = self.entry_line("optionEntry", self.tr("New option"),
                                     self.tr("Add an option and press Enter"), self.add_option)
        self.copy_from = QComboBox()
        self.copy_from.setAccessibleName(self.tr("Copy the cards of"))
        copy = QPushButton(self.tr("Copy cards"))
        copy.setToolTip(self.tr("Use the cards of an earlier item as the options"))
        copy.clicked.connect(self.copy_cards)
        top = QHBoxLayout()
        top.addWidget(self.entry, 3)
        top.addWidget(self.copy_from, 2)
        top.addWidget(copy)

        self.per_person = QRadioButton()
        self.totals = QRadioButton(self.tr("Counted totals"))
        self.totals.setToolTip(self.tr("Type the dots you counted on each option"))
        self.per_person.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.per_person)
        modes.addButton(self.totals)
        self.totals.toggled.connect(self.set_counted)
        self.message = QLabel()
        self.message.setObjectName("voteMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #c4001d;")
        self.message.hide()
        mode_row = QHBoxLayout()
        mode_row.addWidget(QLabel(self.tr("Enter:")))
        mode_row.addWidget(self.per_person)
        mode_row.addWidget(self.totals)
        mode_row.addStretch(1)
        self.chosen_hint = QLabel(self.tr("After the count, tick the options the room takes forward "
                                          "(Space on an option): only those print on the plans."))
        self.chosen_hint.setObjectName("chosenHint")
        self.chosen_hint.setWordWrap(True)
        self.chosen_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_hint.setStyleSheet("color: palette(placeholder-text);")

        self.table = NumberTable(self.tr("Dots per option"))
        self.table.setObjectName("voteTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_option)
        self.chart = VoteBars()
        self.chart.setObjectName("voteChart")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 200])  # the grid the dots are typed into first, not the chart's leftovers

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(mode_row)
        layout.addWidget(self.chosen_hint)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    @property
    def limit(self) -> int | None:
        return capture.vote_limit(self.exercise.capture) if self.exercise else None

    # -- loading --------------------------------------------------------------------------------
    def set_item(self, item: AgendaItem | None, exercise: Exercise | None) -> None:
        self.message.clear()  # a refused entry is said while that item is shown, not after
        self.message.hide()
        super().set_item(item, exercise)

    def reload(self) -> None:
        limit = self.limit
        self.per_person.setText(self.tr("Per person ({n} each)").format(n=limit) if limit
                                else self.tr("Per person"))
        self.per_person.setToolTip(self.tr("Type each participant's dots"))
        cards: list[Card] = []
        counted = False
        if self.item is not None and self.env.workshop_id is not None:
            capture.seed_cards(self.store, self.wid, self.item, self.exercise)
            cards = self.store.list_cards(self.wid, self.item.id)
            counted = self.store.votes_counted(self.item.id)
        with QSignalBlocker(self.totals):
            (self.totals if counted else self.per_person).setChecked(True)
        votes = self._votes()
        people = capture.grid_people(self.env.participants, (v.participant_id for v in votes))
        self.model.set_data(cards, people, votes, limit, self.totals.isChecked())
        self.table.fit_columns(1)
        self.table.fit_label_column(0)
        self._fill_copy_from()
        self._show_ranking()

    def set_counted(self, counted: bool) -> None:
        """Switch between dots per participant and counted totals, kept with the item."""
        if self.item is not None and self.env.workshop_id is not None:
            try:
                self.store.set_votes_counted(self.item.id, counted)
            except UserError as exc:
                self.env.report(exc)
        self.reload()

    def _votes(self):
        if self.item is None or self.env.workshop_id is None:
            return []
        return self.store.list_votes(self.wid, self.item.id)

    def refresh_votes(self) -> None:
        """New counts without resetting the table (the cell editor moves on with Tab)."""
        self.model.update_votes(self._votes())
        self._show_ranking()

    def card_added(self, card: Card) -> None:
        if self.item is None or card.agenda_item_id != self.item.id:
            return  # (Redo of a card of an item no longer shown: it shows when that item is)
        self.model.insert_card(card)
        self._show_ranking()

    def card_removed(self, card_id: int) -> None:
        self.model.remove_card(card_id)
        self.refresh_votes()  # its dots, if any, go too

    def _show_ranking(self) -> None:
        self.chart.set_bars(capture.result_bars(self.model.cards, self.model.votes))

    def _fill_copy_from(self) -> None:
        self.copy_from.clear()
        if self.item is None:
            return
        for item in self.env.agenda:
            if item.id != self.item.id and self.store.list_cards(self.wid, item.id):
                self.copy_from.addItem(item.title, item.id)
        self.copy_from.setEnabled(self.copy_from.count() > 0)

    # -- entering -------------------------------------------------------------------------------
    def set_votes(self, card_id: int, participant_id: int | None, count: int) -> bool:
        person = self.env.participant(participant_id)
        try:
            capture.check_vote(self.limit, self.model.votes, person, card_id, count)
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        self.message.clear()
        self.message.hide()
        return self.env.push(commands.SetVotes(self.env, self.item.id, card_id, participant_id, count,
                                               self.refresh_votes))

    def choose(self, card_id: int, chosen: bool) -> bool:
        """Mark an option chosen (the room takes it forward) or not; undoable."""
        text = (self.tr("Mark chosen") if chosen else self.tr("Unmark chosen"))
        return self.env.push(commands.EditCards(self.env, text, [card_id], {"chosen": chosen},
                                                lambda: self.card_changed(card_id)))

    def card_changed(self, card_id: int) -> None:
        """The stored option changed (chosen, or back by Undo): its row and the chart show it."""
        if any(card.id == card_id for card in self.model.cards):
            self.model.update_card(self.store.get_card(card_id))
            self._show_ranking()

    def add_option(self) -> None:
        text = self.entry.text().strip()
        if text and self.item is not None and self.env.push(commands.AddCard(
                self.env, Card(text=text, workshop_id=self.wid, agenda_item_id=self.item.id),
                self.card_added, self.card_removed)):
            self.entry.clear()

    def delete_option(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and index.column() == 0:
            self.env.push(commands.DeleteCard(self.env, self.model.cards[index.row()].id, self.reload))

    def copy_cards(self) -> None:
        source = self.copy_from.currentData()
        if source is None or self.item is None:
            return
        self.env.push(commands.CopyCards(self.env, source, self.item.id, self.reload))
