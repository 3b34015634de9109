"""Public entry points: write the action plans, the facilitator and sponsor reports, the run sheet
and the handouts.

Every function writes through a temporary file renamed into place when
complete, so a crash or a cancel never leaves a half-written PDF. Problems a
user can act on raise :class:`workshop_app.errors.UserError` subclasses.
``invariant=True`` gives byte-identical output for identical input (tests).

Every document is written in the workshop's language (``i18n.in_language``): a German
facilitator's window prints a French room's papers in French. What goes wrong (an error to act
on) is said in the interface's language.

reportlab is imported only when a document is written, so importing this
module (for example from the GUI) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.errors import UserError
from workshop_app.i18n import QT_TRANSLATE_NOOP, in_language, translate
from workshop_app.model.workshop import WorkshopData, present

if TYPE_CHECKING:
    from workshop_app.model.pack import Exercise, Handout

COMBINED_STEM = "all-action-plans"
HANDOUTS_FILE = "handouts.pdf"
BLANK_COMBINED_STEM = "all-blank-plans"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
#: A pack id -> that pack's pictures (archive members, ``{"assets/x.png": bytes}``).
PackPictures = Callable[[str], Mapping[str, bytes]]


class NoParticipantsError(UserError):
    """Plans were asked for a workshop without participants."""


class OutputPathError(UserError):
    """The output path cannot be used (for example it is a folder)."""


class NoCommitmentsError(UserError):
    """Progress papers were asked for a workshop without commitments."""


class NoHandoutsError(UserError):
    """Handouts were asked for an agenda whose exercises have none."""


@dataclass(frozen=True)
class HandoutNeed:
    """One handout of one agenda item's exercise, and how many sets of it the room needs."""

    exercise: Exercise
    handout: Handout
    sets: int


def handouts_needed(data: WorkshopData) -> list[HandoutNeed]:
    """The handouts of the agenda's exercises (their snapshots), in agenda order, each with its
    sets for the participants present (``Exercise.handout_sets``); none needing no set."""
    from workshop_app.model.pack import snapshot_exercise

    people = len(present(data.participants))
    needs = []
    for item in data.agenda:
        exercise = snapshot_exercise(item.exercise)
        for handout in exercise.handouts if exercise else []:
            sets = exercise.handout_sets(handout, people)
            if sets > 0:
                needs.append(HandoutNeed(exercise, handout, sets))
    return needs


@dataclass
class PlansResult:
    #: One file per participant, in participant order (only those written when cancelled).
    participant_files: list[Path] = field(default_factory=list)
    #: All plans in one print file (None when cancelled or not asked for).
    combined: Path | None = None
    cancelled: bool = False

    @property
    def paths(self) -> list[Path]:
        return [*self.participant_files, *([self.combined] if self.combined else [])]


def _meta(data: WorkshopData, title: str) -> dict:
    ws = data.workshop
    return {"title": title, "author": ws.facilitator, "subject": ws.title, "lang": ws.language}


def out_folder(out_dir: str | Path) -> Path:
    """``out_dir`` as the folder to write into; :class:`OutputPathError` when it is a file."""
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise OutputPathError(translate("Plans", "{path} is a file, not a folder.").format(path=folder))
    return folder


def plan_file_names(data: WorkshopData) -> list[str]:
    """The per-participant file names, in participant order (unique, safe everywhere; absent
    people get no plan)."""
    from workshop_app.plans.content import plan_participants
    from workshop_app.plans.filenames import SPONSOR_REPORT_NAME, safe_stem, unique_stem

    used = {COMBINED_STEM, BLANK_COMBINED_STEM, Path(SPONSOR_REPORT_NAME).stem}
    names = []
    for index, participant in enumerate(plan_participants(data), start=1):
        stem = safe_stem(participant.name, f"participant-{index}")  # file names stay ASCII
        names.append(unique_stem(stem, used) + ".pdf")
    return names


