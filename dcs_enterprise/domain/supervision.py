"""Supervision items and workers' petitions (DOMAIN.md workflow 4): one life cycle for both.

An item or a petition is raised (open), sent to its addressee on the employer side, answered
or rejected with reasons, then resolved, or escalated to the upper-level union or an authority.
Each step follows the one before it: nothing is resolved that was never sent.

Rules:
- S1 (Law 10/2022 Art 81.1.d; SOEs, the regulation's default for others): a recommendation is
  answered within 15 days of its receipt by the employer;
- S2 (Decree 59/2023 Art 26.1.b; SOEs and opt-in): a supervision plan is notified to the
  management at least 5 working days before the activity;
- the petition answer deadline: the regulation's number of days (15 by default), an analogy to
  S1 and no legal duty for private enterprises (legal-vn.md §C3).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .calendar import WorkCalendar
from .clocks import Clock, RuleCheck, days_after, dmy, working_days_before
from .conference_rules import RuleOutcome
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .settings import DemocracySettings

S1_ARTICLE = QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 81.1.d")
S1_DEFAULT_ARTICLE = QT_TRANSLATE_NOOP(
    "Rules", "Law 10/2022 Art 81.1.d (democracy regulation default)")
S2_ARTICLE = QT_TRANSLATE_NOOP("Rules", "Decree 59/2023 Art 26.1.b")
PETITION_ARTICLE = QT_TRANSLATE_NOOP(
    "Rules", "Democracy regulation, by analogy to Law 10/2022 Art 81.1.d")
S2_WORKING_DAYS = 5


class Subject(StrEnum):
    """What workers inspect and supervise (Decree 145/2020 Art 46)."""

    CONTRACTS_AGREEMENT = "contracts_agreement"  # a: labour contracts, collective agreement
    INTERNAL_RULES = "internal_rules"  # b: internal rules and regulations
    FUNDS = "funds"  # c: reward, welfare and worker-contributed funds
    CONTRIBUTIONS = "contributions"  # d: union fee, social/health/unemployment insurance
    EMULATION_DISCIPLINE = "emulation_discipline"  # đ: emulation, reward, discipline, complaints
    OTHER = "other"


class Source(StrEnum):
    """Where a supervision item comes from; each but INSPECTION links back to its record."""

    SUPERVISION = "supervision"  # a finding of a supervision plan
    PETITION = "petition"
    CONFERENCE = "conference"  # a commitment of a conference resolution
    DIALOGUE = "dialogue"  # an action agreed at a dialogue
    AGREEMENT = "agreement"  # a clause of the collective agreement
    INSPECTION = "inspection"  # an authority's inspection, or the union on its own motion


class Status(StrEnum):
    OPEN = "open"  # raised, not yet sent to the addressee
    SENT = "sent"  # sent to the employer: its answer is due
    ANSWERED = "answered"  # the employer answered and undertook to act
    RESOLVED = "resolved"
    REJECTED = "rejected"  # refused, with reasons
    ESCALATED = "escalated"  # to the upper-level union or an authority


NEXT: dict[Status, frozenset[Status]] = {
    Status.OPEN: frozenset({Status.SENT}),
    Status.SENT: frozenset({Status.ANSWERED, Status.REJECTED, Status.ESCALATED}),
    Status.ANSWERED: frozenset({Status.RESOLVED, Status.ESCALATED}),
    Status.REJECTED: frozenset({Status.ESCALATED}),
    Status.ESCALATED: frozenset({Status.RESOLVED, Status.REJECTED}),
    Status.RESOLVED: frozenset(),
}
CLOSED = frozenset({Status.RESOLVED, Status.REJECTED})
# The addressee's answer is due: these count as overdue after the due date.
AWAITING_ANSWER = frozenset({Status.OPEN, Status.SENT})
# Steps that need a written text: an answer, the reasons of a refusal, where it was escalated.
NEEDS_TEXT = frozenset({Status.ANSWERED, Status.REJECTED, Status.ESCALATED})

STATUS_LABELS = {
    Status.OPEN: QT_TRANSLATE_NOOP("Supervision", "Open"),
    Status.SENT: QT_TRANSLATE_NOOP("Supervision", "Sent to the employer"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("Supervision", "Answered"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("Supervision", "Resolved"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Supervision", "Rejected with reasons"),
    Status.ESCALATED: QT_TRANSLATE_NOOP("Supervision", "Escalated"),
}


def check_transition(current: Status, new: Status, text: str) -> None:
    """Refuses a step the life cycle does not allow (one that skips a step or goes back), and
    a refusal, an answer or an escalation without its text."""
    if new not in NEXT[current]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This step skips a stage or goes back. An item is first sent to the "
                      "employer, then answered or rejected with reasons, then resolved or "
                      "escalated."))
    if new in NEEDS_TEXT and not text.strip():
        raise ValidationError({
            Status.ANSWERED: QT_TRANSLATE_NOOP("Errors", "Write the employer's answer."),
            Status.REJECTED: QT_TRANSLATE_NOOP("Errors", "Give the reasons for the refusal."),
            Status.ESCALATED: QT_TRANSLATE_NOOP(
                "Errors", "Say to whom the item is escalated and why."),
        }[new])


def is_overdue(status: Status, due: date | None, today: date) -> bool:
    return status in AWAITING_ANSWER and due is not None and due < today


def check_due(raised: date, due: date) -> None:
    """A due date is after the day the matter was raised."""
    if due < raised:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The due date ({due}) is before the day the matter was raised ({raised})."),
            due=dmy(due), raised=dmy(raised))


def _binding(settings: DemocracySettings) -> bool:
    return settings.soe_rules


def answer_due(received: date, settings: DemocracySettings, calendar: WorkCalendar) -> Clock:
    """S1: the employer answers a recommendation within the regulation's days (15) of receipt."""
    article = S1_ARTICLE if _binding(settings) else S1_DEFAULT_ARTICLE
    return days_after("S1", article, received, settings.supervision_answer_days, calendar)


def petition_due(received: date, settings: DemocracySettings, calendar: WorkCalendar) -> Clock:
    """The regulation's internal deadline for answering a petition (no statute sets one for
    private enterprises; the 15-day default borrows S1)."""
    return days_after("", PETITION_ARTICLE, received, settings.petition_answer_days, calendar)


def plan_notice_due(activity: date, calendar: WorkCalendar) -> Clock:
    """S2: the plan reaches the management at least 5 working days before the activity."""
    return working_days_before("S2", S2_ARTICLE, activity, S2_WORKING_DAYS, calendar)


def plan_notice_check(notice_on: date | None, activity: date, settings: DemocracySettings,
                      calendar: WorkCalendar) -> RuleCheck | None:
    """S2 where the regime binds it (None otherwise): was the notice sent in time?"""
    if not _binding(settings):
        return None
    latest = plan_notice_due(activity, calendar).due
    if notice_on is None:
        return RuleCheck(False, RuleOutcome("S2", S2_ARTICLE, QT_TRANSLATE_NOOP(
            "Rules", "Not yet notified; notify the management by {latest}."),
            (("latest", dmy(latest)),)))
    return RuleCheck(notice_on <= latest, RuleOutcome("S2", S2_ARTICLE, QT_TRANSLATE_NOOP(
        "Rules", "Notified on {notice}; at least {n} working days before {activity} means by "
                 "{latest}."),
        (("notice", dmy(notice_on)), ("n", S2_WORKING_DAYS), ("activity", dmy(activity)),
         ("latest", dmy(latest)))))
