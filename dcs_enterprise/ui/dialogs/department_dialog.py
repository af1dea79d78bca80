"""Adding or editing a department: code, name and the department it belongs to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ...services.readmodels import DepartmentInfo
from .buttons import translate_buttons

translate = QCoreApplication.translate


class DepartmentDialog(QDialog):
    save_requested = Signal(str, str, object)  # code, name, parent id or None

    def __init__(self, departments: list[DepartmentInfo], current: DepartmentInfo | None,
                 parent_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DepartmentDialog", "Edit department") if current
                            else translate("DepartmentDialog", "New department"))
        self.code = QLineEdit(current.code if current else "")
        self.code.setObjectName("departmentCode")
        self.name = QLineEdit(current.name if current else "")
        self.name.setObjectName("departmentName")
        self.name.setMinimumWidth(320)
        self.parent_box = QComboBox()
        self.parent_box.setObjectName("departmentParent")
        self.parent_box.addItem(translate("DepartmentDialog", "(top level)"), None)
        for dep in sorted(departments, key=lambda d: d.name):
            if current is None or dep.id != current.id:
                self.parent_box.addItem(dep.name, dep.id)
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(parent_id)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("DepartmentDialog", "Code"), self.code)
        form.addRow(translate("DepartmentDialog", "Name"), self.name)
        form.addRow(translate("DepartmentDialog", "Belongs to"), self.parent_box)
        form.addRow(buttons)

    def _save(self) -> None:
        self.save_requested.emit(self.code.text(), self.name.text(), self.parent_box.currentData())
