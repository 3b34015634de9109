"""Action items (with their owners) and the run state of a workshop."""

from __future__ import annotations

from dataclasses import replace

from workshop_app.i18n import translate
from workshop_app.model.workshop import ACTION_STATUSES, ActionItem, RunState
from workshop_app.storage.base import reads, writes
from workshop_app.storage.errors import StorageError
from workshop_app.storage.removal import Removed
from workshop_app.storage.rows import from_row, to_row
from workshop_app.storage.single_rows import SingleRowsMixin


class ActionsMixin(SingleRowsMixin):
    def _check_action(self, workshop_id: int, action: ActionItem) -> None:
        if action.status not in ACTION_STATUSES:
            raise StorageError(translate("Storage", "{status} is not an action status (one of: {known}).")
                               .format(status=action.status, known=", ".join(ACTION_STATUSES)))
        self._check_refs(workshop_id, action)
        for owner in action.owners:
            self._check_refs(workshop_id, participant_id=owner)

    def _set_owners(self, action_id: int, owners: list[int]) -> None:
        self._set_people("action_owners", "action_id", action_id, owners)

    def _owners(self, workshop_id: int) -> dict[int, list[int]]:
        return self._people("action_owners", "action_id",
                            "t.action_id IN (SELECT id FROM actions WHERE workshop_id = ?)", [workshop_id])

    @writes
    def add_action(self, action: ActionItem) -> ActionItem:
        """Add an action item at the end; ``owners`` are participant ids of the same workshop."""
        self._check_action(action.workshop_id, action)  # type: ignore[arg-type]
        stored = replace(action, owners=list(dict.fromkeys(action.owners)),
                         position=self._next_position("actions", action.workshop_id))  # type: ignore[arg-type]
        stored.id = self._insert("actions", to_row(stored))
        self._set_owners(stored.id, stored.owners)
        return stored

    @writes
    def update_action(self, action: ActionItem) -> ActionItem:
        wid = self._workshop_of("actions", action.id)
        stored = replace(action, workshop_id=wid, owners=list(dict.fromkeys(action.owners)))
        self._check_action(wid, stored)
        self._update("actions", action.id, to_row(stored))
        self._set_owners(action.id, stored.owners)  # type: ignore[arg-type]
        return stored

    @writes
    def remove_action(self, action_id: int) -> Removed:
        """Delete an action with its owners and placements; what it returns puts them back."""
        return self._take_out("actions", action_id)

    @reads
    def list_actions(self, workshop_id: int) -> list[ActionItem]:
        self._row("workshops", workshop_id)
        owners = self._owners(workshop_id)
        actions = [from_row(ActionItem, r) for r in self.db.query(
            "SELECT * FROM actions WHERE workshop_id = ? ORDER BY position, id", [workshop_id])]
        for action in actions:
            action.owners = owners.get(action.id, [])  # type: ignore[arg-type]
        return actions

    # -- run state -------------------------------------------------------------------------
    @reads
    def get_run_state(self, workshop_id: int) -> RunState | None:
        self._row("workshops", workshop_id)
        found = next(self.db.query("SELECT * FROM run_state WHERE workshop_id = ?", [workshop_id]), None)
        return None if found is None else from_row(RunState, found)

    @writes
    def save_run_state(self, state: RunState) -> RunState:
        """Store where the run stands (one row per workshop, replaced)."""
        self._check_refs(state.workshop_id, state)
        self.db.table("run_state").upsert(to_row(state, skip=frozenset()), pk="workshop_id", alter=False)
        return state
