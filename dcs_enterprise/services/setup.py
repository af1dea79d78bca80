"""First run: create the enterprise, its settings, the shipped holidays and the first administrator."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import select

from ..domain.calendar import SHIPPED_HOLIDAY_YEARS, statutory_holidays
from ..domain.enums import Role
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.passwords import hash_password
from ..domain.settings import DemocracySettings
from ..domain.text import nfc
from ..storage.database import Database
from ..storage.tables import Account, Enterprise, Holiday
from . import audit_log
from .enterprise import clean_profile
from .readmodels import EnterpriseProfile
from .session import Actor


def is_initialized(db: Database) -> bool:
    with db.session() as session:
        has_enterprise = session.exec(select(func.count()).select_from(Enterprise)).one() > 0
        has_admin = session.exec(
            select(func.count()).select_from(Account).where(Account.role == Role.ADMIN.value)
        ).one() > 0
        return has_enterprise and has_admin


def initialize(db: Database, profile: EnterpriseProfile, settings: DemocracySettings,
               admin_username: str, admin_full_name: str, admin_password: str) -> Actor:
    """Creates everything the first-run wizard collected, in one transaction."""
    profile = clean_profile(profile)
    settings = settings.validated()
    username = nfc(admin_username).lower()
    if not username or " " in username:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The user name is required and has no spaces."))
    password_hash = hash_password(admin_password)
    with db.session(write=True) as session:
        if session.exec(select(Enterprise)).first() is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The enterprise is already set up."))
        now = datetime.now(UTC)
        enterprise = Enterprise(**asdict(profile), settings=settings.to_dict(), created_at=now)
        admin = Account(username=username, full_name=nfc(admin_full_name) or username,
                        role=Role.ADMIN.value, password_hash=password_hash, created_at=now)
        session.add(enterprise)
        session.add(admin)
        session.flush()
        actor = Actor(username=admin.username, role=Role.ADMIN, full_name=admin.full_name,
                      account_id=admin.id)
        audit_log.record(session, actor, "create_enterprise", "enterprise", enterprise.id, None,
                         {**asdict(profile), "settings": settings.to_dict()})
        audit_log.record(session, actor, "create_account", "account", admin.id, None,
                         {"username": username, "role": Role.ADMIN.value})
        for year in SHIPPED_HOLIDAY_YEARS:
            for holiday in statutory_holidays(year):
                session.add(Holiday(day=holiday.day, name=holiday.name))
        audit_log.record(session, actor, "seed_holidays", "holiday", "*", None,
                         {"years": [min(SHIPPED_HOLIDAY_YEARS), max(SHIPPED_HOLIDAY_YEARS)]})
        return actor
