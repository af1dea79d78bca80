"""The department tree (phòng ban, bộ phận)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.enums import EmploymentStatus
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.text import nfc
from ..storage.tables import Department, Employee
from . import audit_log
from .readmodels import DepartmentInfo
from .session import Service


def _snapshot(row: Department) -> dict:
    return {"code": row.code, "name": row.name, "parent_id": row.parent_id}


def descendants(session: Session, department_id: int) -> set[int]:
    """The department and every department below it."""
    children: dict[int | None, list[int]] = {}
    for dep_id, parent_id in session.exec(select(Department.id, Department.parent_id)):
        children.setdefault(parent_id, []).append(dep_id)
    found, stack = set(), [department_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


class DepartmentService(Service):
    def list(self) -> list[DepartmentInfo]:
        with self.unit(Action.VIEW_ROSTER) as session:
            # Grouped by status too, then filtered here: so the count reads the
            # (department_id, status) index alone. With "WHERE status = 'active'" SQLite took
            # the status index and read 100,000 rows from the table (165 ms instead of 7).
            active = EmploymentStatus.ACTIVE.value
            counts = {department_id: count for department_id, status, count in session.exec(
                select(Employee.department_id, Employee.status, func.count())
                .group_by(Employee.department_id, Employee.status)) if status == active}
            rows = session.exec(select(Department.id, Department.code, Department.name,
                                       Department.parent_id).order_by(Department.name))
            return [DepartmentInfo(dep_id, code, name, parent_id, counts.get(dep_id, 0))
                    for dep_id, code, name, parent_id in rows]

    def create(self, code: str, name: str, parent_id: int | None = None) -> DepartmentInfo:
        self.check(Action.EDIT_DEPARTMENTS)  # refuse before judging the input
        code, name = self._clean(code, name)
        with self.unit(Action.EDIT_DEPARTMENTS) as session:
            self._check_unique(session, code, None)
            if parent_id is not None and session.get(Department, parent_id) is None:
                raise NotFoundError()
            row = Department(code=code, name=name, parent_id=parent_id)
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "create_department", "department", row.id,
                             None, _snapshot(row))
            return DepartmentInfo(row.id, row.code, row.name, row.parent_id, 0)

    def update(self, department_id: int, code: str, name: str,
               parent_id: int | None) -> DepartmentInfo:
        self.check(Action.EDIT_DEPARTMENTS)  # refuse before judging the input
        code, name = self._clean(code, name)
        with self.unit(Action.EDIT_DEPARTMENTS) as session:
            row = session.get(Department, department_id)
            if row is None:
                raise NotFoundError()
            self._check_unique(session, code, department_id)
            if parent_id is not None and session.get(Department, parent_id) is None:
                raise NotFoundError()
            if parent_id is not None and parent_id in descendants(session, department_id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A department cannot be placed under itself or one of its parts."))
            before = _snapshot(row)
            row.code, row.name, row.parent_id = code, name, parent_id
            session.add(row)
            audit_log.record(session, self.actor, "update_department", "department", row.id,
                             before, _snapshot(row))
            return DepartmentInfo(row.id, row.code, row.name, row.parent_id, 0)

    def delete(self, department_id: int) -> None:
        with self.unit(Action.EDIT_DEPARTMENTS) as session:
            row = session.get(Department, department_id)
            if row is None:
                raise NotFoundError()
            has_children = session.exec(
                select(Department.id).where(Department.parent_id == department_id)).first()
            has_people = session.exec(
                select(Employee.id).where(Employee.department_id == department_id)).first()
            if has_children is not None or has_people is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The department {name} still has employees or sub-departments; "
                    "move them first."), name=row.name)
            audit_log.record(session, self.actor, "delete_department", "department", row.id,
                             _snapshot(row), None)
            session.delete(row)

    @staticmethod
    def _clean(code: str, name: str) -> tuple[str, str]:
        code, name = nfc(code), nfc(name)
        if not code or not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A department needs a code and a name."))
        return code, name

    @staticmethod
    def _check_unique(session: Session, code: str, own_id: int | None) -> None:
        # "hcns" and "HCNS" are one code to the people who type them.
        other = session.exec(
            select(Department).where(func.lower(Department.code) == code.lower())).first()
        if other is not None and other.id != own_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The department code {code} is already used."),
                code=code)
