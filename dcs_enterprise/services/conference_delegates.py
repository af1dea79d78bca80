"""Before the day: department meetings and delegate elections, the petitions they raise and the
employer's answers, the summoned list and the invitations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, select

from ..domain.conference_plan import DelegateKind, ElectionMethod, decide_election
from ..domain.conference_rules import ConferenceForm
from ..domain.conference_stages import Stage
from ..domain.enums import EmploymentStatus, Gender
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.text import nfc
from ..storage.tables import (
    ConferenceSeat,
    Delegate,
    DelegateCandidate,
    DepartmentMeeting,
    Employee,
    Petition,
)
from ..storage.tables import Department as DepartmentRow
from . import audit_log
from .conference_common import add_delegate, elected_count, load, require_stage
from .conference_models import (
    CandidateInfo,
    CandidateInput,
    DelegateInfo,
    MeetingInfo,
    MeetingInput,
)
from .conference_petitions import PetitionsForTheConference, petition_due_columns
from .employees import search_terms, word_condition

CHANNEL_DEPARTMENT_MEETING = "department_meeting"


class DelegateService(PetitionsForTheConference):
    # Department meetings ------------------------------------------------------------------

    def record_meeting(self, conference_id: int, meeting: MeetingInput) -> MeetingInfo:
        """Records a department's meeting: attendance, petitions and, for a delegate
        conference, the candidates' votes. Who is elected is decided by the program."""
        with self.unit(Action.ELECT_DELEGATES) as session:
            row = load(session, conference_id)
            delegate_form = ConferenceForm(row.form) is ConferenceForm.DELEGATE
            require_stage(row, Stage.DELEGATES if delegate_form else Stage.DOCUMENTS)
            if session.exec(select(DepartmentMeeting.id).where(
                    DepartmentMeeting.conference_id == row.id,
                    DepartmentMeeting.department_id == meeting.department_id)).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This department's meeting is already recorded."))
            department = session.get(DepartmentRow, meeting.department_id)
            if department is None:
                raise NotFoundError()
            workers = _active_in(session, meeting.department_id)
            if not 1 <= meeting.present <= workers:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Those present ({present}) must be between 1 and the department's "
                              "{workers} workers."), present=meeting.present, workers=workers)
            approved = max(row.employer_approved_on, row.union_approved_on)
            if not approved <= meeting.held_on <= row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A department meeting is held between the plan's approval "
                              "({approved}) and the conference ({held})."),
                    approved=approved.strftime("%d/%m/%Y"), held=row.held_on.strftime("%d/%m/%Y"))
            seats = _seats_of(session, row.id, meeting.department_id) if delegate_form else 0
            if delegate_form and seats == 0:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This department has no seat: allocate the seats first."))
            if not delegate_form and meeting.candidates:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A full conference elects no delegates."))
            elected = self._check_candidates(session, row.id, meeting, seats)
            record = DepartmentMeeting(
                conference_id=row.id, department_id=meeting.department_id,
                held_on=meeting.held_on, workers=workers, present=meeting.present,
                method=meeting.method.value, chair=nfc(meeting.chair).strip(),
                secretary=nfc(meeting.secretary).strip(),
                discussion=nfc(meeting.discussion).strip())
            session.add(record)
            session.flush()
            for candidate in meeting.candidates:
                chosen = candidate.employee_id in elected
                session.add(DelegateCandidate(meeting_id=record.id,
                                              employee_id=candidate.employee_id,
                                              present=meeting.present, votes=candidate.votes,
                                              elected=chosen))
                if chosen:
                    add_delegate(session, row.id, row.year, candidate.employee_id,
                                 DelegateKind.ELECTED)
            for text in meeting.petitions:
                if nfc(text).strip():
                    session.add(Petition(conference_id=row.id, meeting_id=record.id,
                                         channel=CHANNEL_DEPARTMENT_MEETING,
                                         raised_on=meeting.held_on, raised_by=department.name,
                                         content=nfc(text).strip(),
                                         **petition_due_columns(session, meeting.held_on)))
            audit_log.record(session, self.actor, "record_department_meeting", "conference",
                             row.id, None, {
                                 "department": department.code, "present": meeting.present,
                                 "votes": {str(c.employee_id): c.votes
                                           for c in meeting.candidates},
                                 "elected": sorted(elected)})
            return _meeting_info(session, record)

    def record_further_round(self, meeting_id: int, present: int,
                             candidates: tuple[CandidateInput, ...]) -> MeetingInfo:
        """Another round of the department's election for the seats a tie or a split vote
        left empty, decided by the same rule among those present at this round."""
        with self.unit(Action.ELECT_DELEGATES) as session:
            record = session.get(DepartmentMeeting, meeting_id)
            if record is None:
                raise NotFoundError()
            row = load(session, record.conference_id)
            require_stage(row, Stage.DELEGATES)
            seats = _seats_of(session, row.id, record.department_id)
            remaining = seats - elected_count(session, record.id)
            if remaining <= 0:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Every seat of the department is filled."))
            if not 1 <= present <= record.workers:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Those present ({present}) must be between 1 and the department's "
                              "{workers} workers."), present=present, workers=record.workers)
            if not candidates:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Enter the candidates and their votes."))
            meeting = MeetingInput(department_id=record.department_id, held_on=record.held_on,
                                   present=present, candidates=candidates)
            elected = self._check_candidates(session, row.id, meeting, remaining)
            round_number = session.exec(select(func.max(DelegateCandidate.round)).where(
                DelegateCandidate.meeting_id == record.id)).one() or 1
            for candidate in candidates:
                chosen = candidate.employee_id in elected
                session.add(DelegateCandidate(
                    meeting_id=record.id, employee_id=candidate.employee_id,
                    round=round_number + 1, present=present, votes=candidate.votes,
                    elected=chosen))
                if chosen:
                    add_delegate(session, row.id, row.year, candidate.employee_id,
                                 DelegateKind.ELECTED)
            audit_log.record(session, self.actor, "record_election_round", "conference",
                             row.id, None, {
                                 "meeting": record.id, "round": round_number + 1,
                                 "present": present,
                                 "votes": {str(c.employee_id): c.votes for c in candidates},
                                 "elected": sorted(elected)})
            session.flush()
            return _meeting_info(session, record)

    def meetings(self, conference_id: int) -> list[MeetingInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            rows = session.exec(select(DepartmentMeeting).where(
                DepartmentMeeting.conference_id == conference_id)).all()
            return [_meeting_info(session, r) for r in rows]

    def _check_candidates(self, session: Session, conference_id: int, meeting: MeetingInput,
                          seats: int) -> set[int]:
        ids = [c.employee_id for c in meeting.candidates]
        if len(set(ids)) != len(ids):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A candidate is listed twice."))
        for employee_id in ids:
            employee = session.get(Employee, employee_id)
            if (employee is None or employee.department_id != meeting.department_id
                    or employee.status != EmploymentStatus.ACTIVE.value):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A candidate must be an active worker of the department."))
            if session.exec(select(Delegate.id).where(Delegate.conference_id == conference_id,
                                                      Delegate.employee_id == employee_id)
                            ).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is already a delegate."), name=employee.full_name)
        if seats and not ids and _eligible(session, conference_id, meeting.department_id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Enter the candidates and their votes."))
        if not ids:
            return set()
        result = decide_election({c.employee_id: c.votes for c in meeting.candidates},
                                 meeting.present, seats)
        return set(result.elected)

    # The summoned list ------------------------------------------------------------------

    def delegate_count(self, conference_id: int, text: str = "") -> int:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            return session.exec(_delegates(select(func.count(Delegate.id)), conference_id,
                                           text)).one()

    def delegates(self, conference_id: int, text: str = "", offset: int = 0,
                  limit: int | None = None) -> list[DelegateInfo]:
        """The summoned, by department then in Vietnamese name order; filtered like the roster
        (word starts, diacritics ignored, codes and invitation codes anywhere)."""
        with self.unit(Action.VIEW_CONFERENCE) as session:
            statement = _delegates(
                select(Delegate, Employee, DepartmentRow.name), conference_id, text
            ).order_by(DepartmentRow.name, Employee.sort_name).offset(offset)
            if limit is not None:
                statement = statement.limit(limit)
            return [delegate_info(d, e, name) for d, e, name in session.exec(statement)]

    def mark_invitations_sent(self, conference_id: int, day: date) -> None:
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.INVITATIONS)
            approved = max(row.employer_approved_on, row.union_approved_on)
            if not approved <= day < row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Invitations are sent after the plan's approval ({approved}) and "
                              "before the conference day ({held})."),
                    approved=approved.strftime("%d/%m/%Y"), held=row.held_on.strftime("%d/%m/%Y"))
            row.invitations_sent_on = day
            session.add(row)
            audit_log.record(session, self.actor, "send_conference_invitations", "conference",
                             row.id, None, {"on": day.isoformat()})


