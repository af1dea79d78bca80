"""The department tree beside the roster: choosing a department filters the roster to it and
everything below it; HR officers add, edit and remove departments here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTreeView, QVBoxLayout, QWidget

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.readmodels import DepartmentInfo
from ..context import UiContext
from ..dialogs.department_dialog import DepartmentDialog
from ..errors import show_error

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class DepartmentTree(QWidget):
    department_chosen = Signal(object)  # department id, or None for the whole enterprise
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.departments: dict[int, DepartmentInfo] = {}
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setObjectName("departmentTree")
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        if ctx.can(Action.EDIT_DEPARTMENTS):
            buttons = QHBoxLayout()
            for name, text, slot in (
                ("addDepartment", translate("DepartmentTree", "Add department"), self.add),
                ("editDepartment", translate("DepartmentTree", "Edit department"), self.edit),
                ("deleteDepartment", translate("DepartmentTree", "Delete department"),
                 self.delete),
            ):
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(slot)
                buttons.addWidget(button)
            layout.addLayout(buttons)

    def reload(self) -> None:
        selected = self.current_id()
        self.departments = {d.id: d for d in self.ctx.departments.list()}
        self.model.clear()
        total = sum(d.employee_count for d in self.departments.values())
        root = QStandardItem(translate("DepartmentTree", "Whole enterprise ({count})")
                             .format(count=total))
        root.setData(None, ID_ROLE)
        root.setEditable(False)
        self.model.appendRow(root)
        items: dict[int, QStandardItem] = {}
        for dep in self.departments.values():
            item = QStandardItem(f"{dep.name} ({dep.employee_count})")
            item.setData(dep.id, ID_ROLE)
            item.setEditable(False)
            item.setToolTip(translate("DepartmentTree", "Code: {code}").format(code=dep.code))
            items[dep.id] = item
        for dep in self.departments.values():
            parent = items.get(dep.parent_id, root)
            parent.appendRow(items[dep.id])
        self.view.expandToDepth(0)
        # Restoring the selection is not a new choice: the page filters once, after reload.
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.select(selected)
        selection.blockSignals(False)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, department_id: int | None) -> None:
        matches = self.model.match(self.model.index(0, 0), ID_ROLE, department_id, 1,
                                   Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        target = matches[0] if matches and department_id is not None else self.model.index(0, 0)
        self.view.setCurrentIndex(target)

    def _chosen(self, current, _previous) -> None:
        self.department_chosen.emit(current.data(ID_ROLE) if current.isValid() else None)

    def add(self) -> None:
        dialog = DepartmentDialog(list(self.departments.values()), None, self.current_id(), self)
        dialog.save_requested.connect(
            lambda code, name, parent: self._save(dialog, None, code, name, parent))
        dialog.open()

    def edit(self) -> None:
        current = self.departments.get(self.current_id())
        if current is None:
            return
        dialog = DepartmentDialog(list(self.departments.values()), current, current.parent_id,
                                  self)
        dialog.save_requested.connect(
            lambda code, name, parent: self._save(dialog, current.id, code, name, parent))
        dialog.open()

    def _save(self, dialog, department_id, code, name, parent_id) -> None:
        try:
            if department_id is None:
                saved = self.ctx.departments.create(code, name, parent_id)
            else:
                saved = self.ctx.departments.update(department_id, code, name, parent_id)
        except DcsError as error:
            show_error(dialog, error)  # the dialog stays open with what was typed
            return
        dialog.accept()
        self.reload()
        self.select(saved.id)
        self.changed.emit()

    def delete(self) -> None:
        current = self.departments.get(self.current_id())
        if current is None:
            return
        answer = QMessageBox.question(
            self, translate("DepartmentTree", "Delete department"),
            translate("DepartmentTree", "Delete the department {name}?").format(name=current.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.departments.delete(current.id)
        except DcsError as error:
            show_error(self, error)
            return
        self.reload()
        self.changed.emit()
