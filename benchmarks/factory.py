"""The factory-scale benchmark of issue 7: one synthetic enterprise (100,000 employees, 1,000
departments, ten years of conferences, dialogues, bargaining rounds, petitions and supervision
items), and on it, side by side, each measure against its floor, the least any program would
spend doing the same thing. Results go to stdout and, with --record, to benchmarks/README.md.

    python benchmarks/factory.py [--employees 100000] [--database FILE] [--record]

--database reuses a file an earlier run built there (or builds it there and keeps it).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

README = Path(__file__).with_name("README.md")
SECTION = "Factory scale against the floor (issue 7)"
SCRIPT_ROW = ("| `factory.py` | one enterprise of 100,000 employees, 1,000 departments and ten years "
              "of records, each measure beside its floor: cold start, roster import, filtering, "
              "opening every page, the long lists rendered, peak memory |")


FLOORS = (
    "The floors: for the cold start, a process that imports PySide6 and the data layer, opens "
    "the database, reads one row and shows a window (both in fresh processes; the program's "
    "password check, which follows the user's typing, is not counted); for the import, "
    "openpyxl's read-only parse of the same file; for the filter, the same SQL (count and "
    "first page) with nothing around it; for a page, an empty page shown in the same window; "
    "for a list, the same table drawn on bare pages (no Decree 30 heading, signatures or page "
    "numbers); for memory, a QApplication with the database open.")


@dataclass(frozen=True)
class Measure:
    name: str
    ours: float
    floor: float
    unit: str  # "s", "ms" or "MB"
    goal: str
    met: bool

    def row(self) -> str:
        def shown(value: float) -> str:
            scaled = value * 1000 if self.unit == "ms" else value
            digits = 2 if self.unit == "s" else 1 if scaled < 10 else 0
            return f"{scaled:,.{digits}f} {self.unit}"

        ratio = self.ours / self.floor if self.floor else 0
        ratio = f"{ratio:,.{2 if ratio < 10 else 0}f}×" if ratio else "–"
        return (f"| {self.name} | {shown(self.ours)} | {shown(self.floor)} | {ratio} | "
                f"{self.goal} | {'yes' if self.met else '**no**'} |")


class Results(list):
    """The measures so far, each printed as it comes (a long run shows its progress)."""

    def append(self, measure: Measure) -> None:
        print(measure.row(), flush=True)
        super().append(measure)


def measures(database: Path, work: Path, runs: int) -> list[Measure]:
    import factory_import
    import factory_render
    import factory_start

    out = Results()
    ours, floor, _check = factory_start.cold_start(database, runs)
    out.append(Measure("cold start to the main window (HR officer), median of "
                       f"{runs}", ours, floor, "s", "≤ 1.3× and < 1 s",
                       ours <= 1.3 * floor and ours < 1.0))
    imported = factory_import.roster_import(database, work)
    out.append(Measure(f"roster import, {imported['rows']:,}-row .xlsx "
                       f"({imported['file_mb']:.1f} MB) into a new database",
                       imported["ours"], imported["floor"], "s", "≤ 1.5×",
                       imported["ours"] <= 1.5 * imported["floor"]))
    typed = factory_start.probe("filter", database)[1]
    for label, pick in (("median", statistics.median), ("worst", max)):
        value = pick(typed["ours"])
        out.append(Measure(f"filter per keystroke typing “nguyen van duc”: {label}", value,
                           pick(typed["floor"]), "ms", "< 50 ms", value < 0.05))
    pages = {role: factory_start.probe(f"pages-{role}", database)[1]
             for role in ("hr", "union")}
    floor = min(report["floor"] for report in pages.values())
    for key in pages["hr"]["pages"] | pages["union"]["pages"]:
        seconds, role = max((report["pages"][key], role) for role, report in pages.items()
                            if key in report["pages"])
        what = {"dashboard": "the dashboard (the main window around it)",
                "dashboard-filled": "the dashboard, until its clocks are in"}.get(key, key)
        out.append(Measure(f"open {what}, first time ({role})", seconds, floor, "ms",
                           "< 200 ms", seconds < 0.2))
    listed = factory_render.delegate_list(2_000)
    out.append(Measure("render the delegate list of 2,000", listed["ours"], listed["floor"],
                       "s", "≤ 1.3×", listed["ours"] <= 1.3 * listed["floor"]))
    roster = factory_render.roster(database)
    out.append(Measure(f"render the roster ({roster['people']:,} at work, "
                       f"{roster['mb']:.1f} MB)", roster["ours"], roster["floor"], "s",
                       "≤ 1.3×", roster["ours"] <= 1.3 * roster["floor"]))
    ours, floor = factory_start.peak_memory(database)
    out.append(Measure("peak memory (RSS), the roster page open", ours, floor, "MB",
                       "< 400 MB", ours < 400))
    return out


def report(results: list[Measure], built: str) -> str:
    machine = (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
               f"Python {platform.python_version()}")
    rows = "\n".join(m.row() for m in results)
    met = sum(m.met for m in results)
    return (f"### {SECTION}, {time.strftime('%Y-%m-%d')} ({machine})\n\n{built} {FLOORS}\n\n"
            f"| measure | ours | floor | ratio | goal | met? |\n|---|---|---|---|---|---|\n"
            f"{rows}\n\n{met} of {len(results)} goals met.\n")


def record(text: str, path: Path = README) -> None:
    """The section first under "## Results", and the script in the table at the top."""
    readme = path.read_text(encoding="utf-8")
    if "`factory.py`" not in readme:
        first = "| `roster.py` |"
        readme = readme.replace(first, f"{SCRIPT_ROW}\n{first}", 1)
    head, results, rest = readme.partition("## Results\n")
    path.write_text(f"{head}{results}\n{text}{rest}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--database", type=Path, help="reuse (or build and keep) this file")
    parser.add_argument("--runs", type=int, default=5, help="cold starts of each kind")
    parser.add_argument("--record", action="store_true", help="add the results to README.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dcs-factory-"))
    os.environ["DCS_ENTERPRISE_HOME"] = str(work / "home")
    database = args.database or work / "factory.sqlite"
    try:
        from factory_data import DEPARTMENTS, YEARS, build_factory

        if database.exists():
            built = f"The enterprise of `{database.name}`, built by an earlier run."
        else:
            seconds = build_factory(database, args.employees)
            built = (f"The enterprise: {args.employees:,} employees, {DEPARTMENTS:,} "
                     f"departments, {YEARS} years of records; built in "
                     f"{sum(seconds.values()):.0f} s, {database.stat().st_size / 1e6:.0f} MB.")
        print(built, flush=True)
        text = report(measures(database, work, args.runs), built)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the database too, unless it is --database
    print(text)
    if args.record:
        record(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
