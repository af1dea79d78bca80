"""One account: create it, edit its name, role and state, or give it a new password.

accept() checks the two passwords agree, then hands the form to `submit`; if they differ or the
service refuses, the dialog stays open with everything the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Role
from ...domain.errors import DcsError
from ...domain.passwords import MIN_LENGTH
from ...services.readmodels import AccountInfo
from ..errors import show_error
from ..roles import role_label

translate = QCoreApplication.translate

# The employee view opens without a password, so it never gets an account.
ACCOUNT_ROLES = (Role.ADMIN, Role.HR_OFFICER, Role.UNION_OFFICER)


class Mode(Enum):
    CREATE = "create"
    EDIT = "edit"
    PASSWORD = "password"


@dataclass(frozen=True)
class AccountForm:
    username: str
    full_name: str
    role: Role
    active: bool
    password: str


class AccountDialog(QDialog):
    def __init__(self, mode: Mode, submit: Callable[[AccountForm], object],
                 account: AccountInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.submit = submit
        self.setWindowTitle({
            Mode.CREATE: translate("AccountDialog", "New account"),
            Mode.EDIT: translate("AccountDialog", "Edit account"),
            Mode.PASSWORD: translate("AccountDialog", "Set password"),
        }[mode])
        self.username = QLineEdit(account.username if account else "")
        self.username.setObjectName("accountUsername")
        self.username.setReadOnly(mode != Mode.CREATE)
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setObjectName("accountFullName")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for role in ACCOUNT_ROLES:
            self.role.addItem(role_label(role), role.value)
        if account is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(account.role.value)))
        else:
            self.role.setCurrentIndex(self.role.findData(Role.UNION_OFFICER.value))
        self.active = QCheckBox(translate("AccountDialog", "The account may sign in"))
        self.active.setObjectName("accountActive")
        self.active.setChecked(account.active if account else True)
        self.password = QLineEdit()
        self.password.setObjectName("accountPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("accountConfirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.setMinimumWidth(300)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("AccountDialog", "User name"), self.username)
        if mode != Mode.PASSWORD:
            form.addRow(translate("AccountDialog", "Full name"), self.full_name)
            form.addRow(translate("AccountDialog", "Role"), self.role)
        if mode == Mode.EDIT:
            form.addRow(translate("AccountDialog", "Active"), self.active)
        if self.asks_password:
            form.addRow(translate("AccountDialog", "Password"), self.password)
            hint = QLabel(translate("AccountDialog", "At least {n} characters.").format(
                n=MIN_LENGTH))
            hint.setStyleSheet("color: #666666;")
            form.addRow("", hint)
            form.addRow(translate("AccountDialog", "Confirm password"), self.confirm)

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            translate("AccountDialog", "Create") if mode == Mode.CREATE
            else translate("AccountDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("accountOkButton")
        buttons.addButton(translate("AccountDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def asks_password(self) -> bool:
        return self.mode in (Mode.CREATE, Mode.PASSWORD)

    def form(self) -> AccountForm:
        return AccountForm(username=self.username.text().strip(),
                           full_name=self.full_name.text().strip(),
                           role=Role(self.role.currentData()), active=self.active.isChecked(),
                           password=self.password.text())

    def accept(self) -> None:
        if self.asks_password and self.password.text() != self.confirm.text():
            QMessageBox.warning(self, translate("AccountDialog", "Passwords differ"),
                                translate("AccountDialog", "The two passwords do not match. "
                                          "Type the same password in both fields."))
            self.confirm.setFocus()
            return
        try:
            self.submit(self.form())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
