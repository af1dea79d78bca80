"""Editing the conference agenda: time, item and presenter per line; lines added, removed and
moved; saved as a whole. If the service refuses, the dialog stays open with the edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.conference_models import AgendaInfo
from ..errors import show_error
from ..list_model import ListTableModel
from ..pages.conference_text import list_view, note_label, selected_row, size_columns, wrap_rows

translate = QCoreApplication.translate


class EditableLinesModel(ListTableModel):
    """Rows are lists of strings, edited in place."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)

    def headers(self) -> list[str]:
        return self._headers

    def display(self, row: list[str], column: int) -> object:
        return row[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            return self.rows[index.row()][index.column()]
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def move(self, row: int, step: int) -> int:
        target = row + step
        if 0 <= row < len(self.rows) and 0 <= target < len(self.rows):
            rows = self.rows
            rows[row], rows[target] = rows[target], rows[row]
            self.set_rows(rows)
            return target
        return row


class AgendaDialog(QDialog):
    def __init__(self, items: Sequence[AgendaInfo],
                 submit: Callable[[list[tuple[str, str, str]]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("AgendaDialog", "Conference agenda"))
        self.resize(860, 480)
        self.model = EditableLinesModel([translate("AgendaDialog", "Time"),
                                         translate("AgendaDialog", "Item"),
                                         translate("AgendaDialog", "Presenter")], self)
        self.model.set_rows([[a.starts_at, a.title, a.presenter] for a in items])
        self.table = list_view("agendaEditor", self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        size_columns(self.table, stretch=(1,), widths={0: 70, 2: 180})
        wrap_rows(self.table)  # a long item on more lines, read in full
        buttons_row = QHBoxLayout()
        for name, text, slot in (
            ("addAgendaItem", translate("AgendaDialog", "Add item"), self.add_item),
            ("removeAgendaItem", translate("AgendaDialog", "Remove"), self.remove_item),
            ("agendaUp", translate("AgendaDialog", "Move up"), lambda: self.move(-1)),
            ("agendaDown", translate("AgendaDialog", "Move down"), lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        box = QDialogButtonBox()
        self.save_button = box.addButton(translate("AgendaDialog", "Save agenda"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveAgendaButton")
        box.addButton(translate("AgendaDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(translate(
            "AgendaDialog", "Double-click a cell to change it. Times are written HH:MM and may "
            "be left empty.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(box)

    def items(self) -> list[tuple[str, str, str]]:
        return [(t, title, presenter) for t, title, presenter in self.model.rows]

    def add_item(self) -> None:
        row = selected_row(self.table)
        position = len(self.model.rows) if row is None else row + 1
        rows = self.model.rows
        rows.insert(position, ["", "", ""])
        self.model.set_rows(rows)
        self.table.selectRow(position)
        self.table.edit(self.model.index(position, 1))

    def remove_item(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            rows = self.model.rows
            del rows[row]
            self.model.set_rows(rows)
            if rows:
                self.table.selectRow(min(row, len(rows) - 1))

    def move(self, step: int) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.table.selectRow(self.model.move(row, step))

    def accept(self) -> None:
        try:
            self.submit(self.items())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
