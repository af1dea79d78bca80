"""Building dialogue records with the real services, for the dialogue service tests: an
enterprise of 150 workers (100 union members), both sides' lists, and a dialogue driven step by
step so a test can stop where it needs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import select

from dcs_enterprise.domain.dialogue_rules import DialogueKind, Organisation, Side
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.dialogue_lists import DialogueListService
from dcs_enterprise.services.dialogue_models import (
    AttendanceInput,
    DialogueInput,
    ItemInput,
    ListInfo,
    RepresentativeInput,
)
from dcs_enterprise.services.dialogues import DialogueService
from dcs_enterprise.services.roster_import import RosterImportService
from dcs_enterprise.services.session import Actor
from dcs_enterprise.storage.database import Database
from dcs_enterprise.storage.tables import Employee

DETERMINED_ON = date(2027, 1, 4)  # a Monday
HELD_ON = date(2027, 3, 12)  # a Friday
WORKERS = 150  # rule D3: 9 to 13 worker representatives
UNION_MEMBERS = 100


@dataclass
class Parties:
    db: Database
    hr: Actor
    union: Actor
    employees: list[int]  # roster order: the first UNION_MEMBERS are union members

    def lists(self, actor: Actor | None = None) -> DialogueListService:
        return DialogueListService(self.db, actor or self.hr)

    def dialogues(self, actor: Actor | None = None) -> DialogueService:
        return DialogueService(self.db, actor or self.union)


def parties(db: Database, admin: Actor, make_actor, folder: Path) -> Parties:
    department = DepartmentService(db, admin).create("SX", "Phân xưởng may")
    lines = ["Mã NV,Họ và tên,Giới tính,Phòng ban,Chức vụ,Đoàn viên"]
    for n in range(1, WORKERS + 1):
        lines.append(f"NV{n:03d},Người Thứ {n},{'Nữ' if n % 2 else 'Nam'},SX,Công nhân,"
                     f"{'Có' if n <= UNION_MEMBERS else 'Không'}")
    roster = folder / "roster.csv"
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    RosterImportService(db, admin).import_file(roster)
    with db.session() as session:
        employees = list(session.exec(select(Employee.id).where(
            Employee.department_id == department.id).order_by(Employee.code)).all())
    return Parties(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER), employees)


def employer_member(p: Parties, n: int, legal: bool = False) -> RepresentativeInput:
    return RepresentativeInput(Side.EMPLOYER, Organisation.EMPLOYER, DETERMINED_ON,
                               employee_id=p.employees[WORKERS - 1 - n],
                               is_legal_representative=legal)


def worker_member(p: Parties, n: int, organisation: Organisation = Organisation.UNION
                  ) -> RepresentativeInput:
    return RepresentativeInput(Side.WORKER, organisation, DETERMINED_ON,
                               employee_id=p.employees[n])


def full_list(p: Parties) -> ListInfo:
    """3 employer representatives (the first the legal representative); 9 union members and
    one of the dialogue group on the worker side."""
    created = p.lists().create(DETERMINED_ON)
    for n in range(3):
        p.lists(p.hr).add_member(created.id, employer_member(p, n, legal=n == 0))
    for n in range(9):
        p.lists(p.union).add_member(created.id, worker_member(p, n))
    return p.lists(p.union).add_member(
        created.id, worker_member(p, UNION_MEMBERS, Organisation.DIALOGUE_GROUP))


def worker_ids(info: ListInfo) -> list[int]:
    return [m.id for m in info.side(Side.WORKER)]


def scheduled(p: Parties, held_on: date = HELD_ON, title: str = "Đối thoại định kỳ") -> int:
    return p.dialogues().schedule(DialogueInput(DialogueKind.PERIODIC, title, held_on,
                                                "08:00", "Phòng họp 1")).id


def held(p: Parties, dialogue_id: int, info: ListInfo, held_on: date = HELD_ON,
         present: int = 8) -> None:
    p.dialogues().record_attendance(dialogue_id, AttendanceInput(
        held_on, tuple(worker_ids(info)[:present]) + (info.side(Side.EMPLOYER)[0].id,),
        employer_representative_present=True, chair="Người Thứ 150",
        note_taker="Người Thứ 2"))
    p.dialogues().save_item(dialogue_id, ItemInput(
        "Tiền ăn ca", "Công ty đề nghị giữ mức hiện nay đến hết quý II",
        "Người lao động đề nghị tăng thêm 5.000 đồng mỗi suất", agreed="Tăng 3.000 đồng từ "
                                                                      "tháng 4."))


def signed(p: Parties, dialogue_id: int, info: ListInfo, held_on: date = HELD_ON) -> None:
    held(p, dialogue_id, info, held_on)
    p.dialogues().finalize(dialogue_id, held_on, "11:30")
