"""Wrap-up: writing every participant's action plan and the facilitator report (and, when asked,
the sponsor report), previews, printing.

Shared by the Wrap-up page; the command line's ``plans`` and ``report`` call the plans layer
directly. The facilitator report holds private notes, so it goes into its own sub-folder,
never beside the plans that are handed out; the sponsor report (no names, no notes)
goes beside them.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import system_programs
from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.model import ActionItem, Participant, Workshop, WorkshopData
from workshop_app.plans.filenames import REPORT_NAME, SPONSOR_REPORT_NAME

# the Wrap-up preview writes its labels as paper does (the GUI reads them here)
from workshop_app.plans.labels import label_colon, labelled  # noqa: F401

if TYPE_CHECKING:
    from workshop_app.packs.library import PackLibrary
    from workshop_app.plans.labels import PlanLabels

REPORT_FOLDER = "facilitator-only"


@dataclass
class WrapUpResult:
    plans: list[Path] = field(default_factory=list)
    combined: Path | None = None
    report: Path | None = None
    sponsor: Path | None = None  #: the sponsor report, when asked for
    cancelled: bool = False

    @property
    def folder(self) -> Path | None:
        return self.combined.parent if self.combined else None


#: Where the GUI keeps the paper chosen for every document (plans, report, run sheet).
PAPER_SETTING = "plans/paper"


def paper_choice(saved: object) -> str:
    """The paper every document is written on: the one chosen (``saved``), else the locale's."""
    from workshop_app.plans.paper import PAPERS, default_paper

    return saved if saved in PAPERS else default_paper()  # type: ignore[return-value]


def default_output_dir(documents: Path, workshop: Workshop) -> Path:
    """``<Documents>/Workshop plans/<date> <title>`` with a name safe on every file system."""
    from workshop_app.plans.filenames import safe_stem

    stem = safe_stem(f"{workshop.date} {workshop.title}".strip(), f"workshop-{workshop.id}")
    return documents / translate("Wrapup", "Workshop plans") / stem


def write_wrapup(data: WorkshopData, out_dir: Path, paper: str = "a4",
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None, sponsor: bool = False) -> WrapUpResult:
    """All plans (one file each and the combined print file), then the facilitator report, then
    with ``sponsor`` the sponsor report beside the plans.

    ``progress(done, total)`` counts participants plus one step for each report.
    """
    from workshop_app.plans import write_action_plans, write_report, write_sponsor_report

    total = len(plan_people(data)) + 1 + sponsor

    def plan_progress(done: int, _total: int) -> None:
        if progress is not None:
            progress(done, total)

    out_dir = Path(out_dir)
    plans = write_action_plans(data, out_dir, paper=paper, progress=plan_progress, cancel=cancel)
    result = WrapUpResult(plans=list(plans.participant_files), combined=plans.combined,
                          cancelled=plans.cancelled)
    if result.cancelled or (cancel is not None and cancel()):
        result.cancelled = True
        return result
    result.report = write_report(data, out_dir / REPORT_FOLDER / REPORT_NAME, paper=paper)
    if sponsor:
        if progress is not None:
            progress(total - 1, total)
        result.sponsor = write_sponsor_report(data, out_dir / SPONSOR_REPORT_NAME, paper=paper)
    if progress is not None:
        progress(total, total)
    return result


def write_blank_plans(data: WorkshopData, out_dir: Path, paper: str = "a4") -> list[Path]:
    """Blank plans to hand out before the commitments exercise: one per present participant
    (name, workshop, empty commitment cards and check-in lines), then the print file of all."""
    from workshop_app.plans import write_action_plans

    return write_action_plans(data, Path(out_dir), paper=paper, blank=True).paths


def has_handouts(data: WorkshopData) -> bool:
    """Whether any exercise on the agenda has handouts to print for the participants present."""
    from workshop_app.plans.api import handouts_needed

    return bool(handouts_needed(data))


def write_handouts(data: WorkshopData, out_dir: Path, paper: str = "a4") -> Path:
    """The agenda's handouts, in the quantities the room needs, as ``handouts.pdf`` in ``out_dir``."""
    from workshop_app.plans.api import write_handouts as write

    return write(data, Path(out_dir), paper=paper)


def workshop_file_name(workshop: Workshop, ending: str) -> str:
    """A file name for one of the workshop's papers: its title, safe on every file system, and
    ``ending`` (``-run-sheet.pdf``, ``-summary.md``)."""
    from workshop_app.plans.filenames import safe_stem

    return safe_stem(workshop.title, "workshop") + ending


def run_sheet_name(workshop: Workshop) -> str:
    """A file name for the facilitator's run sheet, safe on every file system."""
    return workshop_file_name(workshop, "-run-sheet.pdf")


def pack_pictures(library: PackLibrary, pack_id: str) -> Mapping[str, bytes]:
    """A pack's pictures for printing: none when the pack is gone or unreadable (each picture then
    prints its description)."""
    try:
        return library.assets(pack_id)
    except UserError:
        return {}


