"""The reminder shown when the program opens with something overdue: how many deadlines are
past due in each workflow, and a button that lists them on the dashboard. Opened window-modal
with open(), never exec(): it does not block the program's start."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .dashboard_deadlines import area_name

translate = QCoreApplication.translate
AREAS = ("conference", "dialogue", "bargaining", "agreement", "petition", "supervision",
         "publication")


def overdue_by_workflow(items, today) -> list[tuple[str, int]]:
    """(workflow name, overdue count), the workflows in the sidebar's order."""
    counts = Counter(item.area for item in items if item.overdue(today))
    return [(area_name(area), counts[area]) for area in AREAS if counts[area]]


def reminder_text(counts: list[tuple[str, int]]) -> tuple[str, str]:
    total = sum(count for _name, count in counts)
    text = translate("Dashboard", "Overdue deadlines: {count}. Each was due before today "
                                  "and is still open.").format(count=total)
    lines = "\n".join(translate("Dashboard", "• {workflow}: {count}").format(
        workflow=name, count=count) for name, count in counts)
    return text, lines


def overdue_reminder(window: QMainWindow) -> QMessageBox | None:
    """A message box over ``window`` (not yet shown) when the dashboard lists something
    overdue; None when nothing is overdue or the signed-in role has no dashboard."""
    if "dashboard" not in window.area_keys():
        return None
    page = window.page("dashboard")
    counts = overdue_by_workflow(page.items, page.today)
    if not counts:
        return None
    text, details = reminder_text(counts)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Dashboard", "Overdue deadlines"),
                      text, QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("overdueReminder")
    box.setInformativeText(details)
    show = box.addButton(translate("Dashboard", "Show the overdue"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Dashboard", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(show)

    def show_them() -> None:
        window.show_area("dashboard").show_overdue()

    show.clicked.connect(show_them)
    return box
