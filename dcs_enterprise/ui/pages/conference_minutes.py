"""The agenda followed item by item: the minutes of each item as the conference goes, its
"done" tick, and the guests, opening and closing of the minutes. Typed text is saved when the
user moves to another item or the screen reloads, so none of it is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.conference_models import AgendaInfo, ConferenceInfo
from ..context import UiContext
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import GREEN, list_view, size_columns, wrap_rows

translate = QCoreApplication.translate


class AgendaModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("MinutesPanel", "Time"), translate("MinutesPanel", "Item"),
                translate("MinutesPanel", "Done")]

    def display(self, row: AgendaInfo, column: int) -> object:
        return (row.starts_at, row.title, "✓" if row.done else "")[column]


def _editor(name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setMinimumHeight(height)
    return edit


class MinutesPanel(QWidget):
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conference_id = 0
        self.editable = False
        self.current: AgendaInfo | None = None
        self._showing = False  # filling the editors is not typing
        self.model = AgendaModel(self)
        self.table = list_view("agendaTable", self.model)
        size_columns(self.table, stretch=(1,), widths={0: 60, 2: 50})
        wrap_rows(self.table)  # long titles wrap, whole
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.item_title = QLabel()
        self.item_title.setObjectName("agendaItemTitle")
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-weight: bold;")
        self.notes = _editor("itemNotes", 80)
        self.notes.setPlaceholderText(translate(
            "MinutesPanel", "What was presented, said and decided on this item"))
        self.done = QCheckBox(translate("MinutesPanel", "This item is done"))
        self.done.setObjectName("itemDone")
        self.save_item_button = QPushButton(translate("MinutesPanel", "Save item"))
        self.save_item_button.setObjectName("saveItem")
        self.save_item_button.clicked.connect(self.save_item)
        self.item_dirty = False
        self.notes.textChanged.connect(self._item_edited)
        self.done.toggled.connect(self._item_edited)
        item_box = QGroupBox(translate("MinutesPanel", "Minutes of the selected item"))
        item_layout = QVBoxLayout(item_box)
        item_layout.addWidget(self.item_title)
        item_layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.done)
        row.addStretch(1)
        row.addWidget(self.save_item_button)
        item_layout.addLayout(row)

        self.guests = _editor("minutesGuests", 38)
        self.opening = _editor("minutesOpening", 38)
        self.closing = _editor("minutesClosing", 38)
        self.text_dirty = False
        for edit in (self.guests, self.opening, self.closing):
            edit.textChanged.connect(self._text_edited)
        self.save_text_button = QPushButton(translate("MinutesPanel", "Save"))
        self.save_text_button.setObjectName("saveMinutesText")
        self.save_text_button.clicked.connect(self.save_text)
        text_box = QGroupBox(translate("MinutesPanel", "Guests, opening and closing"))
        form = QFormLayout(text_box)
        form.addRow(translate("MinutesPanel", "Guests"), self.guests)
        form.addRow(translate("MinutesPanel", "Opening"), self.opening)
        form.addRow(translate("MinutesPanel", "Closing"), self.closing)
        form.addRow(self.save_text_button)
        self.status = QLabel()
        self.status.setObjectName("minutesStatus")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(item_box, 3)
        right_layout.addWidget(text_box, 2)
        right_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([360, 440])  # the agenda wraps; the minutes need the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- loading -------------------------------------------------------------------------
    def load(self, info: ConferenceInfo, agenda: list[AgendaInfo], editable: bool) -> None:
        """Keeps what was typed: it is saved first (or kept on screen if refused)."""
        same = info.id == self.conference_id
        if self.dirty and self.editable and not self.flush(notify=False) and same \
                and editable:
            return  # refused: the typed text stays on screen
        self.conference_id, self.editable = info.id, editable
        position = self.current.id if (same and self.current) else None
        self.model.set_rows(agenda)
        self._showing = True
        for edit, text in ((self.guests, info.guests), (self.opening, info.minutes_opening),
                           (self.closing, info.minutes_closing)):
            edit.setPlainText(text)
            edit.setReadOnly(not editable)
        self._showing = False
        self.text_dirty = False
        for widget in (self.save_item_button, self.save_text_button, self.done):
            widget.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        row = next((n for n, a in enumerate(agenda) if a.id == position), 0)
        self.current = None
        if agenda:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_item(agenda[row] if agenda else None)

    def _show_item(self, item: AgendaInfo | None) -> None:
        self.current = item
        self._showing = True
        self.item_title.setText(translate("MinutesPanel", "{number}. {title} — {presenter}")
                                .format(number=item.position, title=item.title,
                                        presenter=item.presenter) if item else "")
        self.notes.setPlainText(item.notes if item else "")
        self.done.setChecked(bool(item and item.done))
        self._showing = False
        self.item_dirty = False

    def _row_changed(self, current, previous) -> None:
        if self._showing or not current.isValid():
            return
        if self.current is not None and current.row() < len(self.model.rows) \
                and self.model.rows[current.row()].id == self.current.id:
            return
        if not self.save_item():  # refused: stay on the item with its text
            self._showing = True
            self.table.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._showing = False
            return
        self._show_item(self.model.rows[current.row()])

    # -- saving --------------------------------------------------------------------------
    def _item_edited(self) -> None:
        if not self._showing:
            self.item_dirty = True
            self._say(translate("MinutesPanel", "Not saved yet."), "#b26a00")

    def _text_edited(self) -> None:
        if not self._showing:
            self.text_dirty = True
            self._say(translate("MinutesPanel", "Not saved yet."), "#b26a00")

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")

    def save_item(self, notify: bool = True) -> bool:
        """Saves the shown item if it changed; False when the service refused."""
        if not self.item_dirty or self.current is None or not self.editable:
            return True
        notes, done = self.notes.toPlainText(), self.done.isChecked()
        try:
            self.ctx.conference_day.save_item(self.current.id, notes, done)
        except DcsError as error:
            show_error(self, error)
            return False
        saved = AgendaInfo(self.current.id, self.current.position, self.current.title,
                           self.current.presenter, self.current.starts_at, notes.strip(), done)
        self.model.rows = [saved if a.id == saved.id else a for a in self.model.rows]
        self.model.dataChanged.emit(self.model.index(0, 0),
                                    self.model.index(len(self.model.rows) - 1, 2))
        self.current, self.item_dirty = saved, False
        self._say(translate("MinutesPanel", "Item {number} saved.").format(
            number=saved.position), GREEN)
        if notify:
            self.saved.emit()
        return True

    def save_text(self, notify: bool = True) -> bool:
        if not self.text_dirty or not self.editable:
            return True
        try:
            self.ctx.conference_day.save_minutes_text(
                self.conference_id, self.guests.toPlainText(), self.opening.toPlainText(),
                self.closing.toPlainText())
        except DcsError as error:
            show_error(self, error)
            return False
        self.text_dirty = False
        self._say(translate("MinutesPanel", "Minutes saved."), GREEN)
        if notify:
            self.saved.emit()
        return True

    def flush(self, notify: bool = True) -> bool:
        """Saves whatever was typed and not yet saved."""
        return self.save_item(notify) and self.save_text(notify)

    def hideEvent(self, event) -> None:
        """Leaving the page (another area, another conference) saves what was typed."""
        if self.dirty and self.editable:
            self.flush(notify=False)
        super().hideEvent(event)

    @property
    def dirty(self) -> bool:
        return self.item_dirty or self.text_dirty
