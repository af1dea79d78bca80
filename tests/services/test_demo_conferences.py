"""The demo's conferences: last year's complete and published with commitments followed up,
the next one in preparation; whatever the headcount's form."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.commitments import CommitmentService
from dcs_enterprise.services.conferences import ConferenceService
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.resolutions import ResolutionService
from dcs_enterprise.services.session import EMPLOYEE_VIEW

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(("employees", "form"), [(60, ConferenceForm.FULL),
                                                  (400, ConferenceForm.DELEGATE)])
def test_last_conference_complete_and_next_in_preparation(tmp_path, employees, form):
    db = open_file(tmp_path / "d.sqlite")
    try:
        create_demo(db, employees=employees, today=TODAY)
        hr = sign_in(db, "nhansu", "demo-nhansu")
        last, following = ConferenceService(db, hr).list()[::-1]
        assert (last.year, last.stage, last.form) == (2026, Stage.UNDER_REVIEW, form)
        assert (following.year, following.stage) == (2027, Stage.PLAN)
        plan = ConferenceService(db, hr).get(following.id)
        assert plan.employer_approved_on and not plan.union_approved_on
        [shown] = ResolutionService(db, EMPLOYEE_VIEW).published()
        assert shown.year == 2026 and shown.adoption.passed
        tracked = CommitmentService(db, hr).list(last.id, today=TODAY)
        assert {c.status for c in tracked} == {Status.DONE, Status.IN_PROGRESS,
                                               Status.NOT_STARTED}
        assert any(c.overdue for c in tracked)
    finally:
        db.close()
