"""The workers' conference at factory scale: the demo enterprise of N employees with its two
conferences, the conference page opened in the main window, a conference chosen, each tab,
the summoned list filtered, and the papers of a 2,000-delegate conference rendered.
Results go to stdout and, with --record, to benchmarks/README.md.

    python benchmarks/conference.py [--employees 100000] [--delegates 2000] [--record]
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


def synthetic_papers(delegates: int):
    """A delegate list and invitations of ``delegates`` people, with their Decree 30 frames."""
    from dcs_enterprise.domain import conference_documents as cd
    from dcs_enterprise.domain import documents as doc
    from dcs_enterprise.domain.conference_plan import DelegateKind
    from dcs_enterprise.domain.conference_rules import ConferenceForm
    from dcs_enterprise.domain.enums import Gender

    header = cd.ConferenceHeader("Công ty TNHH Giày da Phú Lợi", "Công đoàn cơ sở Công ty",
                                 2027, ConferenceForm.DELEGATE, date(2027, 3, 12), "07:30",
                                 "Hội trường Nhà ăn số 1")
    people = [(f"Nguyễn Thị Ánh {n}", f"PL{n:06d}", f"Phân xưởng May {n % 40 + 1}")
              for n in range(1, delegates + 1)]
    listed = cd.DelegateListData(header, tuple(
        cd.DelegateLine(name, code, Gender.FEMALE, department, "Công nhân may",
                        DelegateKind.ELECTED) for name, code, department in people))
    invited = cd.InvitationData(header, "Tổng Giám đốc và Chủ tịch Công đoàn cơ sở", tuple(
        cd.Invitee(name, code, department, f"HN2027-{n:06d}")
        for n, (name, code, department) in enumerate(people, 1)))
    frame = doc.DocumentFrame(issuers=(doc.IssuingBody(header.enterprise_name),), number=None,
                              place="Thành phố Hồ Chí Minh", day=date(2027, 3, 1),
                              type_name="DANH SÁCH", title="Đại biểu dự hội nghị",
                              signatures=(doc.SignatureBlock("TỔNG GIÁM ĐỐC", "Nguyễn Minh "
                                                                             "Quang"),))
    return listed, invited, frame


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--delegates", type=int, default=2_000)
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
    from dcs_enterprise.ui.context import UiContext
    from dcs_enterprise.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    db = open_file(home / "bench.sqlite")
    demo_s, _ = timed(lambda: create_demo(db, employees=args.employees))
    ctx = UiContext(db, sign_in(db, "congdoan", "demo-congdoan"), app_paths())
    window = MainWindow(ctx, "Công ty TNHH Giày da Phú Lợi")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    open_s, page = timed(lambda: (window.show_area("conference"), app.processEvents())[0])
    choose_s, _ = timed(lambda: (page.list.setCurrentRow(1), app.processEvents()))
    tab_s = []
    for index in range(page.tabs.count()):
        seconds, _ = timed(lambda index=index: (page.tabs.setCurrentIndex(index),
                                                app.processEvents()))
        tab_s.append(seconds)
    held = page.info
    filter_s, found = timed(lambda: ctx.conference_delegates.delegates(held.id, "nguyen", 0, 50))
    summoned = ctx.conference_delegates.delegate_count(held.id)
    window.close()
    db.close()

    listed, invited, frame = synthetic_papers(args.delegates)
    list_s, list_pdf = timed(lambda: CATALOG["delegate-list"].render(listed, frame))
    invite_s, invite_pdf = timed(lambda: CATALOG["invitation"].render(invited, frame))

    rows = [
        ("employees; delegates summoned to last year's conference",
         f"{args.employees:,}; {summoned:,}"),
        ("`demo` generation (roster and two conferences, through the services)",
         f"{demo_s:.1f} s"),
        ("open the conference page (first time: builds its seven tabs)",
         f"{open_s * 1000:.0f} ms"),
        ("choose another conference (every tab reloads)", f"{choose_s * 1000:.0f} ms"),
        ("switch tab: worst", f"{max(tab_s) * 1000:.0f} ms"),
        ("filter the summoned list (“nguyen”, first 50)",
         f"{filter_s * 1000:.0f} ms ({len(found)} shown)"),
        (f"delegate list of {args.delegates:,}", f"{list_s:.2f} s, {len(list_pdf) / 1e6:.1f} MB"),
        (f"{args.delegates:,} invitations, one page each with its barcode",
         f"{invite_s:.2f} s, {len(invite_pdf) / 1e6:.1f} MB"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = (f"\n### Workers' conference, {time.strftime('%Y-%m-%d')} ({machine})\n\n"
              f"| measure | result |\n|---|---|\n{table}\n")
    print(report)
    if args.record:
        with open(Path(__file__).with_name("README.md"), "a", encoding="utf-8") as handle:
            handle.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
