"""Petitions, supervision, publication and the dashboard at factory scale: the demo enterprise
of N employees, plus ten years of petitions and supervision items added in bulk (as a
20,000-worker factory would gather them), then in the main window the dashboard (clocks,
counts and charts), the supervision page and each tab, the publication page, the employee view
and a search in it, and the petition register and annual report of the busiest year rendered.
Results go to stdout and, with --record, to benchmarks/README.md.

    python benchmarks/supervision.py [--employees 100000] [--petitions 30000] [--record]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import timed  # noqa: E402 - after the platform is chosen

ADDRESSEES = ("Phòng Hành chính - Nhân sự", "Ban Giám đốc sản xuất", "Phòng Tài chính - Kế toán",
              "Xưởng May 1", "Xưởng May 2", "Xưởng Đế", "Kho vật tư")


def ten_years(db, petitions: int, today: date, rng: random.Random) -> None:
    """Bulk rows spread over ten years; the older ones closed, the recent ones in every status."""
    from sqlalchemy import insert

    from dcs_enterprise.storage.tables import Petition, SupervisionItem

    statuses = ("open", "sent", "answered", "resolved", "rejected", "escalated")

    def row(n: int) -> dict:
        raised = today - timedelta(days=rng.randint(0, 3650))
        recent = (today - raised).days < 60
        status = rng.choice(statuses) if recent else rng.choice(("resolved", "rejected"))
        closed = raised + timedelta(days=rng.randint(3, 40)) if status in (
            "resolved", "rejected") else None
        return {"raised_on": raised, "due_on": raised + timedelta(days=15), "status": status,
                "closed_on": closed if closed and closed <= today else None,
                "addressee": rng.choice(ADDRESSEES)}

    with db.session(write=True) as session:
        petition_rows = [dict(row(n), channel="direct", raised_by=f"Tổ {n % 40}",
                              category="welfare", subject=f"Kiến nghị số {n}",
                              content="Đề nghị cải thiện bữa ăn giữa ca.", due_rule="petition")
                         for n in range(petitions)]
        item_rows = [dict(row(n), source="inspection", subject="internal_rules",
                          title=f"Kiến nghị giám sát số {n}", due_rule="S1")
                     for n in range(petitions // 3)]
        for table, rows in ((Petition, petition_rows), (SupervisionItem, item_rows)):
            for start in range(0, len(rows), 5000):
                session.execute(insert(table), rows[start:start + 5000])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--petitions", type=int, default=30_000)
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
    today = date.today()
    demo_s, _ = timed(lambda: create_demo(db, employees=args.employees, today=today))
    bulk_s, _ = timed(lambda: ten_years(db, args.petitions, today, random.Random(7)))
    ctx = UiContext(db, sign_in(db, "congdoan", "demo-congdoan"), app_paths())

    def shown(fn):
        return timed(lambda: (fn(), app.processEvents())[0])

    window = MainWindow(ctx, "Công ty TNHH Giày da Phú Lợi")
    window.resize(1280, 800)
    dashboard_s, _ = shown(lambda: (window.show(), window.show_area("dashboard")))
    stats_s, _ = timed(lambda: ctx.dashboard_stats.stats(today))
    due_s, due = timed(lambda: ctx.deadlines.due(today))
    supervision_s, page = shown(lambda: window.show_area("supervision"))
    tab_s = [shown(lambda i=i: page.tabs.setCurrentIndex(i))[0] for i in range(page.tabs.count())]
    publication_s, _ = shown(lambda: window.show_area("publication"))
    window.close()
    view_s, view = shown(lambda: EmployeeViewWindow(UiContext(db, EMPLOYEE_VIEW, app_paths())))
    records = view.model.rowCount()
    search_s, _ = shown(lambda: view.search.setText("tien an ca"))
    view.close()
    papers = ctx.supervision_papers
    register = papers.petition_register(today.year, today)
    register_s, register_pdf = timed(lambda: CATALOG[register.kind].render(register.data,
                                                                         register.frame))
    report = papers.annual_report(today.year, today)
    report_s, report_pdf = timed(lambda: CATALOG[report.kind].render(report.data, report.frame))
    db.close()

    rows = [
        ("employees", f"{args.employees:,}"),
        ("petitions and supervision items over ten years (bulk)",
         f"{args.petitions:,} + {args.petitions // 3:,} in {bulk_s:.1f} s"),
        ("`demo` generation (every workflow, through the services)", f"{demo_s:.1f} s"),
        (f"open the dashboard ({len(due)} running clocks, counts, two charts)",
         f"{dashboard_s * 1000:.0f} ms"),
        ("dashboard counts and charts query", f"{stats_s * 1000:.0f} ms"),
        ("dashboard clocks query", f"{due_s * 1000:.0f} ms"),
        ("open the supervision page (this year's petitions)", f"{supervision_s * 1000:.0f} ms"),
        ("switch supervision tab: worst", f"{max(tab_s) * 1000:.0f} ms"),
        ("open the publication page", f"{publication_s * 1000:.0f} ms"),
        (f"open the employee view ({records} published records)", f"{view_s * 1000:.0f} ms"),
        ("search the employee view (FTS5, one phrase)", f"{search_s * 1000:.0f} ms"),
        ("render this year's petition register",
         f"{register_s:.2f} s, {len(register_pdf) / 1e3:.0f} kB"),
        ("render the annual report", f"{report_s:.2f} s, {len(report_pdf) / 1e3:.0f} kB"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    text = (f"\n### Petitions, supervision, publication and the dashboard, "
            f"{time.strftime('%Y-%m-%d')} ({machine})\n\n| measure | result |\n|---|---|\n"
            f"{table}\n")
    print(text)
    if args.record:
        with open(Path(__file__).with_name("README.md"), "a", encoding="utf-8") as handle:
            handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
