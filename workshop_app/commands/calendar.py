"""``workshop-app calendar ID --out DIR``: a workshop's dates as iCalendar files (.ics)."""

from __future__ import annotations

import argparse

from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help=translate("cli", "write a workshop's dates as calendar files (.ics) "
                                                         "for Outlook, Google Calendar and Apple Calendar: "
                                                         "facilitator.ics with every check-in and the "
                                                         "follow-up session, and one file per participant "
                                                         "with their due dates, check-in dates and sessions"))
    p.add_argument("workshop_id", type=int, metavar="ID",
                   help=translate("cli", "the workshop's id (see: workshops list)"))
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "the folder to write into"))
    p.set_defaults(func=calendar_command)


def calendar_command(args, ctx) -> int:
    from workshop_app.commands.workshops import open_store
    from workshop_app.services.calendar_export import write_calendars

    for path in write_calendars(open_store(ctx).load_workshop_data(args.workshop_id), args.out):
        print(path)
    return 0
