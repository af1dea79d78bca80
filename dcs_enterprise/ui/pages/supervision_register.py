"""The shell the three supervision tabs share: filters above a register table at the left; at
the right the buttons for the chosen record and its detail (a read-only rich text that wraps,
links opening its attachments). After a change the tab reloads and keeps the chosen record."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import RED, list_view, note_label
from .flow_layout import FlowLayout
from .record_browser import column

translate = QCoreApplication.translate
DETAIL_CSS = ("h2 { color: #1f3b57; font-size: 15px; margin: 0 0 4px 0; } "
              "h3 { color: #1f3b57; font-size: 13px; margin: 10px 0 2px 0; } "
              "td.k { color: #555555; padding-right: 10px; white-space: nowrap; } "
              ".late { color: " + RED + "; font-weight: 600; } "
              ".grey { color: #666666; }")


class RegisterModel(ListTableModel):
    """Rows carry `id` and `overdue`: the overdue ones are red."""

    def foreground(self, row) -> object:
        return QColor(RED) if getattr(row, "overdue", False) else None


def esc(text: str) -> str:
    """User text in the detail: escaped, its line breaks kept."""
    return html.escape(text or "").replace("\n", "<br>")


def fields(pairs: Sequence[tuple[str, str]]) -> str:
    """A two-column table of labels and (already escaped) values; empty values left out."""
    rows = "".join(f'<tr><td class="k">{esc(key)}</td><td>{value}</td></tr>'
                   for key, value in pairs if value)
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def section(title: str, body: str) -> str:
    return f"<h3>{esc(title)}</h3>{body}" if body else ""


class RegisterTab(QWidget):
    """A subclass fills `filters` and `actions`, and gives `fetch()` (the rows) and
    `show_record(row_id)` (the detail and the buttons' state)."""

    changed = Signal()

    def __init__(self, ctx, model: RegisterModel, names: tuple[str, str], empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self._shown: int | None = None
        self._refreshing = False
        self.filters = QHBoxLayout()
        self.actions = FlowLayout()  # the chosen record's buttons, wrapping when long
        self.table = list_view(names[0], model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.load_current())
        self.detail = QTextBrowser()
        self.detail.setObjectName(names[1])
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self.link_clicked)
        self.detail.document().setDefaultStyleSheet(DETAIL_CSS)
        self.empty = note_label(empty_text, names[1] + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        buttons = QWidget()
        buttons.setLayout(self.actions)
        right = column(buttons, self.empty, self.detail, stretch=self.detail)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([570, 410])
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.splitter, 1)

    # -- what a subclass gives --------------------------------------------------------------
    def fetch(self) -> Sequence:
        raise NotImplementedError

    def show_record(self, row_id: int) -> None:
        raise NotImplementedError

    def show_none(self) -> None:
        """No record chosen: the buttons that need one are disabled."""

    def link_clicked(self, url: QUrl) -> None:
        """A link in the detail (an attachment) was clicked."""

    # -- the register ---------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id or self.current_id()
        try:
            rows = self.fetch()
        except DcsError as error:
            show_error(self, error)
            return
        self._refreshing = True  # one load below, not one per selection signal
        try:
            self.model.set_rows(rows)
            ids = [row.id for row in rows]
            if ids:
                self.table.selectRow(ids.index(keep) if keep in ids else 0)
        finally:
            self._refreshing = False
        self.load_current()

    def reload(self) -> None:
        self.refresh(self.current_id())
        self.changed.emit()

    def current_row(self):
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def load_current(self) -> None:
        if self._refreshing:
            return
        chosen = self.current_id()
        self.empty.setVisible(chosen is None)
        self.detail.setVisible(chosen is not None)
        if chosen is None:
            self.detail.clear()
            self.show_none()
            return
        try:
            self.show_record(chosen)
        except DcsError as error:
            show_error(self, error)

    def _open(self, dialog: QDialog, on_accepted=None) -> QDialog:
        """Shows a dialog of this tab without blocking (kept as ``self.dialog``); once
        accepted, the register reloads, or ``on_accepted`` runs."""
        self.dialog = dialog

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                (on_accepted or self.reload)()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def set_detail(self, row_id: int, body: str) -> None:
        """Shows the record; the same record again (after a change) keeps its scroll."""
        bar = self.detail.verticalScrollBar()
        scroll = bar.value() if row_id == self._shown else 0
        self._shown = row_id
        self.detail.setHtml(body)
        bar.setValue(scroll)
