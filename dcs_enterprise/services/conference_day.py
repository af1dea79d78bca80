"""The conference day: check-in against the summoned list with the live quorum (rule C3), the
presidium, secretary and vote-counting board, the agenda followed item by item with its minutes,
and the votes decided by rule C4. Nothing here is possible once the minutes are final."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.conference_plan import OfficerRole
from ..domain.conference_rules import decide_vote
from ..domain.conference_stages import Stage
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.settings import DemocracySettings
from ..domain.text import fold, nfc, nfc_text
from ..storage.tables import (
    AgendaItem,
    ConferenceOfficer,
    ConferenceVote,
    Delegate,
    Employee,
)
from ..storage.tables import Department as DepartmentRow
from . import audit_log
from .conference_common import attendance, load, require_stage, settings_of
from .conference_delegates import delegate_info
from .conference_models import Attendance, DelegateInfo, OfficerInfo, VoteInfo
from .session import Service


class ConferenceDayService(Service):
    def attendance(self, conference_id: int) -> Attendance:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            return attendance(session, load(session, conference_id), settings_of(session))

    def open(self, conference_id: int, at: datetime) -> None:
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            not_before_the_day(row, at)
            if row.opened_at is None:
                row.opened_at = at
                session.add(row)
                audit_log.record(session, self.actor, "open_conference", "conference", row.id,
                                 None, {"at": at.isoformat(timespec="minutes")})

    def check_in(self, conference_id: int, delegate_id: int, at: datetime) -> DelegateInfo:
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            delegate = session.get(Delegate, delegate_id)
            if delegate is None or delegate.conference_id != row.id:
                raise NotFoundError()
            return self._check_in(session, row, delegate, at)

    def check_in_code(self, conference_id: int, code: str, at: datetime) -> DelegateInfo:
        """Check-in by the code a barcode reader types from the invitation, or by the
        employee code typed by hand."""
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            text = code.strip()
            delegate = session.exec(select(Delegate).where(
                Delegate.conference_id == row.id,
                func.upper(Delegate.invitation_code) == text.upper())).first()
            if delegate is None:
                delegate = session.exec(select(Delegate).join(
                    Employee, Employee.id == Delegate.employee_id).where(
                    Delegate.conference_id == row.id,
                    func.lower(Employee.code) == fold(text))).first()
            if delegate is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "No one summoned to this conference has the code \"{code}\"."),
                    code=text)
            return self._check_in(session, row, delegate, at)

    def undo_check_in(self, conference_id: int, delegate_id: int) -> None:
        """Corrects a check-in made by mistake, while no vote has been taken."""
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            if session.exec(select(ConferenceVote.id).where(
                    ConferenceVote.conference_id == row.id)).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Votes have been taken: the attendance they counted stays."))
            delegate = session.get(Delegate, delegate_id)
            if delegate is None or delegate.conference_id != row.id:
                raise NotFoundError()
            if delegate.checked_in_at is None:
                return
            before = delegate.checked_in_at.isoformat(timespec="minutes")
            delegate.checked_in_at = None
            session.add(delegate)
            audit_log.record(session, self.actor, "undo_check_in", "delegate", delegate.id,
                             {"checked_in_at": before}, None)

    def set_absence_reason(self, conference_id: int, delegate_id: int, reason: str) -> None:
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            delegate = session.get(Delegate, delegate_id)
            if delegate is None or delegate.conference_id != row.id:
                raise NotFoundError()
            before = delegate.absence_reason
            delegate.absence_reason = nfc(reason).strip()
            session.add(delegate)
            audit_log.record(session, self.actor, "record_absence", "delegate", delegate.id,
                             {"reason": before}, {"reason": delegate.absence_reason})

    def _check_in(self, session: Session, row, delegate: Delegate,
                  at: datetime) -> DelegateInfo:
        require_stage(row, Stage.HELD)
        not_before_the_day(row, at)
        employee = session.get(Employee, delegate.employee_id)
        if delegate.checked_in_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is already checked in (at {time})."),
                name=employee.full_name, time=delegate.checked_in_at.strftime("%H:%M"))
        delegate.checked_in_at = at
        delegate.absence_reason = ""
        session.add(delegate)
        audit_log.record(session, self.actor, "check_in", "delegate", delegate.id, None,
                         {"employee": employee.code, "at": at.isoformat(timespec="minutes")})
        department = session.get(DepartmentRow, employee.department_id)
        return delegate_info(delegate, employee, department.name if department else "")

    # Officers, agenda and minutes -------------------------------------------------------

    def officers(self, conference_id: int) -> list[OfficerInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            return [OfficerInfo(o.id, OfficerRole(o.role), o.name, o.title)
                    for o in session.exec(select(ConferenceOfficer).where(
                        ConferenceOfficer.conference_id == conference_id).order_by(
                        ConferenceOfficer.role, ConferenceOfficer.position))]

    def set_officers(self, conference_id: int, role: OfficerRole,
                     people: list[tuple[str, str]]) -> list[OfficerInfo]:
        """The presidium (the first named chairs), the secretary or the vote-counting board,
        as elected or approved by the conference: (name, title) pairs."""
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            cleaned = [(nfc(name).strip(), nfc(title).strip()) for name, title in people
                       if nfc(name).strip()]
            if role is OfficerRole.SECRETARY and len(cleaned) > 2:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The conference has one secretary, or two at most."))
            old = session.exec(select(ConferenceOfficer).where(
                ConferenceOfficer.conference_id == row.id,
                ConferenceOfficer.role == role.value)).all()
            before = [o.name for o in old]
            for officer in old:
                session.delete(officer)
            for position, (name, title) in enumerate(cleaned):
                session.add(ConferenceOfficer(conference_id=row.id, role=role.value, name=name,
                                              title=title, position=position))
            audit_log.record(session, self.actor, "set_conference_officers", "conference",
                             row.id, {role.value: before},
                             {role.value: [name for name, _t in cleaned]})
        return self.officers(conference_id)

    def save_item(self, item_id: int, notes: str, done: bool) -> None:
        """The minutes of one agenda item, written as the conference goes."""
        with self.unit(Action.RUN_CONFERENCE) as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError()
            require_stage(load(session, item.conference_id), Stage.HELD)
            before = {"notes": item.notes, "done": item.done}
            item.notes, item.done = nfc_text(notes), done
            session.add(item)
            audit_log.record(session, self.actor, "write_conference_minutes", "agenda_item",
                             item.id, before, {"notes": item.notes, "done": done})

    def save_minutes_text(self, conference_id: int, guests: str, opening: str,
                          closing: str) -> None:
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            before = {"guests": row.guests, "opening": row.minutes_opening,
                      "closing": row.minutes_closing}
            row.guests, row.minutes_opening = nfc_text(guests), nfc_text(opening)
            row.minutes_closing = nfc_text(closing)
            session.add(row)
            audit_log.record(session, self.actor, "write_conference_minutes", "conference",
                             row.id, before, {"guests": row.guests,
                                              "opening": row.minutes_opening,
                                              "closing": row.minutes_closing})

    # Votes --------------------------------------------------------------------------------

    def votes(self, conference_id: int) -> list[VoteInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            settings = settings_of(session)
            return [vote_info(v, settings) for v in session.exec(select(ConferenceVote).where(
                ConferenceVote.conference_id == conference_id).order_by(ConferenceVote.id))]

    def record_vote(self, conference_id: int, subject: str, in_favour: int, against: int,
                    abstained: int, *, adopts_resolution: bool = False) -> VoteInfo:
        """A vote of those present: the program decides passed or failed by rule C4. No vote
        is taken without the quorum (rule C3)."""
        with self.unit(Action.RUN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            text = nfc(subject).strip()
            if not text:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what the vote is on."))
            if row.opened_at is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Open the conference before taking a vote."))
            settings = settings_of(session)
            present = attendance(session, row, settings)
            if present.quorum is None or not present.quorum.met:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Conference", "The quorum (rule C3) was not reached: no vote can be taken."),
                    context="Conference")
            if adopts_resolution and session.exec(select(ConferenceVote.id).where(
                    ConferenceVote.conference_id == row.id, ConferenceVote.adopts_resolution,
                    ConferenceVote.passed)).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The resolution has already been adopted."))
            result = decide_vote(in_favour, against, abstained, present.present, settings)
            vote = ConferenceVote(
                conference_id=row.id, subject=text, adopts_resolution=adopts_resolution,
                in_favour=in_favour, against=against, abstained=abstained,
                present=present.present, threshold_percent=settings.pass_threshold_percent,
                passed=result.passed, recorded_at=datetime.now().replace(microsecond=0))
            session.add(vote)
            session.flush()
            audit_log.record(session, self.actor, "record_conference_vote", "conference_vote",
                             vote.id, None, {
                                 "subject": text, "in_favour": in_favour, "against": against,
                                 "abstained": abstained, "present": present.present,
                                 "passed": result.passed})
            return vote_info(vote, settings)


def not_before_the_day(row, at: datetime) -> None:
    """The day's records (opening, check-in) are dated on or after the planned day: a
    conference run early would take its numbers in the wrong year's series."""
    if at.date() < row.held_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The conference is planned for {day}: its day cannot be recorded "
                      "earlier."), day=row.held_on.strftime("%d/%m/%Y"))


def vote_info(v: ConferenceVote, settings: DemocracySettings) -> VoteInfo:
    """The stored vote with rule C4's arithmetic, at the threshold in force when it was cast."""
    at_the_time = replace(settings, pass_threshold_percent=v.threshold_percent)
    result = decide_vote(v.in_favour, v.against, v.abstained, v.present, at_the_time)
    return VoteInfo(v.id, v.subject, v.adopts_resolution, result, v.recorded_at)
