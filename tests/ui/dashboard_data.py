"""Petitions and supervision items in every status for the dashboard's tests, written straight
into the tables (as an upgraded or imported record would hold them), and the dashboard's numbers
counted again with plain SQL through sqlite3, independently of the services."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.storage.conference_tables import Petition
from dcs_enterprise.storage.supervision_tables import SupervisionItem

HR = "Phòng Hành chính - Nhân sự"
WORKSHOP = "Quản đốc xưởng may 2"
CANTEEN = "Ban quản lý bếp ăn"

# (status, raised days ago, due in days from today, addressee, closed days ago)
PETITIONS = [
    (Status.OPEN, 40, -25, "", None),  # never routed, long overdue
    (Status.OPEN, 3, 12, "", None),
    (Status.SENT, 30, -15, HR, None),
    (Status.SENT, 20, -5, HR, None),
    (Status.SENT, 10, 3, WORKSHOP, None),  # due this week
    (Status.ANSWERED, 70, -55, HR, None),  # answered: never overdue
    (Status.RESOLVED, 200, -185, CANTEEN, 150),
    (Status.RESOLVED, 90, -75, HR, 60),
    (Status.REJECTED, 120, -105, WORKSHOP, 100),
    (Status.ESCALATED, 150, -135, HR, 110),
]
ITEMS = [
    (Status.OPEN, 5, 10, WORKSHOP, None),
    (Status.SENT, 45, -30, HR, None),
    (Status.SENT, 25, -2, WORKSHOP, None),
    (Status.ANSWERED, 60, -45, CANTEEN, None),
    (Status.RESOLVED, 300, -285, HR, 250),
    (Status.RESOLVED, 35, -20, CANTEEN, 8),
    (Status.REJECTED, 80, -65, HR, 50),
    (Status.ESCALATED, 100, -85, WORKSHOP, 70),
]


def add_records(db, today: date) -> None:
    """The petitions and items above, dated from ``today``."""
    with db.session(write=True) as session:
        for number, (status, raised, due, addressee, closed) in enumerate(PETITIONS, 1):
            session.add(Petition(
                channel="direct", raised_on=today - timedelta(days=raised), category="wages",
                subject=f"Kiến nghị thử {number}", content="Nội dung kiến nghị",
                addressee=addressee, status=status.value, due_on=today + timedelta(days=due),
                routed_on=None if status is Status.OPEN else today - timedelta(days=raised - 1),
                closed_on=None if closed is None else today - timedelta(days=closed)))
        for number, (status, raised, due, addressee, closed) in enumerate(ITEMS, 1):
            session.add(SupervisionItem(
                source=Source.INSPECTION.value, subject=Subject.OTHER.value,
                title=f"Kiến nghị giám sát {number}", addressee=addressee,
                raised_on=today - timedelta(days=raised), due_on=today + timedelta(days=due),
                status=status.value,
                closed_on=None if closed is None else today - timedelta(days=closed),
                created_by="test"))
        session.commit()


def month_starts(today: date) -> list[date]:
    """The first days of the last twelve months, oldest first, this month last."""
    months, year, month = [], today.year, today.month
    for _ in range(12):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def counted(path: Path, today: date) -> dict:
    """The dashboard's numbers from plain SQL on the database file."""
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    iso = today.isoformat()
    waiting = "status IN ('open', 'sent') AND due_on IS NOT NULL AND due_on < ?"
    try:
        def by_status(table: str) -> dict[Status, int]:
            rows = dict(connection.execute(
                f"SELECT status, COUNT(*) FROM {table} GROUP BY status").fetchall())
            return {status: rows.get(status.value, 0) for status in Status}

        def month_counts(column: str, extra: str = "") -> Counter:
            found = Counter()
            for table in ("petition", "supervision_item"):
                found.update(dict(connection.execute(
                    f"SELECT substr({column}, 1, 7), COUNT(*) FROM {table} "
                    f"WHERE {column} IS NOT NULL {extra} GROUP BY 1").fetchall()))
            return found

        opened = month_counts("raised_on")
        resolved = month_counts("closed_on", "AND status IN ('resolved', 'rejected')")
        late = Counter()
        for table in ("petition", "supervision_item"):
            late.update(dict(connection.execute(
                f"SELECT addressee, COUNT(*) FROM {table} WHERE {waiting} GROUP BY addressee",
                (iso,)).fetchall()))
        return {
            "petitions": by_status("petition"),
            "items": by_status("supervision_item"),
            "overdue_petitions": connection.execute(
                f"SELECT COUNT(*) FROM petition WHERE {waiting}", (iso,)).fetchone()[0],
            "overdue_items": connection.execute(
                f"SELECT COUNT(*) FROM supervision_item WHERE {waiting}", (iso,)).fetchone()[0],
            "months": [(m, opened[m.isoformat()[:7]], resolved[m.isoformat()[:7]])
                       for m in month_starts(today)],
            "by_addressee": dict(late),
        }
    finally:
        connection.close()
