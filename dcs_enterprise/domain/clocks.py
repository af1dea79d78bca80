"""Dated legal deadlines the screen can explain, and the yes/no result of a rule check.

Time limits count as Civil Code 2015 Arts 147-148 say (domain/calendar.py): the day of the
event is not counted, and a limit in calendar days whose last day is a rest day or holiday ends
on the next working day. Each Clock carries its rule id, the article ("Rules" catalogue string,
given by the caller) and a "Rules" template whose parameters show the counting, with dates as
dd/mm/yyyy strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import WorkCalendar
from .conference_rules import RuleOutcome
from .errors import QT_TRANSLATE_NOOP

__all__ = [
    "Clock",
    "RuleCheck",
    "RuleOutcome",
    "days_after",
    "dmy",
    "working_days_after",
    "working_days_before",
]


@dataclass(frozen=True)
class Clock:
    """A deadline: the due date and why (rule id, article, the counting)."""

    due: date
    why: RuleOutcome


@dataclass(frozen=True)
class RuleCheck:
    """A rule applied to the facts: whether it is met, and why."""

    ok: bool
    why: RuleOutcome


def dmy(day: date) -> str:
    """A date as messages show it: dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y")


def working_days_after(rule_id: str, article: str, start: date, n: int,
                       calendar: WorkCalendar) -> Clock:
    """The n-th working day after ``start`` (Civil Code 2015 Art 147.2: the day of the event is
    not counted; rest days and holidays of Labour Code 2019 Arts 111-112 are skipped)."""
    due = calendar.add_working_days(start, n)
    return Clock(due, RuleOutcome(rule_id, article, QT_TRANSLATE_NOOP(
        "Rules", "{n} working days after {start} (the day itself not counted; rest days and "
                 "holidays skipped): {due}."),
        (("n", n), ("start", dmy(start)), ("due", dmy(due)))))


def days_after(rule_id: str, article: str, start: date, n: int,
               calendar: WorkCalendar) -> Clock:
    """``start`` + n calendar days (Civil Code 2015 Art 147.2); a last day on a rest day or
    holiday moves to the next working day (Art 148.2)."""
    due = calendar.add_days(start, n)
    limit = start + timedelta(days=n)
    if due == limit:
        return Clock(due, RuleOutcome(rule_id, article, QT_TRANSLATE_NOOP(
            "Rules", "{n} days after {start} (the day itself not counted): {due}."),
            (("n", n), ("start", dmy(start)), ("due", dmy(due)))))
    return Clock(due, RuleOutcome(rule_id, article, QT_TRANSLATE_NOOP(
        "Rules", "{n} days after {start} is {limit}, a rest day or holiday; moved to the next "
                 "working day: {due}."),
        (("n", n), ("start", dmy(start)), ("limit", dmy(limit)), ("due", dmy(due)))))


def working_days_before(rule_id: str, article: str, day: date, n: int,
                        calendar: WorkCalendar) -> Clock:
    """The latest date from which at least n working days run up to ``day`` (a "no later than
    n working days before" limit, counted back as Civil Code 2015 Art 147 counts forward; see
    WorkCalendar.subtract_working_days). That day may be a rest day or a holiday, when nothing
    is sent: the limit is then the working day before it, so the date shown can be met."""
    due = calendar.subtract_working_days(day, n)
    while not calendar.is_working_day(due):
        due -= timedelta(days=1)
    return Clock(due, RuleOutcome(rule_id, article, QT_TRANSLATE_NOOP(
        "Rules", "At least {n} working days before {day}: by {due}."),
        (("n", n), ("day", dmy(day)), ("due", dmy(due)))))
