"""What every conference service needs: the row, the stage guard, the facts the state machine
judges, the attendance and the enterprise's rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.calendar import WorkCalendar
from ..domain.conference_plan import DelegateKind
from ..domain.conference_rules import ConferenceForm, check_quorum
from ..domain.conference_stages import ConferenceFacts, Stage
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
    """Refuses a change the conference's stage does not allow, naming the stage."""
    if Stage(row.stage) not in stages:
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
    """What the records say, for the state machine to judge."""
    cid = row.id
    seats_without_meeting = count(session, select(func.count(ConferenceSeat.id)).where(
        ConferenceSeat.conference_id == cid, ConferenceSeat.seats > 0,
        ConferenceSeat.department_id.not_in(select(DepartmentMeeting.department_id).where(
            DepartmentMeeting.conference_id == cid))))
    if ConferenceForm(row.form) is ConferenceForm.DELEGATE and not count(
            session, select(func.count(ConferenceSeat.id)).where(
                ConferenceSeat.conference_id == cid)):
        seats_without_meeting = max(seats_without_meeting, 1)  # no seats allocated yet
    unanswered = count(session, select(func.count(Petition.id)).where(
        Petition.conference_id == cid, Petition.answered_on.is_(None)))
    articles = count(session, select(func.count(ResolutionArticle.id)).where(
        ResolutionArticle.conference_id == cid, ResolutionArticle.version == 1))
    roles = set(session.exec(select(ConferenceOfficer.role).where(
        ConferenceOfficer.conference_id == cid)).all())
    adopted = session.exec(select(ConferenceVote.id).where(
        ConferenceVote.conference_id == cid, ConferenceVote.adopts_resolution,
        ConferenceVote.passed)).first() is not None
    issued = session.exec(select(ConferenceDocument.id).where(
        ConferenceDocument.conference_id == cid, ConferenceDocument.kind == "minutes")
    ).first() is not None
    quorum = attendance(session, row, settings).quorum
    return ConferenceFacts(
        form=ConferenceForm(row.form),
        plan_approved_by_employer=row.employer_approved_on is not None,
        plan_approved_by_union=row.union_approved_on is not None,
        departments_without_meeting=seats_without_meeting,
        unanswered_petitions=unanswered,
        draft_resolution_ready=articles > 0,
        invitations_sent=row.invitations_sent_on is not None,
        quorum_met=bool(quorum and quorum.met),
        presidium_recorded="presidium" in roles,
        secretary_recorded="secretary" in roles,
        resolution_passed=adopted,
        minutes_finalized=issued,
        publication_recorded=row.published_from is not None,
    )


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
