"""Running a check-in: which commitments it walks through, what the room sees of them, and the
progress papers afterwards.

Pure functions on ``WorkshopData`` (no Qt): the Check-in page and its tests use them. The
calculation of where each commitment stands is model.progress's; this module only picks the
commitments one check-in reviews and builds the projector's view, which never holds a note of
the facilitator's nor what helps or blocks (only the commitment, its owners, its status and
what happened).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from workshop_app.i18n import in_language, translate
from workshop_app.model import WorkshopData
from workshop_app.model.checkins import NOT_REVIEWED, REVIEW_STATUSES, ActionReview, CheckIn
from workshop_app.model.progress import CommitmentProgress, commitments_progress, status_label
from workshop_app.plans.labels import checkin_name
from workshop_app.services.capture import ProjectorResults, ResultBar
from workshop_app.services.run_session import ProjectorState
from workshop_app.storage.db import utc_now

#: The keys 1-4 of the Check-in page, in this order.
STATUS_KEYS = tuple(REVIEW_STATUSES)


@dataclass
class Entry:
    """One commitment as one check-in sees it."""

    progress: CommitmentProgress
    #: This check-in's review (None: not reviewed here yet).
    review: ActionReview | None
    #: (check-in, status key, NOT_REVIEWED, or NOT_MADE before it was made) for each earlier
    #: check-in.
    history: list[tuple[CheckIn, str]]
    #: Made at this check-in (nothing to review yet).
    new_here: bool = False

    @property
    def status(self) -> str:
        return self.review.status if self.review is not None else NOT_REVIEWED

    @property
    def reviewable(self) -> bool:
        """A workshop action or a commitment made at an earlier check-in: this check-in stores
        what it found (one made here has nothing to review yet)."""
        return not self.new_here

    def review_here(self, checkin_id: int, **found: Any) -> ActionReview:
        """``found`` (status, note, ...) as a review of this commitment by check-in ``checkin_id``."""
        progress = self.progress
        if progress.action is not None:
            return ActionReview(checkin_id=checkin_id, action_id=progress.action.id, **found)
        assert progress.commitment is not None
        return ActionReview(checkin_id=checkin_id, commitment_id=progress.commitment.id, **found)


def checkin_entries(data: WorkshopData, checkin_id: int) -> list[Entry]:
    """The commitments ``checkin_id`` walks through: the workshop's actions and the commitments
    made at earlier check-ins, then those made at this one; each with this check-in's review
    and the earlier check-ins' statuses."""
    checkins = data.follow_through.checkins
    index = next(i for i, c in enumerate(checkins) if c.id == checkin_id)
    earlier = {c.id for c in checkins[:index]}
    entries, new = [], []
    for progress in commitments_progress(data):
        made_at = progress.made_at
        if made_at is not None and made_at not in earlier and made_at != checkin_id:
            continue  # made at a later check-in
        history = list(zip(checkins[:index], progress.statuses[:index], strict=True))
        entry = Entry(progress, progress.reviews[index], history, new_here=made_at == checkin_id)
        (new if entry.new_here else entries).append(entry)
    return entries + new


def mark_run(store, checkin: CheckIn) -> CheckIn:
    """The check-in as taking place: ``started_at`` is set once, when it first records a review."""
    if checkin.started_at:
        return checkin
    return store.update_checkin(replace(checkin, started_at=utc_now()))


def status_counts(entries: list[Entry]) -> dict[str, int]:
    """How many commitments this check-in found done, in progress, stuck, dropped, not reviewed."""
    counts = Counter(e.status for e in entries if not e.new_here)
    return {key: counts[key] for key in (*STATUS_KEYS, NOT_REVIEWED)}


def owner_names(data: WorkshopData, progress: CommitmentProgress) -> str:
    names = [p.name for p in (data.participant(i) for i in progress.owners) if p is not None]
    return ", ".join(names)


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")


def literal(text: str) -> str:
    """``text`` as Markdown that shows exactly what was typed (every markup character escaped)."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def checkin_heading(data: WorkshopData, checkin: CheckIn) -> str:
    return checkin.title or data.workshop.title


def projector_state(data: WorkshopData, checkin: CheckIn, entries: list[Entry], current: int | None,
                    blank: bool = False) -> ProjectorState:
    """What the room sees: the commitment at ``current`` (its text, owners, status and what
    happened), or with ``current`` None the count of each status. Never a private note, never
    what helps or blocks."""
    w = data.workshop
    with in_language(w.language):
        heading = checkin_heading(data, checkin)
        if current is None or not 0 <= current < len(entries):
            counts = status_counts(entries)
            bars = tuple(ResultBar(status_label(key), n) for key, n in counts.items()
                         if key != NOT_REVIEWED or n)
            results = ProjectorResults(
                kind="votes", title=translate("Checkin", "Where our commitments stand"), bars=bars,
                language=w.language)
            return ProjectorState(workshop_title=w.title, item_title=heading, blank=blank,
                                  results=results, language=w.language)
        entry = entries[current]
        progress = entry.progress
        lines = [f"**{literal(owner_names(data, progress))}**" if progress.owners else ""]
        if entry.new_here:
            lines.append(f"## {literal(translate('Checkin', 'New commitment'))}")
        else:
            lines.append(f"## {literal(status_label(entry.status))}")
        if entry.review is not None and entry.review.note:
            label = translate("Checkin", "What happened:")
            lines.append(f"*{literal(label)}* {literal(entry.review.note)}")
        step = translate("Checkin", "{heading} · commitment {n} of {total}").format(
            heading=heading, n=current + 1, total=len(entries))
        return ProjectorState(workshop_title=w.title, item_title=progress.text, step_title=step,
                              prompt="\n\n".join(line for line in lines if line), blank=blank,
                              language=w.language)


def write_progress(data: WorkshopData, out_dir: Path, paper: str = "a4") -> list[Path]:
    """The progress papers (plans.api.write_progress): each owner's page, the facilitator's report,
    the sponsor's."""
    from workshop_app.plans.api import write_progress as write

    return write(data, out_dir, paper=paper)


def checkin_choice(checkin: CheckIn, language: str) -> str:
    """A check-in as the page lists it: named as the progress papers name it (its title and date
    in the workshop's form), with its time when it has one."""
    name = checkin_name(checkin, language)
    return f"{name} {checkin.time}" if checkin.time.strip() else name
