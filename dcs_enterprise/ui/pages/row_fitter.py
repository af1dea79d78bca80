"""Row heights that follow wrapped text without measuring every row: a register of thousands
of petitions would otherwise read every cell before it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


def fit_visible_rows(table: QTableView) -> VisibleRowFitter:
    """Wrapped cells, rows sized as they come on screen (a table of any length)."""
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line as tall as elsewhere
    return VisibleRowFitter(table)


class VisibleRowFitter(QObject):
    """Sizes the rows on screen to their wrapped text, and the others as they scroll into
    view. The header's ResizeToContents sizes every row again each time a column settles:
    seventy lines cost a hundred milliseconds at start-up."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.fitted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.verticalScrollBar().valueChanged.connect(self._timer.start)
        table.horizontalHeader().sectionResized.connect(self.refit)
        table.model().modelReset.connect(self.refit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def refit(self, *_args) -> None:
        """Column widths or rows changed: the fitted heights are stale."""
        self.fitted.clear()
        self._timer.start()

    def fit(self) -> None:
        table, header = self.table, self.table.verticalHeader()
        height, rows = table.viewport().height(), table.model().rowCount()
        row = max(table.rowAt(0), 0)
        while row < rows and header.sectionViewportPosition(row) < height:
            if row not in self.fitted:
                table.resizeRowToContents(row)
                self.fitted.add(row)
            row += 1
