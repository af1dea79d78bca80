"""What services hand to the UI, the CLI and the reports: frozen values, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.enums import ContractType, EmploymentStatus, Gender, Role
from ..domain.roster import EmployeeData  # noqa: F401 - part of the services API
from ..domain.settings import DemocracySettings


@dataclass(frozen=True)
class EnterpriseProfile:
    name: str
    short_name: str = ""
    tax_code: str = ""
    address: str = ""
    province: str = ""
    legal_representative: str = ""
    legal_representative_title: str = ""
    parent_body: str = ""
    union_name: str = ""
    upper_union_name: str = ""


@dataclass(frozen=True)
class EnterpriseInfo:
    profile: EnterpriseProfile
    settings: DemocracySettings


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    code: str
    name: str
    parent_id: int | None
    employee_count: int  # active employees directly in this department


@dataclass(frozen=True)
class EmployeeRow:
    id: int
    code: str
    full_name: str
    gender: Gender
    date_of_birth: date | None
    department_id: int
    department_name: str
    position: str
    hire_date: date | None
    contract_type: ContractType
    union_member: bool
    status: EmploymentStatus


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class HolidayInfo:
    id: int
    day: date
    name: str


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    role: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str