def _delegates(statement, conference_id: int, text: str):
    statement = (statement.select_from(Delegate)
                 .join(Employee, Employee.id == Delegate.employee_id)
                 .join(DepartmentRow, DepartmentRow.id == Employee.department_id)
                 .where(Delegate.conference_id == conference_id))
    for word in search_terms(text):
        statement = statement.where(or_(word_condition(word),
                                        func.lower(Delegate.invitation_code).like(
                                            f"%{word}%", escape="\\")))
    return statement


def delegate_info(d: Delegate, e: Employee, department: str) -> DelegateInfo:
    return DelegateInfo(d.id, e.id, e.full_name, e.code, Gender(e.gender), department,
                        e.position, DelegateKind(d.kind), d.invitation_code, d.checked_in_at,
                        d.absence_reason)


def _active_in(session: Session, department_id: int) -> int:
    return session.exec(select(func.count(Employee.id)).where(
        Employee.department_id == department_id,
        Employee.status == EmploymentStatus.ACTIVE.value)).one()


def _eligible(session: Session, conference_id: int, department_id: int) -> int:
    """Active workers of the department who are not delegates already (ex officio)."""
    return session.exec(select(func.count(Employee.id)).where(
        Employee.department_id == department_id,
        Employee.status == EmploymentStatus.ACTIVE.value,
        Employee.id.not_in(select(Delegate.employee_id).where(
            Delegate.conference_id == conference_id)))).one()


