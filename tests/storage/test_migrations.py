"""Alembic revisions against the tables module, and the backup taken before an upgrade."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from dcs_enterprise.storage import database, migrate
from dcs_enterprise.storage.database import backup_before_upgrade, open_database
from dcs_enterprise.storage.schema import CORE_TABLES, HEAD_REVISION, KNOWN_REVISIONS
from dcs_enterprise.storage.tables import SQLModel


def test_known_revisions_match_the_script_directory():
    heads = migrate.script_heads()
    assert len(heads) == 1, f"the migrations have several heads: {heads}"
    assert KNOWN_REVISIONS[-1] == heads[0] == HEAD_REVISION
    assert set(migrate.script_revisions()) == set(KNOWN_REVISIONS)
    # walk_revisions goes from the head down: KNOWN_REVISIONS is oldest first.
    assert list(reversed(migrate.script_revisions())) == list(KNOWN_REVISIONS)


def test_migrated_schema_matches_the_tables_module(tmp_path):
    db = open_database(tmp_path / "db.sqlite")
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                                 "include_object": migrate.include_object})
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        db.close()
    assert differences == []


def test_core_tables_are_real_tables():
    """inspect_file tells our files from other programs' by these; they must exist."""
    assert set(SQLModel.metadata.tables) >= CORE_TABLES


def _count(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_backup_before_upgrade_is_a_readable_copy(tmp_path):
    path = tmp_path / "db.sqlite"
    db = open_database(path)
    try:
        with db.engine.begin() as connection:
            for n in range(1, 6):
                connection.execute(text("INSERT INTO holiday (day, name) VALUES (:d, :n)"),
                                   {"d": f"2031-0{n}-01", "n": f"Ngày {n}"})
        # Taken while the database is open: the copy holds every committed row.
        backup = backup_before_upgrade(path, tmp_path / "backups", "0000_old")
    finally:
        db.close()
    assert backup.parent == tmp_path / "backups"
    assert "0000_old" in backup.name and backup.suffix == ".sqlite"
    assert _count(backup, "holiday") == 5
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == HEAD_REVISION
    finally:
        connection.close()


def test_opening_an_older_revision_backs_up_before_upgrading(tmp_path, monkeypatch):
    """Only one revision exists, so an older one is simulated: the program is told it also
    knows "0000_older", and the upgrade step records what it saw."""
    path = tmp_path / "db.sqlite"
    db = open_database(path)
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO holiday (day, name) VALUES ('2031-01-01', 'x')"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0000_older'"))
    db.close()
    monkeypatch.setattr(database, "KNOWN_REVISIONS", ("0000_older", *KNOWN_REVISIONS))
    upgraded = []

    def fake_upgrade(engine):
        upgraded.append(True)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"),
                               {"v": HEAD_REVISION})

    monkeypatch.setattr(migrate, "upgrade_to_head", fake_upgrade)
    backups = tmp_path / "backups"
    db = open_database(path, backup_dir=backups)
    db.close()
    assert upgraded == [True]
    (backup,) = backups.iterdir()
    assert "before-upgrade-0000_older" in backup.name
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == "0000_older"
        assert connection.execute("SELECT name FROM holiday").fetchall() == [("x",)]
    finally:
        connection.close()


def test_a_file_at_the_first_revision_upgrades_to_head_keeping_its_data(tmp_path):
    """A real upgrade path: 0001 (no document series) to the current head."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
        connection.exec_driver_sql(
            "INSERT INTO department (code, name) VALUES ('PXM', 'Phân xưởng May')")
    engine.dispose()

    backups = tmp_path / "backups"
    db = open_database(path, backup_dir=backups)
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
                KNOWN_REVISIONS[-1],)
            assert connection.execute("SELECT name FROM department").fetchall() == [
                ("Phân xưởng May",)]
            assert connection.execute("SELECT count(*) FROM document_series").fetchone() == (0,)
    finally:
        db.close()
    (backup,) = backups.iterdir()
    assert "0001_initial" in backup.name
    with sqlite3.connect(backup) as connection:  # the copy is the file as it was
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",)
