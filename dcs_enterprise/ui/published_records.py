"""Everything the employee view lists, as one kind of row: a published record with when and
where it was published, a title, the full text as HTML, and its words folded once for the
search (typed with or without diacritics). Builders per workflow turn what the services call
published into these rows (published_resolutions, published_dialogues, published_agreements);
nothing else ever arrives here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ..domain.text import fold
from .list_model import ListTableModel
from .pages.conference_text import dmy

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PublishedRecord:
    published_on: date
    period: str  # "from … to …" as listed
    kind: str
    number: str
    title: str
    where: str
    html: str
    searchable: str  # folded: every word of the record, for SearchFilter
    pinned: bool = False  # listed first (the agreement in force)


def period(start: date, end: date | None) -> str:
    if end is None:
        return dmy(start)
    return translate("EmployeeView", "{start} to {end}").format(start=dmy(start), end=dmy(end))


def searchable(*parts: object) -> str:
    return fold(" ".join(str(p) for p in parts if p))


class PublishedModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("EmployeeView", "Published on"), translate("EmployeeView", "Kind"),
                translate("EmployeeView", "Number"), translate("EmployeeView", "Title"),
                translate("EmployeeView", "Where")]

    def display(self, row: PublishedRecord, column: int) -> object:
        return (row.period, row.kind, row.number, row.title, row.where)[column]


class SearchFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded text holds the folded search: "nghi quyet" finds "Nghị
    quyết" and "an ca" finds "ăn ca" (đ folded to d, DESIGN.md)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.wanted = ""

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # before Qt 6.9
            self.wanted = fold(text)
            self.invalidateFilter()
            return
        self.beginFilterChange()  # invalidateFilter() is deprecated from Qt 6.9
        self.wanted = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return not self.wanted or self.wanted in model.rows[source_row].searchable
