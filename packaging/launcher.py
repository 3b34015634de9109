"""Entry point of the PyInstaller bundle: the same as the ``workshop-app`` command.

In a bundle ``sys.executable`` is this program, not a Python interpreter, yet
code may re-run ``sys.executable -c CODE`` in a child process (the doctor's Qt
platform probe does, because Qt aborts the whole process when its platform
plugin fails). So ``-c CODE [ARG...]`` as the first arguments runs CODE the way
``python -c`` would; everything else is the normal command line.
"""

from __future__ import annotations

import sys


def _run_code(code: str, args: list[str]) -> None:
    sys.argv = ["-c", *args]
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    exec(compile(code, "<string>", "exec"), namespace)  # noqa: S102 - same trust as python -c


def main() -> None:
    if getattr(sys, "frozen", False) and len(sys.argv) >= 3 and sys.argv[1] == "-c":
        _run_code(sys.argv[2], sys.argv[3:])
        sys.exit(0)

    from workshop_app.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
