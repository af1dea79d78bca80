"""Signing in, and the accounts of the people who use the program (administrator only)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import select

from ..domain.enums import Role
from ..domain.errors import QT_TRANSLATE_NOOP, AuthenticationError, NotFoundError, ValidationError
from ..domain.passwords import hash_password, verify_password
from ..domain.permissions import Action
from ..domain.text import nfc
from ..storage.database import Database
from ..storage.tables import Account
from . import audit_log
from .readmodels import AccountInfo
from .session import Actor, Service


def sign_in(db: Database, username: str, password: str) -> Actor:
    with db.session() as session:
        account = session.exec(
            select(Account).where(Account.username == nfc(username).lower())
        ).first()
        if account is None or not account.active or not verify_password(password,
                                                                          account.password_hash):
            raise AuthenticationError()
        return Actor(username=account.username, role=Role(account.role),
                     full_name=account.full_name, account_id=account.id)


def _info(row: Account) -> AccountInfo:
    return AccountInfo(row.id, row.username, row.full_name, Role(row.role), row.active)


def _check_role(role: Role) -> None:
    if role == Role.EMPLOYEE_VIEW:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The employee view needs no account: it opens without a password."))


class AccountService(Service):
    def list(self) -> list[AccountInfo]:
        with self.unit(Action.MANAGE_ACCOUNTS) as session:
            return [_info(r) for r in session.exec(select(Account).order_by(Account.username))]

    def create(self, username: str, full_name: str, role: Role, password: str) -> AccountInfo:
        self.check(Action.MANAGE_ACCOUNTS)  # refuse before judging the input
        username = nfc(username).lower()
        if not username or " " in username:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The user name is required and has no spaces."))
        _check_role(role)
        password_hash = hash_password(password)
        with self.unit(Action.MANAGE_ACCOUNTS) as session:
            if session.exec(select(Account).where(Account.username == username)).first():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The user name {name} is already taken."),
                    name=username)
            row = Account(username=username, full_name=nfc(full_name) or username,
                          role=role.value, password_hash=password_hash,
                          created_at=datetime.now(UTC))
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "create_account", "account", row.id, None,
                             {"username": username, "full_name": row.full_name,
                              "role": role.value})
            return _info(row)

    def update(self, account_id: int, full_name: str, role: Role, active: bool) -> AccountInfo:
        self.check(Action.MANAGE_ACCOUNTS)  # refuse before judging the input
        _check_role(role)
        with self.unit(Action.MANAGE_ACCOUNTS) as session:
            row = session.get(Account, account_id)
            if row is None:
                raise NotFoundError()
            before = {"full_name": row.full_name, "role": row.role, "active": row.active}
            if row.role == Role.ADMIN.value and (role != Role.ADMIN or not active):
                self._keep_one_admin(session, row.id)
            row.full_name, row.role, row.active = nfc(full_name) or row.username, role.value, active
            session.add(row)
            audit_log.record(session, self.actor, "update_account", "account", row.id, before,
                             {"full_name": row.full_name, "role": row.role, "active": active})
            return _info(row)

    def set_password(self, account_id: int, password: str) -> None:
        self.check(Action.MANAGE_ACCOUNTS)  # refuse before judging the input
        password_hash = hash_password(password)
        with self.unit(Action.MANAGE_ACCOUNTS) as session:
            row = session.get(Account, account_id)
            if row is None:
                raise NotFoundError()
            row.password_hash = password_hash
            session.add(row)
            # The hash itself never goes into the trail.
            audit_log.record(session, self.actor, "set_password", "account", row.id, None,
                             {"username": row.username})

    @staticmethod
    def _keep_one_admin(session, account_id: int) -> None:
        others = session.exec(
            select(func.count()).select_from(Account).where(
                Account.role == Role.ADMIN.value, Account.active, Account.id != account_id)
        ).one()
        if others == 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "At least one active administrator must remain."))
