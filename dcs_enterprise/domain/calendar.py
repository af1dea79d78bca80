"""The working-day calendar and the deadline function every legal rule uses.

Time limits count as Civil Code 2015 Arts 147-148 say: the day of the event is not counted
(Art 147.2), and a limit whose last day is a rest day or holiday ends at the close of the next
working day (Art 148.2). Public holidays are those of Labour Code 2019 Art 112.1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = [
    "SHIPPED_HOLIDAY_YEARS",
    "Deadline",
    "Holiday",
    "WorkCalendar",
    "deadline",
    "statutory_holidays",
]

SHIPPED_HOLIDAY_YEARS = range(2025, 2031)

_ONE_DAY = timedelta(days=1)

# Solar dates of lunar 1/1 (Tết) and lunar 10/3 (Giỗ Tổ Hùng Vương), Vietnamese calendar (UTC+7).
_LUNAR_NEW_YEAR = {
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
}
_HUNG_KINGS = {
    2025: date(2025, 4, 7),
    2026: date(2026, 4, 26),
    2027: date(2027, 4, 16),
    2028: date(2028, 4, 4),
    2029: date(2029, 4, 23),
    2030: date(2030, 4, 12),
}


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str


def statutory_holidays(year: int) -> list[Holiday]:
    """The 11 public holidays of Labour Code 2019 Art 112.1 in ``year`` (2025-2030), by date.

    1 Jan; Tết Nguyên đán, 5 days: the last day of the lunar year and lunar 1/1 to 1/4; Hùng
    Kings' day (lunar 10/3); 30 Apr; 1 May; National Day 2 Sep and one adjacent day (1 Sep here).
    The Prime Minister fixes the exact Tết days and the second National Day each year (Art 112.3),
    and compensatory rest for a holiday on a weekly rest day (Art 111.3) is not added here, so the
    app keeps the holiday table editable; this is only its shipped default.
    """
    if year not in SHIPPED_HOLIDAY_YEARS:
        raise ValueError(f"no shipped holiday table for {year}")
    tet = _LUNAR_NEW_YEAR[year]
    days = [
        Holiday(date(year, 1, 1), "Tết Dương lịch"),
        *(Holiday(tet + timedelta(days=k), "Tết Nguyên đán") for k in range(-1, 4)),
        Holiday(_HUNG_KINGS[year], "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        Holiday(date(year, 4, 30), "Ngày Chiến thắng (30/4)"),
        Holiday(date(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
        Holiday(date(year, 9, 1), "Quốc khánh (1/9)"),
        Holiday(date(year, 9, 2), "Quốc khánh (2/9)"),
    ]
    return sorted(days, key=lambda h: h.day)


def compensatory_days(holidays: frozenset[date], rest_weekdays: frozenset[int]) -> frozenset[date]:
    """Days off in lieu: a holiday on the weekly rest day gives the next working day off
    (Labour Code 2019 Art 111.3). A run of holidays (Tết) pushes it past the whole run."""
    taken: set[date] = set()
    for holiday in sorted(holidays):
        if holiday.weekday() not in rest_weekdays:
            continue
        d = holiday + _ONE_DAY
        while d.weekday() in rest_weekdays or d in holidays or d in taken:
            d += _ONE_DAY
        taken.add(d)
    return frozenset(taken)


@dataclass(frozen=True)
class WorkCalendar:
    """Weekly rest days (``date.weekday()`` numbers; default Sunday only, Saturday is a common
    option, Labour Code 2019 Art 111) and the public-holiday dates; the days off in lieu of
    holidays that fall on a rest day (Art 111.3) are derived, not stored."""

    rest_weekdays: frozenset[int] = frozenset({6})
    holidays: frozenset[date] = field(default_factory=frozenset)
    days_in_lieu: frozenset[date] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.rest_weekdays <= set(range(7)) or len(self.rest_weekdays) == 7:
            raise ValueError("rest_weekdays must be weekday numbers 0-6 leaving a working day")
        object.__setattr__(self, "days_in_lieu",
                           compensatory_days(self.holidays, self.rest_weekdays))

    @classmethod
    def statutory(
        cls, years: range = SHIPPED_HOLIDAY_YEARS, rest_weekdays: frozenset[int] = frozenset({6})
    ) -> WorkCalendar:
        """A calendar with the shipped statutory holidays of ``years``."""
        days = frozenset(h.day for y in years for h in statutory_holidays(y))
        return cls(rest_weekdays=frozenset(rest_weekdays), holidays=days)

    def is_working_day(self, d: date) -> bool:
        return (d.weekday() not in self.rest_weekdays and d not in self.holidays
                and d not in self.days_in_lieu)

    def next_working_day(self, d: date) -> date:
        """``d`` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (the day of the event is not counted), n >= 1."""
        _check_positive(n)
        d = start
        while n:
            d += _ONE_DAY
            if self.is_working_day(d):
                n -= 1
        return d

    def add_days(self, start: date, n: int) -> date:
        """``start`` + n calendar days (n >= 1); a result on a rest day or holiday moves to the
        next working day (Civil Code 2015 Art 148.2)."""
        _check_positive(n)
        return self.next_working_day(start + timedelta(days=n))

    def subtract_working_days(self, end: date, n: int) -> date:
        """The latest date d with ``add_working_days(d, n) <= end``, for "≥ n WD before" limits.

        That is: counting from the day after d, the n-th working day falls on or before ``end``.
        It is the day before the n-th working day counted back from ``end`` (``end`` included
        when it is a working day), so it may itself be a rest day: for a Friday ``end`` and n=5
        with Sunday rest, d is the Sunday before (Mon-Fri are the 5 working days).
        """
        _check_positive(n)
        d = end + _ONE_DAY
        while n:
            d -= _ONE_DAY
            if self.is_working_day(d):
                n -= 1
        return d - _ONE_DAY

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days in (a, b]: a not counted, b counted; 0 when b <= a."""
        count, d = 0, a
        while d < b:
            d += _ONE_DAY
            count += self.is_working_day(d)
        return count


@dataclass(frozen=True)
class Deadline:
    due: date
    rule_id: str
    article: str
    explanation: str


def deadline(
    rule_id: str,
    article: str,
    start: date,
    *,
    working_days: int | None = None,
    days: int | None = None,
    calendar: WorkCalendar,
) -> Deadline:
    """The due date ``working_days`` working days or ``days`` calendar days after ``start``
    (exactly one of them), counted as Civil Code 2015 Arts 147-148 say, with its explanation."""
    if (working_days is None) == (days is None):
        raise ValueError("give exactly one of working_days and days")
    when = start.strftime("%d/%m/%Y")
    if working_days is not None:
        due = calendar.add_working_days(start, working_days)
        unit = "working day" if working_days == 1 else "working days"
        text = (
            f"{working_days} {unit} after {when} "
            "(day of the event not counted; rest days and holidays skipped)"
        )
    else:
        assert days is not None
        due = calendar.add_days(start, days)
        unit = "day" if days == 1 else "days"
        text = f"{days} {unit} after {when}"
        if due != start + timedelta(days=days):
            text += ", moved to the next working day"
        else:
            text += " (day of the event not counted)"
    return Deadline(due=due, rule_id=rule_id, article=article, explanation=text)


def _check_positive(n: int) -> None:
    if n < 1:
        raise ValueError(f"a time limit must be at least 1 day, got {n}")
