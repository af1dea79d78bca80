"""An employee record, and reading its values as people type them in HR's spreadsheets.

The parsers accept the Vietnamese and English words offices actually use ("Nam", "Nữ",
"Có", "x", "HĐ không xác định thời hạn"...) and dates as dd/mm/yyyy (Vietnamese order).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from .enums import ContractType, EmploymentStatus, Gender
from .errors import QT_TRANSLATE_NOOP
from .text import fold, nfc


@dataclass(frozen=True)
class EmployeeData:
    """An employee as entered or imported (validated, NFC-normalised)."""

    code: str
    full_name: str
    gender: Gender
    department_id: int
    date_of_birth: date | None = None
    position: str = ""
    hire_date: date | None = None
    contract_type: ContractType = ContractType.INDEFINITE
    union_member: bool = False
    status: EmploymentStatus = EmploymentStatus.ACTIVE


@dataclass(frozen=True)
class RowError:
    row: int
    column: str  # canonical field name
    template: str  # catalogue source string, context "Errors"
    params: tuple[tuple[str, str], ...] = ()

    def english(self) -> str:
        return self.template.format(**dict(self.params))


# The words Vietnamese files and documents use, for export and print.
GENDER_VI = {Gender.MALE: "Nam", Gender.FEMALE: "Nữ", Gender.OTHER: "Khác"}
CONTRACT_VI = {ContractType.INDEFINITE: "Không xác định thời hạn",
               ContractType.DEFINITE: "Xác định thời hạn", ContractType.PROBATION: "Thử việc"}
STATUS_VI = {EmploymentStatus.ACTIVE: "Đang làm việc", EmploymentStatus.LEFT: "Đã nghỉ việc"}

_GENDERS = {
    "nam": Gender.MALE, "male": Gender.MALE, "m": Gender.MALE,
    "nu": Gender.FEMALE, "female": Gender.FEMALE, "f": Gender.FEMALE,
    "khac": Gender.OTHER, "other": Gender.OTHER,
}
_CONTRACTS = {
    "khong xac dinh thoi han": ContractType.INDEFINITE, "indefinite": ContractType.INDEFINITE,
    "hdld khong xac dinh thoi han": ContractType.INDEFINITE, "kxdth": ContractType.INDEFINITE,
    "xac dinh thoi han": ContractType.DEFINITE, "definite": ContractType.DEFINITE,
    "hdld xac dinh thoi han": ContractType.DEFINITE, "xdth": ContractType.DEFINITE,
    "thu viec": ContractType.PROBATION, "probation": ContractType.PROBATION,
    # A seasonal contract (2012 Code) is a definite-term contract under the 2019 Code.
    "thoi vu": ContractType.DEFINITE, "seasonal": ContractType.DEFINITE,
}
_YES = {"co", "x", "1", "true", "yes", "y", "dv", "doan vien"}
_NO = {"", "khong", "0", "false", "no", "n"}
_STATUSES = {
    "": EmploymentStatus.ACTIVE, "dang lam viec": EmploymentStatus.ACTIVE,
    "active": EmploymentStatus.ACTIVE, "dang lam": EmploymentStatus.ACTIVE,
    "da nghi viec": EmploymentStatus.LEFT, "nghi viec": EmploymentStatus.LEFT,
    "left": EmploymentStatus.LEFT, "da nghi": EmploymentStatus.LEFT,
}


_DD_MM_YYYY = re.compile(r"(\d\d)/(\d\d)/(\d{4})")  # how the importer writes a date cell


def parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    if match := _DD_MM_YYYY.fullmatch(text):  # strptime costs 10 µs a date: 2 s a roster
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            raise ValueError(text) from None
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


# The words of a column (Nam, Nữ, Có...) repeat on every row: each is folded once.
_folded = lru_cache(maxsize=1 << 12)(fold)


def validate_row(row: int, values: dict[str, str], department_id: Callable[[str], int | None],
                 today: date) -> tuple[EmployeeData | None, list[RowError]]:
    """Turns one spreadsheet row into an EmployeeData, or says everything wrong with it."""
    errors: list[RowError] = []

    def fail(column: str, template: str, **params: str) -> None:
        errors.append(RowError(row, column, template, tuple(params.items())))

    def lookup(column: str, table: dict, template: str):
        text = values.get(column, "")
        if (key := _folded(text)) in table:
            return table[key]
        fail(column, template, value=text)
        return None

    code = nfc(values.get("code", ""))
    full_name = nfc(values.get("full_name", ""))
    if not code:
        fail("code", QT_TRANSLATE_NOOP("Errors", "The employee code is empty."))
    if not full_name:
        fail("full_name", QT_TRANSLATE_NOOP("Errors", "The full name is empty."))
    gender = lookup("gender", _GENDERS, QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a gender: write Nam, Nữ or Khác."))
    department_text = nfc(values.get("department", ""))
    dep_id = department_id(department_text) if department_text else None
    if dep_id is None:
        fail("department", QT_TRANSLATE_NOOP(
            "Errors", "Unknown department “{value}”: add it to the department tree, or tick "
                      "“Create the departments that are not in the tree yet” "
                      "(--create-departments on the command line)."),
             value=department_text)
    dates: dict[str, date | None] = {}
    for column in ("date_of_birth", "hire_date"):
        try:
            dates[column] = parse_date(values.get(column, ""))
        except ValueError:
            fail(column, QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a date: write it as dd/mm/yyyy."),
                 value=values.get(column, ""))
            continue
        if dates[column] is not None and dates[column] > today:
            fail(column, QT_TRANSLATE_NOOP("Errors", "The date {value} is in the future."),
                 value=values.get(column, ""))
    contract = ContractType.INDEFINITE
    if values.get("contract_type", "").strip():
        contract = lookup("contract_type", _CONTRACTS, QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not a contract type: write “Không xác định thời hạn”, "
                      "“Xác định thời hạn” or “Thử việc”."))
    member_text = _folded(values.get("union_member", ""))
    if member_text not in _YES | _NO:
        fail("union_member", QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not yes or no: write Có or Không."),
             value=values.get("union_member", ""))
    status = lookup("status", _STATUSES, QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a status: write “Đang làm việc” or “Đã nghỉ việc”."))
    if errors:
        return None, errors
    return EmployeeData(
        code=code, full_name=full_name, gender=gender, department_id=dep_id,
        date_of_birth=dates.get("date_of_birth"), position=nfc(values.get("position", "")),
        hire_date=dates.get("hire_date"), contract_type=contract,
        union_member=member_text in _YES, status=status,
    ), []
