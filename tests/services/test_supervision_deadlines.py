"""The dashboard's clocks of workflow 4: petitions and recommendations awaiting an answer, the
supervision plan's notice (S2) and the publication windows (P3) where the regime binds them;
what is answered, notified, published or no longer posted drops out."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from supervision_flow import (
    RAISED_ON,
    add_petition,
    plan_input,
    recommendation,
    set_regime,
    sides,
)

from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.supervision import (
    PETITION_ARTICLE,
    S1_ARTICLE,
    S1_DEFAULT_ARTICLE,
    S2_ARTICLE,
    Status,
)
from dcs_enterprise.services.deadlines import DeadlineService, DueItem
from dcs_enterprise.services.deadlines_supervision import P3_ARTICLE
from dcs_enterprise.storage.tables import PublicationEntry


@pytest.fixture
def s(initialized, make_actor):
    return sides(initialized, make_actor)


def _due(s, today: date, area: str, horizon_days: int = 30) -> list[DueItem]:
    return [i for i in DeadlineService(s.db, s.hr).due(today, horizon_days) if i.area == area]


def _rows(items: list[DueItem]) -> list[tuple]:
    return [(i.what, i.record, i.record_id, i.due, i.rule_id, i.article) for i in items]


def test_petitions_awaiting_an_answer(s):
    named = add_petition(s.db, due_on=date(2027, 3, 16), raised_by="Lê Văn Năm")
    custom = add_petition(s.db, subject="", content="Đề nghị  lắp thêm quạt", anonymous=True,
                          status=Status.SENT, due_on=date(2027, 3, 20), due_rule="",
                          raised_by="Phạm Thị Sáu")
    add_petition(s.db, status=Status.ANSWERED, due_on=date(2027, 3, 10))
    add_petition(s.db, status=Status.ESCALATED, due_on=date(2027, 3, 10))
    add_petition(s.db, subject="Kiến nghị cho hội nghị")  # no due date: not counted
    today = date(2027, 3, 18)
    items = _due(s, today, "petition")
    assert _rows(items) == [
        # not yet sent: the union's step; sent: the employer's answer
        ("Send the petition to the employer", "Nhà ăn", named, date(2027, 3, 16), "",
         PETITION_ARTICLE),
        ("Answer the petition", "Đề nghị lắp thêm quạt", custom, date(2027, 3, 20), "", "")]
    assert [i.overdue(today) for i in items] == [True, False]
    assert all(i.context == "Deadlines" for i in items)
    assert _due(s, date(2027, 1, 1), "petition") == []  # beyond the horizon


@pytest.mark.parametrize(("regime", "article"), [(Regime.NON_STATE, S1_DEFAULT_ARTICLE),
                                                 (Regime.SOE, S1_ARTICLE)])
def test_recommendations_awaiting_an_answer(s, regime, article):
    set_regime(s, regime)
    union = s.items()
    counted = union.raise_item(recommendation())
    by_hand = union.raise_item(recommendation(title="Sửa nhà vệ sinh", due_on=date(2027, 3, 5)))
    answered = union.raise_item(recommendation(title="Đã trả lời"))
    union.step(answered.row.id, Status.SENT, "", RAISED_ON)
    s.items(s.hr).step(answered.row.id, Status.ANSWERED, "Đồng ý", RAISED_ON)
    today = date(2027, 3, 10)
    items = _due(s, today, "supervision")
    assert _rows(items) == [
        ("Send the recommendation to the employer", "Sửa nhà vệ sinh", by_hand.row.id,
         date(2027, 3, 5), "", ""),
        ("Send the recommendation to the employer", counted.row.title, counted.row.id,
         counted.row.due_on, "S1", article)]
    assert [i.overdue(today) for i in items] == [True, False]
    union.step(counted.row.id, Status.SENT, "", date(2027, 3, 10))
    sent = union.get(counted.row.id, today).row.due_on
    assert ("Answer the recommendation", counted.row.id, sent) in [
        (i.what, i.record_id, i.due) for i in _due(s, today, "supervision")]
    union.step(counted.row.id, Status.ESCALATED, "Chuyển cấp trên", date(2027, 3, 11))
    assert counted.row.id not in [i.record_id for i in _due(s, today, "supervision")]


@pytest.mark.parametrize(("regime", "binds"), [(Regime.NON_STATE, False), (Regime.SOE, True),
                                               (Regime.NON_STATE_OPT_IN, True)])
def test_the_plan_notice_only_where_s2_binds(s, regime, binds):
    set_regime(s, regime)
    plan = s.plans().create(plan_input())  # the activity starts Monday 12/04/2027
    expected = [("Notify the management of the supervision plan", plan.row.title, plan.row.id,
                 date(2027, 4, 6), "S2", S2_ARTICLE)]
    assert _rows(_due(s, date(2027, 4, 1), "supervision")) == (expected if binds else [])
    late = _due(s, date(2027, 4, 8), "supervision")
    assert [i.overdue(date(2027, 4, 8)) for i in late] == ([True] if binds else [])
    assert _due(s, date(2027, 4, 13), "supervision") == []  # the activity has started
    s.plans().record_notice(plan.row.id, date(2027, 4, 7))
    assert _due(s, date(2027, 4, 8), "supervision") == []


def _entry(s, title: str, decided: date | None, published_from: date | None = None) -> int:
    with s.db.session(write=True) as session:
        row = PublicationEntry(matter="funds", title=title, form="notice_board",
                               decided_on=decided, published_from=published_from,
                               created_at=datetime(2027, 1, 1, tzinfo=UTC))
        session.add(row)
        session.flush()
        return row.id


@pytest.mark.parametrize(("regime", "binds"), [(Regime.NON_STATE, False), (Regime.SOE, True),
                                               (Regime.NON_STATE_OPT_IN, True)])
def test_the_publication_windows_only_where_p3_binds(s, regime, binds):
    set_regime(s, regime)
    waiting = _entry(s, "Quy chế thưởng 2027", date(2027, 3, 1))
    posted = _entry(s, "Quỹ phúc lợi quý I", date(2027, 3, 5), date(2027, 3, 10))
    _entry(s, "Nội quy lao động", date(2026, 12, 1), date(2027, 1, 2))  # posted long enough
    _entry(s, "Kế hoạch (chưa quyết định)", None)  # planned: no decision yet
    today = date(2027, 3, 12)
    expected = [("Publish the decision", "Quy chế thưởng 2027", waiting, date(2027, 3, 16),
                 "P3", P3_ARTICLE),
                ("Keep it posted until", "Quỹ phúc lợi quý I", posted, date(2027, 3, 29), "P3",
                 P3_ARTICLE)]
    assert _rows(_due(s, today, "publication")) == (expected if binds else [])
    # Shown the whole time it is posted, whatever the horizon; never overdue.
    shown = _due(s, today, "publication", horizon_days=1)
    assert [i.record_id for i in shown] == ([posted] if binds else [])
    assert not any(i.overdue(today) for i in shown)
    assert [i.record_id for i in _due(s, date(2027, 3, 29), "publication")] == (
        [waiting, posted] if binds else [])
    assert [i.record_id for i in _due(s, date(2027, 3, 30), "publication")] == (
        [waiting] if binds else [])
    assert all(i.overdue(date(2027, 3, 30)) for i in _due(s, date(2027, 3, 30), "publication"))
