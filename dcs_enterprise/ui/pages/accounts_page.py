"""Accounts of the people who use the program (administrator only; the service checks too)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.readmodels import AccountInfo
from ..context import UiContext
from ..dialogs.account_dialog import AccountDialog, AccountForm, Mode
from ..errors import show_error
from ..list_model import ListTableModel
from ..roles import role_label
from ..style import PAGE_TITLE_STYLE

translate = QCoreApplication.translate


class AccountsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("AccountsPage", "User name"), translate("AccountsPage", "Full name"),
                translate("AccountsPage", "Role"), translate("AccountsPage", "Active")]

    def display(self, row: AccountInfo, column: int) -> object:
        active = translate("AccountsPage", "Yes") if row.active else translate("AccountsPage",
                                                                                "No")
        return (row.username, row.full_name, role_label(row.role), active)[column]

    def foreground(self, row: AccountInfo) -> object:
        return None if row.active else Qt.GlobalColor.gray


class AccountsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = ctx.can(Action.MANAGE_ACCOUNTS)
        self.dialog: AccountDialog | None = None
        heading = QLabel(translate("AccountsPage", "Accounts"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)
        intro = QLabel(translate(
            "AccountsPage", "Each officer signs in with an account of their own, and the audit "
            "trail records every change under that name. The employee view on the shared "
            "computer needs no account."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)

        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self.edit_account)

        self.new_button = QPushButton(translate("AccountsPage", "New account…"))
        self.new_button.setObjectName("newAccountButton")
        self.new_button.clicked.connect(self.new_account)
        self.edit_button = QPushButton(translate("AccountsPage", "Edit…"))
        self.edit_button.setObjectName("editAccountButton")
        self.edit_button.clicked.connect(self.edit_account)
        self.password_button = QPushButton(translate("AccountsPage", "Set password…"))
        self.password_button.setObjectName("setPasswordButton")
        self.password_button.clicked.connect(self.set_password)
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.status, 1)

        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        if not self.allowed:  # the area is hidden from them too; the service refuses anyway
            refused = QLabel(translate("AccountsPage", "Only the administrator manages "
                                       "accounts."))
            refused.setObjectName("accountsRefused")
            layout.addWidget(refused)
            layout.addStretch(1)
            for widget in (self.table, self.new_button, self.edit_button,
                           self.password_button):
                widget.hide()

    def refresh(self) -> None:
        if not self.allowed:
            return
        try:
            rows = self.ctx.accounts.list()
        except DcsError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 32)

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, account_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.id == account_id:
                self.table.selectRow(number)

    # -- the three dialogs ---------------------------------------------------------------
    def new_account(self) -> AccountDialog:
        def submit(form: AccountForm) -> None:
            made = self.ctx.accounts.create(form.username, form.full_name, form.role,
                                            form.password)
            self._done(made.id, translate("AccountsPage", "Account {name} created.")
                       .format(name=made.username))

        return self._open(AccountDialog(Mode.CREATE, submit, parent=self))

    def edit_account(self) -> AccountDialog | None:
        account = self._chosen()
        if account is None:
            return None

        def submit(form: AccountForm) -> None:
            self.ctx.accounts.update(account.id, form.full_name, form.role, form.active)
            self._done(account.id, translate("AccountsPage", "Account {name} saved.")
                       .format(name=account.username))

        return self._open(AccountDialog(Mode.EDIT, submit, account, self))

    def set_password(self) -> AccountDialog | None:
        account = self._chosen()
        if account is None:
            return None

        def submit(form: AccountForm) -> None:
            self.ctx.accounts.set_password(account.id, form.password)
            self._done(account.id, translate("AccountsPage", "New password set for {name}.")
                       .format(name=account.username))

        return self._open(AccountDialog(Mode.PASSWORD, submit, account, self))

    def _chosen(self) -> AccountInfo | None:
        account = self.selected()
        if account is None:
            QMessageBox.information(self, translate("AccountsPage", "Accounts"),
                                    translate("AccountsPage", "Select an account first."))
        return account

    def _open(self, dialog: AccountDialog) -> AccountDialog:
        """Opens without blocking; the dialog closes itself once the service accepted it."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _done(self, account_id: int, message: str) -> None:
        self.refresh()
        self.select(account_id)
        self.status.setText(message)
