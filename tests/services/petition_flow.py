"""Petitions through the real services, for the petition, anonymity and search tests: an
enterprise with a few workers, the officers of both sides, and petitions driven step by step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dcs_enterprise.domain.enums import Gender, Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.session import EMPLOYEE_VIEW, Actor
from dcs_enterprise.services.supervision_models import PetitionInput
from dcs_enterprise.storage.database import Database

RAISED_ON = date(2027, 3, 1)  # a Monday; + 15 days: Tuesday 16/03/2027
DUE_ON = date(2027, 3, 16)
ROUTED_ON = date(2027, 3, 2)
ANSWERED_ON = date(2027, 3, 10)
PUBLISHED_ON = date(2027, 3, 12)


@dataclass
class Desk:
    db: Database
    admin: Actor
    hr: Actor
    union: Actor
    employees: dict[str, int]  # employee id by full name

    def actor(self, role: Role) -> Actor:
        return {Role.ADMIN: self.admin, Role.HR_OFFICER: self.hr,
                Role.UNION_OFFICER: self.union, Role.EMPLOYEE_VIEW: EMPLOYEE_VIEW}[role]

    def petitions(self, actor: Actor | None = None) -> PetitionService:
        return PetitionService(self.db, actor or self.union)


def desk(initialized, make_actor) -> Desk:
    db, admin = initialized
    department = DepartmentService(db, admin).create("SX", "Phân xưởng may")
    employees = {}
    for code, name in (("NV001", "Lê Văn Đức"), ("NV002", "Trần Thị Hoa")):
        employees[name] = EmployeeService(db, admin).create(EmployeeData(
            code=code, full_name=name, gender=Gender.MALE, department_id=department.id)).id
    return Desk(db, admin, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER),
                employees)


def petition(content: str = "Đề nghị tăng tiền ăn ca lên 35.000 đồng.", *,
             subject: str = "Tiền ăn ca", category: Category = Category.WELFARE,
             channel: Channel = Channel.DIRECT, raised_on: date = RAISED_ON,
             anonymous: bool = False, raised_by: str = "Tổ may 1",
             employee_id: int | None = None) -> PetitionInput:
    return PetitionInput(content, category, channel, raised_on, subject, anonymous, raised_by,
                         employee_id)


def answered(d: Desk, petition_id: int, text: str = "Công ty tăng tiền ăn ca từ tháng 4.",
             reject: bool = False) -> None:
    d.petitions().route(petition_id, "Phòng Hành chính - Nhân sự", ROUTED_ON)
    d.petitions(d.hr).answer(petition_id, text, ANSWERED_ON, reject=reject)


def published(d: Desk, petition_id: int, text: str = "Công ty tăng tiền ăn ca từ tháng 4.",
              where: str = "Bảng tin nhà ăn") -> None:
    answered(d, petition_id, text)
    d.petitions().publish_answer(petition_id, PUBLISHED_ON, where)
