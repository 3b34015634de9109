"""``workshop-app backup``, ``restore [BACKUP]`` and ``backups list``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.commands.workshops import open_store
from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=translate("cli", "back up the workshop database now and print the "
                                                       "backup's path"))
    p.set_defaults(func=backup)

    p = sub.add_parser("restore", help=translate("cli", "replace the workshop database with a backup (the "
                                                        "current one is moved to the damaged/ folder); "
                                                        "refused while the app's window is open on the data "
                                                        "folder"))
    p.add_argument("backup", nargs="?", metavar="BACKUP",
                   help=translate("cli", "a backup's file name or path (default: the newest backup)"))
    add_json_flag(p)
    p.set_defaults(func=restore)

    p = sub.add_parser("backups", help=translate("cli", "list the backups"))
    actions = p.add_subparsers(dest="backups_command", metavar=translate("cli", "ACTION"), required=True)
    lp = actions.add_parser("list", help=translate("cli", "list the backups, newest first"))
    add_json_flag(lp)
    lp.set_defaults(func=list_backups)


def backup(args, ctx) -> int:
    from workshop_app.storage import backup_now

    print(backup_now(open_store(ctx), ctx.data_dir.backups, "manual"))
    return 0


def _chosen_backup(args, ctx) -> Path:
    from workshop_app.errors import NotFoundError
    from workshop_app.storage import list_backups

    if args.backup is None:
        backups = list_backups(ctx.data_dir.backups)
        if not backups:
            raise NotFoundError(translate("cli", "There are no backups in {folder}.")
                                .format(folder=ctx.data_dir.backups))
        return backups[0].path
    path = Path(args.backup)
    if not path.exists() and (ctx.data_dir.backups / args.backup).exists():
        path = ctx.data_dir.backups / args.backup
    if not path.is_file():
        raise NotFoundError(translate("cli", "There is no backup {name} (see: backups list).")
                            .format(name=args.backup))
    return path


def restore(args, ctx) -> int:
    # The store is not opened: the database being replaced may be damaged or from a newer version.
    # Refused while the app's window is open on the same data folder.
    from workshop_app.services.backups import restore_closed

    path = _chosen_backup(args, ctx)
    moved = restore_closed(ctx, path)
    if args.json:
        print_json({"restored": str(path), "previous": None if moved is None else str(moved)})
    elif moved is None:
        print(translate("cli", "Restored {backup}.").format(backup=path))
    else:
        print(translate("cli", "Restored {backup}; the previous database was moved to {moved}.")
              .format(backup=path, moved=moved))
    return 0


def list_backups(args, ctx) -> int:
    from workshop_app.storage.backups import scan_backups

    scan = scan_backups(ctx.data_dir.backups)
    for ignored in scan.ignored:
        print(translate("cli", "ignored: {name} ({reason})").format(name=ignored.name, reason=ignored.reason),
              file=sys.stderr)
    if args.json:
        # The listing stays a list (the command line's contract); ignored files are said on stderr.
        print_json([{"name": b.name, "path": str(b.path), "created": b.created.isoformat(),
                     "reason": b.reason, "size": b.size, "future": b.future} for b in scan.backups])
        return 0
    if not scan.backups:
        print(translate("cli", "No backups yet in {folder}.").format(folder=ctx.data_dir.backups))
        return 0
    print_table([(b.name, b.local_time(), b.reason, b.size) for b in scan.backups],
                [translate("cli", "Backup"), translate("cli", "Taken"), translate("cli", "Reason"),
                 translate("cli", "Bytes")])
    return 0
