"""Damage inside the file, where SQLite meets it only on the pages it reads (a bad sector, a
copy cut and patched): the file opens, so the check, the day's copy and verify must say so."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import DatabaseDamaged
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.maintenance import check_database, daily_backup, open_file
from dcs_enterprise.services.session import Actor
from dcs_enterprise.storage.database import open_database

ADMIN = Actor(username="quantri", role=Role.ADMIN)


def damaged_inside(path: Path) -> Path:
    """A database of ours whose holiday table's root page is overwritten with noise: the
    schema (page 1 and the pages after) stays readable, so opening it succeeds."""
    db = open_database(path)
    try:
        with db.engine.begin() as connection:
            for n in range(3000):
                connection.execute(text("INSERT INTO holiday (day, name) VALUES (:d, :n)"),
                                   {"d": f"{1000 + n}-01-01", "n": f"Ngày lễ số {n}" * 4})
    finally:
        db.close()
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'holiday'").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(random.Random(7).randbytes(page_size))
        handle.flush()
        os.fsync(handle.fileno())
    return path


@pytest.fixture
def damaged(tmp_path) -> Path:
    return damaged_inside(tmp_path / "hong.sqlite")


def test_the_check_reports_the_damage_instead_of_failing(damaged, file_digest):
    before = file_digest(damaged)
    report = check_database(damaged)
    assert not report.ok and report.problems
    assert file_digest(damaged) == before


def test_the_days_copy_finds_the_damage_and_keeps_no_damaged_copy(damaged, tmp_path):
    backups = tmp_path / "backups"
    db = open_file(damaged)
    try:
        outcome = daily_backup(db, backups, date(2026, 11, 27))
    finally:
        db.close()
    assert outcome.failed and outcome.damaged
    assert not outcome.path.exists()
    assert not list(backups.glob("*.sqlite"))  # no damaged copy among the good ones


def test_a_sound_database_gives_a_sound_days_copy(tmp_path):
    db = open_file(tmp_path / "lanh.sqlite")
    try:
        outcome = daily_backup(db, tmp_path / "backups", date(2026, 11, 27))
    finally:
        db.close()
    assert outcome.written and not outcome.damaged and outcome.path.is_file()


def test_verify_on_a_damaged_file_is_a_typed_refusal(damaged):
    db = open_file(damaged)
    try:
        with pytest.raises(DatabaseDamaged):
            AuditTrailService(db, ADMIN).verify()
    finally:
        db.close()
