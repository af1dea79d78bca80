"""Adding a dialogue representative to one side's list, or replacing one (Decree 145/2020 Art
38): picked from the roster, or typed in for someone not on it (an outside manager of the
employer, say); on the worker side, for which organisation (the grassroots union, another worker
representative organisation, or the dialogue representative group). A replacement also gives the
day the member leaves and why. If the service refuses, the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import Organisation, Side, side_of
from ...domain.enums import Gender
from ...services.dialogue_models import RepresentativeInfo, RepresentativeInput
from ...services.readmodels import EmployeeRow
from ..date_edit import date_edit
from ..errors import succeeded
from ..pages.dialogue_text import organisation_name, side_name
from ..roles import gender_label
from .buttons import accept_reject
from .conference_employee_picker import EmployeePicker

translate = QCoreApplication.translate


class MemberDialog(QDialog):
    """accept() hands (RepresentativeInput, left_on, reason) to `submit`; left_on and reason
    are None and "" unless a member is being replaced."""

    def __init__(self, side: Side, employees,
                 submit: Callable[[RepresentativeInput, date | None, str], object],
                 today: date, replacing: RepresentativeInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side, self.employees, self.submit = side, employees, submit
        self.replacing = replacing
        self.employee: EmployeeRow | None = None
        self.picker: EmployeePicker | None = None
        self.setWindowTitle(
            translate("MemberDialog", "Replace a representative — {side}").format(
                side=side_name(side)) if replacing else
            translate("MemberDialog", "Add a representative — {side}").format(
                side=side_name(side)))
        self.setMinimumWidth(640)
        self.left_on = date_edit("memberLeftOn", today,
                                 lowest=replacing.joined_on if replacing else None)
        self.reason = QLineEdit()
        self.reason.setObjectName("memberLeftReason")
        self.reason.setPlaceholderText(translate(
            "MemberDialog", "e.g. left the company; changed job; resigned from the group"))
        self.chosen = QLabel(translate("MemberDialog", "Nobody chosen from the roster"))
        self.chosen.setObjectName("memberChosen")
        self.chosen.setWordWrap(True)
        self.pick_button = QPushButton(translate("MemberDialog", "Choose from the roster…"))
        self.pick_button.setObjectName("memberPick")
        self.pick_button.clicked.connect(self.pick)
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.name.setPlaceholderText(translate("MemberDialog",
                                               "Or type the name of someone not on the roster"))
        self.position = QLineEdit()
        self.position.setObjectName("memberPosition")
        self.department = QLineEdit()
        self.department.setObjectName("memberDepartment")
        # For someone typed by name; the roster's person brings their own (the list's gender
        # count, Decree 145 Art 38.2.a: gender balance).
        self.gender = QComboBox()
        self.gender.setObjectName("memberGender")
        for gender in (Gender.FEMALE, Gender.MALE, Gender.OTHER):
            self.gender.addItem(gender_label(gender), gender.value)
        self.organisation = QComboBox()
        self.organisation.setObjectName("memberOrganisation")
        for organisation in Organisation:
            if side_of(organisation) is side:
                self.organisation.addItem(organisation_name(organisation), organisation.value)
        if replacing is not None:
            self.organisation.setCurrentIndex(
                self.organisation.findData(replacing.organisation.value))
        self.legal = QCheckBox(translate("MemberDialog", "The legal representative of the "
                                                         "enterprise"))
        self.legal.setObjectName("memberLegal")
        self.joined_on = date_edit("memberJoinedOn", today)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.pick_button)
        pick_row.addWidget(self.chosen, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if replacing is not None:
            form.addRow(translate("MemberDialog", "Replacing"), QLabel(replacing.full_name))
            form.addRow(translate("MemberDialog", "Leaves on"), self.left_on)
            form.addRow(translate("MemberDialog", "Reason"), self.reason)
        form.addRow(translate("MemberDialog", "Roster"), pick_row)
        form.addRow(translate("MemberDialog", "Name"), self.name)
        form.addRow(translate("MemberDialog", "Position"), self.position)
        form.addRow(translate("MemberDialog", "Department"), self.department)
        form.addRow(translate("MemberDialog", "Gender"), self.gender)
        form.addRow(translate("MemberDialog", "Organisation"), self.organisation)
        if side is Side.EMPLOYER:
            form.addRow("", self.legal)
        else:
            self.legal.hide()
        form.addRow(translate("MemberDialog", "Joins on"), self.joined_on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("MemberDialog", "Replace") if replacing
            else translate("MemberDialog", "Add"), "memberOk",
            translate("MemberDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.textEdited.connect(lambda _t: self.choose(None))

    def pick(self) -> EmployeePicker:
        picker = EmployeePicker(self.employees, self.choose,
                                translate("MemberDialog", "Choose a representative"),
                                parent=self)
        self.picker = picker
        picker.finished.connect(picker.deleteLater)
        picker.open()
        return picker

    def choose(self, employee: EmployeeRow | None) -> None:
        """The roster's person (or nobody, once a name is typed instead)."""
        self.employee = employee
        if employee is None:
            self.chosen.setText(translate("MemberDialog", "Nobody chosen from the roster"))
            return
        self.chosen.setText(f"{employee.code} — {employee.full_name}")
        self.name.clear()
        self.position.setText(employee.position)
        self.department.setText(employee.department_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(employee.gender)))

    def member(self) -> RepresentativeInput:
        employee = self.employee
        return RepresentativeInput(
            side=self.side, organisation=Organisation(self.organisation.currentData()),
            joined_on=self.joined_on.date().toPython(),
            employee_id=employee.id if employee else None,
            full_name=employee.full_name if employee else self.name.text(),
            position=self.position.text(), department=self.department.text(),
            gender="" if employee else self.gender.currentData(),
            is_legal_representative=self.side is Side.EMPLOYER and self.legal.isChecked())

    def accept(self) -> None:
        left = self.left_on.date().toPython() if self.replacing else None
        reason = self.reason.text() if self.replacing else ""
        if succeeded(self, lambda: self.submit(self.member(), left, reason)):
            super().accept()
