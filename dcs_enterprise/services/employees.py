"""The roster: employees, the as-you-type filter and paged reads for the table view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from sqlalchemy import func, or_
from sqlmodel import Session, select

from ..domain.enums import ContractType, EmploymentStatus, Gender
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.roster import EmployeeData
from ..domain.text import fold, nfc, sort_string
from ..storage.tables import Department, Employee
from . import audit_log
from .departments import descendants
from .readmodels import EmployeeRow
from .session import Service

# Columns the roster may be sorted by, mapped to what SQL orders on.
SORTABLE = {
    "code": Employee.code,
    "full_name": Employee.sort_name,
    "gender": Employee.gender,
    "date_of_birth": Employee.date_of_birth,
    "department": Department.name,
    "position": Employee.position,
    "hire_date": Employee.hire_date,
    "union_member": Employee.union_member,
    "status": Employee.status,
}


@dataclass(frozen=True)
class RosterQuery:
    text: str = ""
    department_id: int | None = None  # this department and everything below it
    include_left: bool = False
    order_by: str = "full_name"
    descending: bool = False


def search_terms(text: str) -> list[str]:
    """Folded words of the filter, escaped for LIKE."""
    return [word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            for word in fold(text).split()]


def word_condition(word: str):
    """A word of the filter matches the start of a word of "code name" ("van a" finds
    "Văn An", not "Văn Bình"); a word with digits matches anywhere, as part of a code."""
    if any(ch.isdigit() for ch in word):
        return Employee.search_text.like(f"%{word}%", escape="\\")
    return or_(Employee.search_text.like(f"{word}%", escape="\\"),
               Employee.search_text.like(f"% {word}%", escape="\\"))


def apply_filter(statement, session: Session, query: RosterQuery):
    for word in search_terms(query.text):
        statement = statement.where(word_condition(word))
    if query.department_id is not None:
        statement = statement.where(
            Employee.department_id.in_(descendants(session, query.department_id)))
    if not query.include_left:
        statement = statement.where(Employee.status == EmploymentStatus.ACTIVE.value)
    return statement


def listed_ids(session: Session, query: RosterQuery):
    """The ids the roster lists for ``query``, in its order (the statement, to be limited)."""
    order = SORTABLE.get(query.order_by, Employee.sort_name)
    ids = apply_filter(select(Employee.id), session, query)
    if order is Department.name:
        ids = ids.join(Department, Department.id == Employee.department_id)
    return ids.order_by(order.desc() if query.descending else order, Employee.sort_name)


ROW_COLUMNS = (Employee.id, Employee.code, Employee.full_name, Employee.gender,
               Employee.date_of_birth, Employee.department_id, Department.name,
               Employee.position, Employee.hire_date, Employee.contract_type,
               Employee.union_member, Employee.status)


def _rows(session: Session, ids: Sequence[int]) -> list[EmployeeRow]:
    # Columns, not model objects: a page of rows is read while the view paints.
    found = {values[0]: values for values in session.exec(
        select(*ROW_COLUMNS).join(Department, Department.id == Employee.department_id)
        .where(Employee.id.in_(ids)))}
    return [EmployeeRow(
        id=i, code=code, full_name=name, gender=Gender(gender), date_of_birth=born,
        department_id=department_id, department_name=department, position=position,
        hire_date=hired, contract_type=ContractType(contract), union_member=member,
        status=EmploymentStatus(status))
        for i, code, name, gender, born, department_id, department, position, hired, contract,
        member, status in (found[i] for i in ids if i in found)]


def to_row(employee: Employee, department_name: str) -> EmployeeRow:
    return EmployeeRow(
        id=employee.id, code=employee.code, full_name=employee.full_name,
        gender=Gender(employee.gender), date_of_birth=employee.date_of_birth,
        department_id=employee.department_id, department_name=department_name,
        position=employee.position, hire_date=employee.hire_date,
        contract_type=ContractType(employee.contract_type),
        union_member=employee.union_member, status=EmploymentStatus(employee.status),
    )


# A factory's names repeat (a few thousand for 100,000 people): their keys are worked out once.
_name_sort_string = lru_cache(maxsize=1 << 16)(sort_string)
_folded_name = lru_cache(maxsize=1 << 16)(fold)


def employee_sort_name(full_name: str, code: str) -> str:
    """Vietnamese list order, the code last so that every employee has a place of their own."""
    return f"{_name_sort_string(full_name)}\x01{code}"


def employee_search_text(code: str, full_name: str) -> str:
    """fold(f"{code} {full_name}"), the name's part folded once per name."""
    return " ".join(part for part in (fold(code), _folded_name(full_name)) if part)


