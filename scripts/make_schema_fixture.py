"""Makes a stored database at exactly one released schema revision, for the upgrade tests.

    python scripts/make_schema_fixture.py REVISION OUT

The file is made by Alembic up to REVISION, then filled by raw SQL against that revision's
tables (today's services may not fit an old schema) with a small, realistic Vietnamese
enterprise: every table present at REVISION gets rows, and the audit trail is a valid hash
chain. The result is one file (journal_mode DELETE, vacuumed). Fixtures are frozen once
released: this refuses to overwrite an existing file (tests/storage/fixtures/README.md).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from dcs_enterprise.domain.audit import GENESIS_HASH, AuditContent, canonical_json, chain_hash
from dcs_enterprise.domain.passwords import hash_password
from dcs_enterprise.domain.text import fold, sort_string
from dcs_enterprise.storage import migrate, seals
from dcs_enterprise.storage.schema import KNOWN_REVISIONS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schema_fixture_workflows import (  # noqa: E402 - beside this script
    fill_conference,
    fill_dialogue_bargaining,
    fill_supervision,
)

ADMIN, ADMIN_PASSWORD = "quantri", "Mật-khẩu-2024"  # the tests sign in with these
# Derived or internal tables that stay empty on purpose (the search index is built on demand).
EMPTY_ALLOWED = ("alembic_version", "sqlite_", "published_fts")
SETTINGS = {"regime": "non_state", "quorum_numerator": 2, "quorum_denominator": 3,
            "pass_threshold_percent": 50, "full_conference_below": 100,
            "fiscal_year_end_month": 12, "conference_months_after_year_end": 3,
            "rest_weekdays": [6], "petition_answer_days": 15, "supervision_answer_days": 15,
            "labour_authority": "Sở Nội vụ tỉnh Bình Dương", "company_doc_symbol": "PL",
            "union_doc_symbol": "CĐCS", "company_has_seal": True, "union_has_seal": True}
DEPARTMENTS = [("BGĐ", "Ban Giám đốc", None), ("PNS", "Phòng Nhân sự", None),
               ("XM", "Xưởng May", None), ("XM-T1", "Tổ May 1", "XM"),
               ("XĐ", "Xưởng Đế", None), ("KCS", "Phòng Kiểm tra chất lượng", None)]
# code, name, gender, birth, department, position, hired, contract, union member, status
EMPLOYEES = [
    ("NV0001", "Nguyễn Thị Hồng Nhung", "female", "1990-05-12", "XM-T1", "Công nhân may",
     "2015-03-02", "indefinite", 1, "active"),
    ("NV0002", "Đặng Văn Đức", "male", "1978-11-30", "BGĐ", "Giám đốc", "2010-01-04",
     "indefinite", 0, "active"),
    ("NV0003", "Trần Thị Ánh Tuyết", "female", "1985-02-17", "PNS", "Trưởng phòng Nhân sự",
     "2012-06-01", "indefinite", 1, "active"),
    ("NV0004", "Lê Hoàng Yến", "female", "1993-09-09", "XM", "Chủ tịch Công đoàn cơ sở",
     "2016-08-15", "indefinite", 1, "active"),
    ("NV0005", "Phạm Quốc Việt", "male", "1988-12-01", "XĐ", "Quản đốc", "2014-04-07",
     "indefinite", 1, "active"),
    ("NV0006", "Võ Thị Ngọc Hân", "female", "1999-07-23", "XM-T1", "Công nhân may",
     "2021-10-11", "definite", 1, "active"),
    ("NV0007", "Huỳnh Văn Lộc", "male", "1996-03-05", "XĐ", "Công nhân ép đế", "2019-05-20",
     "definite", 0, "active"),
    ("NV0008", "Bùi Thị Thu Hương", "female", "1991-01-28", "KCS", "Nhân viên KCS",
     "2017-02-13", "indefinite", 1, "active"),
    ("NV0009", "Đỗ Minh Khôi", "male", None, "XM", "Thợ máy", "2023-12-18", "probation", 0,
     "active"),
    ("NV0010", "Ngô Thị Lệ Quyên", "female", "1987-06-14", "XM-T1", "Tổ trưởng",
     "2011-09-05", "indefinite", 1, "left"),
    ("NV0011", "Hồ Văn Thắng", "male", "1994-10-02", "XĐ", "Công nhân ép đế", None,
     "definite", 1, "active"),
    ("NV0012", "Dương Thị Mỹ Duyên", "female", "2000-04-30", "PNS", "Nhân viên tiền lương",
     "2022-03-01", "indefinite", 0, "active"),
]
HOLIDAYS = [("2024-01-01", "Tết Dương lịch"), ("2024-02-09", "Tết Nguyên đán (29 Tết)"),
            ("2024-02-10", "Tết Nguyên đán (Mùng 1)"), ("2024-02-11", "Tết Nguyên đán (Mùng 2)"),
            ("2024-04-18", "Giỗ Tổ Hùng Vương"), ("2024-04-30", "Ngày Chiến thắng"),
            ("2024-05-01", "Ngày Quốc tế Lao động"), ("2024-09-02", "Quốc khánh")]


class Filler:
    """Raw-SQL inserts against the file's own schema, each change written to the audit chain."""

    def __init__(self, connection: sqlite3.Connection, revision: str) -> None:
        self.db = connection
        self.level = KNOWN_REVISIONS.index(revision) + 1  # 1 for 0001_initial ...
        self.last_hash, self.seq = GENESIS_HASH, 0

    def columns(self, table: str) -> list[tuple]:
        return self.db.execute(f'PRAGMA table_info("{table}")').fetchall()

    def insert(self, table: str, **values: object) -> int:
        """Inserts one row; NOT NULL columns not given get an empty value of their type."""
        info = self.columns(table)
        names = {c[1] for c in info}
        unknown = set(values) - names
        assert not unknown, f"{table} has no column {unknown} at this revision"
        for _cid, name, kind, notnull, default, pk in info:
            if name not in values and notnull and default is None and not pk:
                values[name] = _empty(kind.upper())
        marks = ", ".join("?" * len(values))
        cols = ", ".join(f'"{c}"' for c in values)
        cursor = self.db.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})',
                                 list(values.values()))
        return cursor.lastrowid

    def audit(self, at: str, actor: str, role: str, action: str, entity: str, entity_id: object,
              after: object = None, before: object = None) -> None:
        self.seq += 1
        content = AuditContent(self.seq, f"{at}+07:00", actor, role, action, entity,
                               str(entity_id), canonical_json(before), canonical_json(after))
        digest = chain_hash(self.last_hash, content)
        self.insert("audit_event", **content.__dict__, prev_hash=self.last_hash, hash=digest)
        self.last_hash = digest


