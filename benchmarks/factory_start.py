"""Cold start and peak memory, each in fresh processes (factory_probe.py): the program's own
path against the floor's, the median of several runs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROBE = Path(__file__).with_name("factory_probe.py")


def probe(mode: str, database: Path) -> tuple[float, dict]:
    """Seconds from starting the process to its "ready", and what it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    began = time.monotonic()
    done = subprocess.run([sys.executable, str(PROBE), mode, str(database)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"factory_probe.py {mode} failed:\n{done.stderr}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["ready"] - began, report


def cold_start(database: Path, runs: int = 5) -> tuple[float, float, float]:
    """(ours, floor, password check) in seconds, medians. The password check (scrypt, by
    design slow) happens after the user typed in the sign-in dialog: it is not start-up."""
    ours, floor, checks = [], [], []
    probe("start", database)  # the first run reads the files from disk: not a cold *start*
    for _ in range(runs):  # interleaved, so a busy moment weighs on both alike
        seconds, report = probe("start", database)
        ours.append(seconds - report["sign_in"])
        checks.append(report["sign_in"])
        floor.append(probe("start-floor", database)[0])
    return statistics.median(ours), statistics.median(floor), statistics.median(checks)


def peak_memory(database: Path) -> tuple[float, float]:
    """(ours, floor) peak RSS in MB: the roster page open, against a bare QApplication with the
    database open."""
    return probe("roster", database)[1]["rss_mb"], probe("roster-floor", database)[1]["rss_mb"]
