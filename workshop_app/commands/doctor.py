"""``workshop-app doctor``."""

from __future__ import annotations

import argparse

from workshop_app.commands.output import add_json_flag, print_json
from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("doctor", help=translate("cli", "check that the app can run on this machine"))
    add_json_flag(parser)
    # doctor reports an unusable data folder as a failed check instead of refusing to run
    parser.set_defaults(func=run, needs_data_dir=False)


def run(args, ctx) -> int:
    from workshop_app.services.doctor import run_checks

    results = run_checks(ctx)
    if args.json:
        print_json({"data_dir": str(ctx.data_dir.root),
                    "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail} for r in results]})
    else:
        print(translate("doctor", "data folder: {path}").format(path=ctx.data_dir.root))
        for r in results:
            status = translate("doctor", "ok") if r.ok else translate("doctor", "FAIL")
            print(f"{status:<5} {r.name}: {r.detail}")
    return 0 if all(r.ok for r in results) else 1
