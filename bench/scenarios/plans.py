"""Plans: ``write_action_plans`` for 30 and 300 participants against bare reportlab (bare_reportlab.py).

Every measurement is a fresh child process that imports what it needs and writes one small
warm-up document (fonts registered, modules loaded, as in an app that has printed before),
then times one full run and reads its peak RSS (``resource.getrusage``) right after it.
App and bare runs alternate. The bare script writes exactly the files and page counts the
app wrote (per-participant files and the combined file), with as many characters per page
as the app's pages hold on average.

Memory: the peak RSS of the app's child at 30 and at 300 participants; "flat" means the
growth per extra participant is small next to the process's size (see docs/performance.md).
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import time
from pathlib import Path

from common import Result, Settings, emit, median, run_child

TARGET = 2.0  # issue 14: within 2.0x of bare reportlab, with stock platypus parts
#: Peak RSS at 300 participants may be at most this much larger than at 30 ("flat").
FLAT = 1.25


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def layout_of(participant_files: list[Path], combined: Path) -> dict:
    """Pages of every file the app wrote, and characters per printed page (combined file)."""
    from pypdf import PdfReader

    pages = [len(PdfReader(str(p)).pages) for p in participant_files]
    reader = PdfReader(str(combined))
    pages.append(len(reader.pages))
    sizes = []
    for page in reader.pages[:24]:
        text = page.extract_text() or ""
        if text.strip():
            sizes.append(len(text))
    return {"pages": pages, "chars_per_page": round(sum(sizes) / max(1, len(sizes)))}


def child_app(participants: int, out: Path, want_layout: bool) -> dict:
    from dataset import plans_data

    from workshop_app.plans import write_action_plans

    write_action_plans(plans_data(2), out / "warmup")
    data = plans_data(participants)
    started = time.perf_counter()
    result = write_action_plans(data, out / "plans")
    seconds = time.perf_counter() - started
    figures = {"seconds": seconds, "peak_mb": _peak_mb(), "files": len(result.paths)}
    if want_layout:
        figures["layout"] = layout_of(result.participant_files, result.combined)
    return figures


def child_bare(out: Path, layout: dict) -> dict:
    from bare_reportlab import write_documents

    write_documents(out / "warmup", [1], 200)
    started = time.perf_counter()
    write_documents(out / "bare", layout["pages"], layout["chars_per_page"])
    return {"seconds": time.perf_counter() - started, "peak_mb": _peak_mb()}


def _measure(settings: Settings, participants: int, reps: int) -> dict:
    scratch = settings.out / f"plans-{participants}"
    runs: dict[str, list[dict]] = {"app": [], "bare": []}
    layout: dict = {}
    layout_file = scratch.with_suffix(".layout.json")

    def app(first: bool = False) -> None:
        shutil.rmtree(scratch, ignore_errors=True)
        args = ["scenarios/plans.py", "app", str(participants), str(scratch)]
        figures = run_child(*args, *(["--layout"] if first else []))
        if first:
            layout.update(figures.pop("layout"))
            layout_file.write_text(json.dumps(layout))
        runs["app"].append(figures)

    def bare() -> None:
        shutil.rmtree(scratch, ignore_errors=True)
        runs["bare"].append(run_child("scenarios/plans.py", "bare", str(scratch), str(layout_file)))

    app(first=True)  # the layout the bare script copies; its time counts too
    bare()
    for i in range(1, reps):
        for step in ((bare, app) if i % 2 else (app, bare)):
            step()
    shutil.rmtree(scratch, ignore_errors=True)
    ratios = [a["seconds"] / b["seconds"] for a, b in zip(runs["app"], runs["bare"], strict=True)]
    return {
        "app_s": median([r["seconds"] for r in runs["app"]]),
        "bare_s": median([r["seconds"] for r in runs["bare"]]),
        "ratio": median(ratios),
        "app_peak_mb": median([r["peak_mb"] for r in runs["app"]]),
        "bare_peak_mb": median([r["peak_mb"] for r in runs["bare"]]),
        "files": len(layout["pages"]),
        "pages": sum(layout["pages"]),
        "chars_per_page": layout["chars_per_page"],
        "runs": {"app": runs["app"], "bare": runs["bare"]},
    }


def run(settings: Settings) -> list[Result]:
    sizes = {30: settings.n(5, 2), 300: settings.n(2, 1)}
    found = {n: _measure(settings, n, reps) for n, reps in sizes.items()}
    results = []
    for n, m in found.items():
        results.append(Result(
            f"Plans, {n} participants ({m['files']} files, {m['pages']} pages)", f"{m['app_s']:.2f} s",
            f"{m['bare_s']:.2f} s (bare reportlab, {m['chars_per_page']} chars/page)",
            f"ratio {m['ratio']:.2f} / <= {TARGET}", m["ratio"] <= TARGET, m))
    small, big = found[30], found[300]
    growth = big["app_peak_mb"] / small["app_peak_mb"]
    per_participant_kb = (big["app_peak_mb"] - small["app_peak_mb"]) * 1024 / 270
    bare_kb = (big["bare_peak_mb"] - small["bare_peak_mb"]) * 1024 / 270
    results.append(Result(
        "Plans memory: peak RSS, 30 -> 300 participants",
        f"{small['app_peak_mb']:.0f} -> {big['app_peak_mb']:.0f} MB "
        f"(+{per_participant_kb:.0f} KB/participant)",
        f"bare {small['bare_peak_mb']:.0f} -> {big['bare_peak_mb']:.0f} MB (+{bare_kb:.0f} KB/participant)",
        f"ratio {growth:.2f} / <= {FLAT}", growth <= FLAT,
        {"ratio": growth, "kb_per_participant": per_participant_kb, "bare_kb_per_participant": bare_kb}))
    return results


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "app":
        emit(child_app(int(sys.argv[2]), Path(sys.argv[3]), "--layout" in sys.argv[4:]))
    elif mode == "bare":
        emit(child_bare(Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text())))
