"""Choosing one employee from the roster, by name or code with or without diacritics, optionally
within one department (with or without the departments under it) and without some people (a
department's workers already delegates): ex officio delegates, a department meeting's
candidates."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.employees import RosterQuery
from ...services.readmodels import EmployeeRow
from ..errors import show_error
from ..list_model import ListTableModel
from ..pages.conference_text import list_view, selected_row

translate = QCoreApplication.translate
SHOWN = 50  # matches listed at a time: the filter narrows a roster of any size
FILTER_DELAY_MS = 120


class MatchesModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("EmployeePicker", "Code"), translate("EmployeePicker", "Full name"),
                translate("EmployeePicker", "Department"),
                translate("EmployeePicker", "Position")]

    def display(self, row: EmployeeRow, column: int) -> object:
        return (row.code, row.full_name, row.department_name, row.position)[column]


class EmployeePicker(QDialog):
    """accept() hands the chosen employee to `submit`; if it refuses (a service error), the
    dialog stays open. `department_id` lists that department and those under it; `below` (the
    departments directly under it) narrows the list to the department's own workers, and
    `exclude` leaves those employees out."""

    def __init__(self, employees, submit: Callable[[EmployeeRow], object], title: str,
                 department_id: int | None = None, parent: QWidget | None = None, *,
                 below: Sequence[int] | None = None, exclude: Collection[int] = ()) -> None:
        super().__init__(parent)
        self.employees, self.submit, self.department_id = employees, submit, department_id
        self.below = None if department_id is None or below is None else tuple(below)
        self.exclude = frozenset(exclude)
        self.setWindowTitle(title)
        self.resize(720, 460)
        self.filter = QLineEdit()
        self.filter.setObjectName("pickerFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate(
            "EmployeePicker", "Search by name or code, with or without diacritics"))
        self.model = MatchesModel(self)
        self.table = list_view("pickerTable", self.model)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.count = QLabel()
        self.count.setObjectName("pickerCount")
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.filter.textChanged.connect(self._timer.start)
        box = QDialogButtonBox()
        self.choose_button = box.addButton(translate("EmployeePicker", "Choose"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setObjectName("pickerChoose")
        box.addButton(translate("EmployeePicker", "Cancel"),
                      QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(box)
        self.search()

    def search(self) -> None:
        self._timer.stop()
        query = RosterQuery(text=self.filter.text(), department_id=self.department_id)
        try:
            if self.below is None and not self.exclude:
                total = self.employees.count(query)
                rows = self.employees.page(query, 0, SHOWN)
            else:
                total = self.employees.count(query) - sum(
                    self.employees.count(replace(query, department_id=d))
                    for d in self.below or ())
                rows, complete = self._own_rows(query, SHOWN) if total else ([], True)
                # Read to the end, the count is exact; otherwise those left out are assumed
                # to match the filter (they all do when it is empty).
                total = len(rows) if complete else max(total - len(self.exclude), len(rows))
        except DcsError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        for column, width in enumerate((90, 220, 200)):
            self.table.setColumnWidth(column, width)
        if rows:
            self.table.selectRow(0)
        self.count.setText(
            translate("EmployeePicker", "{count} found").format(count=total) if total <= SHOWN
            else translate("EmployeePicker", "The first {shown} of {count}: type more of the "
                           "name to narrow the list.").format(shown=SHOWN, count=total))

    def _own_rows(self, query: RosterQuery, wanted: int) -> tuple[list[EmployeeRow], bool]:
        """The first `wanted` matches in the department itself (all of them with no `below`)
        but those excluded, read page by page through the others (in the roster's order);
        and whether that read every match."""
        rows: list[EmployeeRow] = []
        offset, size = 0, SHOWN * 4
        while len(rows) <= wanted:
            page = self.employees.page(query, offset, size)
            rows += [r for r in page if r.id not in self.exclude and (
                self.below is None or r.department_id == self.department_id)]
            offset += len(page)
            if len(page) < size:
                return rows[:wanted], len(rows) <= wanted
        return rows[:wanted], False

    def chosen(self) -> EmployeeRow | None:
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None else None

    def accept(self) -> None:
        employee = self.chosen()
        if employee is None:
            return
        try:
            self.submit(employee)
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
