"""``workshop-app participants list|import``: the people in a workshop; a sign-up sheet read with
the same rules as the window's "Import CSV" dialog (columns guessed from the headings)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from workshop_app import APP_NAME
from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.commands.workshops import open_store
from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("participants", help=translate("cli", "list a workshop's participants or import "
                                                                  "them from a CSV sign-up sheet"))
    actions = parser.add_subparsers(dest="participants_command", metavar=translate("cli", "ACTION"),
                                    required=True)

    p = actions.add_parser("list", help=translate("cli", "list a workshop's participants"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli",
                                                                "the workshop's id (see: workshops list)"))
    add_json_flag(p)
    p.set_defaults(func=list_participants)

    p = actions.add_parser(
        "import", help=translate("cli", "add the participants of a CSV sign-up sheet (comma, semicolon or "
                                        "tab separated; UTF-8, UTF-16 or Windows-1252) to a workshop; "
                                        "rows not added are listed as FILE:LINE: reason"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli",
                                                                "the workshop's id (see: workshops list)"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the sign-up sheet to read"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli", "print JSON: added, skipped (line and reason) and notes"))
    p.set_defaults(func=import_participants)


def list_participants(args, ctx) -> int:
    people = open_store(ctx).list_participants(args.id)
    if args.json:
        print_json([{k: v for k, v in asdict(p).items() if k != "workshop_id"} for p in people])
        return 0
    if not people:
        print(translate("cli", "No participants in workshop {id}.").format(id=args.id))
        return 0
    def one_line(text: str) -> str:
        return " ".join(text.split())

    print_table([(p.id, one_line(p.name), one_line(p.role), one_line(p.team), p.side, one_line(p.email))
                 for p in people],
                [translate("cli", "ID"), translate("cli", "Name"), translate("cli", "Role"),
                 translate("cli", "Team"), translate("cli", "Side"), translate("cli", "E-mail")])
    return 0


def import_participants(args, ctx) -> int:
    """Exit 0 when someone was added or nothing was wrong; 1 when rows were skipped and nobody
    was added, or the file or workshop cannot be used (one line on stderr)."""
    from workshop_app.services import csv_import

    store = open_store(ctx)
    existing = store.list_participants(args.id)  # an unknown workshop is refused before reading
    text, notes = csv_import.read_file(args.file)
    sheet, _columns, _header, result = csv_import.parse_text(text, existing)
    people = result.new_participants()
    if people:
        store.add_participants(args.id, people)
    skipped = result.not_imported()
    notes = notes + sheet.notes
    if args.json:
        print_json({"workshop": args.id, "file": args.file, "added": len(people),
                    "skipped": [{"line": p.line, "reason": p.message} for p in skipped],
                    "notes": notes})
    else:
        print(translate("cli", "Participants added to workshop {id}: {n}").format(n=len(people), id=args.id))
        for problem in skipped:
            print(f"{args.file}:{problem.line}: {problem.message}")
        for note in notes:
            print(note)
    if skipped and not people:
        print(f"{APP_NAME}: " + translate("cli", "no participants added from {file}").format(
            file=Path(args.file).name), file=sys.stderr)
        return 1
    return 0
