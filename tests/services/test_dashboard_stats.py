"""The dashboard's counts and charts, checked by hand on a small register and against direct
SQL on the same file for a register of three years."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

import pytest
from supervision_flow import add_petition, recommendation, sides

from dcs_enterprise.domain.errors import PermissionDenied
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.services.dashboard_stats import DashboardStatsService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_models import AddresseeCount, MonthCount
from dcs_enterprise.storage.tables import SupervisionItem

TODAY = date(2027, 6, 15)


@pytest.fixture
def s(initialized, make_actor):
    return sides(initialized, make_actor)


def test_a_small_register_counted_by_hand(s):
    add_petition(s.db, date(2027, 6, 1), due_on=date(2027, 6, 16))  # open, not yet due
    add_petition(s.db, date(2027, 5, 2), status=Status.SENT, due_on=date(2027, 5, 17),
                 addressee="Phòng Nhân sự")  # overdue
    add_petition(s.db, date(2027, 5, 3), due_on=date(2027, 5, 18))  # overdue, not routed
    add_petition(s.db, date(2026, 6, 30), status=Status.RESOLVED, due_on=date(2026, 7, 15),
                 closed_on=date(2026, 7, 1))
    add_petition(s.db, date(2026, 5, 30), status=Status.REJECTED, closed_on=date(2027, 6, 2))
    add_petition(s.db, date(2025, 1, 1), status=Status.ESCALATED, closed_on=date(2027, 6, 3))
    union = s.items()
    late = union.raise_item(recommendation(raised_on=date(2027, 4, 1))).row  # S1: overdue
    union.step(late.id, Status.SENT, "", date(2027, 4, 2))
    done = union.raise_item(recommendation(raised_on=date(2027, 6, 1),
                                           addressee="Phòng Nhân sự")).row
    union.step(done.id, Status.SENT, "", date(2027, 6, 2))
    s.items(s.hr).step(done.id, Status.ANSWERED, "Đồng ý", date(2027, 6, 3))
    union.step(done.id, Status.RESOLVED, "", date(2027, 6, 4))

    stats = DashboardStatsService(s.db, s.hr).stats(TODAY)
    assert stats.petitions == {Status.OPEN: 2, Status.SENT: 1, Status.ANSWERED: 0,
                               Status.RESOLVED: 1, Status.REJECTED: 1, Status.ESCALATED: 1}
    assert stats.items == {**dict.fromkeys(Status, 0), Status.SENT: 1, Status.RESOLVED: 1}
    assert (stats.overdue_petitions, stats.overdue_items) == (2, 1)
    assert [m.month for m in stats.months] == [date(2026, 7, 1), date(2026, 8, 1),
                                               date(2026, 9, 1), date(2026, 10, 1),
                                               date(2026, 11, 1), date(2026, 12, 1),
                                               date(2027, 1, 1), date(2027, 2, 1),
                                               date(2027, 3, 1), date(2027, 4, 1),
                                               date(2027, 5, 1), date(2027, 6, 1)]
    # Opened: the June 2026 petition is a month too old; resolved: the escalated one is not.
    assert [(m.month, m.opened, m.resolved) for m in stats.months if m.opened or m.resolved] == [
        (date(2026, 7, 1), 0, 1), (date(2027, 4, 1), 1, 0), (date(2027, 5, 1), 2, 0),
        (date(2027, 6, 1), 2, 2)]
    # One each: the petition sent to HR, the one not yet routed, the item to Finance.
    assert stats.overdue_by_addressee == (AddresseeCount("", 1),
                                          AddresseeCount("Phòng Nhân sự", 1),
                                          AddresseeCount("Phòng Tài chính", 1))


def _spread(s, seed: int = 6) -> None:
    """Three years of petitions and items in every status, some overdue."""
    rng = random.Random(seed)
    addressees = ["", "Phòng Nhân sự", "Phòng Tài chính", "Ban Giám đốc", "Xưởng may"]
    statuses = list(Status)
    for _ in range(300):
        raised = TODAY - timedelta(days=rng.randrange(0, 3 * 365))
        status = rng.choice(statuses)
        closed = raised + timedelta(days=rng.randrange(1, 90)) if status in (
            Status.RESOLVED, Status.REJECTED, Status.ESCALATED) else None
        add_petition(s.db, raised, status=status, due_on=raised + timedelta(days=15),
                     addressee=rng.choice(addressees), closed_on=closed)
    with s.db.session(write=True) as session:
        for _ in range(250):
            raised = TODAY - timedelta(days=rng.randrange(0, 3 * 365))
            status = rng.choice(statuses)
            closed = raised + timedelta(days=rng.randrange(1, 90)) if status in (
                Status.RESOLVED, Status.REJECTED, Status.ESCALATED) else None
            session.add(SupervisionItem(
                source=Source.INSPECTION.value, subject=Subject.FUNDS.value, title="Mục",
                addressee=rng.choice(addressees[1:]), raised_on=raised,
                due_on=raised + timedelta(days=rng.randrange(5, 60)), status=status.value,
                closed_on=closed))


def _sql(db, query: str, *params) -> list[tuple]:
    connection = sqlite3.connect(db.path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def test_the_numbers_match_direct_queries_on_the_file(s):
    _spread(s)
    stats = DashboardStatsService(s.db, s.union).stats(TODAY)
    for table, counted in (("petition", stats.petitions), ("supervision_item", stats.items)):
        direct = dict(_sql(s.db, f"SELECT status, count(*) FROM {table} GROUP BY status"))
        assert {k.value: v for k, v in counted.items() if v} == direct
    today = TODAY.isoformat()
    for table, counted in (("petition", stats.overdue_petitions),
                           ("supervision_item", stats.overdue_items)):
        [(direct,)] = _sql(s.db, f"SELECT count(*) FROM {table} WHERE status IN ('open', "
                                 "'sent') AND due_on < ?", today)
        assert counted == direct and direct > 0
    both = ("SELECT substr(day, 1, 7), count(*) FROM (SELECT {c} AS day, status FROM petition "
            "UNION ALL SELECT {c}, status FROM supervision_item) {where} GROUP BY 1")
    opened = dict(_sql(s.db, both.format(c="raised_on", where="")))
    resolved = dict(_sql(s.db, both.format(
        c="closed_on", where="WHERE status IN ('resolved', 'rejected')")))
    assert len(stats.months) == 12 and stats.months[-1].month == date(2027, 6, 1)
    for month in stats.months:
        key = month.month.isoformat()[:7]
        assert month == MonthCount(month.month, opened.get(key, 0), resolved.get(key, 0))
    assert sum(m.opened for m in stats.months) > 0 and sum(m.resolved for m in stats.months) > 0
    # Those never sent are the union's delay: counted apart from any addressee.
    late = _sql(s.db, "SELECT CASE status WHEN 'open' THEN '' ELSE addressee END AS a, count(*) "
                      "FROM (SELECT addressee, status, due_on FROM petition UNION ALL SELECT "
                      "addressee, status, due_on FROM supervision_item) WHERE status IN "
                      "('open', 'sent') AND due_on < ? GROUP BY a ORDER BY 2 DESC, 1", today)
    assert [(a.addressee, a.overdue) for a in stats.overdue_by_addressee] == late
    assert "" in [a.addressee for a in stats.overdue_by_addressee]  # not yet routed


def test_the_employee_view_sees_no_dashboard(s):
    with pytest.raises(PermissionDenied):
        DashboardStatsService(s.db, EMPLOYEE_VIEW).stats(TODAY)