def write_run_sheet(data: WorkshopData, out_path: Path, paper: str = "a4",
                    library: PackLibrary | None = None) -> Path:
    """The run sheet; the pictures its exercises name come from their packs in ``library``."""
    from workshop_app.plans import write_run_sheet as write

    pictures = None if library is None else partial(pack_pictures, library)
    return Path(write(data, Path(out_path), paper=paper, pictures=pictures) or out_path)


@dataclass(frozen=True)
class CardPreview:
    """One commitment card as the PDF prints it."""

    text: str
    done: str  #: the PDF's mark of a commitment done ("" for any other)
    fields: list[tuple[str, str]]  #: (label, value) in the card's order, the empty ones left out


@dataclass
class PlanPreview:
    """What one participant's printed plan will hold (the same selection the PDF uses)."""

    participant: Participant
    commitments: list[ActionItem]
    #: (exercise title, [(rank, text, dots)], how many more options the plan leaves out)
    priorities: list[tuple[str, list[tuple[int, str, int]], int]]
    shared: list[tuple[str, list[str]]]  # (exercise title, lines)
    #: Results that contradict each other, shown apart under ``labels.apart`` (same shapes)
    apart_priorities: list[tuple[str, list[tuple[int, str, int]], int]]
    apart_shared: list[tuple[str, list[str]]]
    name: str  #: as the plan is headed
    labels: PlanLabels  #: the words the PDF uses
    shared_with: list[str]  #: for each commitment, the other owners' names ("" for one owner)
    cards: list[CardPreview] = field(default_factory=list)  #: each commitment, worded as printed
    date: str = ""  #: the workshop's date, as the plan's title block prints it
    #: (exercise title, [(criterion, the participant's value, the room's mean)]) as the PDF prints them
    ratings: list[tuple[str, list[tuple[str, str, str]]]] = field(default_factory=list)
    follow_up: list[str] = field(default_factory=list)  #: the workshop's notes every plan prints
    #: when the follow-up session is, as the plan prints it beside ``labels.follow_up_session``
    #: ("" when not set: the plan prints a line to write it on)
    follow_up_session: str = ""
    #: the check-ins table's rows as printed: (date, what I will review, with whom)
    checkins: list[tuple[str, str, str]] = field(default_factory=list)
    #: the six ways as printed: (number and title, summary, the participant's commitments serving it or "")
    ways: list[tuple[str, str, str]] = field(default_factory=list)

    def more_options(self, n: int) -> str:
        """What the PDF says under a priorities list cut at its top options."""
        from workshop_app.plans.labels import more_options

        return more_options(n)


def plan_people(data: WorkshopData) -> list[Participant]:
    """Who gets a printed plan (everyone not marked absent)."""
    from workshop_app.plans import content

    return content.plan_participants(data)


def commitment_count(data: WorkshopData, participant: Participant) -> int:
    """How many commitments ``participant``'s plan prints (what the plan's list of people says,
    without the rest of the preview)."""
    from workshop_app.plans import content

    return len(content.commitments(data, participant))


def plan_preview(data: WorkshopData, participant: Participant) -> PlanPreview:
    from workshop_app.formats import format_date, mean_text
    from workshop_app.model.strategies import STRATEGIES
    from workshop_app.plans import content
    from workshop_app.plans.labels import (
        agreed_text,
        card_date,
        cluster_name,
        done_label,
        follow_up_when,
        mine_text,
        participant_name,
        plan_labels,
        review_text,
        way_text,
    )

    labels, lang = plan_labels(), data.workshop.language
    priorities: dict[bool, list] = {True: [], False: []}
    for p in content.group_priorities(data):
        priorities[p.agreed].append((p.item.title, [(rank, card.text, dots) for rank, card, dots in p.ranked],
                                     p.more))
    shared: dict[bool, list] = {True: [], False: []}
    for outcome in content.shared_outcomes(data):  # in the PDF's order: notes, agreed, clusters
        lines = [*outcome.notes, *(labelled(labels.agreed, agreed_text(a, lang)) for a in outcome.actions)]
        for name, cards in outcome.clusters:
            heading = cluster_name(name, len(outcome.clusters))
            lines += [labelled(heading, text) if heading else text for text in cards]
        shared[outcome.agreed].append((outcome.item.title, lines))
    people = plan_people(data)
    number = next((i for i, p in enumerate(people, start=1) if p.id == participant.id), 1)
    ratings = [(item.title, [(room.criterion, mean_text(None) if value is None else str(value),
                              mean_text(room.mean, lang)) for value, room in rows])
               for item, rows in content.my_ratings(data, participant)]
    mine = content.commitments(data, participant)
    others = [content.shared_with(data, a, participant) for a in mine]
    cards = []
    for action, names in zip(mine, others, strict=True):
        fields = [(labels.shared_with, names), (labels.by_when, card_date(action.due, lang)),
                  (labels.checkin, card_date(action.checkin, lang)),
                  (labels.checkin_with, action.checkin_with), (labels.measure, action.measure),
                  (labels.way, way_text(action.strategy)), (labels.support, action.support)]
        cards.append(CardPreview(action.text, done_label() if action.status == "done" else "",
                                 [(label, value) for label, value in fields if value.strip()]))
    checkins = [(card_date(c.date, lang), review_text(c.numbers), ", ".join(c.whom))
                for c in content.check_ins(mine)]
    served = content.ways_served(mine)
    ways = [(way_text(s.id), translate("Strategies", s.summary),
             mine_text(served[s.id]) if s.id in served else "")
            for s in STRATEGIES]
    return PlanPreview(participant, mine, priorities[True], shared[True], priorities[False], shared[False],
                       participant_name(participant, number), labels, others, cards=cards,
                       date=format_date(data.workshop.date, lang), ratings=ratings,
                       follow_up=content.follow_up_notes(data),
                       follow_up_session=follow_up_when(data.workshop), checkins=checkins, ways=ways)


