"""One fresh process of the factory benchmark: it does one thing on the database it is given
and prints one JSON line, so that start-up and memory are measured in a process that has
imported and built nothing before.

    python benchmarks/factory_probe.py MODE DATABASE

MODE is one of:
  start         the program's own start (app.start, then the launcher opens the main window
                of the HR officer, signed in directly instead of through the modal dialog)
                until the window is shown and the event loop has run once
  start-floor   only the unavoidable: PySide6 and the data layer imported, the database
                opened, one row read, a window shown, the event loop run once
  roster        the roster page open on the database (for its peak memory)
  roster-floor  a QApplication and the open database, nothing else
  filter        the roster page filtered as a user types (factory_ui.filter_keystrokes)
  pages-hr      every main page opened by the HR officer (factory_ui.open_pages)
  pages-union   the same for the union officer

The line holds "ready" (time.monotonic() when done: the parent started its clock before
starting this process), "sign_in" (seconds spent checking the password with scrypt, which the
real program spends after the user typed it), "rss_mb" (peak resident memory) and, for the
on-screen modes, what factory_ui measured.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def start(path: Path) -> dict:
    from dcs_enterprise.app import start as start_app
    from dcs_enterprise.services import accounts
    from dcs_enterprise.ui.launcher import Launcher

    checking = []
    verify = accounts.verify_password

    def timed_verify(password: str, stored: str) -> bool:
        began = time.monotonic()
        try:
            return verify(password, stored)
        finally:
            checking.append(time.monotonic() - began)

    accounts.verify_password = timed_verify
    app, db, paths = start_app(path)
    Launcher(db, paths).open_window(accounts.sign_in(db, "nhansu", "demo-nhansu"))
    app.processEvents()
    return {"sign_in": sum(checking)}


def start_floor(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    from sqlmodel import select

    from dcs_enterprise.storage.database import open_database
    from dcs_enterprise.storage.tables import Enterprise

    app = QApplication(sys.argv[:1])
    db = open_database(path)
    with db.session() as session:
        name = session.exec(select(Enterprise.name)).first()
    window = QMainWindow()
    window.setCentralWidget(QLabel(name))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return {}


def roster(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.ui.context import UiContext
    from dcs_enterprise.ui.pages.people_page import PeoplePage

    app = QApplication(sys.argv[:1])
    db = open_file(path)
    page = PeoplePage(UiContext(db, sign_in(db, "nhansu", "demo-nhansu"), app_paths()))
    page.resize(1280, 800)
    page.show()
    page.refresh()
    app.processEvents()
    page.table.scrollToBottom()  # the far end of the list read too
    app.processEvents()
    return {}


def roster_floor(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from dcs_enterprise.services.maintenance import open_file

    app = QApplication(sys.argv[:1])
    open_file(path)
    app.processEvents()
    return {}


def on_screen(mode: str):
    def measure(path: Path) -> dict:
        import factory_ui

        if mode == "filter":
            return factory_ui.filter_keystrokes(path)
        username = "nhansu" if mode == "pages-hr" else "congdoan"
        return factory_ui.open_pages(path, username, f"demo-{username}")

    return measure


MODES = {"start": start, "start-floor": start_floor, "roster": roster,
         "roster-floor": roster_floor, "filter": on_screen("filter"),
         "pages-hr": on_screen("pages-hr"), "pages-union": on_screen("pages-union")}


def peak_rss_mb() -> float:
    """The process's peak resident memory. On Linux from /proc (VmHWM): getrusage's ru_maxrss
    keeps the peak of the process that started this one (it survives fork and exec), so a
    probe started by a large benchmark process would report the benchmark's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = {"sign_in": 0.0, **MODES[mode](path)}
    report["ready"] = time.monotonic()
    report["rss_mb"] = peak_rss_mb()
    print(json.dumps(report), flush=True)
    os._exit(0)  # the measure is taken: no teardown


if __name__ == "__main__":
    main()
