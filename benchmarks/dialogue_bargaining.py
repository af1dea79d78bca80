"""Dialogue, bargaining and the dashboard at factory scale: the demo enterprise of N employees
(its year of dialogues, its finished bargaining round and agreement), then in the main window
the dashboard, the dialogue page, the representatives view, the bargaining page and each of its
tabs, the vote's workforce count (rule A1's base), the employee view, and the agreement and the
representative list rendered. Results go to stdout and, with --record, to benchmarks/README.md.

    python benchmarks/dialogue_bargaining.py [--employees 100000] [--record]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import timed  # noqa: E402 - after the platform is chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--record", action="store_true", help="append to benchmarks/README.md")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="dcs-bench-"))
    os.environ["DCS_ENTERPRISE_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.reports.catalog import CATALOG
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.demo import create_demo
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.services.session import EMPLOYEE_VIEW
    from dcs_enterprise.ui.context import UiContext
    from dcs_enterprise.ui.employee_view import EmployeeViewWindow
    from dcs_enterprise.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    db = open_file(home / "bench.sqlite")
    demo_s, _ = timed(lambda: create_demo(db, employees=args.employees))
    ctx = UiContext(db, sign_in(db, "congdoan", "demo-congdoan"), app_paths())

    def shown(fn):
        return timed(lambda: (fn(), app.processEvents())[0])

    window_s, window = shown(lambda: MainWindow(ctx, "Công ty TNHH Giày da Phú Lợi"))
    window.resize(1280, 800)
    dashboard_s, _ = shown(lambda: (window.show(), window.show_area("dashboard")))
    dialogue_s, dialogue = shown(lambda: window.show_area("dialogue"))
    lists_s, _ = shown(dialogue.show_representatives)
    bargaining_s, bargaining = shown(lambda: window.show_area("bargaining"))
    tab_s = [shown(lambda i=i: bargaining.tabs.setCurrentIndex(i))[0]
             for i in range(bargaining.tabs.count())]
    deadlines = len(ctx.deadlines.due(date.today()))
    workforce_s, workforce = timed(lambda: ctx.agreements.workforce(date.today()))
    window.close()
    view_s, view = shown(lambda: EmployeeViewWindow(UiContext(db, EMPLOYEE_VIEW, app_paths())))
    records = view.model.rowCount()
    view.close()
    agreement_id = bargaining.view.agreement.id
    papers = UiContext(db, ctx.actor, app_paths())
    prepared = papers.agreement_papers.agreement(agreement_id)
    agreement_s, agreement_pdf = timed(lambda: CATALOG[prepared.kind].render(prepared.data,
                                                                             prepared.frame))
    listed = papers.dialogue_papers.representatives(papers.dialogue_lists.current().id,
                                                    date.today())
    list_s, list_pdf = timed(lambda: CATALOG[listed.kind].render(listed.data, listed.frame))
    db.close()

    rows = [
        ("employees", f"{args.employees:,}"),
        ("`demo` generation (roster, conferences, dialogues, bargaining, through the services)",
         f"{demo_s:.1f} s"),
        ("build the main window", f"{window_s * 1000:.0f} ms"),
        (f"open the dashboard ({deadlines} running clocks)", f"{dashboard_s * 1000:.0f} ms"),
        ("open the dialogue page (the year's dialogues, the newest chosen)",
         f"{dialogue_s * 1000:.0f} ms"),
        ("switch to the representatives view", f"{lists_s * 1000:.0f} ms"),
        ("open the bargaining page (the round, its agreement, every tab)",
         f"{bargaining_s * 1000:.0f} ms"),
        ("switch bargaining tab: worst", f"{max(tab_s) * 1000:.0f} ms"),
        (f"count the workforce on a day (rule A1's base: {workforce:,})",
         f"{workforce_s * 1000:.0f} ms"),
        (f"open the employee view ({records} published records)", f"{view_s * 1000:.0f} ms"),
        ("render the agreement with its vote annex",
         f"{agreement_s:.2f} s, {len(agreement_pdf) / 1e3:.0f} kB"),
        ("render the dialogue representative list",
         f"{list_s:.2f} s, {len(list_pdf) / 1e3:.0f} kB"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = (f"\n### Dialogue, bargaining and the dashboard, {time.strftime('%Y-%m-%d')} "
              f"({machine})\n\n| measure | result |\n|---|---|\n{table}\n")
    print(report)
    if args.record:
        with open(Path(__file__).with_name("README.md"), "a", encoding="utf-8") as handle:
            handle.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
