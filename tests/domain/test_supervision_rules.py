"""Supervision and petition rules at their boundaries (DOMAIN.md workflow 4; S1 Law 10/2022
Art 81.1.d, S2 Decree 59/2023 Art 26.1.b, S3 Law 10/2022 Art 9.2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dcs_enterprise.domain.attachments import MAX_ATTACHMENT_BYTES, check_attachment
from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.domain.petitions import sees_petitioner
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.domain.supervision import (
    CLOSED,
    NEXT,
    Status,
    answer_due,
    check_due,
    check_transition,
    is_overdue,
    petition_due,
    plan_notice_check,
    plan_notice_due,
)

CAL = WorkCalendar.statutory()  # Sunday rest; Tết 2027 leaves Fri 5 .. Wed 10 Feb off
PRIVATE = DemocracySettings()
SOE = replace(PRIVATE, regime=Regime.SOE)


# The life cycle: each step follows the one before it.
@pytest.mark.parametrize(("current", "new"), [
    (Status.OPEN, Status.SENT), (Status.SENT, Status.ANSWERED), (Status.SENT, Status.REJECTED),
    (Status.SENT, Status.ESCALATED), (Status.ANSWERED, Status.RESOLVED),
    (Status.ANSWERED, Status.ESCALATED), (Status.REJECTED, Status.ESCALATED),
    (Status.ESCALATED, Status.RESOLVED), (Status.ESCALATED, Status.REJECTED)])
def test_allowed_steps(current, new):
    check_transition(current, new, "Văn bản trả lời số 12/CV")


@pytest.mark.parametrize(("current", "new"), [
    (Status.OPEN, Status.RESOLVED), (Status.OPEN, Status.ANSWERED), (Status.OPEN, Status.REJECTED),
    (Status.SENT, Status.RESOLVED), (Status.ANSWERED, Status.SENT), (Status.RESOLVED, Status.OPEN),
    (Status.RESOLVED, Status.ESCALATED), (Status.SENT, Status.SENT)])
def test_a_step_that_skips_or_goes_back_is_refused(current, new):
    with pytest.raises(ValidationError, match="skips a stage"):
        check_transition(current, new, "ghi chú")


@pytest.mark.parametrize("new", [Status.ANSWERED, Status.REJECTED, Status.ESCALATED])
def test_answers_refusals_and_escalations_need_their_text(new):
    with pytest.raises(ValidationError):
        check_transition(Status.SENT, new, "   ")


def test_resolved_is_final_and_rejected_only_escalates():
    assert NEXT[Status.RESOLVED] == frozenset()
    assert NEXT[Status.REJECTED] == {Status.ESCALATED}
    closed = {Status.RESOLVED, Status.REJECTED}
    assert closed == CLOSED


def test_overdue_only_while_the_answer_is_awaited():
    due = date(2026, 12, 1)
    assert not is_overdue(Status.SENT, due, date(2026, 12, 1))  # the due day itself is in time
    assert is_overdue(Status.SENT, due, date(2026, 12, 2))
    assert is_overdue(Status.OPEN, due, date(2026, 12, 2))
    assert not is_overdue(Status.ANSWERED, due, date(2026, 12, 2))
    assert not is_overdue(Status.ESCALATED, due, date(2026, 12, 2))


def test_a_due_date_before_the_raised_date_is_refused():
    check_due(date(2026, 11, 27), date(2026, 11, 27))
    with pytest.raises(ValidationError, match="before the day the matter was raised"):
        check_due(date(2026, 11, 27), date(2026, 11, 26))


# S1: 15 days after receipt, the receipt day not counted; a Sunday end moves to Monday.
def test_s1_counts_fifteen_days_and_cites_the_article():
    clock = answer_due(date(2026, 11, 2), SOE, CAL)  # Monday; + 15 = Tuesday 17/11
    assert clock.due == date(2026, 11, 17)
    assert clock.why.rule_id == "S1"
    assert clock.why.article == "Law 10/2022 Art 81.1.d"
    assert "regulation default" in answer_due(date(2026, 11, 2), PRIVATE, CAL).why.article


def test_s1_end_on_a_sunday_moves_to_monday():
    assert answer_due(date(2026, 11, 14), SOE, CAL).due == date(2026, 11, 30)  # 29/11 Sunday


def test_s1_and_the_petition_deadline_follow_the_regulation():
    longer = replace(SOE, supervision_answer_days=30, petition_answer_days=10)
    assert answer_due(date(2026, 11, 2), longer, CAL).due == date(2026, 12, 2)
    assert petition_due(date(2026, 11, 2), longer, CAL).due == date(2026, 11, 12)


# S2: notified at least 5 working days before the activity (SOE and opt-in only).
def test_s2_latest_notice_day_skips_rest_days():
    # Activity Monday 30/11/2026: Sat 28 to Tue 24 are the 5 working days (Sunday 29 skipped).
    assert plan_notice_due(date(2026, 11, 30), CAL).due == date(2026, 11, 24)
    # With Saturdays off too, the five run back to Mon 23.
    weekend = WorkCalendar.statutory(rest_weekdays=frozenset({5, 6}))
    assert plan_notice_due(date(2026, 11, 30), weekend).due == date(2026, 11, 23)


def test_s2_check_at_the_boundary():
    activity = date(2026, 11, 30)
    on_time = plan_notice_check(date(2026, 11, 24), activity, SOE, CAL)
    late = plan_notice_check(date(2026, 11, 25), activity, SOE, CAL)
    assert on_time.ok and on_time.why.rule_id == "S2"
    assert not late.ok
    assert not plan_notice_check(None, activity, SOE, CAL).ok


def test_s2_does_not_bind_a_private_enterprise():
    assert plan_notice_check(date(2026, 11, 29), date(2026, 11, 30), PRIVATE, CAL) is None
    opt_in = replace(PRIVATE, regime=Regime.NON_STATE_OPT_IN)
    assert plan_notice_check(date(2026, 11, 29), date(2026, 11, 30), opt_in, CAL) is not None


# S3: an anonymous petitioner is known to the union officers alone.
@pytest.mark.parametrize(("role", "anonymous", "sees"), [
    (Role.UNION_OFFICER, True, True), (Role.HR_OFFICER, True, False), (Role.ADMIN, True, False),
    (Role.EMPLOYEE_VIEW, True, False), (Role.HR_OFFICER, False, True),
    (Role.ADMIN, False, True), (Role.EMPLOYEE_VIEW, False, False)])
def test_who_sees_the_petitioner(role, anonymous, sees):
    assert sees_petitioner(role, anonymous) is sees


def test_attachment_size_limit_at_its_boundary():
    check_attachment("anh-chup.jpg", MAX_ATTACHMENT_BYTES)
    with pytest.raises(ValidationError, match="larger than 10 MB"):
        check_attachment("anh-chup.jpg", MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match="empty"):
        check_attachment("trong.pdf", 0)
