"""What the factory benchmark measures on screen (run inside a fresh factory_probe.py process):
the roster filtered as a user types, and every main page opened.

Each measure is a real widget doing its work until Qt has processed the events it caused
(the rows painted), against its floor: the bare SQL of the same filter, an empty page.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

TYPED = "nguyen van duc"  # the most common family name, then a rarer and rarer person
PAGE_ROWS = 200  # as many rows as the roster model fetches at once (ui/paged_model.py)
PASSES = 3  # the text is typed this many times; each keystroke counts with its median


def _timed(fn) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def signed_in_context(db, username: str, password: str):
    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.ui.context import UiContext

    return UiContext(db, sign_in(db, username, password), app_paths())


def filter_keystrokes(path: Path) -> dict:
    """Seconds per keystroke typing TYPED into the roster page's filter, from the text changed
    to the new rows painted; and the same keystrokes as bare SQL (count and first page). The
    text is typed PASSES times (the filter cleared in between): each keystroke's median."""
    from PySide6.QtWidgets import QApplication

    from dcs_enterprise.app import start
    from dcs_enterprise.ui.pages.people_page import PeoplePage

    app, db, _paths = start(path)
    page = PeoplePage(signed_in_context(db, "nhansu", "demo-nhansu"))
    page.resize(1280, 800)
    page.show()
    page.refresh()
    QApplication.processEvents()
    passes = []
    for _ in range(PASSES):
        page.filter.clear()
        page.apply_filter()
        app.processEvents()
        passes.append([])
        for end in range(1, len(TYPED) + 1):
            page.filter.setText(TYPED[:end])  # what typing does; the filter waits for a pause
            passes[-1].append(_timed(lambda: (page.apply_filter(), app.processEvents())))
    matches = page.model.rowCount()
    db.close()
    return {"ours": per_keystroke(passes), "floor": bare_filter(path), "matches": matches}


def per_keystroke(passes: list[list[float]]) -> list[float]:
    return [statistics.median(times) for times in zip(*passes, strict=True)]


def bare_filter(path: Path) -> list[float]:
    """The floor: per keystroke, the count and the first page of ids in list order, as SQL
    on the same indexes, with nothing around it."""
    from dcs_enterprise.domain.text import fold

    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    passes = []
    try:
        for _ in range(PASSES):
            passes.append([])
            for end in range(1, len(TYPED) + 1):
                words = fold(TYPED[:end]).split()
                where = " AND ".join(["status = 'active'"] + [
                    "(search_text LIKE ? OR search_text LIKE ?)"] * len(words))
                values = [pattern for word in words for pattern in (f"{word}%", f"% {word}%")]

                def query(where=where, values=values) -> None:
                    connection.execute(f"SELECT count(*) FROM employee WHERE {where}",
                                       values).fetchone()
                    connection.execute(f"SELECT id FROM employee WHERE {where} "
                                       f"ORDER BY sort_name LIMIT {PAGE_ROWS}", values).fetchall()

                passes[-1].append(_timed(query))
    finally:
        connection.close()
    return per_keystroke(passes)


def open_pages(path: Path, username: str, password: str) -> dict:
    """Seconds to open each page of the main window the first time (built, filled and
    painted), the dashboard with the window around it; and an empty page shown the same way."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QWidget

    from dcs_enterprise.app import start
    from dcs_enterprise.ui.main_window import MainWindow

    app, db, _paths = start(path)
    ctx = signed_in_context(db, username, password)
    name = ctx.enterprise.get().profile.name
    window = None

    def build() -> None:
        nonlocal window
        window = MainWindow(ctx, name)  # it opens its first area, the dashboard
        window.show()
        app.processEvents()

    began = time.perf_counter()
    build()
    seconds = {"dashboard": time.perf_counter() - began}
    dashboard = window.page("dashboard") if "dashboard" in window.area_keys() else None
    if dashboard is not None and getattr(dashboard, "is_loaded", True) is False:
        # A dashboard that reads its clocks off the GUI thread: also the time until they show.
        while not dashboard.is_loaded:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        seconds["dashboard-filled"] = time.perf_counter() - began
    for key in window.area_keys():
        if key not in seconds:
            seconds[key] = _timed(lambda key=key: (window.show_area(key), app.processEvents()))

    def empty() -> None:
        blank = QWidget()
        window.stack.addWidget(blank)
        window.stack.setCurrentWidget(blank)
        app.processEvents()

    floor = min(_timed(empty) for _ in range(5))
    window.close()
    db.close()
    return {"pages": seconds, "floor": floor}
