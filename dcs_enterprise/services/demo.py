"""A realistic demo enterprise: a garment and footwear factory in Bình Dương."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import insert

from ..domain.enums import ContractType, EmploymentStatus, Gender, Role
from ..domain.settings import DemocracySettings
from ..domain.text import fold
from ..storage.database import Database
from ..storage.tables import Department, Employee
from . import audit_log
from .accounts import AccountService
from .demo_people import DEPARTMENTS, person_name, position
from .employees import employee_sort_name
from .readmodels import EnterpriseProfile
from .session import Actor
from .setup import initialize

# Sign-in names and passwords of the demo accounts (printed by `dcs-enterprise demo`).
DEMO_ACCOUNTS = (
    ("admin", "Quản trị hệ thống", Role.ADMIN, "demo-admin"),
    ("nhansu", "Trần Thị Thu Hà", Role.HR_OFFICER, "demo-nhansu"),
    ("congdoan", "Lê Văn Thắng", Role.UNION_OFFICER, "demo-congdoan"),
)

# Bình Dương joined Thành phố Hồ Chí Minh on 1 July 2025 (Resolution 202/2025/QH15), so
# documents dated from then on name the city.
DEMO_PROFILE = EnterpriseProfile(
    name="Công ty TNHH Giày da Phú Lợi",
    short_name="Phú Lợi",
    tax_code="3701234567",
    address="Lô C5, Khu công nghiệp Đồng An 2, Thành phố Hồ Chí Minh",
    province="Thành phố Hồ Chí Minh",
    legal_representative="Nguyễn Minh Quang",
    legal_representative_title="Tổng Giám đốc",
    union_name="Công đoàn cơ sở Công ty TNHH Giày da Phú Lợi",
    upper_union_name="Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh",
)
DEMO_SETTINGS = DemocracySettings(labour_authority="Sở Nội vụ Thành phố Hồ Chí Minh")
# The people the documents name: on the roster like everyone else.
KEY_PEOPLE = (
    ("BGD", "Nguyễn Minh Quang", Gender.MALE, "Tổng Giám đốc"),
    ("HCNS", "Trần Thị Thu Hà", Gender.FEMALE, "Trưởng phòng Hành chính - Nhân sự"),
    ("CD", "Lê Văn Thắng", Gender.MALE, "Chủ tịch Công đoàn cơ sở"),
)


def create_demo(db: Database, employees: int = 1200, seed: int = 2027,
                progress: Callable[[int, int], None] | None = None, *,
                conferences: bool = True, dialogues: bool | None = None,
                bargaining: bool | None = None, supervision: bool | None = None,
                today: date | None = None) -> None:
    """Fills an empty database with the demo enterprise, its accounts and `employees` people
    and, dated around ``today``: with ``conferences``, the last workers' conference complete and
    the next one planned; with ``dialogues``, a year of workplace dialogues; with
    ``bargaining``, a finished bargaining round and its agreement near expiry; with
    ``supervision``, a year of petitions, supervision items and the publication register.
    ``dialogues``, ``bargaining`` and ``supervision`` follow ``conferences`` unless given."""
    rng = random.Random(seed)
    username, full_name, _role, password = DEMO_ACCOUNTS[0]
    admin = initialize(db, DEMO_PROFILE, DEMO_SETTINGS, username, full_name, password)
    accounts = AccountService(db, admin)
    actors = {}
    for username, full_name, role, password in DEMO_ACCOUNTS[1:]:
        account = accounts.create(username, full_name, role, password)
        actors[role] = Actor(username, role, full_name, account.id)
    with db.session(write=True) as session:
        department_ids, by_code = [], {}
        for code, name, share, positions in DEPARTMENTS:
            row = Department(code=code, name=name)
            session.add(row)
            session.flush()
            department_ids.append((row.id, share, positions))
            by_code[code] = row.id
        rows = [_employee(rng, n, department_ids) for n in range(1, employees + 1)]
        for row, (code, name, gender, title) in zip(rows, KEY_PEOPLE, strict=False):
            row.update(full_name=name, gender=gender.value, department_id=by_code[code],
                       position=title, status=EmploymentStatus.ACTIVE.value,
                       contract_type=ContractType.INDEFINITE.value, union_member=True,
                       search_text=fold(f"{row['code']} {name}"),
                       sort_name=employee_sort_name(name, row["code"]))
        for start in range(0, len(rows), 5000):
            session.execute(insert(Employee), rows[start:start + 5000])
            if progress:
                progress(min(start + 5000, len(rows)), len(rows))
        audit_log.record(session, admin, "create_demo", "employee", "*", None,
                         {"departments": len(DEPARTMENTS), "employees": employees})
    if not employees:
        return
    day, hr, union = today or date.today(), actors[Role.HR_OFFICER], actors[Role.UNION_OFFICER]
    if conferences if bargaining is None else bargaining:  # the oldest records first
        from .demo_bargaining import create_demo_bargaining

        create_demo_bargaining(db, hr, union, day)
    if conferences:
        from .demo_conferences import create_demo_conferences

        create_demo_conferences(db, hr, union, day, rng)
    if conferences if dialogues is None else dialogues:
        from .demo_dialogues import create_demo_dialogues

        create_demo_dialogues(db, hr, union, day, rng)
    if conferences if supervision is None else supervision:  # links to the records above
        from .demo_supervision import create_demo_supervision

        create_demo_supervision(db, hr, union, day)


def _employee(rng: random.Random, number: int, departments) -> dict:
    dep_id, _share, positions = rng.choices(departments, weights=[d[1] for d in departments])[0]
    female = rng.random() < 0.68  # garment and footwear workforces are mostly women
    name = person_name(rng, female)
    code = f"PL{number:06d}"
    hired = date(2026, 10, 1) - timedelta(days=rng.randint(0, 15 * 365))
    born = hired - timedelta(days=rng.randint(18 * 365 + 5, 45 * 365))
    status = EmploymentStatus.LEFT if rng.random() < 0.04 else EmploymentStatus.ACTIVE
    contract = rng.choices(list(ContractType), weights=[62, 34, 4])[0]
    return {
        "code": code, "full_name": name, "search_text": fold(f"{code} {name}"),
        "sort_name": employee_sort_name(name, code),
        "gender": (Gender.FEMALE if female else Gender.MALE).value, "date_of_birth": born,
        "department_id": dep_id, "position": position(rng, positions), "hire_date": hired,
        "contract_type": contract.value, "union_member": rng.random() < 0.8,
        "status": status.value,
    }
