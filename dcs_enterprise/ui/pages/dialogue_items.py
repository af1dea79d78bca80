"""What was discussed (Decree 145/2020 Art 39.4): each agenda item with the employer's
position, the workers' position, what was agreed and what was not; and the actions agreed,
with who carries them out and by when. Editable while the dialogue is held and the minutes
are not yet signed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.dialogue_models import ActionInfo, DialogueInfo, ItemInfo, ItemInput
from ..context import UiContext
from ..dialogs.dialogue_action_dialog import ActionDialog
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import action_button, dmy, fit_rows, list_view, size_columns, wrap_rows

translate = QCoreApplication.translate


class ItemsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("ItemsPanel", "No."), translate("ItemsPanel", "Item"),
                translate("ItemsPanel", "Employer says"),
                translate("ItemsPanel", "Workers say"), translate("ItemsPanel", "Agreed"),
                translate("ItemsPanel", "Not agreed")]

    def display(self, row: ItemInfo, column: int) -> object:
        return (row.position, row.title, row.employer_position, row.worker_position,
                row.agreed, row.disagreed)[column]


class ActionsModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: dict[int, int] = {}  # item id → its number

    def headers(self) -> list[str]:
        return [translate("ItemsPanel", "Action"), translate("ItemsPanel", "Carried out by"),
                translate("ItemsPanel", "Due"), translate("ItemsPanel", "Item")]

    def display(self, row: ActionInfo, column: int) -> object:
        item = self.items.get(row.item_id, "") if row.item_id else ""
        return (row.text, row.owner, dmy(row.due), item)[column]


def _edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(56)
    return edit


class ItemsPanel(QWidget):
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.dialog: ActionDialog | None = None
        self.editing: int | None = None  # the item shown in the editor, None for a new one
        self.model = ItemsModel(self)
        self.table = list_view("itemsTable", self.model)
        size_columns(self.table, stretch=(1, 2, 3, 4, 5))
        wrap_rows(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._chosen())
        self.title = QLineEdit()
        self.title.setObjectName("itemTitle")
        self.title.setPlaceholderText(translate("ItemsPanel", "Item discussed"))
        self.employer = _edit("employerPosition", translate("ItemsPanel", "Employer position"))
        self.worker = _edit("workerPosition", translate("ItemsPanel", "Worker position"))
        self.agreed = _edit("itemAgreed", translate("ItemsPanel", "What was agreed"))
        self.disagreed = _edit("itemDisagreed", translate("ItemsPanel", "What was not agreed"))
        editor = QGridLayout()
        editor.addWidget(self.title, 0, 0, 1, 2)
        editor.addWidget(self.employer, 1, 0)
        editor.addWidget(self.worker, 1, 1)
        editor.addWidget(self.agreed, 2, 0)
        editor.addWidget(self.disagreed, 2, 1)
        self.new_button = action_button("newItem", translate("ItemsPanel", "New item"),
                                        self.new_item)
        self.save_button = action_button("saveItem", translate("ItemsPanel", "Save item"),
                                         self.save_item)
        self.remove_button = action_button("removeItem",
                                           translate("ItemsPanel", "Remove item"),
                                           self.remove_item)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        items = QGroupBox(translate("ItemsPanel", "Agenda items and positions"))
        items_layout = QVBoxLayout(items)
        items_layout.addWidget(self.table, 1)
        items_layout.addLayout(editor)
        items_layout.addLayout(buttons)

        self.actions_model = ActionsModel(self)
        self.actions = list_view("actionsTable", self.actions_model)
        size_columns(self.actions, stretch=(0, 1))
        wrap_rows(self.actions)
        self.action_button = action_button("addAction",
                                           translate("ItemsPanel", "Add action…"),
                                           self.add_action)
        actions = QGroupBox(translate("ItemsPanel", "Actions agreed"))
        actions_layout = QVBoxLayout(actions)
        actions_layout.addWidget(self.actions)
        actions_layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(items, 1)
        layout.addWidget(actions)

    def load(self, info: DialogueInfo, run: bool) -> None:
        self.info = info
        self.model.set_rows(info.items)
        fit_rows(self.table, most=4)
        self.actions_model.items = {i.id: i.position for i in info.items}
        self.actions_model.set_rows(info.actions)
        fit_rows(self.actions, most=4)
        for widget in (self.new_button, self.save_button, self.action_button):
            widget.setEnabled(run)
        self.title.setReadOnly(not run)
        for edit in (self.employer, self.worker, self.agreed, self.disagreed):
            edit.setReadOnly(not run)
        kept = next((i for i in info.items if i.id == self.editing), None)
        if kept is not None:
            self.table.selectRow(info.items.index(kept))
        else:
            self._show_item(None)
        self.remove_button.setEnabled(run and kept is not None)

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.rows[rows[0].row()] if rows else None
        self._show_item(item)
        self.remove_button.setEnabled(self.save_button.isEnabled() and item is not None)

    def _show_item(self, item: ItemInfo | None) -> None:
        self.editing = item.id if item else None
        self.title.setText(item.title if item else "")
        self.employer.setPlainText(item.employer_position if item else "")
        self.worker.setPlainText(item.worker_position if item else "")
        self.agreed.setPlainText(item.agreed if item else "")
        self.disagreed.setPlainText(item.disagreed if item else "")

    def new_item(self) -> None:
        self.table.clearSelection()
        self._show_item(None)
        self.title.setFocus()

    def item_input(self) -> ItemInput:
        return ItemInput(self.title.text(), self.employer.toPlainText(),
                         self.worker.toPlainText(), self.agreed.toPlainText(),
                         self.disagreed.toPlainText())

    def save_item(self) -> bool:
        try:
            after = self.ctx.dialogues.save_item(self.info.id, self.item_input(), self.editing)
        except DcsError as error:
            show_error(self, error)
            return False
        if self.editing is None:  # the new item stays chosen
            self.editing = max(after.items, key=lambda i: i.id).id
        self.saved.emit()
        return True

    def remove_item(self) -> None:
        if self.editing is None:
            return
        try:
            self.ctx.dialogues.remove_item(self.editing)
        except DcsError as error:
            show_error(self, error)
            return
        self.editing = None
        self.saved.emit()

    def add_action(self) -> ActionDialog:
        info = self.info

        def submit(action) -> None:
            self.ctx.dialogues.add_action(info.id, action)

        dialog = ActionDialog(info.items, submit, info.held_on, parent=self)
        self.dialog = dialog

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == ActionDialog.DialogCode.Accepted:
                self.saved.emit()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
