"""Shared fixtures: a real database file per test, an initialised enterprise, actors per role."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
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


def _read_rows(path: Path, sql: str, *params: object) -> list[tuple]:
    """The rows of one query, through a read-only connection of its own (no lock taken)."""
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


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


@pytest.fixture
def read_rows() -> Callable[..., list[tuple]]:
    """read_rows(path, sql, *params): the rows of a query on a database file, read beside the
    program (its own read-only connection, no lock)."""
    return _read_rows


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    """The Vietnamese catalogue installed for one test; the default locale put back after."""
    from PySide6.QtCore import QLocale

    from dcs_enterprise.i18n import install_translator

    before = QLocale()
    installed = install_translator(qapp, "vi")
    assert installed, "the Vietnamese catalogue is missing"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture(scope="session")
def small_disks_mount() -> bool:
    """True when this machine lets a test mount a small tmpfs (a disk that fills up for real,
    ENOSPC) in a private user and mount namespace: `unshare --user --map-root-user --mount`."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || "
                            "mount -t tmpfs -o size=64k tmpfs /tmp"],
                           capture_output=True, timeout=30, check=False)
    return probe.returncode == 0