def before_printing(data: WorkshopData) -> list[str]:
    """What to check before printing, one line each (a check, never a block): every commitment
    without a due date, an owner or a measure, then every present participant without any
    commitment (their plan gets blank lines), then a follow-up session without a date, then every
    dot vote feeding the priorities and every
    matrix feeding the shared outcomes where nothing is chosen (the plans print nothing of it), and
    every set of runs of one exercise that chose differently (printed apart, not as agreed).
    Dropped commitments and absent people are left out."""
    from workshop_app.plans.content import commitments

    lines = []
    for action in data.actions:
        if action.status == "dropped":
            continue
        owners = ", ".join(p.name for p in map(data.participant, action.owners) if p is not None)
        what = translate("Wrapup", "“{text}”").format(text=action.text)
        if owners:
            what = translate("Wrapup", "{owners}: {commitment}").format(owners=owners, commitment=what)
        if not action.due.strip():
            lines.append(translate("Wrapup", "{commitment} has no due date.").format(commitment=what))
        if not owners:
            lines.append(translate("Wrapup", "{commitment} has no owner.").format(commitment=what))
        if not action.measure.strip():
            lines.append(translate("Wrapup", "{commitment} has no measure.").format(commitment=what))
    for person in plan_people(data):
        if not commitments(data, person):
            lines.append(translate("Wrapup", "{name} has no commitment: their plan has blank lines to "
                                             "fill in.").format(name=person.name))
    if not data.workshop.follow_up_date.strip():
        lines.append(translate("Wrapup", "No follow-up session is set: the plans print a line to write its "
                                         "date (set it on the Plan page, Details)."))
    return lines + agreement_checks(data)


def agreement_checks(data: WorkshopData) -> list[str]:
    """The part of :func:`before_printing` about what the room chose (see its docstring)."""
    from workshop_app.plans import content

    lines = []
    for item in data.agenda:
        feeds = content.feeds_of(item)
        if feeds == "priorities" and not content.chosen_ranking(data, item.id):
            lines.append(translate("Wrapup",
                                   "“{item}”: the dot vote has no agreed choice: the plans print no "
                                   "priorities from it (mark the chosen options on the Run page)."
                                   ).format(item=item.title))
        elif feeds == "shared_outcomes" and content.item_quadrants(data, item) is not None \
                and not content.choices(data, item):
            lines.append(translate("Wrapup",
                                   "“{item}”: no quick win or big bet is marked chosen: the plans print "
                                   "nothing placed on this matrix.").format(item=item.title))
    for run in content.apart_items(data):
        titles = ", ".join(translate("Wrapup", "“{item}”").format(item=item.title) for item in run)
        lines.append(translate("Wrapup",
                               "These runs of one exercise chose differently: {items}. The plans print "
                               "each result apart, not as agreed.").format(items=titles))
    return lines


def print_command(path: Path, printer: str = "", copies: int = 1, duplex: bool = True) -> list[str] | None:
    """The command that sends a PDF to a printer (CUPS ``lp``), or None where there is none."""
    lp = shutil.which("lp")
    if lp is None:
        return None
    command = [lp]
    if printer:
        command += ["-d", printer]
    command += ["-n", str(max(1, copies))]
    if duplex:
        command += ["-o", "sides=two-sided-long-edge"]
    command += ["--", str(path)]
    return command


def send_to_printer(path: Path, printer: str = "", copies: int = 1, duplex: bool = True) -> bool:
    """Print a PDF without a PDF renderer of our own: CUPS ``lp``, or Windows' print verb.

    Returns False when this system has neither (the caller then opens the file in the
    system viewer so the user can print from there).
    """
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # noqa: S606
        return True
    command = print_command(path, printer, copies, duplex)
    if command is None:
        return False
    proc = system_programs.run(command, timeout=60)
    if proc.returncode != 0:
        raise UserError(translate("Wrapup", "The printer refused {path}: {message}").format(
            path=path, message=(proc.stderr or proc.stdout).strip() or proc.returncode))
    return True
