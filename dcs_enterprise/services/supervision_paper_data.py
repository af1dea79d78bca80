"""The data of the supervision plan, the findings report and the petition register, read from
the records (Decree 145/2020 Art 46; Law 10/2022 Arts 9.2, 81; Decree 59/2023 Art 26).

The rules decide what the papers state: S2 (the plan's notice), S1 and the petition deadline
(stored with each record), overdue as of the day given, and S3: an anonymous petitioner's name
is read only for a reader allowed to know it (domain.petitions.sees_petitioner), so it never
enters the paper's data otherwise.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain import supervision_documents as sd
from ..domain.calendar import WorkCalendar
from ..domain.enums import Role
from ..domain.petitions import Category, Channel, sees_petitioner
from ..domain.settings import DemocracySettings
from ..domain.supervision import (
    AWAITING_ANSWER,
    Source,
    Status,
    Subject,
    is_overdue,
    plan_notice_check,
    plan_notice_due,
)
from ..storage.tables import (
    Employee,
    Enterprise,
    ItemUpdate,
    Petition,
    SupervisionItem,
    SupervisionPlan,
)
from .paper_common import lines, person_parts

FOLLOWED_UP = frozenset({Status.RESOLVED, Status.ESCALATED})


def parties(enterprise: Enterprise) -> sd.SupervisionParties:
    return sd.SupervisionParties(enterprise.name, enterprise.union_name,
                                 enterprise.upper_union_name,
                                 enterprise.legal_representative_title or "Giám đốc")


def soe_rules(settings: DemocracySettings) -> bool:
    """Law 10/2022 Chapter II binds (S1, S2, P3): a state-owned enterprise, or one that opted in
    (Art 82)."""
    return settings.soe_rules


def members(text: str) -> tuple[sd.MemberLine, ...]:
    """"Nguyễn Văn Một - Trưởng đoàn", one a line."""
    return tuple(sd.MemberLine(*person_parts(line)[:2]) for line in lines(text))


def plan_data(row: SupervisionPlan, enterprise: Enterprise, settings: DemocracySettings,
              calendar: WorkCalendar) -> sd.SupervisionPlanData:
    check = plan_notice_check(row.notice_sent_on, row.starts_on, settings, calendar)
    return sd.SupervisionPlanData(
        parties=parties(enterprise), year=row.year, subject=Subject(row.subject),
        title=row.title, purpose=lines(row.purpose), scope=lines(row.scope),
        starts_on=row.starts_on, ends_on=row.ends_on, members=members(row.members),
        notice_due=plan_notice_due(row.starts_on, calendar).due, soe_rules=soe_rules(settings),
        notice_sent_on=row.notice_sent_on,
        notice_ok=check.ok if check is not None and row.notice_sent_on else None,
        answer_days=settings.supervision_answer_days)


def findings_data(session: Session, row: SupervisionPlan, enterprise: Enterprise,
                  settings: DemocracySettings, as_of: date) -> sd.SupervisionFindingsData:
    recommendations = recommendation_lines(session, row.id, as_of)
    petitions = sorted({r.source_id for r in recommendations
                        if r.source is Source.PETITION and r.source_id is not None})
    return sd.SupervisionFindingsData(
        parties=parties(enterprise), plan_title=row.title, subject=Subject(row.subject),
        starts_on=row.starts_on, ends_on=row.ends_on, scope=lines(row.scope),
        members=members(row.members),
        findings=tuple(p.strip() for p in row.findings.splitlines() if p.strip()),
        findings_on=row.findings_on, recommendations=recommendations, as_of=as_of,
        soe_rules=soe_rules(settings), answer_days=settings.supervision_answer_days,
        petitions=tuple(petitions))


def recommendation_lines(session: Session, plan_id: int, as_of: date
                         ) -> tuple[sd.RecommendationLine, ...]:
    """The items the plan's findings raised, in the order raised."""
    items = session.exec(select(SupervisionItem).where(SupervisionItem.plan_id == plan_id)
                         .order_by(SupervisionItem.raised_on, SupervisionItem.id)).all()
    notes = _closing_notes(session, [i.id for i in items])
    out = []
    for item in items:
        status = Status(item.status)
        out.append(sd.RecommendationLine(
            number=item.id, title=item.title, recommendation=item.recommendation,
            addressee=item.addressee, raised_on=item.raised_on, due_on=item.due_on,
            due_rule=item.due_rule, status=status,
            overdue=is_overdue(status, item.due_on, as_of), description=item.description,
            legal_basis=item.legal_basis, source=Source(item.source), source_id=item.source_id,
            sent_on=item.sent_on, answer=item.answer, answered_on=item.answered_on,
            closed_on=item.closed_on,
            follow_up=notes.get((item.id, status), "") if status in FOLLOWED_UP else "",
            published_on=item.published_on, published_where=item.published_where))
    return tuple(out)