def write_action_plans(data: WorkshopData, out_dir: str | Path, paper: str = "a4",
                       invariant: bool = False, progress: Progress | None = None,
                       cancel: Cancel | None = None, *, individual: bool = True,
                       combined: bool = True, blank: bool = False) -> PlansResult:
    """Write one plan per participant and the combined, duplex-safe print file into ``out_dir``.

    ``blank``: worksheets handed out before the commitments exercise, to be written on by hand
    (each present participant's name and the workshop, with empty commitment cards and check-in
    lines, whatever has been recorded), the print file named ``all-blank-plans.pdf``.

    ``progress(done, total)`` is called as participants are finished;
    ``cancel()`` returning true stops before the next participant: the result
    then says ``cancelled`` and lists only the complete files.
    """
    from reportlab.platypus import PageBreak

    from workshop_app.plans.action_plan import participant_name, plan_section, plan_story
    from workshop_app.plans.blocks import SharedCells
    from workshop_app.plans.content import group_results, plan_participants
    from workshop_app.plans.page import CancelledError, LazyStory, build_pdf
    from workshop_app.plans.styles import frame_width

    width = frame_width(paper)
    people = plan_participants(data)
    if not data.participants:
        raise NoParticipantsError(translate("Plans", "The workshop \u201c{title}\u201d has no participants: "
                                                     "add them before printing action plans.")
                                  .format(title=data.workshop.title))
    if not people:
        raise NoParticipantsError(translate("Plans", "Everyone in the workshop \u201c{title}\u201d is marked "
                                                     "absent: mark someone present before printing action "
                                                     "plans.").format(title=data.workshop.title))
    folder = out_folder(out_dir)
    names = plan_file_names(data)
    total = len(people)
    result = PlansResult()
    cells = SharedCells()  # the same cell paragraphs print in every plan and in both files
    group = None if blank else group_results(data)  # the same in every plan

    def sections() -> Iterator[list]:
        """Each plan's flowables for the combined file, once its own file is written (from a
        story of its own: reportlab marks the flowables it lays out)."""
        for index, participant in enumerate(people):
            if progress is not None:
                progress(index, total)
            if cancel is not None and cancel():
                raise CancelledError
            if individual:
                name = participant_name(participant, index + 1)
                story = plan_story(data, participant, index + 1, width, cells, blank, group)
                result.participant_files.append(build_pdf(
                    folder / names[index], story,
                    paper=paper, invariant=invariant,
                    meta=_meta(data, translate("Plans", "Personal action plan: {name}").format(name=name)),
                    section=plan_section(data, participant, index + 1)))
            if combined:
                story = plan_story(data, participant, index + 1, width, cells, blank, group)
                yield story if index == 0 else [PageBreak(), *story]
            else:
                yield []

    try:
        with in_language(data.workshop.language):
            if combined:
                result.combined = build_pdf(
                    folder / f"{BLANK_COMBINED_STEM if blank else COMBINED_STEM}.pdf", LazyStory(sections()),
                    paper=paper,
                    invariant=invariant, meta=_meta(data, translate("Plans", "Action plans")), pad_even=True)
            else:
                for _ in sections():
                    pass
    except CancelledError:
        result.cancelled = True
        return result
    if progress is not None:
        progress(total, total)
    return result


def _write_one(module: str, data: WorkshopData, out_path: str | Path, paper: str, invariant: bool,
               title: str, **story_options) -> Path:
    """Lay out one document whose module has ``story_of(data, width, **story_options)`` and
    ``section_of(data)``, in the workshop's language (``title``: its source text, context Plans)."""
    from importlib import import_module

    from workshop_app.plans.page import build_pdf
    from workshop_app.plans.styles import frame_width

    path = Path(out_path)
    if path.is_dir():
        raise OutputPathError(translate("Plans", "{path} is a folder: give a file name such as "
                                                 "report.pdf.").format(path=path))
    maker = import_module(f"workshop_app.plans.{module}")
    with in_language(data.workshop.language):
        return build_pdf(path, maker.story_of(data, frame_width(paper), **story_options), paper=paper,
                         invariant=invariant, meta=_meta(data, translate("Plans", title)),
                         section=maker.section_of(data))


def write_report(data: WorkshopData, out_path: str | Path, paper: str = "a4",
                 invariant: bool = False) -> Path:
    """Write the facilitator report (everything, private notes included) to ``out_path``."""
    return _write_one("report", data, out_path, paper, invariant,
                      QT_TRANSLATE_NOOP("Plans", "Facilitator report"))


def write_sponsor_report(data: WorkshopData, out_path: str | Path, paper: str = "a4",
                         invariant: bool = False) -> Path:
    """Write the sponsor report to ``out_path``: the workshop's results without participants'
    names, notes or anyone's own rows (see :mod:`workshop_app.plans.sponsor_report`)."""
    return _write_one("sponsor_report", data, out_path, paper, invariant,
                      QT_TRANSLATE_NOOP("Plans", "Sponsor report"))


