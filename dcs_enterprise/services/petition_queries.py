"""Reading the petition register (DOMAIN.md workflow 4): the part of PetitionService
(petitions.py) that only reads, and the read models it builds. Rule S3 is applied here, once:
who filed an anonymous petition reaches the union officers alone, and the employee view sees
no identity at all."""

from __future__ import annotations

from datetime import date

from sqlalchemy import extract
from sqlmodel import Session, select

from ..domain.enums import Role
from ..domain.errors import NotFoundError
from ..domain.permissions import Action
from ..domain.petitions import Category, Channel, sees_petitioner
from ..domain.supervision import Source, Status, is_overdue, petition_due
from ..storage.tables import Employee, Petition, SupervisionItem
from .conference_common import calendar_of, settings_of
from .session import Service
from .supervision_links import item_row
from .supervision_models import PetitionDetail, PetitionRow, PublishedPetition

DUE_RULE = "petition"  # Petition.due_rule when counted by the regulation (petition_due)
SUBJECT_LENGTH = 80  # a subject made from the content when none was given


class PetitionQueries(Service):
    def register(self, today: date, year: int | None = None,
                 status: Status | None = None) -> list[PetitionRow]:
        """Every petition of every channel, the newest first."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            statement = select(Petition)
            if year is not None:
                # A date range, not extract(): the raised-date index finds the year's rows.
                statement = statement.where(Petition.raised_on >= date(year, 1, 1),
                                            Petition.raised_on <= date(year, 12, 31))
            if status is not None:
                statement = statement.where(Petition.status == Status(status).value)
            rows = session.exec(statement.order_by(Petition.raised_on.desc(),
                                                   Petition.id.desc())).all()
            return [petition_row(session, p, self.actor.role, today) for p in rows]

    def years(self) -> list[int]:
        """The years with a petition, the latest first (the register's year filter)."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            year = extract("year", Petition.raised_on)
            return [int(y) for y in session.exec(select(year).distinct().order_by(
                year.desc())).all()]

    def get(self, petition_id: int, today: date) -> PetitionDetail:
        with self.unit(Action.VIEW_SUPERVISION) as session:
            return petition_detail(session, load(session, petition_id), self.actor.role, today)

    def published(self) -> list[PublishedPetition]:
        """The answers the union published, the latest first: what the employee view shows,
        with nothing of who filed them."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            rows = session.exec(select(Petition).where(
                Petition.published_on.is_not(None), Petition.answer != "").order_by(
                Petition.published_on.desc(), Petition.id.desc())).all()
            return [PublishedPetition(p.id, p.published_on, p.published_where,
                                      Category(p.category), subject_of(p), p.content, p.answer,
                                      p.answered_on, Status(p.status)) for p in rows]


def load(session: Session, petition_id: int) -> Petition:
    row = session.get(Petition, petition_id)
    if row is None:
        raise NotFoundError()
    return row


def subject_of(p: Petition) -> str:
    """The subject given, or the beginning of the content (petitions raised for the conference
    have none)."""
    if p.subject:
        return p.subject
    first = p.content.splitlines()[0] if p.content else ""
    return first if len(first) <= SUBJECT_LENGTH else first[:SUBJECT_LENGTH - 1].rstrip() + "…"


def petitioner(session: Session, p: Petition, role: Role) -> str:
    """Who filed it, as this reader may know it (S3): "" when hidden or not given."""
    if not sees_petitioner(role, p.anonymous):
        return ""
    if p.raised_by:
        return p.raised_by
    if p.employee_id is not None:
        employee = session.get(Employee, p.employee_id)
        return f"{employee.full_name} ({employee.code})" if employee else ""
    return ""


def petition_row(session: Session, p: Petition, role: Role, today: date) -> PetitionRow:
    status = Status(p.status)
    return PetitionRow(
        id=p.id, raised_on=p.raised_on, channel=Channel(p.channel),
        category=Category(p.category), subject=subject_of(p),
        petitioner=petitioner(session, p, role), anonymous=p.anonymous,
        identity_hidden=not sees_petitioner(role, p.anonymous), addressee=p.addressee,
        status=status, due_on=p.due_on, overdue=is_overdue(status, p.due_on, today),
        answered_on=p.answered_on, published_on=p.published_on)


def petition_detail(session: Session, p: Petition, role: Role, today: date) -> PetitionDetail:
    due_why = None
    if p.due_rule == DUE_RULE and p.due_on is not None:
        settings = settings_of(session)
        clock = petition_due(p.raised_on, settings, calendar_of(session, settings))
        due_why = clock.why if clock.due == p.due_on else None  # settings changed since
    items = session.exec(select(SupervisionItem).where(
        SupervisionItem.source == Source.PETITION.value,
        SupervisionItem.source_id == p.id).order_by(SupervisionItem.raised_on,
                                                    SupervisionItem.id)).all()
    return PetitionDetail(
        row=petition_row(session, p, role, today), content=p.content, answer=p.answer,
        answered_by=p.answered_by, closing_note=p.closing_note, closed_on=p.closed_on,
        published_where=p.published_where, due_why=due_why,
        items=tuple(item_row(i, today) for i in items), routed_on=p.routed_on)
