"""A table model over a query that may hold 100,000 rows: it counts once and fetches the rows
the view actually shows, a page at a time, keeping a bounded cache of pages."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `headers()`, `cell(row, column, role)` and the two fetch callables."""

    def __init__(self, count: Callable[[], int], page: Callable[[int, int], Sequence[object]],
                 parent=None) -> None:
        super().__init__(parent)
        self._count_fn, self._page_fn = count, page
        self._count = 0
        self._pages: OrderedDict[int, Sequence[object]] = OrderedDict()

    # -- what subclasses provide ---------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: object, column: int, role: int) -> object:
        raise NotImplementedError

    # -- Qt model API --------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._count_fn()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._count:
            return None
        return self.cell(self.item(index.row()), index.column(), role)

    def item(self, row: int) -> object:
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._page_fn(number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None
