"""Run the whole bench and print the table: ``python bench/run.py`` (``--quick`` for a short run).

Builds the 500-workshop data folder once (bench/out/data-500), runs every scenario (or
those named with ``--only``), prints scenario / measured / baseline / ratio or target /
PASS or MISS, writes the figures to bench/out/results-<time>.json and bench/out/latest.md,
and puts the table with the machine it came from into docs/performance.md (between the
``bench:begin`` and ``bench:end`` markers; ``--no-doc`` leaves the file alone).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
for entry in (str(BENCH.parent), str(BENCH)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from common import OUT, ROOT, Result, Settings, machine_info  # noqa: E402
from dataset import build_big_data_folder  # noqa: E402

SCENARIOS = ("startup", "autosave", "plans", "library", "gui", "runpage", "room", "room_console")
NEEDS_BIG_DATA = {"startup", "autosave", "library", "gui"}
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def table(results: list[Result]) -> str:
    rows = [("Scenario", "Measured", "Baseline", "Ratio / target", "Result")]
    rows += [(r.scenario, r.measured, r.baseline, r.target, r.status) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def machine_lines(machine: dict) -> str:
    return (f"- CPU: {machine['cpu']}, {machine['cores']} cores; RAM: {machine['ram_gb']} GB\n"
            f"- OS: {machine['os']}\n"
            f"- Python {machine['python']}, PySide6 {machine['pyside6']} (Qt {machine['qt']}), "
            f"reportlab {machine['reportlab']}, SQLite {machine['sqlite']}")


def report_block(results: list[Result], machine: dict, when: str, quick: bool, seconds: float) -> str:
    kind = "quick run (`--quick`)" if quick else "full run"
    return (f"Latest {kind}: {when}, {seconds / 60:.1f} minutes.\n\n{machine_lines(machine)}\n\n"
            f"{table(results)}\n")


def update_doc(block: str) -> bool:
    if not DOC.exists():
        return False
    text = DOC.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        return False
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n{block}{END}{tail}", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the workshop_app bench and print the table.")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a couple of minutes)")
    parser.add_argument("--only", nargs="+", choices=SCENARIOS, metavar="SCENARIO",
                        help=f"run only these: {', '.join(SCENARIOS)}")
    parser.add_argument("--no-doc", action="store_true", help="do not update docs/performance.md")
    args = parser.parse_args(argv)
    chosen = args.only or list(SCENARIOS)
    OUT.mkdir(parents=True, exist_ok=True)
    settings = Settings(quick=args.quick, out=OUT)
    started = time.perf_counter()
    built = None
    if NEEDS_BIG_DATA & set(chosen):
        print("building the data folder: 500 workshops x 30 participants ...", flush=True)
        settings.big_data = OUT / "data-500"
        built = build_big_data_folder(settings.big_data)
        print(f"  {built['counts']} in {built['seconds']:.1f} s, {built['megabytes']} MB", flush=True)
    results: list[Result] = []
    for name in chosen:
        print(f"running {name} ...", flush=True)
        at = time.perf_counter()
        found = importlib.import_module(f"scenarios.{name}").run(settings)
        for result in found:
            print(f"  {result.status:4}  {result.scenario}: {result.measured}", flush=True)
        print(f"  ({time.perf_counter() - at:.0f} s)", flush=True)
        results.extend(found)
    seconds = time.perf_counter() - started
    machine = machine_info()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print()
    print(table(results))
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    record = {"when": when, "quick": args.quick, "seconds": seconds, "machine": machine,
              "data_folder": built, "results": [r.to_dict() for r in results]}
    (OUT / f"results-{stamp}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False))
    (OUT / "latest.json").write_text(json.dumps(record, indent=2, ensure_ascii=False))
    block = report_block(results, machine, when, args.quick, seconds)
    (OUT / "latest.md").write_text(block, encoding="utf-8")
    if not args.no_doc and set(chosen) == set(SCENARIOS) and update_doc(block):
        print(f"\nfigures written to {DOC.relative_to(ROOT)}")
    print(f"all figures: {OUT.relative_to(ROOT)}/results-{stamp}.json ({seconds / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