def _empty(kind: str) -> object:
    if kind.startswith(("INTEGER", "BOOLEAN")):
        return 0
    if kind == "DATE":
        return "2024-01-08"
    if kind == "DATETIME":
        return "2024-01-08 08:00:00.000000"
    return b"" if kind == "BLOB" else ""


def fill_core(f: Filler) -> dict[str, int]:
    """0001: enterprise, accounts, holidays, departments, employees (and their audit events)."""
    at = "2024-01-08T08:00:00"
    eid = f.insert("enterprise", name="Công ty TNHH Giày da Phước Long", short_name="Phước Long",
                   tax_code="3701234567", address="Lô C5, KCN Mỹ Phước 2, thị xã Bến Cát",
                   province="Bình Dương", legal_representative="Đặng Văn Đức",
                   legal_representative_title="Giám đốc", parent_body="",
                   union_name="Công đoàn cơ sở Công ty TNHH Giày da Phước Long",
                   upper_union_name="Công đoàn các KCN tỉnh Bình Dương",
                   settings=canonical_json(SETTINGS), created_at="2024-01-08 08:00:00.000000")
    f.audit(at, ADMIN, "admin", "create_enterprise", "enterprise", eid,
            {"name": "Công ty TNHH Giày da Phước Long", "settings": SETTINGS})
    for username, full_name, role, password in (
            (ADMIN, "Quản trị hệ thống", "admin", ADMIN_PASSWORD),
            ("nhansu", "Trần Thị Ánh Tuyết", "hr_officer", "Nhân-sự-2024"),
            ("congdoan", "Lê Hoàng Yến", "union_officer", "Công-đoàn-2024")):
        aid = f.insert("account", username=username, full_name=full_name, role=role,
                       password_hash=hash_password(password), active=1,
                       created_at="2024-01-08 08:05:00.000000")
        f.audit(at, ADMIN, "admin", "create_account", "account", aid,
                {"username": username, "role": role})
    for day, name in HOLIDAYS:
        f.insert("holiday", day=day, name=name)
    f.audit(at, ADMIN, "admin", "seed_holidays", "holiday", "*", {"count": len(HOLIDAYS)})
    departments: dict[str, int] = {}
    for code, name, parent in DEPARTMENTS:
        departments[code] = f.insert("department", code=code, name=name,
                                     parent_id=departments.get(parent))
        f.audit("2024-01-09T09:00:00", "nhansu", "hr_officer", "create_department",
                "department", departments[code], {"code": code, "name": name})
    employees: dict[str, int] = {}
    for code, name, gender, born, dep, position, hired, contract, member, status in EMPLOYEES:
        employees[code] = f.insert(
            "employee", code=code, full_name=name, search_text=fold(f"{code} {name}"),
            sort_name=f"{sort_string(name)}\x01{code}", gender=gender, date_of_birth=born,
            department_id=departments[dep], position=position, hire_date=hired,
            contract_type=contract, union_member=member, status=status)
    f.audit("2024-01-09T10:30:00", "nhansu", "hr_officer", "import_employees", "employee", "*",
            {"file": "Danh sách lao động 01-2024.xlsx", "inserted": list(employees),
             "updated": {}, "created_departments": []})
    return {**{f"dep:{k}": v for k, v in departments.items()}, **employees}


