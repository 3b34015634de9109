"""``workshop-app room ID`` serves a workshop's room without the window: phones on the local
network join with the code it prints and answer the current activity of the run."""

from __future__ import annotations

import argparse
import json
import signal
import threading

from workshop_app.commands.workshops import open_store
from workshop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("room", help=translate(
        "cli", "serve a workshop's room on the local network (phones join with its code); prints "
               "{\"url\", \"code\", \"port\"} as one JSON line once listening, stops on Ctrl+C or SIGTERM"))
    p.add_argument("id", type=int, metavar="ID",
                   help=translate("cli", "the workshop's id (see: workshops list)"))
    p.add_argument("--host", metavar="HOST", help=translate(
        "cli", "the address to listen on (default: this machine's address on the local network, "
               "else 127.0.0.1)"))
    p.add_argument("--port", metavar="PORT", type=int, default=0,
                   help=translate("cli", "the port to listen on (default: any free port)"))
    p.add_argument("--anonymous", action="store_true", help=translate(
        "cli", "store every card without its author (votes, ratings and commitments need a name)"))
    p.set_defaults(func=serve)


def serve(args, ctx) -> int:
    from workshop_app.room.access import lan_address
    from workshop_app.room.answers import RoomPolicy
    from workshop_app.room.server import RoomServer

    store = open_store(ctx)
    store.get_workshop(args.id)  # a NotFoundError naming the id, before anything listens
    stop = threading.Event()
    server = RoomServer(ctx, args.id, policy=RoomPolicy(all_anonymous=args.anonymous))
    host = args.host or lan_address()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        server.start(host, args.port)
        print(json.dumps({"url": server.url, "code": server.code, "port": server.port}), flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    return 0
