"""Importing the roster from HR's spreadsheet (all or nothing) and exporting it back to .xlsx."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import insert, update
from sqlmodel import Session, select

from ..domain.enums import ContractType, EmploymentStatus, Gender
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action
from ..domain.roster import (
    CONTRACT_VI,
    GENDER_VI,
    STATUS_VI,
    EmployeeData,
    RowError,
    validate_row,
)
from ..domain.text import fold, nfc
from ..storage.tables import Department, Employee
from . import audit_log
from .employees import (
    SNAPSHOT_FIELDS,
    RosterQuery,
    apply_filter,
    employee_values,
    snapshot,
)
from .roster_files import FIELDS, RawRow, read_roster, write_roster_xlsx
from .session import Service

Progress = Callable[[int, int], None]


class ImportRejected(ValidationError):
    """The file had errors; nothing was imported. `errors` lists each (row, column, problem)."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "{count} problems were found in the file; nothing was imported.")

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(count=len(errors))


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int
    created_departments: tuple[str, ...]
    ignored_headers: tuple[str, ...]


def _scaled(progress: Progress | None, start: int, span: int) -> Progress | None:
    if progress is None:
        return None

    def scaled(done: int, total: int) -> None:
        # A sheet that states no size (openpyxl's write-only files) reads with total 0:
        # a busy bar, not a percentage of nothing.
        progress(*((start + (span * done) // total, 100) if total > 0 else (0, 0)))

    return scaled


class RosterImportService(Service):
    def import_file(self, path: Path, *, create_departments: bool = False,
                    progress: Progress | None = None) -> ImportResult:
        self.check(Action.IMPORT_EMPLOYEES)  # before reading the file
        table = read_roster(Path(path), _scaled(progress, 0, 60))
        with self.unit(Action.IMPORT_EMPLOYEES) as session:
            departments = DepartmentLookup(session)
            created = departments.create_missing(
                {row.values.get("department", "") for row in table.rows}
            ) if create_departments else ()
            records, errors = self._validate(table.rows, departments.find)
            if errors:
                raise ImportRejected(errors)
            result = self._write(session, records, Path(path).name, created)
            if progress:
                progress(100, 100)
            return ImportResult(*result, created, table.ignored_headers)

    def _validate(self, rows, find_department) -> tuple[list[EmployeeData], list[RowError]]:
        records: list[EmployeeData] = []
        errors: list[RowError] = []
        first_row_of: dict[str, int] = {}
        today = date.today()
        for raw in rows:
            data, row_errors = validate_row(raw.row_number, raw.values, find_department, today)
            errors.extend(row_errors)
            errors.extend(_too_long(raw))
            # A repeated code is reported even when the row has other problems too.
            code = nfc(raw.values.get("code", ""))
            if code and code in first_row_of:
                errors.append(RowError(raw.row_number, "code", QT_TRANSLATE_NOOP(
                    "Errors", "The employee code {code} is also on row {other}."),
                    (("code", code), ("other", str(first_row_of[code])))))
                continue
            first_row_of.setdefault(code, raw.row_number)
            if data is not None:
                records.append(data)
        if not rows:
            errors.append(RowError(0, "", QT_TRANSLATE_NOOP(
                "Errors", "The file has a header row but no employees.")))
        return records, errors

    def _write(self, session: Session, records: list[EmployeeData], file_name: str,
               created: tuple[str, ...]) -> tuple[int, int, int]:
        # Plain rows in and out, no model object per employee: at 100,000 rows building them
        # cost more than the database's own work.
        columns = Employee.__table__.c
        existing = {row.code: row for row in session.execute(
            select(columns.id, *(columns[field] for field in SNAPSHOT_FIELDS)))}
        inserts, updates, changes = [], [], {}
        for data in records:
            current, values = existing.get(data.code), employee_values(data)
            if current is None:
                inserts.append(values)
                continue
            before, after = current._mapping, snapshot(data)
            diff = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            if diff:
                updates.append(dict(values, id=current.id))
                changes[data.code] = diff
        if inserts:
            session.execute(insert(Employee), inserts)
        if updates:
            session.execute(update(Employee), updates)
        audit_log.record(session, self.actor, "import_employees", "employee", "*", None, {
            "file": file_name, "inserted": [row["code"] for row in inserts],
            "updated": changes, "created_departments": list(created)})
        return len(inserts), len(updates), len(records) - len(inserts) - len(updates)

    def export_file(self, path: Path, query: RosterQuery | None = None,
                    progress: Progress | None = None) -> int:
        query = query or RosterQuery(include_left=True)
        with self.unit(Action.EXPORT_EMPLOYEES, write=False) as session:
            labels = DepartmentLookup(session).labels()
            statement = apply_filter(
                select(Employee, Department.name).join(
                    Department, Department.id == Employee.department_id),
                session, query).order_by(Department.name, Employee.sort_name)
            rows = [_export_row(e, labels[e.department_id])
                    for e, _name in session.exec(statement)]
        # The file first: a failed write leaves no export in the trail.
        written = write_roster_xlsx(Path(path), rows, progress)
        with self.unit(Action.EXPORT_EMPLOYEES) as session:
            audit_log.record(session, self.actor, "export_employees", "employee", "*", None,
                             {"file": Path(path).name, "rows": written})
        return written


class DepartmentLookup:
    """Finds a department by its code or by its name, ignoring case and diacritics."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._fold = lru_cache(maxsize=1 << 12)(fold)  # 100,000 rows name a few departments
        self._ids: dict[str, int] = {}
        self._departments = session.exec(select(Department.id, Department.code,
                                                Department.name)).all()
        for dep_id, code, _name in self._departments:  # a code always means its department
            self._ids[fold(code)] = dep_id
        for dep_id, _code, name in self._departments:
            self._ids.setdefault(fold(name), dep_id)

    def find(self, text: str) -> int | None:
        return self._ids.get(self._fold(text))

    def labels(self) -> dict[int, str]:
        """What to write for each department so that find() gives it back: its name, or its
        code when the name is shared with another department or is another one's code."""
        return {dep_id: name if self.find(name) == dep_id else code
                for dep_id, code, name in self._departments}

    def create_missing(self, names: set[str]) -> tuple[str, ...]:
        created = []
        # NFC and single spaces, as everything entering the system; one per folded name.
        wanted = {fold(n): nfc(n) for n in names if n.strip() and self.find(n) is None}
        for name in sorted(wanted.values()):
            code = self._free_code(name)
            row = Department(code=code, name=name)
            self.session.add(row)
            self.session.flush()
            self._ids[fold(name)] = self._ids[fold(code)] = row.id
            created.append(name)
        return tuple(created)

    def _free_code(self, name: str) -> str:
        base = "".join(word[0] for word in fold(name).split()).upper() or "PB"
        code, n = base, 1
        while fold(code) in self._ids:
            n += 1
            code = f"{base}{n}"
        return code


# The longest text each column holds: PostgreSQL refuses longer (and a 1 MB cell is a mistake).
_MAX_LENGTH = {"code": Employee.__table__.c.code.type.length,
               "full_name": Employee.__table__.c.full_name.type.length,
               "position": Employee.__table__.c.position.type.length,
               "department": Department.__table__.c.name.type.length}


def _too_long(raw: RawRow) -> list[RowError]:
    # The cell text is NFC already, so nfc() only shortens it: most rows need no nfc() at all.
    return [RowError(raw.row_number, column, QT_TRANSLATE_NOOP(
        "Errors", "The text is too long: at most {limit} characters."), (("limit", str(limit)),))
        for column, limit in _MAX_LENGTH.items()
        if len(text := raw.values.get(column, "")) > limit and len(nfc(text)) > limit]


def _export_row(e: Employee, department_name: str) -> list[object]:
    values = {
        "code": e.code, "full_name": e.full_name, "gender": GENDER_VI[Gender(e.gender)],
        "date_of_birth": e.date_of_birth, "department": department_name, "position": e.position,
        "hire_date": e.hire_date, "contract_type": CONTRACT_VI[ContractType(e.contract_type)],
        "union_member": "Có" if e.union_member else "Không",
        "status": STATUS_VI[EmploymentStatus(e.status)],
    }
    return [values[field] for field in FIELDS]
