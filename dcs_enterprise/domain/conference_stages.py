"""The workers' conference as a state machine (DOMAIN.md "1. Workers' conference").

plan → delegates → documents and petitions → invitations → held → resolution adopted →
published → under review. A full conference has no delegate election, so it skips that stage.
Each step forward is guarded: `blockers` says, in catalogue strings, what is still missing,
and `advance` refuses while anything is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .conference_rules import ConferenceForm
from .errors import QT_TRANSLATE_NOOP, ValidationError


class Stage(StrEnum):
    PLAN = "plan"
    DELEGATES = "delegates"
    DOCUMENTS = "documents"
    INVITATIONS = "invitations"
    HELD = "held"
    ADOPTED = "adopted"
    PUBLISHED = "published"
    UNDER_REVIEW = "under_review"


ORDER = tuple(Stage)


@dataclass(frozen=True)
class ConferenceFacts:
    """What the records say, gathered by the service; the machine only judges them."""

    form: ConferenceForm
    plan_approved_by_employer: bool = False
    plan_approved_by_union: bool = False
    departments_without_meeting: int = 0  # delegate form: department meetings not recorded
    unanswered_petitions: int = 0
    draft_resolution_ready: bool = False
    invitations_sent: bool = False
    quorum_met: bool = False
    presidium_recorded: bool = False
    secretary_recorded: bool = False
    resolution_passed: bool = False  # decided by rule C4, never ticked by hand
    minutes_finalized: bool = False
    publication_recorded: bool = False


def next_stage(stage: Stage, form: ConferenceForm) -> Stage | None:
    if stage is Stage.UNDER_REVIEW:
        return None
    following = ORDER[ORDER.index(stage) + 1]
    if following is Stage.DELEGATES and form is ConferenceForm.FULL:
        return Stage.DOCUMENTS  # everyone is summoned: no delegates to elect
    return following


def blockers(stage: Stage, facts: ConferenceFacts) -> list[str]:
    """What must be done before leaving `stage` (empty when it may advance)."""
    missing: list[str] = []

    def need(condition: bool, text: str) -> None:
        if not condition:
            missing.append(text)

    if stage is Stage.PLAN:
        need(facts.plan_approved_by_employer, QT_TRANSLATE_NOOP(
            "Conference", "The employer has not approved the plan."))
        need(facts.plan_approved_by_union, QT_TRANSLATE_NOOP(
            "Conference", "The union has not approved the plan."))
    elif stage is Stage.DELEGATES:
        need(facts.departments_without_meeting == 0, QT_TRANSLATE_NOOP(
            "Conference", "Some departments have not recorded their meeting and elected "
                          "delegates."))
    elif stage is Stage.DOCUMENTS:
        need(facts.unanswered_petitions == 0, QT_TRANSLATE_NOOP(
            "Conference", "Some petitions have no answer from the employer yet."))
        need(facts.draft_resolution_ready, QT_TRANSLATE_NOOP(
            "Conference", "The draft resolution is not ready."))
    elif stage is Stage.INVITATIONS:
        need(facts.invitations_sent, QT_TRANSLATE_NOOP(
            "Conference", "The invitations have not been sent."))
    elif stage is Stage.HELD:
        need(facts.quorum_met, QT_TRANSLATE_NOOP(
            "Conference", "The quorum (rule C3) was not reached: no vote can be taken."))
        need(facts.presidium_recorded, QT_TRANSLATE_NOOP(
            "Conference", "The presidium is not recorded."))
        need(facts.secretary_recorded, QT_TRANSLATE_NOOP(
            "Conference", "The secretary is not recorded."))
        need(facts.resolution_passed, QT_TRANSLATE_NOOP(
            "Conference", "The resolution has not passed (rule C4)."))
        need(facts.minutes_finalized, QT_TRANSLATE_NOOP(
            "Conference", "The minutes are not finalized by the chair and the secretary."))
    elif stage is Stage.ADOPTED:
        need(facts.publication_recorded, QT_TRANSLATE_NOOP(
            "Conference", "The publication of the resolution is not recorded."))
    return missing


def advance(stage: Stage, facts: ConferenceFacts) -> Stage:
    """The next stage, or ValidationError naming the first thing still missing."""
    following = next_stage(stage, facts.form)
    if following is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Conference", "The conference is already under review: there is no later stage."),
            context="Conference")
    missing = blockers(stage, facts)
    if missing:
        raise ValidationError(missing[0], context="Conference")
    return following


def editable(stage: Stage) -> bool:
    """Minutes and resolution change only until they are adopted; afterwards a correction is
    a new version that refers to the old one."""
    return ORDER.index(stage) < ORDER.index(Stage.ADOPTED)
