"""Command-line front end. ``workshop-app`` with no command opens the GUI.

Each command lives in ``workshop_app/commands/<module>.py`` with a
``register(subparsers)`` function; handlers take ``(args, ctx)`` where ``ctx``
is a :class:`workshop_app.services.context.AppContext`, and return an exit
code. Non-GUI commands never import Qt widgets.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # first thing: start-up is measured from here

import argparse  # noqa: E402
import importlib  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402

from workshop_app import APP_NAME, __version__  # noqa: E402
from workshop_app.errors import UserError  # noqa: E402
from workshop_app.i18n import (  # noqa: E402
    LANGUAGE_VARIABLE,
    available_languages,
    chosen_language,
    set_interface_language,
    translate,
)

#: Modules under workshop_app.commands, in the order --help lists them.
COMMAND_MODULES = ("doctor", "packs", "workshops", "participants", "checkins", "backups", "plans", "actions",
                   "calendar", "room", "demo")
#: What the window needs besides Qt, imported by a GUI launch before PySide6 is: once loaded,
#: PySide6 reads the source of every module imported after it (its ``__feature__`` import hook
#: looks for the word "PySide6"), about 4 ms for the store's modules.
BEFORE_QT = ("workshop_app.platform_libs", "workshop_app.storage.recovery")

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=translate("cli", "Plan and run leadership-and-operations workshops offline, "
                                     "and print each participant's action plan. "
                                     "With no command, the app's window opens."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--lang", metavar="CODE",
                        help=translate("cli", "the language of the window and of the messages, one of "
                                              "{languages} (default: ${variable}, else the system's; printed "
                                              "papers use each workshop's own language)")
                        .format(languages=", ".join(available_languages()), variable=LANGUAGE_VARIABLE))
    parser.add_argument("--data-dir", metavar="DIR",
                        help=translate("cli", "keep all data in DIR (default: the platform's app data "
                                              "folder, or $WORKSHOP_APP_DATA_DIR)"))
    parser.add_argument("--benchmark-startup", action="store_true",
                        help=translate("cli", "start the window as usual, print startup_ms=N once its "
                                              "first frame (the workshop list) is painted, and "
                                              "restored_ms=N once the last workshop's page is, then exit"))
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"workshop_app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"workshop_app.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def _error(message: str, details: list[str] | None = None) -> None:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    for line in details or []:
        print(f"  {line}", file=sys.stderr)


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise ValueError(message)


def _gui_launch(argv: list[str] | None) -> argparse.Namespace | None:
    """The options of a plain GUI launch (no command, no --help or --version), else None.

    A GUI launch never needs the command modules, so it does not import them (start-up).
    """
    pre = _QuietParser(prog=APP_NAME, add_help=False)
    pre.add_argument("--lang")
    pre.add_argument("--data-dir")
    pre.add_argument("--benchmark-startup", action="store_true")
    try:
        known, rest = pre.parse_known_args(argv)
    except ValueError:  # e.g. --data-dir without a folder: the full parser says so properly
        return None
    if rest:
        return None
    known.command = None
    return known


def _language_option(argv: list[str] | None) -> str | None:
    """``--lang CODE`` (or ``--lang=CODE``) before anything else is read: the help is in it too."""
    pre = _QuietParser(prog=APP_NAME, add_help=False)
    pre.add_argument("--lang")
    try:
        known, _rest = pre.parse_known_args(argv)
    except ValueError:  # --lang without a code: the full parser says so properly
        return None
    return known.lang


def main(argv: list[str] | None = None) -> int:
    language = _language_option(argv)
    args = _gui_launch(argv)
    if args is None:
        set_interface_language(chosen_language(language))
        args = build_parser().parse_args(argv)
    else:
        for name in BEFORE_QT:
            importlib.import_module(name)
    from workshop_app.services.context import AppContext

    ctx = None
    try:
        ctx = AppContext.from_option(args.data_dir)
        if args.command is None:
            from workshop_app.gui.app import run_gui

            return run_gui(ctx, benchmark_startup=args.benchmark_startup, started=STARTED, language=language)
        if getattr(args, "needs_data_dir", True):
            ctx.start_logging()
        return int(args.func(args, ctx) or 0)
    except UserError as exc:
        log.info("refused: %s", exc)
        _error(str(exc), exc.details)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: log it, say where the log is, no traceback on screen
        log.exception("unexpected error")
        where = ctx.data_dir.log_file if ctx is not None else None
        msg = translate("cli", "unexpected error: {error}").format(error=exc)
        if where is not None:
            msg += " " + translate("cli", "(details in {log})").format(log=where)
        _error(msg)
        return 70
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
