"""Collective bargaining, rules B1-B5 (DOMAIN.md), as pure functions.

Labour Code 2019 Art 67 lists what may be bargained over, Art 70 sets the time limits and the
minutes, Art 71 says when bargaining has failed. Limits in calendar days ("30 ngày", "90 ngày",
"10 ngày") move to the next working day when they end on a rest day (Civil Code 2015 Art 148).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .calendar import WorkCalendar
from .clocks import Clock, days_after, dmy, working_days_after
from .conference_rules import RuleOutcome
from .errors import QT_TRANSLATE_NOOP, ValidationError


class Topic(StrEnum):
    """The eight contents of Labour Code 2019 Art 67.1-67.8."""

    WAGES = "wages"
    WORKING_TIME = "working_time"
    JOB_SECURITY = "job_security"
    SAFETY = "safety"
    UNION_FACILITIES = "union_facilities"
    DISPUTES = "disputes"
    EQUALITY = "equality"
    OTHER = "other"


TOPIC_LABELS: dict[Topic, str] = {
    Topic.WAGES: QT_TRANSLATE_NOOP(
        "Bargaining", "Wages, allowances, raises, bonuses, meals and other benefits"),
    Topic.WORKING_TIME: QT_TRANSLATE_NOOP(
        "Bargaining", "Labour norms, working and rest time, overtime and breaks"),
    Topic.JOB_SECURITY: QT_TRANSLATE_NOOP("Bargaining", "Job security"),
    Topic.SAFETY: QT_TRANSLATE_NOOP(
        "Bargaining", "Occupational safety and health; internal labour rules"),
    Topic.UNION_FACILITIES: QT_TRANSLATE_NOOP(
        "Bargaining", "Facilities for the workers' representative organisation and its "
                      "relations with the employer"),
    Topic.DISPUTES: QT_TRANSLATE_NOOP(
        "Bargaining", "Preventing and resolving labour disputes"),
    Topic.EQUALITY: QT_TRANSLATE_NOOP(
        "Bargaining", "Gender equality, maternity, annual leave, preventing violence and "
                      "sexual harassment"),
    Topic.OTHER: QT_TRANSLATE_NOOP("Bargaining", "Other matters"),
}


class Requester(StrEnum):
    UNION = "union"
    EMPLOYER = "employer"


REQUESTER_LABELS: dict[Requester, str] = {
    Requester.UNION: QT_TRANSLATE_NOOP("Bargaining", "The workers' representative organisation"),
    Requester.EMPLOYER: QT_TRANSLATE_NOOP("Bargaining", "The employer"),
}


class FailureGround(StrEnum):
    REFUSED_OR_LATE = "refused_or_late"  # Art 71.a
    TIME_RAN_OUT = "time_ran_out"  # Art 71.b
    DECLARED = "declared"  # Art 71.c


FAILURE_LABELS: dict[FailureGround, str] = {
    FailureGround.REFUSED_OR_LATE: QT_TRANSLATE_NOOP(
        "Bargaining", "A party refused to bargain, or bargaining did not start in time"),
    FailureGround.TIME_RAN_OUT: QT_TRANSLATE_NOOP(
        "Bargaining", "The time for bargaining ran out without an agreement"),
    FailureGround.DECLARED: QT_TRANSLATE_NOOP(
        "Bargaining", "The parties declared together that bargaining failed"),
}

_ART_70_1 = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 70.1")
_ART_70_2 = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 70.2")


def arrangement_due(requested_on: date, calendar: WorkCalendar) -> Clock:
    """B1 (Labour Code 2019 Art 70.1): place and start time agreed no later than 7 working days
    after the request is received."""
    return working_days_after("B1", _ART_70_1, requested_on, 7, calendar)


def start_due(requested_on: date, calendar: WorkCalendar) -> Clock:
    """B1 (Labour Code 2019 Art 70.1): bargaining starts no later than 30 days after the request
    is received."""
    return days_after("B1", _ART_70_1, requested_on, 30, calendar)


def information_due(requested_on: date, calendar: WorkCalendar) -> Clock:
    """B3 (Labour Code 2019 Art 70.3): the employer supplies the information the worker side
    asked for within 10 days of the request."""
    return days_after("B3", QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 70.3"),
                      requested_on, 10, calendar)


def end_due(started_on: date, calendar: WorkCalendar, agreed_end: date | None = None) -> Clock:
    """B2 (Labour Code 2019 Art 70.2): bargaining lasts no more than 90 days from its start,
    unless the parties agreed otherwise (then the agreed date)."""
    if agreed_end is None:
        return days_after("B2", _ART_70_2, started_on, 90, calendar)
    if agreed_end < started_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The agreed end of bargaining ({end}) cannot be before its start "
                      "({start})."), end=dmy(agreed_end), start=dmy(started_on))
    return Clock(agreed_end, RuleOutcome("B2", _ART_70_2, QT_TRANSLATE_NOOP(
        "Rules", "Bargaining started on {start}; the parties agreed to end it by {due} instead "
                 "of within 90 days."), (("start", dmy(started_on)), ("due", dmy(agreed_end)))))


def check_session_date(held_on: date, requested_on: date, previous_held_on: date | None) -> None:
    """Sessions follow the request (Labour Code 2019 Art 70.1) and each other in order."""
    if held_on < requested_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A session cannot be dated before the request ({requested})."),
            requested=dmy(requested_on))
    if previous_held_on is not None and held_on < previous_held_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A session cannot be dated before the previous session ({previous})."),
            previous=dmy(previous_held_on))


def check_failure(ground: FailureGround, declared_on: date, requested_on: date,
                  started_on: date | None, calendar: WorkCalendar,
                  agreed_end: date | None = None) -> RuleOutcome:
    """B5 (Labour Code 2019 Art 71): bargaining has failed when (a) a party refuses or it does
    not start within the Art 70.1 limit, (b) the Art 70.2 time runs out without agreement, or
    (c) the parties declare it failed. A ground the dates do not support is refused."""
    if declared_on < requested_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A failure cannot be dated before the request ({requested})."),
            requested=dmy(requested_on))
    ground = FailureGround(ground)
    declared = dmy(declared_on)
    if ground is FailureGround.REFUSED_OR_LATE:
        limit = start_due(requested_on, calendar).due
        params = (("requested", dmy(requested_on)), ("due", dmy(limit)), ("declared", declared))
        article = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 71.a")
        if started_on is None:
            return RuleOutcome("B5", article, QT_TRANSLATE_NOOP(
                "Rules", "Requested on {requested}, no session by {declared}: a party refused, "
                         "or bargaining did not start by {due}."), params)
        if started_on <= limit:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Bargaining started on {started}, within the time limit ({due}): it "
                          "was not refused or late."), started=dmy(started_on), due=dmy(limit))
        return RuleOutcome("B5", article, QT_TRANSLATE_NOOP(
            "Rules", "Requested on {requested}, bargaining started only on {started}, after the "
                     "limit of {due}."), (*params, ("started", dmy(started_on))))
    if ground is FailureGround.TIME_RAN_OUT:
        if started_on is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Bargaining has not started, so its time cannot have run out."))
        limit = end_due(started_on, calendar, agreed_end).due
        if declared_on <= limit:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Bargaining may go on until {due}: its time has not run out on "
                          "{declared}."), due=dmy(limit), declared=declared)
        return RuleOutcome("B5", QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 71.b"),
                           QT_TRANSLATE_NOOP(
            "Rules", "Bargaining started on {started} and had to end by {due}; no agreement by "
                     "{declared}."),
            (("started", dmy(started_on)), ("due", dmy(limit)), ("declared", declared)))
    return RuleOutcome("B5", QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 71.c"),
                       QT_TRANSLATE_NOOP(
        "Rules", "The parties declared on {declared} that bargaining failed."),
        (("declared", declared),))
