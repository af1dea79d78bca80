"""The conference's stages and their guards (DOMAIN.md "1. Workers' conference")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import (
    ConferenceFacts,
    Stage,
    advance,
    blockers,
    editable,
    next_stage,
)
from dcs_enterprise.domain.errors import ValidationError

EVERYTHING_DONE = ConferenceFacts(
    form=ConferenceForm.DELEGATE, plan_approved_by_employer=True, plan_approved_by_union=True,
    draft_resolution_ready=True, invitations_sent=True, quorum_met=True,
    presidium_recorded=True, secretary_recorded=True, resolution_passed=True,
    minutes_finalized=True, publication_recorded=True)


def walk(facts: ConferenceFacts) -> list[Stage]:
    stages, stage = [Stage.PLAN], Stage.PLAN
    while next_stage(stage, facts.form) is not None:
        stage = advance(stage, facts)
        stages.append(stage)
    return stages


def test_a_delegate_conference_goes_through_every_stage():
    assert walk(EVERYTHING_DONE) == list(Stage)


def test_a_full_conference_elects_no_delegates():
    stages = walk(replace(EVERYTHING_DONE, form=ConferenceForm.FULL))
    assert Stage.DELEGATES not in stages and stages[1] is Stage.DOCUMENTS


def test_the_plan_needs_both_sides():
    only_employer = replace(EVERYTHING_DONE, plan_approved_by_union=False)
    with pytest.raises(ValidationError) as refused:
        advance(Stage.PLAN, only_employer)
    assert "union" in refused.value.english()
    assert len(blockers(Stage.PLAN, replace(only_employer, plan_approved_by_employer=False))) == 2


def test_no_adoption_without_quorum_chair_secretary_and_a_passed_vote():
    for missing in ("quorum_met", "presidium_recorded", "secretary_recorded",
                    "resolution_passed", "minutes_finalized"):
        facts = replace(EVERYTHING_DONE, **{missing: False})
        assert len(blockers(Stage.HELD, facts)) == 1
        with pytest.raises(ValidationError):
            advance(Stage.HELD, facts)


def test_unrecorded_department_meetings_and_unanswered_petitions_block():
    assert blockers(Stage.DELEGATES, replace(EVERYTHING_DONE, departments_without_meeting=2))
    assert blockers(Stage.DOCUMENTS, replace(EVERYTHING_DONE, unanswered_petitions=1))


def test_nothing_after_review_and_nothing_edited_after_adoption():
    with pytest.raises(ValidationError):
        advance(Stage.UNDER_REVIEW, EVERYTHING_DONE)
    assert editable(Stage.HELD)
    assert not any(editable(s) for s in (Stage.ADOPTED, Stage.PUBLISHED, Stage.UNDER_REVIEW))