def write_run_sheet(data: WorkshopData, out_path: str | Path, paper: str = "a4",
                    invariant: bool = False, pictures: PackPictures | None = None) -> Path:
    """Write the facilitator's planning run sheet to ``out_path``.

    ``pictures(pack_id)`` gives a pack's archive members (``{"assets/x.png": bytes}``): the
    pictures its exercises' Markdown may print (without it, a picture prints its description).
    """
    return _write_one("run_sheet", data, out_path, paper, invariant, QT_TRANSLATE_NOOP("Plans", "Run sheet"),
                      pictures=pictures)


def write_handouts(data: WorkshopData, out_dir: str | Path, paper: str = "a4",
                   invariant: bool = False) -> Path:
    """Write the agenda's handouts, in the quantities the room needs, to ``handouts.pdf`` in
    ``out_dir``; :class:`NoHandoutsError` when its exercises have none."""
    from workshop_app.plans.handouts import section_of, story_of
    from workshop_app.plans.page import build_pdf
    from workshop_app.plans.styles import frame_height, frame_width

    if not handouts_needed(data):
        raise NoHandoutsError(translate("Plans", "Nothing to print: no exercise on the agenda of "
                                                 "\u201c{title}\u201d has handouts.")
                              .format(title=data.workshop.title))
    folder = out_folder(out_dir)
    with in_language(data.workshop.language):
        return build_pdf(folder / HANDOUTS_FILE, story_of(data, frame_width(paper), frame_height(paper)),
                         paper=paper, invariant=invariant, meta=_meta(data, translate("Plans", "Handouts")),
                         section=section_of(data))


def progress_file_names(data: WorkshopData) -> list[str]:
    """The "my progress" file names of the people who get one (``plans.progress.progress_people``),
    in participant order: ``progress-<name>.pdf``, unique, never a report's."""
    from workshop_app.plans.filenames import (
        PROGRESS_PREFIX,
        PROGRESS_REPORT_NAME,
        PROGRESS_SPONSOR_NAME,
        safe_stem,
        unique_stem,
    )
    from workshop_app.plans.progress import progress_people

    used = {Path(PROGRESS_REPORT_NAME).stem, Path(PROGRESS_SPONSOR_NAME).stem}
    return [unique_stem(PROGRESS_PREFIX + safe_stem(person.name, f"participant-{index}"), used) + ".pdf"
            for index, person in progress_people(data)]


def write_progress(data: WorkshopData, out_dir: str | Path, paper: str = "a4",
                   invariant: bool = False) -> list[Path]:
    """Write the progress papers after the check-ins into ``out_dir``: a "my progress" page for
    everyone who owns a commitment (their own commitments only, never a private note), then
    ``progress-report.pdf`` (the facilitator's: everything, private notes marked) and
    ``progress-sponsor.pdf`` (initials, no notes); see :mod:`workshop_app.plans.progress`."""
    from workshop_app.plans import progress as papers
    from workshop_app.plans.filenames import PROGRESS_REPORT_NAME, PROGRESS_SPONSOR_NAME
    from workshop_app.plans.page import build_pdf
    from workshop_app.plans.styles import frame_width

    if not data.actions and not data.follow_through.commitments:
        raise NoCommitmentsError(translate("Plans", "The workshop \u201c{title}\u201d has no commitments to "
                                                    "follow: record them before printing progress.")
                                 .format(title=data.workshop.title))
    folder = out_folder(out_dir)
    width = frame_width(paper)
    written = []
    with in_language(data.workshop.language):
        people = papers.progress_people(data)
        for (index, person), name in zip(people, progress_file_names(data), strict=True):
            title = translate("Plans", "My progress: {name}").format(
                name=papers.participant_name(person, index))
            written.append(build_pdf(folder / name, papers.participant_story(data, person, index, width),
                                     paper=paper, invariant=invariant, meta=_meta(data, title),
                                     section=papers.participant_section(data, person, index)))
        written.append(build_pdf(folder / PROGRESS_REPORT_NAME, papers.report_story(data, width), paper=paper,
                                 invariant=invariant, meta=_meta(data, papers.report_title()),
                                 section=papers.report_section(data)))
        written.append(build_pdf(folder / PROGRESS_SPONSOR_NAME, papers.sponsor_story(data, width),
                                 paper=paper, invariant=invariant, meta=_meta(data, papers.sponsor_title()),
                                 section=papers.sponsor_section(data)))
    return written