def _closing_notes(session: Session, item_ids: list[int]) -> dict[tuple[int, Status], str]:
    """The note of the latest step into each status, per item (how it was resolved, where it
    was escalated)."""
    if not item_ids:
        return {}
    notes: dict[tuple[int, Status], str] = {}
    for update in session.exec(select(ItemUpdate).where(ItemUpdate.item_id.in_(item_ids))
                               .order_by(ItemUpdate.on, ItemUpdate.id)):
        if update.status_to and update.status_to != update.status_from:
            notes[(update.item_id, Status(update.status_to))] = update.note.strip()
    return notes


def petition_status(row: Petition) -> Status:
    """The register's status; a petition answered through the conference before the register
    kept statuses reads as answered."""
    status = Status(row.status)
    if status in AWAITING_ANSWER and row.answered_on is not None:
        return Status.ANSWERED
    return status


def petition_lines(session: Session, year: int, as_of: date, reader: Role
                   ) -> tuple[sd.PetitionLine, ...]:
    """The petitions received in ``year``, oldest first; who filed each only as far as
    ``reader`` may know it (S3)."""
    rows = session.exec(select(Petition).where(
        Petition.raised_on >= date(year, 1, 1), Petition.raised_on <= date(year, 12, 31))
        .order_by(Petition.raised_on, Petition.id)).all()
    known = {r.employee_id for r in rows if r.employee_id is not None
             and not r.raised_by.strip() and sees_petitioner(reader, r.anonymous)}
    names = dict(session.exec(select(Employee.id, Employee.full_name).where(
        Employee.id.in_(known))).all()) if known else {}
    out = []
    for row in rows:
        visible = sees_petitioner(reader, row.anonymous)
        status = petition_status(row)
        petitioner = ((row.raised_by.strip() or names.get(row.employee_id, ""))
                      if visible else "")
        out.append(sd.PetitionLine(
            number=row.id, raised_on=row.raised_on, channel=_channel(row.channel),
            category=_category(row.category), subject=row.subject, content=row.content,
            status=status, petitioner=petitioner, anonymous=row.anonymous,
            identity_hidden=not visible, addressee=row.addressee, routed_on=row.routed_on,
            due_on=row.due_on, due_rule=row.due_rule,
            overdue=is_overdue(status, row.due_on, as_of), answer=row.answer,
            answered_on=row.answered_on, closed_on=row.closed_on,
            closing_note=row.closing_note, published_on=row.published_on,
            published_where=row.published_where))
    return tuple(out)


def register_data(session: Session, enterprise: Enterprise, settings: DemocracySettings,
                  year: int, as_of: date, reader: Role) -> sd.PetitionRegisterData:
    return sd.PetitionRegisterData(
        parties=parties(enterprise), year=year, as_of=as_of,
        lines=petition_lines(session, year, as_of, reader),
        identities_shown=reader is Role.UNION_OFFICER,
        answer_days=settings.petition_answer_days)


def _channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        return Channel.DIRECT


def _category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        return Category.OTHER
