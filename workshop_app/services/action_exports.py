"""Commitments out of the app: a CSV for Excel and LibreOffice, a Markdown table for a wiki, and a
workshop summary in Markdown (``actions export``, ``actions list``).

One row per commitment (the workshop's actions, then those made at its check-ins), with the
status the latest check-in found (else the action's own) and the due date it revised (else the
original). Never a private note. Labels speak the language of the caller's ``in_language`` block:
a workshop's own export is made in its language, a list of every workshop in the interface's.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workshop_app.atomic_files import write_bytes_whole
from workshop_app.errors import UserError
from workshop_app.formats import format_date
from workshop_app.i18n import translate
from workshop_app.model.progress import CommitmentProgress, commitments_progress, is_overdue, status_label
from workshop_app.model.workshop import Participant, WorkshopData
from workshop_app.plans.labels import label_colon, participant_name, way_text

# A cell starting with one of these is a formula to a spreadsheet (or, for tab and carriage
# return, turns into one once trimmed): it is written with a leading apostrophe instead.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ActionRow:
    """One commitment as the exports show it (nothing private)."""

    workshop_id: int | None
    workshop: str
    workshop_date: str
    text: str
    owners: list[str] = field(default_factory=list)
    due: str = ""  # the latest revised due date, else the original
    status: str = "open"  # a key of ACTION_STATUSES or REVIEW_STATUSES
    checkin: str = ""  # the commitment's own check-in date
    measure: str = ""
    way: str = ""
    support: str = ""
    note: str = ""  # what the latest check-in found happened
    helps: str = ""  # what helps or blocks, at the latest check-in
    checkin_with: str = ""  # whom the owner checks in with (as typed)
    action_id: int | None = None  # None for a commitment made at a check-in
    commitment_id: int | None = None  # a commitment made at a check-in
    owner_ids: list[int] = field(default_factory=list)
    progress: CommitmentProgress | None = field(default=None, repr=False)  # the one calculation's

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    def is_overdue(self, today: date) -> bool:
        """Due before ``today`` and neither done nor dropped (model.progress.is_overdue)."""
        return self.progress is not None and is_overdue(self.progress, today)

    def as_dict(self) -> dict:
        return {"workshop_id": self.workshop_id, "workshop": self.workshop,
                "workshop_date": self.workshop_date, "action_id": self.action_id, "text": self.text,
                "owners": self.owners, "due": self.due, "status": self.status, "checkin": self.checkin,
                "checkin_with": self.checkin_with, "measure": self.measure, "way": self.way,
                "support": self.support, "note": self.note, "helps": self.helps}


def owner_names(data: WorkshopData, owners: Iterable[int]) -> list[str]:
    """The names of a commitment's owners, in the workshop's order (``Participant 3`` for a blank)."""
    index = {p.id: (i, p) for i, p in enumerate(data.participants, start=1)}
    found: list[tuple[int, Participant]] = sorted((index[o] for o in owners if o in index),
                                                  key=lambda pair: pair[0])
    return [participant_name(p, i) for i, p in found]


def action_rows(data: WorkshopData) -> list[ActionRow]:
    """Every commitment of one workshop (model.progress: its actions, then the ones made at its
    check-ins), with the status the latest check-in found, else the commitment's own."""
    workshop = data.workshop
    rows = []
    for each in commitments_progress(data):
        action, latest = each.action, each.latest
        status = each.shown_status
        rows.append(ActionRow(
            workshop_id=workshop.id, workshop=workshop.title, workshop_date=workshop.date,
            text=each.text, owners=owner_names(data, each.owners), due=each.due, status=status,
            checkin=action.checkin.strip() if action is not None else "",
            measure=(action or each.commitment).measure, way=way_text(each.strategy),
            support=(action or each.commitment).support,
            note=latest.note if latest else "", helps=latest.helps if latest else "",
            checkin_with=action.checkin_with.strip() if action is not None else "",
            action_id=action.id if action is not None else None,
            commitment_id=each.commitment.id if each.commitment is not None else None,
            owner_ids=list(each.owners), progress=each))
    return rows


# -- CSV -----------------------------------------------------------------------------------------
def neutralised(cell: str) -> str:
    """A cell a spreadsheet shows as the text it is: one starting like a formula gets a leading
    apostrophe (Excel and LibreOffice show the rest as text)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_headers() -> list[str]:
    return [translate("Exports", "Workshop"), translate("Exports", "Workshop date"),
            translate("Exports", "Commitment"), translate("Exports", "Owners"),
            translate("Exports", "Due"), translate("Exports", "Status"),
            translate("Exports", "Check-in"), translate("Exports", "Measure of success"),
            translate("Exports", "Way"), translate("Exports", "Support needed"),
            translate("Exports", "What happened"), translate("Exports", "What helps or blocks")]


def csv_bytes(rows: Iterable[ActionRow]) -> bytes:
    """The rows as CSV for Excel and LibreOffice: UTF-8 with a byte order mark (so Excel reads
    it as UTF-8), comma separated, a header row, formula-like cells neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_headers())
    for row in rows:
        cells = [row.workshop, row.workshop_date, row.text, ", ".join(row.owners), row.due,
                 row.status_label, row.checkin, row.measure, row.way, row.support, row.note, row.helps]
        writer.writerow([neutralised(c) for c in cells])
    return out.getvalue().encode("utf-8-sig")


# -- Markdown ------------------------------------------------------------------------------------
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
# A list marker at the start of a line (``#`` and ``>`` are escaped everywhere).
_LIST_MARKER = re.compile(r"^([-+]|\d+(?=[.)]))")


