"""Reading bargaining rounds and agreements into their info values, with every clock computed
from the stored dates (rules B1-B3, A1-A5). Shared by the bargaining and agreement services."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, func, select

from ..domain.agreement_rules import (
    Standing,
    decide_agreement_vote,
    effective_from,
    filing_due,
    renewal_opens,
    standing,
    survives_until,
)
from ..domain.agreement_text import ClauseText
from ..domain.bargaining_rules import (
    FailureGround,
    Requester,
    Topic,
    arrangement_due,
    check_failure,
    end_due,
    information_due,
    start_due,
)
from ..domain.bargaining_stages import AgreementStage, RoundKind, RoundStage
from ..domain.calendar import WorkCalendar
from ..domain.commitments import Status, is_overdue
from ..domain.enums import EmploymentStatus
from ..domain.errors import NotFoundError
from ..storage.tables import (
    Agreement,
    AgreementClause,
    AgreementVersion,
    BargainingRound,
    BargainingSession,
    Employee,
)
from .bargaining_models import (
    AgreementInfo,
    ClauseInfo,
    RoundInfo,
    SessionInfo,
    TimedClock,
    VersionInfo,
)
from .conference_common import calendar_of, settings_of

SIGNED = (AgreementStage.SIGNED, AgreementStage.FILED)


def load_round(session: Session, round_id: int) -> BargainingRound:
    row = session.get(BargainingRound, round_id)
    if row is None:
        raise NotFoundError()
    return row


def load_agreement(session: Session, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise NotFoundError()
    return row


def agreement_of(session: Session, round_id: int) -> Agreement:
    return session.exec(select(Agreement).where(Agreement.round_id == round_id)).one()


def sessions_of(session: Session, round_id: int) -> list[BargainingSession]:
    return list(session.exec(select(BargainingSession).where(
        BargainingSession.round_id == round_id).order_by(BargainingSession.number)).all())


def workforce_on(session: Session, day: date) -> int:
    """All the enterprise's workers on ``day`` (the base of rule A1): active on the roster and
    hired on or before that day."""
    return session.exec(select(func.count(Employee.id)).where(
        Employee.status == EmploymentStatus.ACTIVE.value,
        (Employee.hire_date.is_(None)) | (Employee.hire_date <= day))).one()


def clause_rows(session: Session, agreement_id: int, version: int) -> list[AgreementClause]:
    return list(session.exec(select(AgreementClause).where(
        AgreementClause.agreement_id == agreement_id, AgreementClause.version == version)
        .order_by(AgreementClause.chapter, AgreementClause.number)).all())


def clause_text(row: AgreementClause) -> ClauseText:
    return ClauseText(row.chapter, row.chapter_title, row.number, row.title, Topic(row.topic),
                      row.text, row.term_months)


def session_info(row: BargainingSession) -> SessionInfo:
    return SessionInfo(
        row.id, row.round_id, row.number, row.held_on, row.start_time, row.place,
        row.employer_representatives, row.union_representatives,
        row.upper_union_representatives, row.note_taker, row.discussed, row.agreed_points,
        row.disputed_points, row.next_session_on, row.draft_version, row.minutes_number,
        row.published_on, row.published_form, row.published_place)


def round_info(session: Session, row: BargainingRound, calendar: WorkCalendar) -> RoundInfo:
    sessions = sessions_of(session, row.id)
    started = sessions[0].held_on if sessions else None
    information = None
    if row.information_requested_on is not None:
        information = TimedClock(information_due(row.information_requested_on, calendar),
                                 row.information_supplied_on)
    end = None
    if started is not None:
        finished = row.concluded_on or row.failed_on
        end = TimedClock(end_due(started, calendar, row.agreed_end_on), finished)
    ground = FailureGround(row.failure_ground) if row.failure_ground else None
    why = None
    if ground is not None and row.failed_on is not None:
        why = check_failure(ground, row.failed_on, row.requested_on, started, calendar,
                            row.agreed_end_on)
    return RoundInfo(
        id=row.id, kind=RoundKind(row.kind), stage=RoundStage(row.stage),
        requested_by=Requester(row.requested_by), requester_name=row.requester_name,
        requested_on=row.requested_on,
        topics=tuple(Topic(t) for t in row.topics.split(",") if t),
        request_content=row.request_content, arranged_on=row.arranged_on,
        agreed_start_on=row.agreed_start_on, agreed_place=row.agreed_place,
        information_requested_on=row.information_requested_on,
        information_supplied_on=row.information_supplied_on,
        information_withheld=row.information_withheld, agreed_end_on=row.agreed_end_on,
        started_on=started, concluded_on=row.concluded_on, failed_on=row.failed_on,
        failure_ground=ground, failure_note=row.failure_note,
        failure_number=row.failure_number, failure_why=why,
        agreement_id=agreement_of(session, row.id).id,
        arrangement=TimedClock(arrangement_due(row.requested_on, calendar), row.arranged_on),
        start=TimedClock(start_due(row.requested_on, calendar), started),
        information=information, end=end,
        sessions=tuple(session_info(s) for s in sessions))


def superseded_by(session: Session, agreement_id: int, today: date) -> int | None:
    """The signed agreement that amends or renews this one and has taken effect by ``today``:
    until then the old one still binds (Labour Code Art 78.1)."""
    return session.exec(select(Agreement.id).where(
        Agreement.amends_id == agreement_id, Agreement.stage.in_([s.value for s in SIGNED]),
        Agreement.effective_on <= today)).first()


def renewal_talks(session: Session, agreement_id: int) -> bool:
    """Whether a round to renew or amend the agreement is going on (rule A5's survival)."""
    return session.exec(select(func.count(Agreement.id)).join(
        BargainingRound, BargainingRound.id == Agreement.round_id).where(
        Agreement.amends_id == agreement_id,
        BargainingRound.stage != RoundStage.FAILED.value)).one() > 0


def agreement_info(session: Session, row: Agreement, calendar: WorkCalendar,
                   today: date) -> AgreementInfo:
    round_row = load_round(session, row.round_id)
    versions = session.exec(select(AgreementVersion, BargainingSession.number).join(
        BargainingSession, BargainingSession.id == AgreementVersion.session_id, isouter=True)
        .where(AgreementVersion.agreement_id == row.id)
        .order_by(AgreementVersion.version)).all()
    clauses = tuple(
        ClauseInfo(c.id, clause_text(c), c.owner, c.due, c.status, c.progress, c.note,
                   c.updated_on, bool(c.due) and is_overdue(Status(c.status), c.due, today))
        for c in clause_rows(session, row.id, row.draft_version))
    vote = None
    if row.vote_on is not None:
        vote = decide_agreement_vote(row.workforce, row.ballots_issued, row.ballots_returned,
                                     row.votes_for, row.votes_against, row.votes_invalid)
    signed = row.signed_on is not None
    newer = superseded_by(session, row.id, today) if signed else None
    state = state_why = None
    if signed and row.effective_on and row.expires_on:
        state, state_why = standing(row.effective_on, row.expires_on, today,
                                    renewal_talks(session, row.id), newer is not None)
    return AgreementInfo(
        id=row.id, round_id=row.round_id, round_stage=RoundStage(round_row.stage),
        kind=RoundKind(round_row.kind), amends_id=row.amends_id,
        consolidated_version=row.consolidated_version, stage=AgreementStage(row.stage),
        title=row.title, draft_version=row.draft_version if versions else 0,
        versions=tuple(VersionInfo(v.version, v.saved_on, number, v.note)
                       for v, number in versions),
        clauses=clauses, vote_on=row.vote_on, vote_method=row.vote_method,
        vote_place=row.vote_place, vote_counters=row.vote_counters, vote=vote,
        ballots_issued=row.ballots_issued, ballots_returned=row.ballots_returned,
        votes_against=row.votes_against, votes_invalid=row.votes_invalid,
        tally_number=row.tally_number, signed_on=row.signed_on,
        employer_signatory=row.employer_signatory,
        employer_signatory_title=row.employer_signatory_title,
        union_signatory=row.union_signatory, union_signatory_title=row.union_signatory_title,
        agreement_number=row.agreement_number, effective_on=row.effective_on,
        effective_why=_effective_why(row), term_months=row.term_months,
        expires_on=row.expires_on,
        filing=TimedClock(filing_due(row.signed_on, calendar), row.filed_on) if signed else None,
        filing_number=row.filing_number, filing_method=row.filing_method,
        filing_proof=row.filing_proof, announced_on=row.announced_on,
        announce_form=row.announce_form, announce_place=row.announce_place,
        standing=state, standing_why=state_why,
        renewal_opens=renewal_opens(row.expires_on) if row.expires_on else None,
        survives_until=survives_until(row.expires_on) if row.expires_on else None,
        superseded_by=newer)


def _effective_why(row: Agreement):
    if row.signed_on is None:
        return None
    return effective_from(row.signed_on, row.effective_written)[1]


def signed_rows(session: Session) -> list[Agreement]:
    """Every signed agreement, the latest signing first."""
    return list(session.exec(select(Agreement).where(
        Agreement.stage.in_([s.value for s in SIGNED]))
        .order_by(Agreement.signed_on.desc(), Agreement.id.desc())).all())


def binding(session: Session, today: date, *, announced_only: bool) -> AgreementInfo | None:
    """The agreement that binds on ``today``: in force, in its renewal window, or surviving
    its expiry while renewal talks go on (rules A3-A5); announced ones only if asked."""
    calendar = None
    for row in signed_rows(session):
        if announced_only and row.announced_on is None:
            continue
        calendar = calendar or calendar_of(session, settings_of(session))
        found = agreement_info(session, row, calendar, today)
        if found.standing in (Standing.IN_FORCE, Standing.RENEWAL_WINDOW, Standing.SURVIVING):
            return found
    return None
