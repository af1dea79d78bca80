"""The enterprise profile, its democracy-regulation settings and the working-day calendar."""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from datetime import date

from sqlmodel import Session, select

from ..domain.calendar import WorkCalendar
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.settings import DemocracySettings
from ..domain.text import nfc
from ..storage.tables import Enterprise, Holiday
from . import audit_log
from .readmodels import EnterpriseInfo, EnterpriseProfile, HolidayInfo
from .session import Service


def load_enterprise(session: Session) -> Enterprise:
    row = session.exec(select(Enterprise)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The enterprise has not been set up yet."))
    return row


def profile_of(row: Enterprise) -> EnterpriseProfile:
    return EnterpriseProfile(**{f.name: getattr(row, f.name) for f in fields(EnterpriseProfile)})


def clean_profile(profile: EnterpriseProfile) -> EnterpriseProfile:
    cleaned = EnterpriseProfile(**{k: nfc(v) for k, v in asdict(profile).items()})
    if not cleaned.name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The enterprise name is required."))
    return cleaned


class EnterpriseService(Service):
    def get(self) -> EnterpriseInfo:
        with self.unit(Action.VIEW_PUBLISHED) as session:
            row = load_enterprise(session)
            return EnterpriseInfo(profile_of(row), DemocracySettings.from_dict(row.settings))

    def update_profile(self, profile: EnterpriseProfile) -> EnterpriseProfile:
        self.check(Action.EDIT_ENTERPRISE)  # refuse before judging the input
        profile = clean_profile(profile)
        with self.unit(Action.EDIT_ENTERPRISE) as session:
            row = load_enterprise(session)
            before = asdict(profile_of(row))
            for key, value in asdict(profile).items():
                setattr(row, key, value)
            session.add(row)
            audit_log.record(session, self.actor, "update_profile", "enterprise", row.id,
                             before, asdict(profile))
            return profile

    def update_settings(self, settings: DemocracySettings) -> DemocracySettings:
        self.check(Action.EDIT_SETTINGS)
        settings = replace(settings, **{
            key: nfc(getattr(settings, key))
            for key in ("labour_authority", "company_doc_symbol", "union_doc_symbol")
        }).validated()
        with self.unit(Action.EDIT_SETTINGS) as session:
            row = load_enterprise(session)
            before = dict(row.settings)
            row.settings = settings.to_dict()
            session.add(row)
            audit_log.record(session, self.actor, "update_settings", "enterprise", row.id,
                             before, row.settings)
            return settings

    # -- the working-day calendar ---------------------------------------------------------

    def holidays(self, year: int | None = None) -> list[HolidayInfo]:
        with self.unit(Action.VIEW_PUBLISHED) as session:
            statement = select(Holiday).order_by(Holiday.day)
            if year is not None:
                statement = statement.where(Holiday.day >= date(year, 1, 1),
                                            Holiday.day <= date(year, 12, 31))
            return [HolidayInfo(h.id, h.day, h.name) for h in session.exec(statement)]

    def add_holiday(self, day: date, name: str) -> HolidayInfo:
        name = nfc(name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The holiday needs a name."))
        with self.unit(Action.EDIT_CALENDAR) as session:
            if session.exec(select(Holiday).where(Holiday.day == day)).first():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{day} is already in the holiday list."),
                    day=day.strftime("%d/%m/%Y"))
            row = Holiday(day=day, name=name)
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "add_holiday", "holiday", row.id, None,
                             {"day": day.isoformat(), "name": name})
            return HolidayInfo(row.id, row.day, row.name)

    def remove_holiday(self, holiday_id: int) -> None:
        with self.unit(Action.EDIT_CALENDAR) as session:
            row = session.get(Holiday, holiday_id)
            if row is None:
                raise NotFoundError()
            audit_log.record(session, self.actor, "remove_holiday", "holiday", row.id,
                             {"day": row.day.isoformat(), "name": row.name}, None)
            session.delete(row)

    def work_calendar(self) -> WorkCalendar:
        with self.unit(Action.VIEW_PUBLISHED) as session:
            settings = DemocracySettings.from_dict(load_enterprise(session).settings)
            days = session.exec(select(Holiday.day)).all()
            return WorkCalendar(rest_weekdays=frozenset(settings.rest_weekdays),
                                holidays=frozenset(days))
