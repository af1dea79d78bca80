"""What the record-seal tests of the storage share: a demo file made through the services, and
reads of the file itself (its rows, its seals) and of `verify`'s report on it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.maintenance import open_file

# Tables the seals leave out, with the reason in storage.seals.
NOT_SEALED = {"record_seal", "record_seal_layout", "alembic_version"}
DEMO_ADMIN = ("admin", "demo-admin")


def ours(name: str) -> bool:
    return name not in NOT_SEALED and not name.startswith(("sqlite_", "published_fts"))


def read(path: Path, sql: str, *params) -> list[tuple]:
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def rows_and_seals(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Row counts of our tables and seal counts per table, read on the file itself."""
    tables = [n for (n,) in read(path, "SELECT name FROM sqlite_master WHERE type = 'table'")
              if ours(n)]
    rows = {t: read(path, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}
    sealed = dict(read(path, "SELECT table_name, count(*) FROM record_seal GROUP BY 1"))
    return {t: n for t, n in rows.items() if n}, sealed


def verify(path: Path):
    db = open_file(path)
    try:
        return AuditTrailService(db, sign_in(db, *DEMO_ADMIN)).verify()
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seals") / "demo.sqlite"
    db = open_file(path)
    try:
        create_demo(db, employees=40, seed=11)  # every workflow: conferences to supervision
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path
