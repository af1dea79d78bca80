"""The union's supervision plans through the real service: created and changed by the union
alone, the S2 notice clock shown everywhere and judged where the regime binds it, and the
plan final once its findings are recorded."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from supervision_flow import plan_input, recommendation, set_regime, sides

from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dcs_enterprise.domain.supervision import S2_ARTICLE, Source, Status, Subject, plan_notice_due
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.session import EMPLOYEE_VIEW

STARTS_ON = date(2027, 4, 12)  # a Monday


@pytest.fixture
def s(initialized, make_actor):
    return sides(initialized, make_actor)


def _notice_due(db) -> date:
    return plan_notice_due(STARTS_ON, EnterpriseService(db, EMPLOYEE_VIEW).work_calendar()).due


def test_the_union_plans_and_both_sides_read(s, table_contents):
    plan = s.plans().create(plan_input())
    assert plan.row.year == 2027 and plan.row.subject is Subject.CONTRIBUTIONS
    assert plan.members == "Nguyễn Văn An - Trưởng đoàn\nTrần Thị Bình - Thành viên"
    # S2: 5 working days before Monday 12/04 (Saturdays worked, Sunday 11/04 not): Tue 06/04.
    assert plan.notice_due_on == _notice_due(s.db) == date(2027, 4, 6)
    assert plan.notice_due.rule_id == "S2" and plan.notice_due.article == S2_ARTICLE
    assert plan.notice_check is None and plan.notice_ok is None  # not binding (non-state)
    assert (plan.row.items, plan.row.open_items, plan.items) == (0, 0, ())
    assert s.plans(s.hr).get(plan.row.id).row == plan.row
    before = table_contents(s.db.path)
    with pytest.raises(PermissionDenied):
        s.plans(s.hr).create(plan_input())
    with pytest.raises(PermissionDenied):
        s.plans(s.hr).record_notice(plan.row.id, date(2027, 4, 1))
    with pytest.raises(PermissionDenied):
        s.plans(EMPLOYEE_VIEW).plans()
    assert table_contents(s.db.path) == before

    plan = s.plans().update(plan.row.id, plan_input(title="Giám sát BHXH và kinh phí công đoàn",
                                                    starts_on=date(2028, 1, 10),
                                                    ends_on=date(2028, 1, 14)))
    assert plan.row.title == "Giám sát BHXH và kinh phí công đoàn" and plan.row.year == 2028
    other = s.plans().create(plan_input(title="Kiểm tra nội quy", subject=Subject.INTERNAL_RULES,
                                        starts_on=date(2027, 9, 6), ends_on=date(2027, 9, 6)))
    assert [p.id for p in s.plans(s.hr).plans()] == [plan.row.id, other.row.id]
    assert [p.id for p in s.plans().plans(year=2027)] == [other.row.id]
    connection = sqlite3.connect(s.db.path)
    try:
        verbs = [row[0] for row in connection.execute(
            "SELECT action FROM audit_event WHERE entity = 'supervision_plan' ORDER BY seq")]
    finally:
        connection.close()
    assert verbs == ["create_supervision_plan", "update_supervision_plan",
                     "create_supervision_plan"]


@pytest.mark.parametrize(("regime", "binds"), [(Regime.NON_STATE, False), (Regime.SOE, True),
                                               (Regime.NON_STATE_OPT_IN, True)])
def test_the_notice_is_judged_where_s2_binds_and_a_late_one_is_recorded(s, regime, binds):
    set_regime(s, regime)
    plan_id = s.plans().create(plan_input()).row.id
    plan = s.plans().get(plan_id)
    assert (plan.notice_check is not None) is binds
    if binds:
        assert plan.notice_ok is False and plan.notice_check.params == (
            ("latest", "06/04/2027"),)
    plan = s.plans().record_notice(plan_id, date(2027, 4, 7))  # late: recorded all the same
    assert plan.row.notice_sent_on == date(2027, 4, 7)
    assert plan.notice_ok is (False if binds else None)
    plan = s.plans().record_notice(plan_id, date(2027, 4, 6))
    assert plan.notice_ok is (True if binds else None)


def test_findings_make_the_plan_final(s, table_contents):
    plan_id = s.plans().create(plan_input()).row.id
    union = s.items()
    first = union.raise_item(recommendation(source=Source.SUPERVISION, plan_id=plan_id,
                                            raised_on=date(2027, 4, 16))).row
    union.raise_item(recommendation(source=Source.SUPERVISION, plan_id=plan_id,
                                    raised_on=date(2027, 4, 16), title="Chậm đóng BHXH"))
    union.step(first.id, Status.SENT, "", date(2027, 4, 19))
    s.items(s.hr).step(first.id, Status.REJECTED, "Đã đóng đủ", date(2027, 4, 20))
    before = table_contents(s.db.path)
    for call in (lambda: s.plans().record_findings(plan_id, "  ", date(2027, 4, 16)),
                 lambda: s.plans().record_findings(plan_id, "Kết luận",
                                                   STARTS_ON - timedelta(days=1)),
                 lambda: s.plans(s.hr).record_findings(plan_id, "Kết luận", date(2027, 4, 16))):
        with pytest.raises((ValidationError, PermissionDenied)):
            call()
    assert table_contents(s.db.path) == before
    plan = s.plans().record_findings(plan_id, "Công ty chậm đóng BHXH hai tháng.",
                                     date(2027, 4, 16))
    assert plan.row.findings_on == date(2027, 4, 16)
    assert plan.findings == "Công ty chậm đóng BHXH hai tháng."
    assert (plan.row.items, plan.row.open_items) == (2, 1)  # the rejected one is closed
    assert [i.title for i in plan.items] == [first.title, "Chậm đóng BHXH"]
    before = table_contents(s.db.path)
    for call in (lambda: s.plans().update(plan_id, plan_input()),
                 lambda: s.plans().record_notice(plan_id, date(2027, 4, 1)),
                 lambda: s.plans().record_findings(plan_id, "Sửa", date(2027, 4, 17))):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.template == ("The findings of this plan are recorded: the plan "
                                          "is final.")
    assert table_contents(s.db.path) == before


@pytest.mark.parametrize("changes", [{"title": " "}, {"ends_on": STARTS_ON - timedelta(days=1)}])
def test_a_bad_plan_is_refused_and_changes_nothing(s, table_contents, changes):
    before = table_contents(s.db.path)
    with pytest.raises(ValidationError):
        s.plans().create(plan_input(**changes))
    assert table_contents(s.db.path) == before
    plan_id = s.plans().create(plan_input()).row.id
    before = table_contents(s.db.path)
    with pytest.raises(ValidationError):
        s.plans().update(plan_id, plan_input(**changes))
    assert table_contents(s.db.path) == before
    with pytest.raises(NotFoundError):
        s.plans().get(999)
