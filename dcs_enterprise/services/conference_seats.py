"""The seats per department, the ex officio delegates and the agenda of a conference: the
part of the plan ConferenceService (conferences.py) takes from this mixin."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.conference_plan import DelegateKind, summoned_kinds
from ..domain.conference_rules import ConferenceForm, allocate_seats
from ..domain.conference_stages import Stage
from ..domain.enums import EmploymentStatus
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.text import nfc
from ..storage.tables import AgendaItem, ConferenceSeat, Delegate, DepartmentMeeting, Employee
from ..storage.tables import Department as DepartmentRow
from . import audit_log
from .conference_common import add_delegate, clean_time, elected_count, load, require_stage
from .conference_models import AgendaInfo, SeatInfo
from .session import Service


class SeatsAndAgenda(Service):
    def seats(self, conference_id: int) -> list[SeatInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            rows = session.exec(
                select(ConferenceSeat, DepartmentRow.name, DepartmentMeeting.id)
                .join(DepartmentRow, DepartmentRow.id == ConferenceSeat.department_id)
                .outerjoin(DepartmentMeeting, (DepartmentMeeting.conference_id
                                               == ConferenceSeat.conference_id)
                           & (DepartmentMeeting.department_id == ConferenceSeat.department_id))
                .where(ConferenceSeat.conference_id == conference_id)
                .order_by(DepartmentRow.name, DepartmentRow.id)).all()
            return [SeatInfo(s.department_id, name, s.headcount, s.seats, meeting_id,
                             elected_count(session, meeting_id) if meeting_id else 0)
                    for s, name, meeting_id in rows]

    def agenda(self, conference_id: int) -> list[AgendaInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            return [agenda_info(a) for a in session.exec(select(AgendaItem).where(
                AgendaItem.conference_id == conference_id).order_by(AgendaItem.position))]

    def allocate(self, conference_id: int, seats: int) -> list[SeatInfo]:
        """Delegate seats per department in proportion to its active workers (largest
        remainder, at least one each), before any department has elected."""
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN, Stage.DELEGATES)
            if ConferenceForm(row.form) is not ConferenceForm.DELEGATE:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A full conference summons every worker: it has no seats to "
                              "allocate."))
            if session.exec(select(DepartmentMeeting.id).where(
                    DepartmentMeeting.conference_id == row.id)).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Departments have already elected delegates: the seats can no "
                              "longer change."))
            counts = dict(session.exec(
                select(Employee.department_id, func.count(Employee.id))
                .where(Employee.status == EmploymentStatus.ACTIVE.value)
                .group_by(Employee.department_id)).all())
            allocation = allocate_seats(counts, seats)
            clear_seats(session, row.id)
            for department_id, count in allocation.items():
                session.add(ConferenceSeat(conference_id=row.id, department_id=department_id,
                                           headcount=counts[department_id], seats=count))
            row.seats = seats
            session.add(row)
            audit_log.record(session, self.actor, "allocate_conference_seats", "conference",
                             row.id, None, {"seats": seats, "departments": len(allocation)})
        return self.seats(conference_id)

    def add_ex_officio(self, conference_id: int, employee_id: int) -> None:
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS)
            if DelegateKind.EX_OFFICIO not in summoned_kinds(ConferenceForm(row.form)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A full conference summons every worker: there are no ex officio "
                              "delegates."))
            employee = session.get(Employee, employee_id)
            if employee is None or employee.status != EmploymentStatus.ACTIVE.value:
                raise NotFoundError()
            if session.exec(select(Delegate.id).where(Delegate.conference_id == row.id,
                                                      Delegate.employee_id == employee_id)
                            ).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is already a delegate."), name=employee.full_name)
            add_delegate(session, row.id, row.year, employee_id, DelegateKind.EX_OFFICIO)
            audit_log.record(session, self.actor, "add_ex_officio_delegate", "conference",
                             row.id, None, {"employee": employee.code})

    def remove_ex_officio(self, conference_id: int, employee_id: int) -> None:
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS)
            delegate = session.exec(select(Delegate).where(
                Delegate.conference_id == row.id, Delegate.employee_id == employee_id,
                Delegate.kind == DelegateKind.EX_OFFICIO.value)).first()
            if delegate is None:
                raise NotFoundError()
            session.delete(delegate)
            audit_log.record(session, self.actor, "remove_ex_officio_delegate", "conference",
                             row.id, {"employee_id": employee_id}, None)

    def save_agenda(self, conference_id: int,
                    items: list[tuple[str, str, str]]) -> list[AgendaInfo]:
        """Replaces the agenda with (starts_at, title, presenter) lines, before the day."""
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS, Stage.INVITATIONS)
            cleaned = [(clean_time(t) if t.strip() else "", nfc(title).strip(),
                        nfc(presenter).strip()) for t, title, presenter in items]
            if not cleaned or any(not title for _t, title, _p in cleaned):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Every agenda item needs a title."))
            old = session.exec(select(AgendaItem).where(
                AgendaItem.conference_id == row.id)).all()
            before = [a.title for a in old]
            for item in old:
                session.delete(item)
            session.flush()
            for position, (starts_at, title, presenter) in enumerate(cleaned, 1):
                session.add(AgendaItem(conference_id=row.id, position=position, title=title,
                                       presenter=presenter, starts_at=starts_at))
            audit_log.record(session, self.actor, "update_conference_agenda", "conference",
                             row.id, before, [title for _t, title, _p in cleaned])
        return self.agenda(conference_id)


def clear_seats(session: Session, conference_id: int) -> None:
    for seat in session.exec(select(ConferenceSeat).where(
            ConferenceSeat.conference_id == conference_id)):
        session.delete(seat)
    session.flush()


def agenda_info(a: AgendaItem) -> AgendaInfo:
    return AgendaInfo(a.id, a.position, a.title, a.presenter, a.starts_at, a.notes, a.done)


