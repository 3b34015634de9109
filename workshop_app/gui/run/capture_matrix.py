"""2x2 matrix: candidate actions (this item's cards and actions) placed on two named axes by drag."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.run import commands
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.gui.run.matrix_view import CANDIDATE_MIME, MatrixView
from workshop_app.model import Card, Placement
from workshop_app.services import capture


class CandidateList(QListWidget):
    """Candidates not on the matrix yet; drag one onto the matrix to place it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(3)
        self.setMaximumHeight(84)

    def mimeTypes(self) -> list[str]:
        return [CANDIDATE_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(CANDIDATE_MIME, QByteArray(str(items[0].data(Qt.ItemDataRole.UserRole)).encode()))
            data.setText(items[0].text())
        return data


class MatrixCapture(CaptureWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(env, parent)
        self.texts: dict[str, str] = {}
        self.placements: dict[str, Placement] = {}  # by note key: what is on the matrix now
        self._build()

    def _build(self) -> None:
        self.entry = self.entry_line("candidateEntry", self.tr("New candidate action"),
                                     self.tr("Add a candidate action and press Enter"), self.add_candidate)
        self.tray = CandidateList()
        self.tray.setObjectName("candidateTray")
        self.tray.setAccessibleName(self.tr("Candidates not placed yet"))
        self.tray.itemActivated.connect(lambda _it: self.place_selected())
        place = QPushButton(self.tr("&Place"))
        place.setToolTip(self.tr("Put the selected candidate in the middle of the matrix (or drag it)"))
        place.clicked.connect(self.place_selected)
        self.view = MatrixView()
        self.view.setObjectName("matrixView")
        self.view.setAccessibleName(self.tr("Matrix: arrows move the selected note, Tab picks the next, "
                                            "Space marks it chosen, Delete takes it off"))
        self.view.on_place = self.place
        self.view.on_remove = self.remove
        self.view.on_choose = self.choose
        self.choose_button = QPushButton(self.tr("Mark &chosen"))
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.setToolTip(self.tr("Mark the selected notes as chosen: the quick wins and big "
                                              "bets the room takes forward (only those print on the "
                                              "plans). Space on the matrix does the same."))
        self.choose_button.clicked.connect(lambda: self.choose(self.view.selected_keys()))

        self.take_chosen_button = QPushButton(self.tr("&Take the dot vote's chosen options"))
        self.take_chosen_button.setObjectName("takeChosenButton")
        self.take_chosen_button.clicked.connect(self.take_chosen)
        self.vote_source = None  # the dot vote whose chosen options can be taken

        self.tray_label = QLabel(self.tr("To place (drag onto the matrix):"))
        self.tray_label.setWordWrap(True)
        self.place_button = place
        head = QHBoxLayout()
        head.addWidget(self.tray_label, 1)
        head.addWidget(place)
        head.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        entry = QHBoxLayout()
        entry.addWidget(self.entry, 1)
        entry.addWidget(self.take_chosen_button)
        layout.addLayout(entry)
        layout.addLayout(head)
        layout.addWidget(self.tray)
        layout.addWidget(self.view, 1)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.view.set_axes(capture.matrix_axes(self.exercise.capture if self.exercise else None))
        self.texts = {}
        placed = []
        self.placements = {}
        if self.item is not None and self.env.workshop_id is not None:
            for card in self.store.list_cards(self.wid, self.item.id):
                self.texts[f"card:{card.id}"] = card.text
            for action in self.store.list_actions(self.wid):
                if action.agenda_item_id == self.item.id:
                    self.texts[f"action:{action.id}"] = action.text
            for p in self.store.list_placements(self.wid, self.item.id):
                key = f"card:{p.card_id}" if p.card_id is not None else f"action:{p.action_id}"
                if key in self.texts:
                    placed.append((key, self.texts[key], p.x, p.y, p.chosen))
                    self.placements[key] = p
        self.view.set_notes(placed)
        self._offer_vote()
        on_matrix = {key for key, *_ in placed}
        self.tray.clear()
        for key, text in self.texts.items():
            if key not in on_matrix:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.tray.addItem(item)
        waiting = self.tray.count() > 0
        for widget in (self.tray, self.place_button):
            widget.setVisible(waiting)
        self.tray_label.setText(self.tr("To place (drag onto the matrix):") if waiting
                                else self.tr("Mark the notes the room takes forward (Space):"))

    # -- changes --------------------------------------------------------------------------------
    @staticmethod
    def _ids(key: str) -> dict[str, int] | None:
        """``{"card_id": 4}`` or ``{"action_id": 7}`` for a note's key (``card:4``, ``action:7``)."""
        kind, _, number = key.partition(":")
        if kind not in ("card", "action") or not number.isdigit():
            return None
        return {f"{kind}_id": int(number)}

    def add_candidate(self) -> None:
        text = self.entry.text().strip()
        if text and self.item is not None and self.env.push(commands.AddCard(
                self.env, Card(text=text, workshop_id=self.wid, agenda_item_id=self.item.id),
                self.card_added, self.card_removed)):
            self.entry.clear()

    def _offer_vote(self) -> None:
        """Offer the chosen options of the dot vote before this item, when it has any."""
        source = None
        if self.item is not None and self.env.workshop_id is not None:
            source = capture.chosen_options_source(self.store, self.wid, self.env.agenda, self.item.id)
        self.vote_source = source
        self.take_chosen_button.setEnabled(source is not None)
        self.take_chosen_button.setToolTip(plain_tooltip(
            self.tr("Add the options the room chose in “{vote}” as candidates (those not here yet)")
            .format(vote=source.title)) if source is not None else
            self.tr("No dot vote before this item has chosen options yet"))

    def take_chosen(self) -> None:
        """The chosen options of the dot vote before this item as candidates (undoable)."""
        if self.vote_source is None or self.item is None:
            return
        self.env.push(commands.CopyCards(self.env, self.vote_source.id, self.item.id, self.reload,
                                         only_chosen=True))

    def place_selected(self) -> None:
        """The selected candidate to the middle of the matrix, selected there with the focus, so
        the arrows move it on and Space marks it chosen (the Place button may hide with it)."""
        item = self.tray.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self.place(key, 0.5, 0.5)
        note = self.view.notes.get(key)
        if note is not None:
            self.view.scene().clearSelection()
            note.setSelected(True)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self, key: str, x: float, y: float) -> None:
        self._set(key, (x, y))

    def remove(self, key: str) -> None:
        self._set(key, None)

    def choose(self, keys: list[str]) -> None:
        """Mark the notes ``keys`` chosen; if they all are already, unmark them (undoable)."""
        placed = [self.placements[key] for key in keys if key in self.placements]
        if not placed:
            return
        chosen = not all(p.chosen for p in placed)
        command = commands.ChoosePlacements(self.env, [p.id for p in placed], chosen, after=self.reload)
        if not command.empty:
            self.env.push(command)

    def _set(self, key: str, xy: tuple[float, float] | None) -> None:
        ids = self._ids(key)
        if ids is None or self.item is None:
            return
        command = commands.SetPlacement(self.env, self.item.id, xy, after=self.reload, **ids)
        if command.old != xy:
            self.env.push(command)