def markdown_text(text: str) -> str:
    """User text as one line of Markdown that shows as typed: Markdown's and HTML's special
    characters (``|`` too: it would end a table cell) backslash-escaped, a list marker at the
    start escaped, line breaks as ``<br>``."""
    lines = []
    for line in text.strip().splitlines():
        escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", line.strip())
        lines.append(_LIST_MARKER.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit()
                                      else "\\" + m.group(1), escaped))
    return "<br>".join(lines)


def markdown_table(headers: list[str], rows: Iterable[Iterable[str]]) -> str:
    """A GitHub-flavoured Markdown table; cells are given escaped (see :func:`markdown_text`)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines) + "\n"


def actions_markdown(rows: list[ActionRow], with_workshop: bool) -> str:
    """The commitments as a Markdown table: (workshop,) commitment, owners, due, status."""
    headers = [translate("Exports", "Commitment"), translate("Exports", "Owners"),
               translate("Exports", "Due"), translate("Exports", "Status")]
    if with_workshop:
        headers.insert(0, translate("Exports", "Workshop"))
    table = []
    for row in rows:
        cells = [markdown_text(row.text), markdown_text(", ".join(row.owners)), row.due,
                 markdown_text(row.status_label)]
        if with_workshop:
            cells.insert(0, markdown_text(row.workshop))
        table.append(cells)
    return markdown_table(headers, table)


def _when(iso: str, time: str, language: str) -> str:
    """A date (and time) as a summary prints it, in the workshop's language; "" for none."""
    if not iso.strip():
        return ""
    day = format_date(iso.strip(), language)
    if not time.strip():
        return day
    return translate("Exports", "{date} at {time}").format(date=day, time=time.strip())


def section(heading: str, body: str) -> str:
    """A summary's section: a second-level heading and its body."""
    return f"## {heading}\n\n{body}\n"


def summary_markdown(data: WorkshopData) -> str:
    """A workshop on one Markdown page: title, when and where, participants, agenda, the
    priorities the room chose, and the commitments with owners, due dates and status."""
    from workshop_app.plans.content import group_priorities

    workshop = data.workshop
    parts = [f"# {markdown_text(workshop.title)}\n"]
    facts = [(translate("Exports", "Date"), _when(workshop.date, workshop.start_time, workshop.language)),
             (translate("Exports", "Location"), markdown_text(workshop.location)),
             (translate("Exports", "Organisation"), markdown_text(workshop.organisation)),
             (translate("Exports", "Facilitator"), markdown_text(workshop.facilitator)),
             (translate("Exports", "Follow-up session"),
              _when(workshop.follow_up_date, workshop.follow_up_time, workshop.language))]
    parts.append("\n".join(f"- **{label_colon(label)}** {value}" for label, value in facts if value) + "\n")
    if data.participants:
        lines = []
        for i, person in enumerate(data.participants, start=1):
            details = ", ".join(markdown_text(v) for v in (person.role, person.team) if v.strip())
            line = f"- {markdown_text(participant_name(person, i))}" + (f" ({details})" if details else "")
            if person.absent:
                line += " · " + translate("Exports", "absent")
            lines.append(line)
        parts.append(section(translate("Exports", "Participants"), "\n".join(lines)))
    if data.agenda:
        lines = [f"{i}. {markdown_text(item.title)} · "
                 + translate("Exports", "{minutes} min").format(minutes=item.minutes)
                 for i, item in enumerate(data.agenda, start=1)]
        parts.append(section(translate("Exports", "Agenda"), "\n".join(lines)))
    priorities = group_priorities(data)
    if priorities:
        lines = []
        for group in priorities:
            lines.append(f"- **{markdown_text(group.item.title)}**")
            lines += [f"  {r.rank}. {markdown_text(r.card.text)}" for r in group.ranked]
        parts.append(section(translate("Exports", "Priorities"), "\n".join(lines)))
    rows = action_rows(data)
    if rows:
        parts.append(section(translate("Exports", "Commitments"), actions_markdown(rows, False).rstrip("\n")))
    return "\n".join(parts)


# -- files ---------------------------------------------------------------------------------------
def write_export(path: str | Path, rows: list[ActionRow], *, with_workshop: bool) -> Path:
    """The rows to ``path`` as CSV or Markdown, by its suffix (``.csv``, ``.md``), written whole."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        data = csv_bytes(rows)
    elif suffix in (".md", ".markdown"):
        data = actions_markdown(rows, with_workshop).encode("utf-8")
    else:
        raise UserError(translate("Exports", "{file}: the file name must end in .csv or .md").format(
            file=target))
    return write_file(target, data)


def write_summary(path: str | Path, data: WorkshopData) -> Path:
    """The workshop summary (Markdown) to ``path``, in the workshop's language."""
    from workshop_app.i18n import in_language

    target = Path(path)
    if target.suffix.lower() not in (".md", ".markdown"):
        raise UserError(translate("Exports", "{file}: a summary is Markdown: the file name must end "
                                             "in .md").format(file=target))
    with in_language(data.workshop.language):
        text = summary_markdown(data)
    return write_file(target, text.encode("utf-8"))


def write_file(target: Path, data: bytes) -> Path:
    """``data`` written whole to ``target``; a folder that is missing or not writable is a UserError."""
    try:
        return write_bytes_whole(target, data)
    except OSError as exc:
        raise UserError(translate("Exports", "{file}: cannot write the file ({reason})").format(
            file=target, reason=exc.strerror or exc)) from exc
