"""``workshop-app checkin ID`` plans a check-in of a workshop (by default the next of the 30, 60
and 90 days after it); ``workshop-app checkins list ID`` lists a workshop's check-ins."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from workshop_app.commands.output import add_json_flag, print_json, print_table
from workshop_app.commands.workshops import open_store
from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checkin", help=translate(
        "cli", "plan a check-in of a workshop (its present participants attend); without --date, "
               "the next of the 30, 60 and 90 days after the workshop not planned yet"))
    p.add_argument("id", type=int, metavar="ID",
                   help=translate("cli", "the workshop's id (see: workshops list)"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate("cli", "the check-in's date"))
    p.add_argument("--time", metavar="HH:MM", default="", help=translate("cli", "the check-in's start time"))
    p.add_argument("--title", metavar="TEXT", help=translate(
        "cli", "the check-in's title (default: \"30-day check-in\" and so on for those dates, else none)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the new check-in as JSON"))
    p.set_defaults(func=plan)

    parser = sub.add_parser("checkins", help=translate("cli", "list the check-ins of a workshop"))
    actions = parser.add_subparsers(dest="checkins_command", metavar=translate("cli", "ACTION"),
                                    required=True)
    p = actions.add_parser("list", help=translate("cli", "list a workshop's check-ins by date"))
    p.add_argument("id", type=int, metavar="ID",
                   help=translate("cli", "the workshop's id (see: workshops list)"))
    add_json_flag(p)
    p.set_defaults(func=list_checkins)


def _entry(checkin) -> dict:
    """A check-in as JSON: its id first, without its workshop (the ID asked for)."""
    entry = asdict(checkin)
    del entry["workshop_id"]
    return {"id": entry.pop("id"), **entry}


def plan(args, ctx) -> int:
    from workshop_app.services import followup

    store = open_store(ctx)
    date, title = args.date, args.title
    if date is None:
        workshop = store.get_workshop(args.id)
        if not workshop.date:
            raise followup.FollowupError(translate(
                "cli", "Workshop {id} has no date to count 30, 60 and 90 days from: give the check-in's "
                       "date with --date.").format(id=args.id))
        found = followup.next_default_checkin(workshop, store.list_checkins(args.id))
        if found is None:
            raise followup.FollowupError(translate(
                "cli", "The 30, 60 and 90-day check-ins of workshop {id} are planned already: give "
                       "another date with --date.").format(id=args.id))
        date, days = found
        if title is None:
            title = followup.default_title(days)
    checkin = followup.plan_checkin(store, args.id, date, args.time, title or "")
    if args.json:
        print_json(_entry(checkin))
    else:
        print(translate("cli", "Check-in {id} planned on {date} for workshop {workshop}.")
              .format(id=checkin.id, date=f"{checkin.date} {checkin.time}".strip(), workshop=args.id))
    return 0


def list_checkins(args, ctx) -> int:
    follow = open_store(ctx).load_follow_through(args.id)
    reviewed = {c.id: 0 for c in follow.checkins}
    for review in follow.reviews:
        reviewed[review.checkin_id] += 1
    committed = {c.id: 0 for c in follow.checkins}
    for commitment in follow.commitments:
        committed[commitment.checkin_id] += 1
    if args.json:
        print_json([{**_entry(c), "reviews": reviewed[c.id], "commitments": committed[c.id]}
                    for c in follow.checkins])
        return 0
    if not follow.checkins:
        print(translate("cli", "No check-ins planned for workshop {id}.").format(id=args.id))
        return 0
    print_table([(c.id, c.date, c.time, " ".join(c.title.split()), len(c.attendees), reviewed[c.id],
                  committed[c.id]) for c in follow.checkins],
                [translate("cli", "ID"), translate("cli", "Date"), translate("cli", "Time"),
                 translate("cli", "Title"), translate("cli", "Attending"), translate("cli", "Reviewed"),
                 translate("cli", "New commitments")])
    return 0
