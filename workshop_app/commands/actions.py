"""``workshop-app actions list|export``: every workshop's commitments with the status their latest
check-in found; one workshop's (or every workshop's) as CSV or Markdown, or a workshop's summary."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.commands.workshops import open_store
from workshop_app.errors import UserError
from workshop_app.i18n import in_language, translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("actions", help=translate("cli", "list every workshop's commitments, or export "
                                                             "them as CSV or Markdown"))
    actions = parser.add_subparsers(dest="actions_command", metavar=translate("cli", "ACTION"), required=True)

    p = actions.add_parser("list", help=translate("cli", "list the commitments of every workshop: workshop, "
                                                         "commitment, owners, due date and status (the "
                                                         "latest check-in's, else the commitment's own)"))
    add_json_flag(p)
    p.add_argument("--overdue", action="store_true",
                   help=translate("cli", "only the commitments due before today and neither done nor "
                                         "dropped"))
    p.set_defaults(func=list_actions)

    p = actions.add_parser(
        "export", help=translate("cli", "write the commitments of one workshop, or with --all of every "
                                        "workshop, to FILE: CSV for Excel and LibreOffice (.csv) or a "
                                        "Markdown table (.md); with --summary a workshop's summary (.md)"))
    p.add_argument("id", type=int, nargs="?", metavar="ID",
                   help=translate("cli", "the workshop's id (see: workshops list)"))
    p.add_argument("--all", action="store_true", help=translate("cli", "every workshop's commitments"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the file to write: .csv or .md"))
    p.add_argument("--summary", action="store_true",
                   help=translate("cli", "write the workshop's summary instead (Markdown, .md): title, "
                                         "date, participants, agenda, priorities, and the commitments with "
                                         "owners, due dates and status"))
    p.set_defaults(func=export_actions)


def all_rows(store):
    """Every workshop's commitment rows (action_exports.ActionRow), in the workshops' list order."""
    from workshop_app.services.action_exports import action_rows

    rows = []
    for summary in store.list_workshops():
        rows += action_rows(store.load_workshop_data(summary.id))
    return rows


def today() -> date:
    """The day overdue is counted from (a test sets its own)."""
    return date.today()


def list_actions(args, ctx) -> int:
    rows = all_rows(open_store(ctx))
    today_ = today()
    if args.overdue:
        rows = [r for r in rows if r.is_overdue(today_)]
    if args.json:
        print_json([{**r.as_dict(), "overdue": r.is_overdue(today_)} for r in rows])
        return 0
    if not rows:
        print(translate("cli", "No overdue commitments.") if args.overdue
              else translate("cli", "No commitments yet."))
        return 0

    def one_line(text: str) -> str:
        return " ".join(text.split())

    print_table([(r.workshop_id, one_line(r.workshop), one_line(r.text), one_line(", ".join(r.owners)), r.due,
                  r.status_label) for r in rows],
                [translate("cli", "ID"), translate("cli", "Workshop"), translate("cli", "Commitment"),
                 translate("cli", "Owners"), translate("cli", "Due"), translate("cli", "Status")])
    return 0


def export_actions(args, ctx) -> int:
    from workshop_app.services import action_exports

    if (args.id is None) == (not args.all):
        raise UserError(translate("cli", "name one workshop's ID or --all, not both"))
    if args.summary and args.all:
        raise UserError(translate("cli", "--summary is one workshop's: name its ID instead of --all"))
    store = open_store(ctx)
    if args.all:
        print(action_exports.write_export(args.file, all_rows(store), with_workshop=True))
        return 0
    data = store.load_workshop_data(args.id)
    if args.summary:
        print(action_exports.write_summary(args.file, data))
        return 0
    with in_language(data.workshop.language):
        rows = action_exports.action_rows(data)
        print(action_exports.write_export(Path(args.file), rows, with_workshop=False))
    return 0
