"""``workshop-app demo --out DIR``: the sample workshop's plans, reports, run sheet and handouts
(when its exercises have any), in one command."""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop_app.commands.plans import add_paper_option
from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=translate("cli", "write the sample workshop's action plans, facilitator "
                                                     "and sponsor reports and run sheet (PDF) to see what "
                                                     "the app prints"))
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "the folder to write into"))
    add_paper_option(p)
    p.set_defaults(func=demo_command)


def sample_data(language: str = "en"):
    """The shipped sample workshop in ``language`` (English when it does not ship in that language)
    as WorkshopData (nothing is stored in the database)."""
    from workshop_app.resources import sample_workshop_path
    from workshop_app.storage.workshop_file import read_workshop_file, workshop_data_from_dict

    path = sample_workshop_path(language)
    return workshop_data_from_dict(read_workshop_file(path), source=str(path))


def demo_language(args) -> str:
    """The language of the sample the demo prints: the command line's (``--lang``,
    ``$WORKSHOP_APP_LANG``, else the system's)."""
    from workshop_app.i18n import interface_language

    return interface_language()


def demo_command(args, ctx) -> int:
    from workshop_app.plans.api import (
        handouts_needed,
        write_action_plans,
        write_handouts,
        write_report,
        write_run_sheet,
        write_sponsor_report,
    )
    from workshop_app.plans.filenames import REPORT_NAME, SPONSOR_REPORT_NAME

    data = sample_data(demo_language(args))
    out = Path(args.out)
    result = write_action_plans(data, out / "action-plans", paper=args.paper)
    paths = [*result.paths,
             write_report(data, out / REPORT_NAME, paper=args.paper),
             write_sponsor_report(data, out / SPONSOR_REPORT_NAME, paper=args.paper),
             write_run_sheet(data, out / "run-sheet.pdf", paper=args.paper)]
    if handouts_needed(data):  # the sample's exercises as it was recorded: with handouts or not
        paths.append(write_handouts(data, out, paper=args.paper))
    for path in paths:
        print(path)
    return 0
