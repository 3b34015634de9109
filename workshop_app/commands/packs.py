"""``packs``: list, show, validate, import and export exercise packs."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.errors import UserError
from workshop_app.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "packs", help=translate("Packs", "list, check, import and export exercise packs"),
        description=translate("Packs",
                              "Exercise packs are plain files (.yaml, or .wspack with images) that trainers "
                              "write; see docs/packs.md."))
    sub = parser.add_subparsers(dest="packs_command", metavar=translate("Packs", "SUBCOMMAND"), required=True)

    list_ = sub.add_parser("list", help=translate("Packs", "list the built-in and imported packs"))
    add_json_flag(list_)
    list_.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help=translate("Packs", "show a pack and its exercises"))
    show.add_argument("id", metavar="ID", help=translate("Packs", "the pack's id"))
    add_json_flag(show)
    show.set_defaults(func=cmd_show)

    validate = sub.add_parser("validate", help=translate("Packs", "check pack files and list every problem"))
    validate.add_argument("files", metavar="FILE", nargs="+", help=translate("Packs",
                                                                             "a .yaml, .yml or .wspack file"))
    validate.set_defaults(func=cmd_validate)

    import_ = sub.add_parser("import", help=translate("Packs", "check a pack file and add it to your packs"))
    import_.add_argument("file", metavar="FILE", help=translate("Packs", "a .yaml, .yml or .wspack file"))
    import_.add_argument("--replace", action="store_true",
                         help=translate("Packs", "replace an imported pack that has the same id"))
    import_.set_defaults(func=cmd_import)

    export = sub.add_parser("export", help=translate("Packs", "write a pack to a .yaml or .wspack file"))
    export.add_argument("id", metavar="ID", help=translate("Packs", "the pack's id"))
    export.add_argument("out", metavar="OUT", help=translate("Packs",
                                                             "the file to write, ending in .yaml or .wspack"))
    export.set_defaults(func=cmd_export)


def _warn_problems(library) -> None:
    for error in library.problems():
        print(translate("Packs", "warning: skipped {error} (run 'packs validate {file}')")
              .format(error=error, file=error.file), file=sys.stderr)


def _agenda_minutes(pack, agenda) -> int:
    total = 0
    for item in agenda.items:
        if item.minutes is not None:
            total += item.minutes
        elif item.exercise and pack.exercise(item.exercise) is not None:
            total += pack.exercise(item.exercise).minutes
    return total


def cmd_list(args: argparse.Namespace, ctx) -> int:
    library = ctx.library
    packs = library.packs()
    if args.json:
        print_json([{"id": p.id, "title": p.title, "version": p.version, "exercises": len(p.exercises),
                     "agendas": len(p.agendas), "builtin": p.builtin, "author": p.author,
                     "language": p.language, "source": p.source} for p in packs])
    else:
        builtin, user = translate("Packs", "built-in"), translate("Packs", "user")
        print_table([(p.id, p.version, len(p.exercises), builtin if p.builtin else user, p.title)
                     for p in packs],
                    [translate("Packs", "ID"), translate("Packs", "VERSION"), translate("Packs", "EXERCISES"),
                     translate("Packs", "KIND"), translate("Packs", "TITLE")])
    _warn_problems(library)
    return 0


def _pack_json(pack) -> dict[str, Any]:
    from workshop_app.packs.convert import pack_to_dict

    return {**pack_to_dict(pack), "builtin": pack.builtin, "source": pack.source}


def cmd_show(args: argparse.Namespace, ctx) -> int:
    from workshop_app.model.pack import CAPTURE_TYPES

    pack = ctx.library.get(args.id)
    if args.json:
        print_json(_pack_json(pack))
        return 0
    print(f"{pack.title} ({pack.id}) {pack.version}")
    kind = translate("Packs", "built-in") if pack.builtin else translate("Packs", "user")
    for label, value in ((translate("Packs", "Author"), pack.author),
                         (translate("Packs", "Language"), pack.language),
                         (translate("Packs", "Licence"), pack.licence),
                         (translate("Packs", "Kind"), kind),
                         (translate("Packs", "File"), pack.source)):
        if value:
            print(f"{label}: {value}")
    if pack.description:
        print()
        print(pack.description.rstrip())
    print()
    print(translate("Packs", "Exercises ({n}):").format(n=len(pack.exercises)))
    print_table([(e.id, e.minutes, translate("Model", CAPTURE_TYPES.get(e.capture.type, e.capture.type)),
                  e.title)
                 for e in pack.exercises],
                [translate("Packs", "ID"), translate("Packs", "MINUTES"), translate("Packs", "CAPTURE"),
                 translate("Packs", "TITLE")])
    if pack.agendas:
        print()
        print(translate("Packs", "Agendas ({n}):").format(n=len(pack.agendas)))
        print_table([(a.id, _agenda_minutes(pack, a), len(a.items), a.title) for a in pack.agendas],
                    [translate("Packs", "ID"), translate("Packs", "MINUTES"), translate("Packs", "ITEMS"),
                     translate("Packs", "TITLE")])
    return 0


def cmd_validate(args: argparse.Namespace, ctx) -> int:
    from workshop_app.packs.loader import validate_file

    bad = 0
    for name in args.files:
        problems = validate_file(name)
        if not problems:
            print(translate("Packs", "{file}: ok").format(file=name))
            continue
        bad += 1
        for problem in problems:
            print(problem)
    if bad == 1 and len(args.files) == 1:
        raise UserError(translate("Packs", "{file} is not a valid pack").format(file=args.files[0]))
    if bad:
        raise UserError(translate("Packs", "{bad} of {total} files are not valid packs")
                        .format(bad=bad, total=len(args.files)))
    return 0


def cmd_import(args: argparse.Namespace, ctx) -> int:
    from workshop_app.packs.errors import PackExistsError

    try:
        pack = ctx.library.import_file(args.file, replace=args.replace)
    except PackExistsError as exc:
        raise UserError(exc.message + " " + translate("Packs", "Use --replace to replace it.")) from None
    print(translate("Packs", "Imported {id} ({title}, {n} exercises) as {path}")
          .format(id=pack.id, title=pack.title, n=len(pack.exercises), path=pack.source))
    return 0


def cmd_export(args: argparse.Namespace, ctx) -> int:
    out = ctx.library.export(args.id, args.out)
    print(translate("Packs", "Exported {id} to {path}").format(id=args.id, path=out))
    return 0
