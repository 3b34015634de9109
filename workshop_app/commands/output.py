"""Shared output helpers: ``--json`` listings and plain-text tables."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    from workshop_app.i18n import translate

    parser.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of a table"))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    """Left-aligned columns separated by two spaces."""
    text_rows = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    line = "  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()
    print(line)
    for row in text_rows:
        print("  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip())
