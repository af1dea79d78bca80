"""Adding or editing one employee."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from ...domain.enums import ContractType, EmploymentStatus, Gender
from ...domain.roster import EmployeeData
from ...services.readmodels import DepartmentInfo, EmployeeRow
from ..date_edit import date_edit
from ..roles import contract_label, gender_label, status_label
from .buttons import translate_buttons

translate = QCoreApplication.translate


class OptionalDate(QWidget):
    """A date that may be unknown: a checkbox enables the date editor."""

    def __init__(self, value: date | None, parent=None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(translate("EmployeeDialog", "Known"))
        self.edit = date_edit("")
        self.edit.setDate(QDate(value) if value else QDate(1990, 1, 1))
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None


class EmployeeDialog(QDialog):
    save_requested = Signal(object)  # EmployeeData

    def __init__(self, departments: list[DepartmentInfo], current: EmployeeRow | None,
                 department_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EmployeeDialog", "Edit employee") if current
                            else translate("EmployeeDialog", "New employee"))
        self.code = QLineEdit(current.code if current else "")
        self.code.setObjectName("employeeCode")
        self.full_name = QLineEdit(current.full_name if current else "")
        self.full_name.setObjectName("employeeName")
        self.full_name.setMinimumWidth(320)
        self.gender = self._combo([(g, gender_label(g)) for g in Gender],
                                  current.gender if current else Gender.FEMALE)
        self.date_of_birth = OptionalDate(current.date_of_birth if current else None)
        self.department = QComboBox()
        self.department.setObjectName("employeeDepartment")
        for dep in sorted(departments, key=lambda d: d.name):
            self.department.addItem(dep.name, dep.id)
        wanted = current.department_id if current else department_id
        self.department.setCurrentIndex(max(0, self.department.findData(wanted)))
        self.position = QLineEdit(current.position if current else "")
        self.hire_date = OptionalDate(current.hire_date if current else date.today())
        self.contract = self._combo([(c, contract_label(c)) for c in ContractType],
                                    current.contract_type if current else ContractType.INDEFINITE)
        self.union_member = QCheckBox(translate("EmployeeDialog", "Member of the trade union"))
        self.union_member.setChecked(current.union_member if current else False)
        self.status = self._combo([(s, status_label(s)) for s in EmploymentStatus],
                                  current.status if current else EmploymentStatus.ACTIVE)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (
            (translate("EmployeeDialog", "Employee code"), self.code),
            (translate("EmployeeDialog", "Full name"), self.full_name),
            (translate("EmployeeDialog", "Gender"), self.gender),
            (translate("EmployeeDialog", "Date of birth"), self.date_of_birth),
            (translate("EmployeeDialog", "Department"), self.department),
            (translate("EmployeeDialog", "Position"), self.position),
            (translate("EmployeeDialog", "Hire date"), self.hire_date),
            (translate("EmployeeDialog", "Contract"), self.contract),
            ("", self.union_member),
            (translate("EmployeeDialog", "Status"), self.status),
        ):
            form.addRow(label, widget)
        form.addRow(buttons)

    @staticmethod
    def _combo(options, selected) -> QComboBox:
        box = QComboBox()
        for value, label in options:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(selected)))
        return box

    def data(self) -> EmployeeData:
        return EmployeeData(
            code=self.code.text(), full_name=self.full_name.text(),
            gender=Gender(self.gender.currentData()),
            department_id=self.department.currentData(),
            date_of_birth=self.date_of_birth.value(), position=self.position.text(),
            hire_date=self.hire_date.value(),
            contract_type=ContractType(self.contract.currentData()),
            union_member=self.union_member.isChecked(),
            status=EmploymentStatus(self.status.currentData()),
        )

    def _save(self) -> None:
        self.save_requested.emit(self.data())