def employee_values(data: EmployeeData) -> dict:
    """The employee table's columns for ``data``, the search and sort keys with them (a bulk
    import inserts these dicts without building a model object per row)."""
    return {
        "code": data.code, "full_name": data.full_name,
        "search_text": employee_search_text(data.code, data.full_name),
        "sort_name": employee_sort_name(data.full_name, data.code),
        "gender": data.gender.value, "date_of_birth": data.date_of_birth,
        "department_id": data.department_id, "position": data.position,
        "hire_date": data.hire_date, "contract_type": data.contract_type.value,
        "union_member": data.union_member, "status": data.status.value,
    }


def apply_data(employee: Employee, data: EmployeeData) -> None:
    for column, value in employee_values(data).items():
        setattr(employee, column, value)


SNAPSHOT_FIELDS = tuple(EmployeeData.__dataclass_fields__)


def snapshot(data: EmployeeData | Employee) -> dict:
    """The audit's view of an employee: every EmployeeData field, enums as their values."""
    values = ((k, getattr(data, k)) for k in SNAPSHOT_FIELDS)
    return {k: (v.value if hasattr(v, "value") else v) for k, v in values}


class EmployeeService(Service):
    def count(self, query: RosterQuery) -> int:
        with self.unit(Action.VIEW_ROSTER) as session:
            statement = select(func.count()).select_from(Employee)
            return session.exec(apply_filter(statement, session, query)).one()

    def page(self, query: RosterQuery, offset: int, limit: int) -> list[EmployeeRow]:
        with self.unit(Action.VIEW_ROSTER) as session:
            # First the ids of the page, from the indexes alone; then only those rows.
            ids = session.exec(listed_ids(session, query).offset(offset).limit(limit)).all()
            return _rows(session, ids)

    def first_ids(self, query: RosterQuery, limit: int | None) -> list[int]:
        """The ids of the first ``limit`` employees the query lists (all with None), in list
        order. When fewer match, this one pass over the index is the whole answer, count
        included: a rare name typed in the filter is not looked for twice (to count it, then
        for the page)."""
        with self.unit(Action.VIEW_ROSTER) as session:
            return list(session.exec(listed_ids(session, query).limit(limit)))

    def rows(self, ids: Sequence[int]) -> list[EmployeeRow]:
        """The employees of ``ids``, in that order."""
        with self.unit(Action.VIEW_ROSTER) as session:
            return _rows(session, ids)

    def get(self, employee_id: int) -> EmployeeRow:
        with self.unit(Action.VIEW_ROSTER) as session:
            employee = session.get(Employee, employee_id)
            if employee is None:
                raise NotFoundError()
            return to_row(employee, session.get(Department, employee.department_id).name)

    def create(self, data: EmployeeData) -> EmployeeRow:
        self.check(Action.EDIT_EMPLOYEES)  # refuse before judging the input
        data = self._clean(data)
        with self.unit(Action.EDIT_EMPLOYEES) as session:
            self._check(session, data, None)
            employee = Employee()
            apply_data(employee, data)
            session.add(employee)
            session.flush()
            audit_log.record(session, self.actor, "create_employee", "employee", employee.id,
                             None, snapshot(data))
            return to_row(employee, session.get(Department, data.department_id).name)

    def update(self, employee_id: int, data: EmployeeData) -> EmployeeRow:
        self.check(Action.EDIT_EMPLOYEES)  # refuse before judging the input
        data = self._clean(data)
        with self.unit(Action.EDIT_EMPLOYEES) as session:
            employee = session.get(Employee, employee_id)
            if employee is None:
                raise NotFoundError()
            self._check(session, data, employee_id)
            before = snapshot(employee)
            apply_data(employee, data)
            session.add(employee)
            audit_log.record(session, self.actor, "update_employee", "employee", employee.id,
                             before, snapshot(data))
            return to_row(employee, session.get(Department, data.department_id).name)

    @staticmethod
    def _clean(data: EmployeeData) -> EmployeeData:
        data = replace(data, code=nfc(data.code), full_name=nfc(data.full_name),
                       position=nfc(data.position))
        if not data.code or not data.full_name:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An employee needs a code and a full name."))
        if data.department_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose the employee's department (add one to the tree first)."))
        today = date.today()
        for day in (data.date_of_birth, data.hire_date):
            if day is not None and day > today:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The date {value} is in the future."),
                    value=day.strftime("%d/%m/%Y"))
        return data

    @staticmethod
    def _check(session: Session, data: EmployeeData, own_id: int | None) -> None:
        if session.get(Department, data.department_id) is None:
            raise NotFoundError()
        other = session.exec(select(Employee.id).where(Employee.code == data.code)).first()
        if other is not None and other != own_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The employee code {code} is already used."),
                code=data.code)
