"""A table model over a query that may hold 100,000 rows: it counts once and fetches the rows
the view actually shows, a page at a time, keeping a bounded cache of pages."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `headers()`, `cell(row, column, role)` and the two fetch callables.

    A view asks for a dozen roles of every cell it paints; a subclass that answers only some
    names them in ``ROLES`` and the others are refused before any Python work is done.
    """

    ROLES: frozenset[int] | None = None  # None: every role goes to cell()

    def __init__(self, count: Callable[[], int], page: Callable[[int, int], Sequence[object]],
                 parent=None) -> None:
        super().__init__(parent)
        self._count_fn, self._page_fn = count, page
        self._count = 0
        self._pages: OrderedDict[int, Sequence[object]] = OrderedDict()
        self._titles: list[str] | None = None  # headers(), asked for at every paint

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

    def titles(self) -> list[str]:
        """headers(), worked out once (the language changes only at the next start)."""
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section] if orientation == Qt.Orientation.Horizontal else section + 1

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.ROLES is not None and role not in self.ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._count:
            return None
        return self.cell(self.item(row), index.column(), role)

    def item(self, row: int) -> object:
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            try:
                page = self._page_fn(number * PAGE_SIZE, PAGE_SIZE)
            except Exception:
                # Said once (the error goes on to the user); a damaged page of the file is not
                # read again at every paint, which would raise a message box per repaint.
                self._pages[number] = ()
                raise
            self._pages[number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None
