"""What every scenario of the bench shares: results, statistics, child processes, the machine.

The bench lives outside the package and the test suite. ``run.py`` puts the
repository root and this folder on ``sys.path``; scripts started as child
processes do the same through :func:`child_env`.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"


@dataclass
class Result:
    """One line of the table."""

    scenario: str
    measured: str
    baseline: str = "-"
    target: str = "-"  # "ratio 1.32 / <= 1.5", "< 100 ms"...
    ok: bool | None = None  # None: informative only (no target)
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return "-" if self.ok is None else ("PASS" if self.ok else "MISS")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "status": self.status}


@dataclass
class Settings:
    """How hard to measure (``--quick`` lowers every count)."""

    quick: bool
    out: Path
    #: The data folder with 500 workshops built for this run (see dataset.py).
    big_data: Path | None = None

    def n(self, full: int, quick: int) -> int:
        return quick if self.quick else full


# -- statistics -------------------------------------------------------------------------------
def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (0-100), nearest rank: a value that was really measured."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# -- child processes --------------------------------------------------------------------------
def child_env(**extra: str) -> dict[str, str]:
    """The environment of every child: offscreen Qt, the checkout importable, compiled bytecode.

    Bytecode is cached under ``bench/out/pycache`` (never in the source tree) even when the
    shell sets PYTHONDONTWRITEBYTECODE, because an installed app always has its .pyc files:
    without them start-up would be measured with every module compiled from source.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("WORKSHOP_APP_DATA_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(BENCH), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def run_child(script: str, *args: str, timeout: float = 600) -> dict[str, Any]:
    """Run ``bench/<script>`` with ``args``; its last stdout line is a JSON object, returned."""
    proc = subprocess.run([sys.executable, str(BENCH / script), *args], env=child_env(), cwd=str(OUT),
                          capture_output=True, text=True, timeout=timeout)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{script} {' '.join(args)} failed ({proc.returncode}):\n"
                           f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return json.loads(lines[-1])


def emit(obj: dict[str, Any]) -> None:
    """How a child hands its figures back (see :func:`run_child`)."""
    print(json.dumps(obj), flush=True)


# -- the machine ------------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        info = platform.freedesktop_os_release()
        return f"{info.get('PRETTY_NAME', 'Linux')} (kernel {platform.release()})"
    except OSError:
        return f"{platform.system()} {platform.release()}"


def machine_info() -> dict[str, Any]:
    import sqlite3

    import PySide6
    import reportlab
    from PySide6 import QtCore

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": _ram_gb(),
        "os": _os_name(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": QtCore.qVersion(),
        "reportlab": reportlab.Version,
        "sqlite": sqlite3.sqlite_version,
    }
