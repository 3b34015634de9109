"""``workshop-app plans``, ``report`` (``--sponsor``), ``runsheet``, ``handouts`` and ``progress``: the
printed documents (PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop_app.i18n import translate
from workshop_app.plans.paper import PAPERS, default_paper  # light: reportlab is imported only when writing


def add_paper_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=PAPERS, default=default_paper(),
                        help=translate("cli", "paper size: a4 or letter (default: letter where the system "
                                              "measures in inches, else a4)"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plans", help=translate("cli", "write each participant's action plan (PDF) and one "
                                                      "print file with all of them"))
    p.add_argument("workshop_id", type=int, metavar="WORKSHOP_ID",
                   help=translate("cli", "the workshop's id (see: workshops list)"))
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "the folder to write into"))
    p.add_argument("--blank", action="store_true",
                   help=translate("cli", "blank plans to hand out before the commitments exercise: each "
                                         "present participant's name and the workshop, empty commitment "
                                         "cards to write on by hand"))
    add_paper_option(p)
    p.set_defaults(func=plans_command)

    p = sub.add_parser("report", help=translate("cli", "write the facilitator report (PDF), or with "
                                                       "--sponsor the sponsor's"))
    p.add_argument("workshop_id", type=int, metavar="WORKSHOP_ID", help=translate("cli", "the workshop's id"))
    p.add_argument("--out", required=True, metavar="FILE.pdf|DIR",
                   help=translate("cli", "the file to write, or a folder to write facilitator-report.pdf "
                                         "(with --sponsor: report-sponsor.pdf) into"))
    p.add_argument("--sponsor", action="store_true",
                   help=translate("cli", "the sponsor report: the same results without participants' names, "
                                         "notes or anyone's own commitments (counted instead); cards and the "
                                         "group's actions print as typed"))
    add_paper_option(p)
    p.set_defaults(func=report_command)

    p = sub.add_parser("runsheet", help=translate("cli",
                                                  "write the facilitator's run sheet for planning (PDF)"))
    p.add_argument("workshop_id", type=int, metavar="WORKSHOP_ID", help=translate("cli", "the workshop's id"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("cli", "the file to write"))
    add_paper_option(p)
    p.set_defaults(func=runsheet_command)

    folder_command(sub, "handouts", handouts_command, translate(
        "cli", "write the handouts of the agenda's exercises (cards, slips, role cards, sheets, signs, "
               "posters) for the participants present, to DIR/handouts.pdf (PDF)"))
    folder_command(sub, "progress", progress_command, translate(
        "cli", "write the progress papers after the check-ins (PDF): each participant's own progress, the "
               "facilitator's progress report (private notes) and the sponsor's (initials, no notes)"))


def folder_command(sub: argparse._SubParsersAction, name: str, func, help_text: str) -> None:
    """A command ``NAME WORKSHOP_ID --out DIR [--paper]`` that writes its PDFs into a folder."""
    p = sub.add_parser(name, help=help_text)
    p.add_argument("workshop_id", type=int, metavar="WORKSHOP_ID", help=translate("cli", "the workshop's id"))
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "the folder to write into"))
    add_paper_option(p)
    p.set_defaults(func=func)


def _load(args, ctx):
    from workshop_app.commands.workshops import open_store

    return open_store(ctx).load_workshop_data(args.workshop_id)


def plans_command(args, ctx) -> int:
    from workshop_app.plans.api import write_action_plans

    result = write_action_plans(_load(args, ctx), args.out, paper=args.paper, blank=args.blank)
    for path in result.paths:
        print(path)
    return 0


def report_path(out: str, name: str) -> Path:
    """``out`` if it names a PDF file, else the file ``name`` in the folder ``out`` (an existing
    folder, or a path not ending in ``.pdf``)."""
    path = Path(out)
    return path / name if path.is_dir() or path.suffix.lower() != ".pdf" else path


def report_command(args, ctx) -> int:
    from workshop_app.plans.api import write_report, write_sponsor_report
    from workshop_app.plans.filenames import REPORT_NAME, SPONSOR_REPORT_NAME

    write, name = (write_sponsor_report, SPONSOR_REPORT_NAME) if args.sponsor else (write_report, REPORT_NAME)
    print(write(_load(args, ctx), report_path(args.out, name), paper=args.paper))
    return 0


def runsheet_command(args, ctx) -> int:
    from workshop_app.services.wrapup import write_run_sheet

    print(write_run_sheet(_load(args, ctx), args.out, paper=args.paper, library=ctx.library))
    return 0


def handouts_command(args, ctx) -> int:
    from workshop_app.plans.api import write_handouts

    print(write_handouts(_load(args, ctx), args.out, paper=args.paper))
    return 0


def progress_command(args, ctx) -> int:
    from workshop_app.plans.api import write_progress

    for path in write_progress(_load(args, ctx), args.out, paper=args.paper):
        print(path)
    return 0
