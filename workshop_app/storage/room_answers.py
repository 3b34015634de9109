"""Each answer from a phone stored once: the reply to each answer id, the last ones per workshop.

An answer id is the phone's own random number for one answer (docs/room.md): a phone whose
reply was lost sends the same answer again with the same id, maybe after the room was closed
and opened again or the app restarted. The table ``room_answers`` (migration 0010_room) keeps
the reply given to each id; nothing in it names a device or a person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop_app.storage.base import StoreBase, writes

#: How many answer ids a workshop keeps (the oldest are forgotten first).
ROOM_ANSWERS_KEPT = 10_000


class RoomAnswersMixin(StoreBase):
    @writes
    def answer_once(self, workshop_id: int, answer_id: str, store_answer: Callable[[], Any],
                    keep: int = ROOM_ANSWERS_KEPT) -> tuple[Any, bool]:
        """The reply to ``answer_id`` and whether it was given before.

        The first time, ``store_answer()`` stores the answer (through this store's write methods:
        their transactions nest in this one) and returns the reply (JSON-safe), which is kept with
        the id in the same transaction: an answer is never stored without its id, nor the id
        without its answer. Again with the same id, the same reply, and nothing stored. Only the
        last ``keep`` ids of the workshop are kept."""
        import json  # here: the window's first frame loads no JSON (2 ms to import)

        self._row("workshops", workshop_id)
        earlier = self._scalar("SELECT reply FROM room_answers WHERE workshop_id = ? AND answer_id = ?",
                               [workshop_id, answer_id])
        if earlier is not None:
            return json.loads(earlier), True
        reply = store_answer()
        # a plain INSERT: sqlite-utils' insert reads the table's columns first, on every answer
        self.db.execute("INSERT INTO room_answers (workshop_id, answer_id, reply) VALUES (?, ?, ?)",
                        [workshop_id, answer_id, json.dumps(reply, ensure_ascii=False)])
        over = self._scalar("SELECT count(*) FROM room_answers WHERE workshop_id = ?", [workshop_id]) - keep
        if over > 0:
            self.db.execute("DELETE FROM room_answers WHERE id IN (SELECT id FROM room_answers "
                            "WHERE workshop_id = ? ORDER BY id LIMIT ?)", [workshop_id, over])
        return reply, False