def _seats_of(session: Session, conference_id: int, department_id: int) -> int:
    seat = session.exec(select(ConferenceSeat.seats).where(
        ConferenceSeat.conference_id == conference_id,
        ConferenceSeat.department_id == department_id)).first()
    return seat or 0


def _meeting_info(session: Session, m: DepartmentMeeting) -> MeetingInfo:
    department = session.get(DepartmentRow, m.department_id)
    rows = session.exec(select(DelegateCandidate, Employee).join(
        Employee, Employee.id == DelegateCandidate.employee_id).where(
        DelegateCandidate.meeting_id == m.id).order_by(
        DelegateCandidate.round, DelegateCandidate.votes.desc())).all()
    seats = _seats_of(session, m.conference_id, m.department_id)
    last = [(c, e) for c, e in rows if c.round == rows[-1][0].round] if rows else []
    elected_before = sum(1 for c, _e in rows if c.elected and c.round < last[0][0].round) \
        if last else 0
    election = decide_election({c.employee_id: c.votes for c, _e in last}, last[0][0].present,
                               seats - elected_before) if last else None
    names = {e.id: e.full_name for _c, e in last}
    petitions = session.exec(select(Petition.content).where(Petition.meeting_id == m.id)
                             .order_by(Petition.id)).all()
    return MeetingInfo(
        m.id, m.department_id, department.name if department else "", m.held_on, m.workers,
        m.present, ElectionMethod(m.method), m.chair, m.secretary, m.discussion, seats,
        tuple(CandidateInfo(e.id, e.full_name, e.code, c.votes, c.elected, c.round)
              for c, e in rows),
        tuple(petitions), election.why if election else None,
        tuple(names[k] for k in election.tied) if election else (),
        seats - sum(1 for c, _e in rows if c.elected))
