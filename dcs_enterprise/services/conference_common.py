"""What every conference service needs: the row, the stage guard, the facts the state machine
judges, the attendance and the enterprise's rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.calendar import WorkCalendar
from ..domain.conference_plan import DelegateKind
from ..domain.conference_rules import ConferenceForm, check_quorum
from ..domain.conference_stages import ORDER, ConferenceFacts, Stage
from ..domain.enums import EmploymentStatus
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.settings import DemocracySettings
from ..storage.tables import Conference as ConferenceRow
from ..storage.tables import (
    ConferenceDocument,
    ConferenceOfficer,
    ConferenceSeat,
    ConferenceVote,
    Delegate,
    DelegateCandidate,
    DepartmentMeeting,
    Employee,
    Holiday,
    Petition,
    ResolutionArticle,
)
from .conference_models import Attendance
from .enterprise import load_enterprise

STAGE_NAMES = {  # catalogue strings ("Conference") for messages and the screen
    Stage.PLAN: QT_TRANSLATE_NOOP("Conference", "Plan"),
    Stage.DELEGATES: QT_TRANSLATE_NOOP("Conference", "Delegates"),
    Stage.DOCUMENTS: QT_TRANSLATE_NOOP("Conference", "Documents and petitions"),
    Stage.INVITATIONS: QT_TRANSLATE_NOOP("Conference", "Invitations"),
    Stage.HELD: QT_TRANSLATE_NOOP("Conference", "Conference day"),
    Stage.ADOPTED: QT_TRANSLATE_NOOP("Conference", "Resolution adopted"),
    Stage.PUBLISHED: QT_TRANSLATE_NOOP("Conference", "Published"),
    Stage.UNDER_REVIEW: QT_TRANSLATE_NOOP("Conference", "Under review"),
}


def load(session: Session, conference_id: int) -> ConferenceRow:
    row = session.get(ConferenceRow, conference_id)
    if row is None:
        raise NotFoundError()
    return row


def require_stage(row: ConferenceRow, *stages: Stage) -> None:
    """Refuses a change the conference's stage does not allow, naming the stage; once the
    minutes and resolution are issued, says they are final."""
    current = Stage(row.stage)
    adopted = ORDER.index(Stage.ADOPTED)
    if current not in stages and ORDER.index(current) >= adopted > max(map(ORDER.index,
                                                                           stages)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The minutes and the resolution are final: they can no longer be "
                      "changed. Issue a correction instead."))
    if current not in stages:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This cannot be done at the stage \"{stage}\" of the conference."),
            stage=STAGE_NAMES[Stage(row.stage)])


def settings_of(session: Session) -> DemocracySettings:
    return DemocracySettings.from_dict(load_enterprise(session).settings)


def calendar_of(session: Session, settings: DemocracySettings) -> WorkCalendar:
    return WorkCalendar(rest_weekdays=frozenset(settings.rest_weekdays),
                        holidays=frozenset(session.exec(select(Holiday.day)).all()))


def attendance(session: Session, row: ConferenceRow, settings: DemocracySettings) -> Attendance:
    """Summoned and present from the delegate list; the quorum by rule C3."""
    summoned, present = session.exec(
        select(func.count(Delegate.id), func.count(Delegate.checked_in_at))
        .where(Delegate.conference_id == row.id)).one()
    quorum = check_quorum(present, summoned, settings) if summoned else None
    return Attendance(summoned, present, quorum)


def count(session: Session, statement) -> int:
    return session.exec(statement).one()


def facts(session: Session, row: ConferenceRow, settings: DemocracySettings) -> ConferenceFacts:
    """What the records say about the conference's current stage, for the state machine to
    judge. Only that stage's facts are read: the blockers of a stage look at nothing else, and
    some (who is left to elect among 100,000 workers) are costly."""
    cid, stage = row.id, Stage(row.stage)
    known: dict[str, object] = {}
    if stage is Stage.DELEGATES:
        known["departments_without_meeting"] = len(departments_to_elect(session, row))
    elif stage is Stage.DOCUMENTS:
        known["unanswered_petitions"] = count(session, select(func.count(Petition.id)).where(
            Petition.conference_id == cid, Petition.answered_on.is_(None)))
        known["draft_resolution_ready"] = count(session, select(
            func.count(ResolutionArticle.id)).where(
            ResolutionArticle.conference_id == cid, ResolutionArticle.version == 1)) > 0
    elif stage is Stage.HELD:
        roles = set(session.exec(select(ConferenceOfficer.role).where(
            ConferenceOfficer.conference_id == cid)).all())
        quorum = attendance(session, row, settings).quorum
        known.update(
            quorum_met=bool(quorum and quorum.met), presidium_recorded="presidium" in roles,
            secretary_recorded="secretary" in roles,
            resolution_passed=session.exec(select(ConferenceVote.id).where(
                ConferenceVote.conference_id == cid, ConferenceVote.adopts_resolution,
                ConferenceVote.passed)).first() is not None,
            minutes_finalized=session.exec(select(ConferenceDocument.id).where(
                ConferenceDocument.conference_id == cid, ConferenceDocument.kind == "minutes"
            )).first() is not None)
    return ConferenceFacts(
        form=ConferenceForm(row.form),
        plan_approved_by_employer=row.employer_approved_on is not None,
        plan_approved_by_union=row.union_approved_on is not None,
        invitations_sent=row.invitations_sent_on is not None,
        publication_recorded=row.published_from is not None, **known)


def departments_to_elect(session: Session, row: ConferenceRow) -> list[int]:
    """Departments of a delegate conference still to elect: no seats allocated yet (the whole
    conference), no meeting recorded, or seats left empty by a tie or a split vote while
    workers who could fill them remain (not those whose every worker is already a delegate)."""
    if ConferenceForm(row.form) is not ConferenceForm.DELEGATE:
        return []
    seats = dict(session.exec(select(ConferenceSeat.department_id, ConferenceSeat.seats).where(
        ConferenceSeat.conference_id == row.id)).all())
    if not seats:
        return [0]
    meetings = dict(session.exec(select(DepartmentMeeting.department_id, DepartmentMeeting.id)
                                 .where(DepartmentMeeting.conference_id == row.id)).all())
    elected = dict(session.exec(
        select(DelegateCandidate.meeting_id, func.count(DelegateCandidate.id))
        .where(DelegateCandidate.meeting_id.in_(list(meetings.values())),
               DelegateCandidate.elected).group_by(DelegateCandidate.meeting_id)).all())
    eligible = dict(session.exec(
        select(Employee.department_id, func.count(Employee.id))
        .where(Employee.status == EmploymentStatus.ACTIVE.value,
               Employee.id.not_in(select(Delegate.employee_id).where(
                   Delegate.conference_id == row.id)))
        .group_by(Employee.department_id)).all())
    return [department for department, count in seats.items()
            if department not in meetings
            or (elected.get(meetings[department], 0) < count and eligible.get(department))]


def elected_count(session: Session, meeting_id: int) -> int:
    return count(session, select(func.count(DelegateCandidate.id)).where(
        DelegateCandidate.meeting_id == meeting_id, DelegateCandidate.elected))


def invitation_code(year: int, employee_id: int) -> str:
    """The code printed as a barcode on the invitation: ASCII, unique, short to scan."""
    return f"HN{year}-{employee_id:06d}"


def add_delegate(session: Session, conference_id: int, year: int, employee_id: int,
                 kind: DelegateKind) -> Delegate:
    row = Delegate(conference_id=conference_id, employee_id=employee_id, kind=kind.value,
                   invitation_code=invitation_code(year, employee_id))
    session.add(row)
    return row


def today() -> date:
    return date.today()


def clean_time(text: str) -> str:
    try:
        return datetime.strptime(text.strip(), "%H:%M").strftime("%H:%M")
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "\"{value}\" is not a time of day (HH:MM)."), value=text) from None
