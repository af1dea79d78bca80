"""The dashboard's counts and charts (DOMAIN.md workflow 4): petitions and supervision items by
status, those overdue, opened and resolved over the last twelve months, and who on the employer
side is late to answer.

Every number is counted by the database with GROUP BY (on the indexes of status and due date
and of the raised date; the closing date, not indexed, in one pass over the table); Python only
adds up a few hundred groups, never the rows of ten years.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import case, func
from sqlmodel import Session, select

from ..domain.permissions import Action
from ..domain.supervision import AWAITING_ANSWER, Status
from ..storage.tables import Petition, SupervisionItem
from .session import Service
from .supervision_models import AddresseeCount, DashboardStats, MonthCount

MONTHS = 12
_AWAITING = [s.value for s in AWAITING_ANSWER]
_FINISHED = [Status.RESOLVED.value, Status.REJECTED.value]  # counted as resolved in the chart


class DashboardStatsService(Service):
    def stats(self, today: date) -> DashboardStats:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            months = _months(today)
            first, end = months[0], date(today.year + today.month // 12, today.month % 12 + 1, 1)
            opened: Counter[date] = Counter()
            resolved: Counter[date] = Counter()
            late: Counter[str] = Counter()
            by_status = {}
            overdue = {}
            for table in (Petition, SupervisionItem):
                by_status[table] = _by_status(session, table)
                overdue[table] = _overdue(session, table, today, late)
                _per_month(session, table.raised_on, func.count(), first, end, opened)
                # Not "WHERE status IN": the status index would fetch every finished record
                # of ten years one by one; the (closed_on, status) index holds the year asked.
                _per_month(session, table.closed_on, func.sum(case(
                    (table.status.in_(_FINISHED), 1), else_=0)), first, end, resolved)
            return DashboardStats(
                petitions=by_status[Petition], items=by_status[SupervisionItem],
                overdue_petitions=overdue[Petition], overdue_items=overdue[SupervisionItem],
                months=tuple(MonthCount(m, opened[m], resolved[m]) for m in months),
                overdue_by_addressee=tuple(
                    AddresseeCount(name, n) for name, n in sorted(
                        late.items(), key=lambda pair: (-pair[1], pair[0]))))


def _months(today: date) -> list[date]:
    """The first days of the last twelve months, oldest first, this month last."""
    index = today.year * 12 + today.month - 1
    return [date(i // 12, i % 12 + 1, 1) for i in range(index - MONTHS + 1, index + 1)]


def _by_status(session: Session, table) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for status, n in session.exec(select(table.status, func.count()).group_by(
            table.status)).all():
        if status in counts:
            counts[Status(status)] = n
    return counts


def _overdue(session: Session, table, today: date, late: Counter[str]) -> int:
    """Answers past due (index status, due_on), counted per addressee into ``late``; those
    never sent under "" (the union's delay, not the addressee's)."""
    addressee = case((table.status == Status.OPEN.value, ""), else_=table.addressee)
    rows = session.exec(select(addressee, func.count()).where(
        table.status.in_(_AWAITING), table.due_on < today).group_by(addressee)).all()
    for addressee, n in rows:
        late[addressee or ""] += n
    return sum(n for _addressee, n in rows)


def _per_month(session: Session, column, counted, first: date, end: date,
               into: Counter[date]) -> None:
    """``counted`` by day from ``first`` until before ``end`` (at most a year of days;
    portable SQL), added up by month."""
    for day, n in session.exec(select(column, counted).where(
            column >= first, column < end).group_by(column)).all():
        into[day.replace(day=1)] += n or 0
