"""Preparing the workers' conference: the checklist dated back from the day, who is summoned,
who runs it, and how a department elects its delegates.

Decree 145/2020 Art 47.3 leaves the preparation to the democracy regulation; the steps and
lead times below are the common practice of legal-vn.md E1 (department meetings, petitions
collected and answered before the day, drafts circulated, invitations), counted in working
days of the enterprise's calendar so none falls on a rest day or a holiday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .calendar import WorkCalendar
from .conference_rules import ConferenceForm, RuleOutcome
from .errors import QT_TRANSLATE_NOOP, ValidationError

PRACTICE = QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 47.3; common practice")


class Owner(StrEnum):
    EMPLOYER = "employer"
    UNION = "union"
    JOINT = "joint"
    DEPARTMENTS = "departments"


class TaskKind(StrEnum):
    REPORTS_DRAFTED = "reports_drafted"
    DRAFTS_CIRCULATED = "drafts_circulated"
    DEPARTMENT_MEETINGS = "department_meetings"
    PETITION_CUTOFF = "petition_cutoff"
    ANSWERS_READY = "answers_ready"
    INVITATIONS_SENT = "invitations_sent"
    VENUE_READY = "venue_ready"


TASK_LABELS: dict[TaskKind, str] = {
    TaskKind.REPORTS_DRAFTED: QT_TRANSLATE_NOOP(
        "Conference", "Draft the employer's report, the union's report and the review of last "
                      "year's resolution"),
    TaskKind.DRAFTS_CIRCULATED: QT_TRANSLATE_NOOP(
        "Conference", "Circulate the drafts and the draft resolution to the departments"),
    TaskKind.DEPARTMENT_MEETINGS: QT_TRANSLATE_NOOP(
        "Conference", "Hold the department meetings (discussion, petitions, delegates)"),
    TaskKind.PETITION_CUTOFF: QT_TRANSLATE_NOOP(
        "Conference", "Petition cut-off: the union consolidates the petitions"),
    TaskKind.ANSWERS_READY: QT_TRANSLATE_NOOP(
        "Conference", "The employer answers every petition"),
    TaskKind.INVITATIONS_SENT: QT_TRANSLATE_NOOP(
        "Conference", "Send the invitations and the delegate list"),
    TaskKind.VENUE_READY: QT_TRANSLATE_NOOP(
        "Conference", "Prepare the hall, the agenda and the check-in desk"),
}

# Working days before the conference, and who is responsible, in the order they fall due.
_LEAD: tuple[tuple[TaskKind, int, Owner], ...] = (
    (TaskKind.REPORTS_DRAFTED, 20, Owner.JOINT),
    (TaskKind.DRAFTS_CIRCULATED, 15, Owner.UNION),
    (TaskKind.DEPARTMENT_MEETINGS, 10, Owner.DEPARTMENTS),
    (TaskKind.PETITION_CUTOFF, 10, Owner.UNION),
    (TaskKind.ANSWERS_READY, 5, Owner.EMPLOYER),
    (TaskKind.INVITATIONS_SENT, 5, Owner.JOINT),
    (TaskKind.VENUE_READY, 1, Owner.EMPLOYER),
)


@dataclass(frozen=True)
class PlannedTask:
    kind: TaskKind
    owner: Owner
    due: date
    working_days_before: int


def preparation_checklist(held_on: date, calendar: WorkCalendar) -> list[PlannedTask]:
    """The checklist, each item due a number of working days before the conference day, on
    a working day (stepping back from a rest day, so the lead time only grows)."""
    tasks = []
    for kind, days, owner in _LEAD:
        due = calendar.subtract_working_days(held_on, days)
        while not calendar.is_working_day(due):
            due -= timedelta(days=1)
        tasks.append(PlannedTask(kind, owner, due, days))
    return tasks


def checklist_basis(task: PlannedTask) -> RuleOutcome:
    return RuleOutcome("C1", PRACTICE, QT_TRANSLATE_NOOP(
        "Rules", "{days} working days before the conference day."),
        (("days", task.working_days_before),))


class DelegateKind(StrEnum):
    EX_OFFICIO = "ex_officio"  # đại biểu đương nhiên
    ELECTED = "elected"
    WORKER = "worker"  # full conference: every worker is summoned


class OfficerRole(StrEnum):
    PRESIDIUM = "presidium"  # đoàn chủ tịch; the first-placed member chairs
    SECRETARY = "secretary"  # thư ký hội nghị
    COUNTER = "counter"  # ban kiểm phiếu


class ElectionMethod(StrEnum):
    SHOW_OF_HANDS = "show_of_hands"
    SECRET_BALLOT = "secret_ballot"


def summoned_kinds(form: ConferenceForm) -> tuple[DelegateKind, ...]:
    return ((DelegateKind.WORKER,) if form is ConferenceForm.FULL
            else (DelegateKind.EX_OFFICIO, DelegateKind.ELECTED))


@dataclass(frozen=True)
class ElectionResult:
    elected: tuple[int, ...]  # candidate keys, most votes first
    tied: tuple[int, ...]  # candidates tied for the last seat: a further round is needed
    needed: int  # the smallest number of votes that elects
    why: RuleOutcome


def decide_election(votes: dict[int, int], present: int, seats: int) -> ElectionResult:
    """Who a department meeting elects: the candidates with MORE than half of those present,
    most votes first, up to its seats. Candidates tied for the last seat are not elected;
    the meeting votes again between them (practice, legal-vn.md A3.14; democracy regulation).
    """
    if present < 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A meeting needs at least one worker present."))
    for count in votes.values():
        if not 0 <= count <= present:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A candidate's votes ({votes}) must be between 0 and those present "
                          "({present})."), votes=count, present=present)
    needed = present // 2 + 1
    eligible = sorted((k for k, v in votes.items() if v >= needed), key=lambda k: -votes[k])
    elected, tied = eligible[:seats], ()
    if len(eligible) > seats and seats > 0:
        last = votes[eligible[seats - 1]]
        if votes[eligible[seats]] == last:
            tied = tuple(k for k in eligible if votes[k] == last)
            elected = [k for k in elected if votes[k] > last]
    return ElectionResult(tuple(elected), tuple(tied), needed, RuleOutcome(
        "A3.14", QT_TRANSLATE_NOOP("Rules", "Democracy regulation; common practice"), QT_TRANSLATE_NOOP(
            "Rules", "{present} present; a delegate needs more than half, that is at least "
                     "{needed} votes; {seats} seats."),
        (("present", present), ("needed", needed), ("seats", seats))))
