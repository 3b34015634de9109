"""``packs``: list, show, validate, import and export exercise packs."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.errors import UserError
from workshop_app.i18n import tr


def _t(text: str) -> str:
    return tr("Packs", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "packs", help=_t("list, check, import and export exercise packs"),
        description=_t("Exercise packs are plain files (.yaml, or .wspack with images) that trainers "
                       "write; see docs/packs.md."))
    sub = parser.add_subparsers(dest="packs_command", metavar=_t("SUBCOMMAND"), required=True)

    list_ = sub.add_parser("list", help=_t("list the built-in and imported packs"))
    add_json_flag(list_)
    list_.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help=_t("show a pack and its exercises"))
    show.add_argument("id", metavar="ID", help=_t("the pack's id"))
    add_json_flag(show)
    show.set_defaults(func=cmd_show)

    validate = sub.add_parser("validate", help=_t("check pack files and list every problem"))
    validate.add_argument("files", metavar="FILE", nargs="+", help=_t("a .yaml, .yml or .wspack file"))
    validate.set_defaults(func=cmd_validate)

    import_ = sub.add_parser("import", help=_t("check a pack file and add it to your packs"))
    import_.add_argument("file", metavar="FILE", help=_t("a .yaml, .yml or .wspack file"))
    import_.add_argument("--replace", action="store_true",
                         help=_t("replace an imported pack that has the same id"))
    import_.set_defaults(func=cmd_import)

    export = sub.add_parser("export", help=_t("write a pack to a .yaml or .wspack file"))
    export.add_argument("id", metavar="ID", help=_t("the pack's id"))
    export.add_argument("out", metavar="OUT", help=_t("the file to write, ending in .yaml or .wspack"))
    export.set_defaults(func=cmd_export)


def _warn_problems(library) -> None:
    for error in library.problems():
        print(_t("warning: skipped {error} (run 'packs validate {file}')")
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
        print_table([(p.id, p.version, len(p.exercises), _t("built-in") if p.builtin else _t("user"), p.title)
                     for p in packs],
                    [_t("ID"), _t("VERSION"), _t("EXERCISES"), _t("KIND"), _t("TITLE")])
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
    for label, value in ((_t("Author"), pack.author), (_t("Language"), pack.language),
                         (_t("Licence"), pack.licence),
                         (_t("Kind"), _t("built-in") if pack.builtin else _t("user")),
                         (_t("File"), pack.source)):
        if value:
            print(f"{label}: {value}")
    if pack.description:
        print()
        print(pack.description.rstrip())
    print()
    print(_t("Exercises ({n}):").format(n=len(pack.exercises)))
    print_table([(e.id, e.minutes, _t(CAPTURE_TYPES.get(e.capture.type, e.capture.type)), e.title)
                 for e in pack.exercises],
                [_t("ID"), _t("MINUTES"), _t("CAPTURE"), _t("TITLE")])
    if pack.agendas:
        print()
        print(_t("Agendas ({n}):").format(n=len(pack.agendas)))
        print_table([(a.id, _agenda_minutes(pack, a), len(a.items), a.title) for a in pack.agendas],
                    [_t("ID"), _t("MINUTES"), _t("ITEMS"), _t("TITLE")])
    return 0


def cmd_validate(args: argparse.Namespace, ctx) -> int:
    from workshop_app.packs.loader import validate_file

    bad = 0
    for name in args.files:
        problems = validate_file(name)
        if not problems:
            print(_t("{file}: ok").format(file=name))
            continue
        bad += 1
        for problem in problems:
            print(problem)
    if bad == 1 and len(args.files) == 1:
        raise UserError(_t("{file} is not a valid pack").format(file=args.files[0]))
    if bad:
        raise UserError(_t("{bad} of {total} files are not valid packs")
                        .format(bad=bad, total=len(args.files)))
    return 0


def cmd_import(args: argparse.Namespace, ctx) -> int:
    from workshop_app.packs.errors import PackExistsError

    try:
        pack = ctx.library.import_file(args.file, replace=args.replace)
    except PackExistsError as exc:
        raise UserError(exc.message + " " + _t("Use --replace to replace it.")) from None
    print(_t("Imported {id} ({title}, {n} exercises) as {path}")
          .format(id=pack.id, title=pack.title, n=len(pack.exercises), path=pack.source))
    return 0


def cmd_export(args: argparse.Namespace, ctx) -> int:
    out = ctx.library.export(args.id, args.out)
    print(_t("Exported {id} to {path}").format(id=args.id, path=out))
    return 0
