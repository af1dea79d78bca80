"""Signing in: an officer with user name and password, or the shared PC's employee view,
which needs no password and shows published records only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import AuthenticationError, DcsError
from ..i18n import error_text
from ..services.accounts import sign_in
from ..services.session import EMPLOYEE_VIEW, Actor
from .errors import show_error

translate = QCoreApplication.translate


class LoginDialog(QDialog):
    """After accept(), `actor` is the signed-in officer or services.session.EMPLOYEE_VIEW."""

    def __init__(self, db: object, enterprise_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(translate("LoginDialog", "Sign in — dcs-enterprise"))

        heading = QLabel(enterprise_name)
        heading.setObjectName("enterpriseName")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)

        officer_title = QLabel(translate("LoginDialog", "Officers sign in"))
        officer_title.setStyleSheet("font-weight: bold;")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username, self.password):
            edit.setMinimumWidth(300)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("LoginDialog", "User name"), self.username)
        form.addRow(translate("LoginDialog", "Password"), self.password)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.sign_in_button = QPushButton(translate("LoginDialog", "Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        quit_button = QPushButton(translate("LoginDialog", "Quit"))
        quit_button.setObjectName("quitButton")
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.sign_in_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        employee_note = QLabel(translate(
            "LoginDialog", "On the shared computer, employees can read what has been published "
            "without signing in."))
        employee_note.setWordWrap(True)
        employee_note.setStyleSheet("color: #666666;")
        self.employee_button = QPushButton(translate("LoginDialog", "Employee view (no password)"))
        self.employee_button.setObjectName("employeeViewButton")
        self.employee_button.setAutoDefault(False)
        self.employee_button.setMinimumHeight(36)
        self.employee_button.clicked.connect(self.open_employee_view)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(officer_title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(line)
        layout.addWidget(employee_note)
        layout.addWidget(self.employee_button)
        self.username.setFocus()

    def try_sign_in(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._refuse(translate("LoginDialog", "Type your user name."), self.username)
            return
        try:
            actor = sign_in(self.db, username, self.password.text())
        except AuthenticationError as error:
            self.password.clear()
            self._refuse(error_text(error), self.password)
            return
        except DcsError as error:
            show_error(self, error)
            return
        self.actor = actor
        self.accept()

    def open_employee_view(self) -> None:
        self.actor = EMPLOYEE_VIEW
        self.accept()

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()  # room for the message
        focus.setFocus()
