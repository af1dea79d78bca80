"""When the records of a conference are dated, and above all those of its day.

Before the day, a record (a department meeting, a petition, an answer, the invitations) is
dated today, or the nearest day the service accepts for it when today is outside them (the
records of a conference entered afterwards).

On the planned day the records take the time they are made: now. After the day (the day recorded
afterwards, from the paper attendance list and minutes) they take the time the user gives, and
the screens propose the plan's: the planned start (ConferenceInfo.held_on and start_time) for
the opening, the check-ins at the opening once it is recorded (the planned start before that),
and the end of the agenda, not before the opening, for the closing. Before the day the records
would take now too, and the service refuses them with its own message: a conference is not run
before its day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from ...services.conference_models import AgendaInfo, ConferenceInfo


def now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def today_within(lowest: date | None = None, highest: date | None = None) -> date:
    """Today, or the nearest day between `lowest` and `highest`."""
    day = now().date()
    if highest is not None:
        day = min(day, highest)
    if lowest is not None:
        day = max(day, lowest)
    return day


def approved_on(info: ConferenceInfo) -> date | None:
    """When the plan was approved: the later side's day (None until both approved)."""
    if info.employer_approved_on is None or info.union_approved_on is None:
        return None
    return max(info.employer_approved_on, info.union_approved_on)


def _at(day: date, hh_mm: str) -> datetime | None:
    try:
        hour, minute = (int(part) for part in hh_mm.split(":"))
        return datetime.combine(day, time(hour, minute))
    except ValueError:
        return None


def planned_start(info: ConferenceInfo) -> datetime:
    return _at(info.held_on, info.start_time) or datetime.combine(info.held_on, time())


def afterwards(info: ConferenceInfo) -> bool:
    """The planned day is over: its records are entered afterwards."""
    return now().date() > info.held_on


def opening_time(info: ConferenceInfo) -> datetime:
    return planned_start(info) if afterwards(info) else now()


def check_in_time(info: ConferenceInfo) -> datetime:
    if afterwards(info):
        return info.opened_at or planned_start(info)
    return now()


def closing_time(info: ConferenceInfo, agenda: Sequence[AgendaInfo]) -> datetime:
    opened = info.opened_at or planned_start(info)
    if afterwards(info):
        ends = (_at(info.held_on, item.starts_at) for item in agenda)
        return max([opened, *(end for end in ends if end is not None)])
    return max(now(), opened)
