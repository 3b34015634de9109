"""``workshop-app workshops list|export|import|delete``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.i18n import translate


def open_store(ctx):
    """The context's store; notices from opening it (e.g. a recovery) go to stderr."""
    store = ctx.store
    while ctx.notices:
        print(ctx.notices.pop(0), file=sys.stderr)
    return store


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("workshops", help=translate("cli", "list, export, import or delete workshops"))
    actions = parser.add_subparsers(dest="workshops_command", metavar=translate("cli", "ACTION"),
                                    required=True)

    p = actions.add_parser("list", help=translate("cli", "list the workshops"))
    add_json_flag(p)
    p.set_defaults(func=list_workshops)

    p = actions.add_parser("export", help=translate("cli", "write one workshop to a workshop file (JSON)"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli",
                                                                "the workshop's id (see: workshops list)"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the file to write"))
    p.set_defaults(func=export_workshop)

    p = actions.add_parser("import", help=translate("cli", "create a new workshop from a workshop file"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the workshop file to read"))
    add_json_flag(p)
    p.set_defaults(func=import_workshop)

    p = actions.add_parser("delete", help=translate("cli", "delete a workshop and everything in it"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli", "the workshop's id"))
    p.set_defaults(func=delete_workshop)


def list_workshops(args, ctx) -> int:
    summaries = open_store(ctx).list_workshops()
    if args.json:
        print_json([asdict(s) for s in summaries])
        return 0
    if not summaries:
        print(translate("cli", "No workshops yet."))
        return 0
    print_table([(s.id, s.title, s.date, s.participants, s.actions) for s in summaries],
                [translate("cli", "ID"), translate("cli", "Title"), translate("cli", "Date"),
                 translate("cli", "Participants"),
                 translate("cli", "Actions")])
    return 0


def export_workshop(args, ctx) -> int:
    from workshop_app.services.workshop_files import export_workshop_file

    open_store(ctx)
    print(export_workshop_file(ctx, args.id, args.file))
    return 0


def import_workshop(args, ctx) -> int:
    from workshop_app.services.workshop_files import import_workshop_file

    open_store(ctx)
    workshop_id = import_workshop_file(ctx, args.file)
    if args.json:
        print_json({"id": workshop_id})
    else:
        print(workshop_id)
    return 0


def delete_workshop(args, ctx) -> int:
    from workshop_app.services.backups import backup_before

    store = open_store(ctx)
    title = store.get_workshop(args.id).title
    backup_before(ctx, "before-delete")  # the way back (see `workshop-app restore`)
    store.delete_workshop(args.id)
    print(translate("cli", "Deleted workshop {id}: {title}").format(id=args.id, title=title))
    return 0
