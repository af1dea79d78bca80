"""Shared fixtures: a real database file per test, an initialised enterprise, actors per role."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.accounts import AccountService, sign_in
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.services.session import EMPLOYEE_VIEW, Actor
from dcs_enterprise.services.setup import initialize
from dcs_enterprise.storage.database import Database

ADMIN_PASSWORD = "admin-password"
TEST_PROFILE = EnterpriseProfile(
    name="Công ty TNHH Thử nghiệm",
    short_name="Thử nghiệm",
    province="Bình Dương",
    legal_representative="Nguyễn Văn Một",
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_file(tmp_path / "t.sqlite")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def initialized(db: Database) -> tuple[Database, Actor]:
    admin = initialize(db, TEST_PROFILE, DemocracySettings(), "admin", "Quản trị", ADMIN_PASSWORD)
    return db, admin


@pytest.fixture
def make_actor(initialized: tuple[Database, Actor]) -> Callable[[Role], Actor]:
    """Returns a function giving a signed-in actor of a role (a new account for each call)."""
    db, admin = initialized
    made: dict[Role, int] = {}

    def make(role: Role) -> Actor:
        if role == Role.EMPLOYEE_VIEW:
            return EMPLOYEE_VIEW
        made[role] = made.get(role, 0) + 1
        username = f"{role.value}{made[role]}"
        password = f"pw-{username}-long"
        AccountService(db, admin).create(username, f"Người {username}", role, password)
        return sign_in(db, username, password)

    return make


def _file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read through a separate read-only connection."""
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
                for table in tables}
    finally:
        connection.close()


@pytest.fixture
def file_digest() -> Callable[[Path], str]:
    """sha256 of a file's bytes, to show a refused file was not changed."""
    return _file_digest


@pytest.fixture
def table_contents() -> Callable[[Path], dict[str, list[tuple]]]:
    """Every row of every table of a database file, to show a refused call changed nothing."""
    return _table_contents