def fill_series(f: Filler) -> None:
    """0002: the document number series."""
    for type_code, body, last in (("NQ", "HNNLĐ", 1), ("BB", "CĐCS", 3), ("TB", "PL", 4)):
        f.insert("document_series", type_code=type_code, body_symbol=body, year=2024,
                 last_number=last)


def make(revision: str, out: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{out}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    connection = sqlite3.connect(out)
    connection.execute("PRAGMA foreign_keys = ON")
    # From 0006 on our tables are sealed: write as the program does (storage.database), with
    # its seal function and the pragma that lets triggers call it on any SQLite build.
    connection.execute("PRAGMA trusted_schema = ON")
    seals.register(connection)
    f = Filler(connection, revision)
    with connection:
        ids = fill_core(f)
        if f.level >= 2:
            fill_series(f)
        if f.level >= 3:
            ids.update(fill_conference(f, ids))
        if f.level >= 4:
            fill_dialogue_bargaining(f, ids)
        if f.level >= 5:
            fill_supervision(f, ids)
    empty = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith(EMPTY_ALLOWED)
        and not connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]]
    assert not empty, f"tables left empty at {revision}: {empty}"
    assert not connection.execute("PRAGMA foreign_key_check").fetchall()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    # A page per table and per index: small pages keep the file small (VACUUM applies it).
    connection.execute("PRAGMA page_size = 1024")
    connection.execute("VACUUM")
    connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", choices=KNOWN_REVISIONS)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists: released fixtures are frozen, never regenerated.",
              file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        make(args.revision, args.out)
    except BaseException:
        args.out.unlink(missing_ok=True)
        raise
    print(f"{args.out}: {args.revision}, {args.out.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
