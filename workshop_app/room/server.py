"""The room's web server: aiohttp on a thread of its own with its own event loop.

``RoomServer(ctx, workshop_id).start(host, port)`` listens and returns the URL; ``stop()``
closes it. Store calls run on a worker thread (the Store serialises them), so a slow disk never
stalls the loop. Every request is size-capped; every error is JSON ``{"error": ..., "field": ...}``;
a hostile client gets a 4xx, never a crash.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from workshop_app.errors import NotFoundError, UserError
from workshop_app.i18n import in_language, translate
from workshop_app.room.access import Access, Device, lan_address
from workshop_app.room.answers import (
    RoomError,
    RoomPolicy,
    activity,
    answer_id_field,
    mine,
    need_object,
    page_texts,
    participants,
    submit_all,
)

log = logging.getLogger(__name__)
#: The most answers stored with one commit: the store is held meanwhile, so the console's reads
#: wait at most that long (bench: 4 keeps the GUI thread's gaps under 50 ms while 60 phones send;
#: 16 or 100 halved the submit latency again but held the console up to 80 ms).
MAX_BURST = 4

# The largest request body the room reads (bytes): a commitment with every field full fits.
MAX_BODY = 16 * 1024
STATIC = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"/": ("index.html", "text/html"), "/room.js": ("room.js", "text/javascript"),
                "/room.css": ("room.css", "text/css")}
# Headers on every answer: nothing loaded from elsewhere, no framing, no guessing of types.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def error_response(message: str, status: int, field_name: str = "", **extra) -> web.Response:
    body = {"error": message, **({"field": field_name} if field_name else {}), **extra}
    return web.json_response(body, status=status)


async def read_json(request: web.Request) -> dict:
    """The request's body as a JSON object, or a 400/413 naming what is wrong with it."""
    raw = await request.read()  # raises HTTPRequestEntityTooLarge past client_max_size
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise RoomError(translate("Room", "The request body is not UTF-8 text.")) from None
    except json.JSONDecodeError as exc:
        raise RoomError(translate("Room", "The request body is not valid JSON: {problem} at line {line}, "
                                          "column {column}.")
                        .format(problem=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise RoomError(translate("Room", "The request body is nested too deeply.")) from None
    return need_object(body)


class RoomServer:
    """One workshop's room. ``start`` and ``stop`` are called from any one thread (the GUI's or
    the command's); :meth:`snapshot` may be read from any thread."""

    def __init__(self, ctx, workshop_id: int, code: str | None = None,
                 clock: Callable[[], float] = time.monotonic, policy: RoomPolicy | None = None,
                 on_event: Callable[[str, dict], None] | None = None):
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.access = Access(code, clock)
        self.policy = policy if policy is not None else RoomPolicy()
        # Told ``("joined", {"number", "participant"})`` when a device joins and ``("stored", what)``
        # once an answer is committed; called on the room's thread (the window hands it to a
        # queued Qt signal). What it raises is logged, never the phone's problem.
        self.on_event = on_event
        self.url = ""
        self.port = 0
        # The workshop's language: the phone's words and messages (read again with each activity).
        self.language = "en"
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        # The answers waiting to be stored (on the loop's thread only): whoever arrives while a
        # burst is being stored waits for the next one, stored together (one commit); one burst
        # at a time, so two phones' dots never pass a budget together.
        self._waiting: list[tuple[tuple[int | None, dict, str | None], asyncio.Future]] = []
        self._storing = False

    @property
    def code(self) -> str:
        return self.access.code

    # -- the application ---------------------------------------------------------------------
    @web.middleware
    async def json_errors(self, request: web.Request, handler) -> web.StreamResponse:
        """Every refusal as JSON, in the workshop's language (the phone's); a bug is logged and
        answered 500, and the server keeps serving."""
        with in_language(self.language):
            response = await self._answer(request, handler)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    async def _answer(self, request: web.Request, handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except RoomError as exc:
            response = error_response(str(exc), exc.status, exc.field, **exc.extra)
        except NotFoundError as exc:
            response = error_response(str(exc), 404)
        except UserError as exc:  # e.g. the disk is full: the answer was not stored
            response = error_response(str(exc), 503)
        except web.HTTPRequestEntityTooLarge:
            response = error_response(translate("Room", "The request is larger than {max} bytes.")
                                      .format(max=MAX_BODY), 413)
        except web.HTTPNotFound:
            response = error_response(translate("Room", "There is nothing at {path}.")
                                      .format(path=request.path), 404)
        except web.HTTPMethodNotAllowed as exc:
            response = error_response(translate("Room", "{method} is not allowed here.")
                                      .format(method=request.method), 405,
                                      allowed=sorted(exc.allowed_methods))
        except web.HTTPException as exc:
            response = error_response(exc.reason, exc.status)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("room: unexpected error on %s %s", request.method, request.path)
            response = error_response(translate("Room", "Something went wrong on the facilitator's laptop; "
                                                        "please try again."), 500)
        return response

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self.json_errors])
        for path in STATIC_FILES:
            app.router.add_get(path, self.static_file)
        app.router.add_get("/api/texts", self.texts)
        app.router.add_post("/api/people", self.people)
        app.router.add_post("/api/join", self.join)
        app.router.add_get("/api/activity", self.activity)
        app.router.add_post("/api/submit", self.submit)
        app.router.add_get("/api/mine", self.mine)
        return app

    async def _run(self, fn, *args):
        """``fn(*args)`` on a worker thread: the Store's calls never block the loop."""
        return await asyncio.get_running_loop().run_in_executor(None, functools.partial(fn, *args))

    async def static_file(self, request: web.Request) -> web.StreamResponse:
        name, kind = STATIC_FILES[request.path]
        return web.Response(body=(STATIC / name).read_bytes(), content_type=kind, charset="utf-8")

    def _check_code(self, request: web.Request, body: dict) -> None:
        address = request.remote or "?"
        wait = self.access.wrong.wait_left(address)
        if wait > 0:
            raise RoomError(translate("Room", "Too many wrong codes: wait {seconds} seconds and try again.")
                            .format(seconds=int(wait) + 1), status=429, field_name="code")
        code = body.get("code")
        if not isinstance(code, str) or len(code) > 64:
            raise RoomError(translate("Room", "code must be the room code shown on the screen."),
                            field_name="code")
        if not self.access.code_matches(code):
            self.access.wrong.failed(address)
            raise RoomError(translate("Room", "That is not the room code."), status=403, field_name="code")
        self.access.wrong.succeeded(address)

    @staticmethod
    def _token(request: web.Request) -> str:
        """The request's bearer token ("" for none)."""
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return token.strip() if scheme.lower() == "bearer" else ""

    def _device(self, request: web.Request) -> Device:
        token = self._token(request)
        device = self.access.device(token) if token else None
        if device is None and token and self.access.was_removed(token):
            raise RoomError(translate("Room", "The facilitator removed this phone from the room. To "
                                              "join again, tap Next."),
                            status=401, field_name="Authorization", removed=True)
        if device is None:
            raise RoomError(translate("Room", "Join the room first (no valid token)."), status=401,
                            field_name="Authorization")
        return device

    async def texts(self, request: web.Request) -> web.Response:
        texts = await self._run(page_texts, self.ctx, self.workshop_id)
        self.language = texts["language"]
        return web.json_response(texts)

    async def people(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        self._check_code(request, body)
        return web.json_response(await self._run(participants, self.ctx, self.workshop_id))

    async def join(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        self._check_code(request, body)
        participant = body.get("participant")
        if participant is not None:
            if isinstance(participant, bool) or not isinstance(participant, int):
                raise RoomError(translate("Room", "participant must be a participant's id or null."),
                                field_name="participant")
            offered = await self._run(participants, self.ctx, self.workshop_id)
            if participant not in {p["id"] for p in offered["participants"]}:
                raise RoomError(translate("Room", "participant is not one of this workshop's participants."),
                                field_name="participant")
        device = self.access.add_device(participant, replacing=self._token(request))
        if device is None:
            raise RoomError(translate("Room", "The room is closed to new devices."), status=423)
        self._tell("joined", {"number": device.number, "participant": participant})
        return web.json_response({"token": device.token})

    def _tell(self, event: str, data: dict) -> None:
        if self.on_event is None:
            return
        try:
            self.on_event(event, data)
        except Exception:
            log.exception("room: the %s listener failed", event)

    async def activity(self, request: web.Request) -> web.Response:
        device = self._device(request)
        now = await self._run(activity, self.ctx, self.workshop_id, device.participant_id, self.policy)
        self.language = now["language"]
        return web.json_response(now)

    async def submit(self, request: web.Request) -> web.Response:
        device = self._device(request)
        body = await read_json(request)
        answer_id = answer_id_field(need_object(body))  # here: refused in the room's language
        stored, repeated = await self._submit(device.participant_id, body, answer_id)
        if not repeated:
            self._tell("stored", stored)
        return web.json_response({"stored": stored})

    async def _submit(self, participant_id: int | None, body: dict,
                      answer_id: str | None) -> tuple[dict, bool]:
        """What was stored, and whether it was stored before (the same ``answer_id``: answered
        again, not stored twice, even across a closed room or a restart); only once committed."""
        waiting = asyncio.get_running_loop().create_future()
        self._waiting.append(((participant_id, body, answer_id), waiting))
        if not self._storing:
            self._storing = True
            asyncio.get_running_loop().create_task(self._store_waiting())
        return await waiting

    async def _store_waiting(self) -> None:
        """Store the answers waiting, a burst at a time (:func:`submit_all`), until none wait."""
        try:
            while self._waiting:
                burst, self._waiting = self._waiting[:MAX_BURST], self._waiting[MAX_BURST:]
                try:
                    found = await self._run(submit_all, self.ctx, self.workshop_id, self.policy,
                                            [answer for answer, _future in burst])
                except Exception as exc:  # noqa: BLE001 - the commit failed: none was stored
                    found = [exc] * len(burst)
                for (_answer, future), result in zip(burst, found, strict=True):
                    if future.done():
                        continue  # (the phone went away)
                    if isinstance(result, Exception):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self._storing = False

    async def mine(self, request: web.Request) -> web.Response:
        device = self._device(request)
        return web.json_response(await self._run(mine, self.ctx, self.workshop_id, device.participant_id))

    # -- the thread --------------------------------------------------------------------------
    def start(self, host: str, port: int = 0) -> str:
        """Listen on ``host``:``port`` (0: any free port); returns the room's URL once listening."""
        if self._thread is not None:
            raise RuntimeError("the room is already open")
        self.language = self.ctx.store.get_workshop(self.workshop_id).language  # store opened here
        ready = threading.Event()
        failure: list[BaseException] = []
        self._runner = None
        self._loop = asyncio.new_event_loop()

        async def serve() -> None:
            # no access log (an anonymous card leaves no trace of its device); idle connections
            # closed after 30 s (phones ask every few seconds); compressed bodies are not
            # inflated (a small gzip bomb stays small: it is refused as not JSON)
            self._runner = web.AppRunner(self.make_app(), access_log=None, handle_signals=False,
                                         keepalive_timeout=30, max_headers=64, auto_decompress=False)
            await self._runner.setup()
            site = web.TCPSite(self._runner, host, port)
            await site.start()
            self.port = self._runner.addresses[0][1]

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            try:
                self._loop.run_until_complete(serve())
            except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
                failure.append(exc)
                if self._runner is not None:
                    self._loop.run_until_complete(self._runner.cleanup())
                self._loop.close()
                ready.set()
                return
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.run_until_complete(self._loop.shutdown_default_executor())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="room-server", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise RoomStartError(translate("Room", "Cannot open the room on {host}:{port}: {reason}")
                                 .format(host=host, port=port, reason=failure[0])) from failure[0]
        shown = lan_address() if host in ("", "0.0.0.0", "::") else host  # all addresses: name one
        shown = f"[{shown}]" if ":" in shown else shown
        self.url = f"http://{shown}:{self.port}/"
        log.info("room of workshop %s open at %s", self.workshop_id, self.url)
        return self.url

    def stop(self) -> None:
        """Close the room (the devices' tokens are forgotten); safe to call twice."""
        if self._thread is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._thread = None
        self.access.forget_all()
        log.info("room of workshop %s closed", self.workshop_id)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def snapshot(self) -> dict:
        """The room as the console shows it (any thread): open, locked, the devices joined and
        the participants they joined as."""
        devices = self.access.devices()
        return {"open": self.running, "locked": self.access.locked, "devices": len(devices),
                "participants": sorted({d.participant_id for d in devices if d.participant_id is not None}),
                "joined": [{"number": d.number, "participant": d.participant_id} for d in devices]}


class RoomStartError(UserError):
    """The room cannot listen (the port is taken, the address is not this machine's)."""
