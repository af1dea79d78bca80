"""Roster at factory scale: a demo enterprise of N employees, the roster page opened and
filtered as a user types. Results go to stdout and, with --record, to benchmarks/README.md.

    python benchmarks/roster.py [--employees 100000] [--record]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import timed  # noqa: E402 - after the platform is chosen

TYPED = "nguyen van duc"



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--record", action="store_true", help="append to benchmarks/README.md")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="dcs-bench-"))
    os.environ["DCS_ENTERPRISE_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.demo import create_demo
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.ui.context import UiContext
    from dcs_enterprise.ui.pages.people_page import PeoplePage

    app = QApplication(sys.argv[:1])
    db_path = home / "bench.sqlite"
    db = open_file(db_path)
    demo_s, _ = timed(lambda: create_demo(db, employees=args.employees))
    db.close()
    size_mb = db_path.stat().st_size / 1e6

    open_s, db = timed(lambda: open_file(db_path))
    ctx = UiContext(db, sign_in(db, "nhansu", "demo-nhansu"), app_paths())
    page = PeoplePage(ctx)
    page.resize(1280, 800)

    def open_page():
        page.show()
        page.refresh()
        app.processEvents()

    page_s, _ = timed(open_page)
    keystrokes = []
    for end in range(1, len(TYPED) + 1):
        page.filter.setText(TYPED[:end])
        seconds, _ = timed(lambda: (page.apply_filter(), app.processEvents()))
        keystrokes.append(seconds)
    matches = page.model.rowCount()
    scroll_s, _ = timed(lambda: (page.filter.clear(), page.apply_filter(),
                                 page.table.scrollToBottom(), app.processEvents()))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()

    rows = [
        ("employees", f"{args.employees:,}"),
        ("database file", f"{size_mb:.1f} MB"),
        ("`demo` generation", f"{demo_s:.2f} s"),
        ("open the database (no upgrade)", f"{open_s * 1000:.0f} ms"),
        ("open the roster page (tree + count + first page)", f"{page_s * 1000:.0f} ms"),
        (f"filter per keystroke typing “{TYPED}”: median / worst",
         f"{statistics.median(keystrokes) * 1000:.0f} ms / {max(keystrokes) * 1000:.0f} ms"),
        ("rows matching the full text", f"{matches:,}"),
        ("clear the filter and jump to the last row", f"{scroll_s * 1000:.0f} ms"),
        ("peak memory (RSS) of the process", f"{peak_mb:.0f} MB"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = (f"\n### Roster, {time.strftime('%Y-%m-%d')} ({machine})\n\n"
              f"| measure | result |\n|---|---|\n{table}\n")
    print(report)
    if args.record:
        with open(Path(__file__).with_name("README.md"), "a", encoding="utf-8") as handle:
            handle.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
