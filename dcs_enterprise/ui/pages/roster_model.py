"""The roster as a table model over the employee query (100,000 rows without loading them)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt

from ...domain.text import fold
from ...services.employees import RosterQuery
from ...services.readmodels import EmployeeRow
from ..paged_model import PAGE_SIZE, PagedTableModel
from ..roles import contract_label, gender_label, status_label

translate = QCoreApplication.translate

COLUMNS = ("code", "full_name", "gender", "date_of_birth", "department", "position",
           "hire_date", "contract_type", "union_member", "status")
SORTABLE = {"code", "full_name", "gender", "date_of_birth", "department", "position",
            "hire_date", "union_member", "status"}


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


# Each keystroke in the filter costs a pass over the roster's index (100,000 entries); the
# aim is one pass, not two (a count, then the first page). The first page's ids are read
# first: when fewer match, that pass was the count too. A filter narrower than one that
# matched at most REFINED_IDS (the user typing on) reads all its ids in its one pass.
FIRST_IDS = PAGE_SIZE
REFINED_IDS = 20_000


def narrows(query: RosterQuery, before: RosterQuery | None) -> bool:
    """Typing on: the same list, its filter text extended (a strategy hint, never trusted for
    the result: whatever it says, the ids read are exactly those that match)."""
    return before is not None and replace(before, text=query.text) == query and fold(
        query.text).startswith(fold(before.text))


class RosterModel(PagedTableModel):
    ROLES = frozenset({Qt.ItemDataRole.DisplayRole})

    def __init__(self, employees, parent=None) -> None:
        self.employees = employees
        self.query = RosterQuery()
        self._first_ids: list[int] = []
        self._counted: tuple[RosterQuery, int] | None = None  # the last query and its count
        super().__init__(self._count_rows, self._page_of_rows, parent)

    def _count_rows(self) -> int:
        before, matched = self._counted or (None, 0)
        every = narrows(self.query, before) and matched <= REFINED_IDS
        self._first_ids = self.employees.first_ids(self.query, None if every else FIRST_IDS)
        if every or len(self._first_ids) < FIRST_IDS:
            count = len(self._first_ids)
        else:
            count = self.employees.count(self.query)
        self._counted = (self.query, count)
        return count

    def _page_of_rows(self, offset: int, limit: int):
        ids = self._first_ids
        if offset + limit <= len(ids) or len(ids) == self.rowCount():
            return self.employees.rows(ids[offset:offset + limit])
        return self.employees.page(self.query, offset, limit)

    def set_query(self, query: RosterQuery) -> None:
        self.query = query
        self.reload()

    def headers(self) -> list[str]:
        return [
            translate("Roster", "Code"), translate("Roster", "Full name"),
            translate("Roster", "Gender"), translate("Roster", "Date of birth"),
            translate("Roster", "Department"), translate("Roster", "Position"),
            translate("Roster", "Hire date"), translate("Roster", "Contract"),
            translate("Roster", "Union member"), translate("Roster", "Status"),
        ]

    def cell(self, row: EmployeeRow | None, column: int, role: int) -> object:
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = COLUMNS[column]
        if key == "gender":
            return gender_label(row.gender)
        if key in ("date_of_birth", "hire_date"):
            return _date(getattr(row, key))
        if key == "department":
            return row.department_name
        if key == "contract_type":
            return contract_label(row.contract_type)
        if key == "union_member":
            return translate("Roster", "Yes") if row.union_member else translate("Roster", "No")
        if key == "status":
            return status_label(row.status)
        return getattr(row, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.query.order_by, self.query.descending):
            return  # the view asks again when sorting is switched on: nothing to reload
        if key in SORTABLE:
            self.set_query(replace(self.query, order_by=key, descending=descending))


def column_label(field: str) -> str:
    """The roster column's title for a canonical field name (used in import error lists)."""
    if field in COLUMNS:
        return RosterModel.headers(None)[COLUMNS.index(field)]
    return field
