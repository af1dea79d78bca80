"""Working-day calendar and deadlines: Civil Code 2015 Arts 147-148, Labour Code 2019 Art 112."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dcs_enterprise.domain.calendar import (
    SHIPPED_HOLIDAY_YEARS,
    Deadline,
    Holiday,
    WorkCalendar,
    deadline,
    statutory_holidays,
)

SUN_REST = WorkCalendar.statutory()  # the common factory setting: Sunday only
SAT_SUN_REST = WorkCalendar.statutory(rest_weekdays=frozenset({5, 6}))
NO_HOLIDAYS = WorkCalendar()
ONE_DAY = timedelta(days=1)

# Tết 2027: lunar 1/1 is Sat 6 Feb; holidays Fri 5 .. Tue 9 Feb; Sun 7 Feb is also a rest day.
TET_2027 = [date(2027, 2, d) for d in range(5, 10)]


# --- statutory holidays (Labour Code 2019 Art 112.1) ---------------------------------------


@pytest.mark.parametrize("year", list(SHIPPED_HOLIDAY_YEARS))
def test_each_shipped_year_has_eleven_distinct_days(year: int):
    # 1 Jan + 5 Tết + Hùng Kings + 30/4 + 1/5 + 2 National Day = 11, none overlapping.
    days = [h.day for h in statutory_holidays(year)]
    assert len(days) == 11
    assert len(set(days)) == 11
    assert days == sorted(days)
    assert {date(year, 1, 1), date(year, 4, 30), date(year, 5, 1)} <= set(days)
    assert {date(year, 9, 1), date(year, 9, 2)} <= set(days)


@pytest.mark.parametrize(
    ("year", "first", "last", "hung_kings"),
    [
        # Last day of the lunar year (lunar new year - 1) to lunar 1/4 (lunar new year + 3).
        (2025, date(2025, 1, 28), date(2025, 2, 1), date(2025, 4, 7)),
        (2026, date(2026, 2, 16), date(2026, 2, 20), date(2026, 4, 26)),
        (2027, date(2027, 2, 5), date(2027, 2, 9), date(2027, 4, 16)),
        (2028, date(2028, 1, 25), date(2028, 1, 29), date(2028, 4, 4)),
        (2029, date(2029, 2, 12), date(2029, 2, 16), date(2029, 4, 23)),
        (2030, date(2030, 2, 2), date(2030, 2, 6), date(2030, 4, 12)),
    ],
)
def test_tet_and_hung_kings_dates(year: int, first: date, last: date, hung_kings: date):
    holidays = statutory_holidays(year)
    tet = [h.day for h in holidays if h.name == "Tết Nguyên đán"]
    assert tet[0] == first and tet[-1] == last
    assert [(d - first).days for d in tet] == [0, 1, 2, 3, 4]  # five consecutive days
    assert Holiday(hung_kings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)") in holidays


def test_holiday_names_are_vietnamese():
    names = {h.name for h in statutory_holidays(2027)}
    assert "Tết Dương lịch" in names
    assert "Ngày Chiến thắng (30/4)" in names
    assert "Ngày Quốc tế Lao động (1/5)" in names
    assert "Quốc khánh (2/9)" in names


@pytest.mark.parametrize("year", [2024, 2031, 1999])
def test_years_outside_the_shipped_table_raise(year: int):
    with pytest.raises(ValueError):
        statutory_holidays(year)


def test_statutory_calendar_holds_all_shipped_years():
    assert len(SUN_REST.holidays) == 11 * 6
    assert all(not SUN_REST.is_working_day(d) for d in TET_2027)


# --- the calendar itself ----------------------------------------------------------------------


def test_working_day_by_weekday_and_holiday():
    assert SUN_REST.is_working_day(date(2027, 1, 9))  # Saturday works by default
    assert not SUN_REST.is_working_day(date(2027, 1, 10))  # Sunday
    assert not SAT_SUN_REST.is_working_day(date(2027, 1, 9))  # Saturday as a rest day
    assert not SUN_REST.is_working_day(date(2027, 1, 1))  # Friday, but New Year's Day
    assert NO_HOLIDAYS.is_working_day(date(2027, 1, 1))


@pytest.mark.parametrize("rest", [frozenset(range(7)), frozenset({7}), frozenset({-1})])
def test_rest_days_must_leave_a_working_day(rest: frozenset[int]):
    with pytest.raises(ValueError):
        WorkCalendar(rest_weekdays=rest)


# --- add_days: calendar days, rolled forward (Civil Code Art 148.2) ---------------------------


def test_add_days_on_a_working_day_is_not_moved():
    assert SUN_REST.add_days(date(2027, 1, 3), 30) == date(2027, 2, 2)  # Tuesday


def test_add_days_falling_on_sunday_rolls_to_monday():
    assert SUN_REST.add_days(date(2025, 3, 7), 2) == date(2025, 3, 10)  # Fri+2 = Sun -> Mon


def test_add_days_falling_on_saturday_depends_on_the_rest_days():
    # Thu 31 Dec 2026 + 1 = Fri 1 Jan 2027 (holiday) -> Sat 2 Jan, or Mon 4 Jan if Saturday rests.
    assert SUN_REST.add_days(date(2026, 12, 31), 1) == date(2027, 1, 2)
    assert SAT_SUN_REST.add_days(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_add_days_falling_in_tet_rolls_past_it():
    # Wed 6 Jan 2027 + 30 = Fri 5 Feb, first day of Tết; 5-9 Feb are off, and Wed 10 is the
    # day in lieu of Sun 7 (Art 111.3) -> Thu 11 Feb.
    assert SUN_REST.add_days(date(2027, 1, 6), 30) == date(2027, 2, 11)
    assert NO_HOLIDAYS.add_days(date(2027, 1, 6), 30) == date(2027, 2, 5)


def test_add_days_across_30_april_1_may_and_a_sunday():
    # Thu 29 Apr 2027 + 1 = Fri 30/4 (holiday), Sat 1/5 (holiday), Sun 2/5 (rest) -> Mon 3 May.
    assert SUN_REST.add_days(date(2027, 4, 29), 1) == date(2027, 5, 3)


# --- add_working_days: the day of the event is not counted (Civil Code Art 147.2) -------------


def test_add_working_days_starts_the_day_after():
    assert SUN_REST.add_working_days(date(2027, 1, 4), 1) == date(2027, 1, 5)  # Mon -> Tue
    # From Sunday 3 Jan: Mon 4, Tue 5, Wed 6 are the 3 working days.
    assert SUN_REST.add_working_days(date(2027, 1, 3), 3) == date(2027, 1, 6)


def test_add_working_days_across_a_weekend():
    # From Fri 8 Jan 2027, 2 WD: Sat 9, (Sun 10 rests), Mon 11.
    assert SUN_REST.add_working_days(date(2027, 1, 8), 2) == date(2027, 1, 11)
    # Saturday resting too: Mon 11, Tue 12.
    assert SAT_SUN_REST.add_working_days(date(2027, 1, 8), 2) == date(2027, 1, 12)


def test_add_working_days_across_tet_2027():
    # From Mon 1 Feb, 5 WD: Tue 2, Wed 3, Thu 4, (5-9 Tết, 10 in lieu of Sun 7), Thu 11, Fri 12.
    assert SUN_REST.add_working_days(date(2027, 2, 1), 5) == date(2027, 2, 12)
    # From Thu 4 Feb, the very next working day is Thu 11 Feb.
    assert SUN_REST.add_working_days(date(2027, 2, 4), 1) == date(2027, 2, 11)
    # Without the holidays the same count ends before Tết is over: Tue 2 .. Sat 6.
    assert NO_HOLIDAYS.add_working_days(date(2027, 2, 1), 5) == date(2027, 2, 6)


def test_add_working_days_from_a_holiday_start():
    # The event happens during Tết (Sat 6 Feb): counting starts at Thu 11, 2 WD -> Fri 12.
    assert SUN_REST.add_working_days(date(2027, 2, 6), 2) == date(2027, 2, 12)


def test_saturday_rest_after_tet():
    # From Fri 12 Feb 2027, 1 WD: Sat 13 by default; Mon 15 when Saturday rests.
    assert SUN_REST.add_working_days(date(2027, 2, 12), 1) == date(2027, 2, 13)
    assert SAT_SUN_REST.add_working_days(date(2027, 2, 12), 1) == date(2027, 2, 15)


@pytest.mark.parametrize("n", [0, -1, -5])
def test_non_positive_counts_raise(n: int):
    with pytest.raises(ValueError):
        SUN_REST.add_working_days(date(2027, 1, 4), n)
    with pytest.raises(ValueError):
        SUN_REST.add_days(date(2027, 1, 4), n)
    with pytest.raises(ValueError):
        SUN_REST.subtract_working_days(date(2027, 1, 4), n)


# --- subtract_working_days: latest d with add_working_days(d, n) <= end ------------------------


def test_subtract_working_days_simple_week():
    # End Wed 13 Jan 2027, 5 WD back (end counted): Wed 13, Tue 12, Mon 11, Sat 9, Fri 8 -> Thu 7.
    assert SUN_REST.subtract_working_days(date(2027, 1, 13), 5) == date(2027, 1, 7)
    # Saturday resting: Wed 13, Tue 12, Mon 11, Fri 8, Thu 7 -> Wed 6.
    assert SAT_SUN_REST.subtract_working_days(date(2027, 1, 13), 5) == date(2027, 1, 6)


def test_subtract_working_days_may_land_on_a_rest_day():
    # End Fri 15 Jan: Mon 11..Fri 15 are the 5 WD, so the latest d is Sun 10 (a rest day).
    d = SUN_REST.subtract_working_days(date(2027, 1, 15), 5)
    assert d == date(2027, 1, 10)
    assert SUN_REST.add_working_days(d, 5) == date(2027, 1, 15)
    assert SUN_REST.add_working_days(d + ONE_DAY, 5) == date(2027, 1, 16)  # Mon 11 too late


def test_subtract_working_days_across_tet_2027():
    # End Fri 12 Feb: Fri 12, Thu 11, (10 in lieu, 9-5 Tết), Thu 4, Wed 3, Tue 2 -> Mon 1 Feb.
    assert SUN_REST.subtract_working_days(date(2027, 2, 12), 5) == date(2027, 2, 1)


@pytest.mark.parametrize("end", [date(2027, 1, 10), date(2027, 2, 8), date(2027, 2, 15)])
@pytest.mark.parametrize("n", [1, 3, 5, 7])
def test_subtract_is_the_latest_date_that_fits(end: date, n: int):
    d = SUN_REST.subtract_working_days(end, n)
    assert SUN_REST.add_working_days(d, n) <= end
    assert SUN_REST.add_working_days(d + ONE_DAY, n) > end


# --- working_days_between: working days in (a, b] --------------------------------------------


def test_working_days_between():
    # (1 Feb, 14 Feb] 2027: Tue 2, Wed 3, Thu 4, (5-9 Tết, Wed 10 in lieu of Sun 7),
    # Thu 11 .. Sat 13, (Sun 14) = 6.
    assert SUN_REST.working_days_between(date(2027, 2, 1), date(2027, 2, 14)) == 6
    # Saturday resting too: Sat 6 and Sun 7 are both in Tết, so Wed 10 and Thu 11 are in lieu,
    # and Sat 13 rests: Tue 2, Wed 3, Thu 4, Fri 12 = 4.
    assert SAT_SUN_REST.working_days_between(date(2027, 2, 1), date(2027, 2, 14)) == 4
    assert SUN_REST.working_days_between(date(2027, 1, 4), date(2027, 1, 5)) == 1  # b counted
    assert SUN_REST.working_days_between(date(2027, 1, 4), date(2027, 1, 4)) == 0
    assert SUN_REST.working_days_between(date(2027, 1, 5), date(2027, 1, 4)) == 0


def test_between_agrees_with_add():
    start = date(2027, 1, 28)
    for n in range(1, 30):
        assert SUN_REST.working_days_between(start, SUN_REST.add_working_days(start, n)) == n


# --- deadline: rule id, article and explanation ------------------------------------------------


def test_deadline_in_working_days():
    start = date(2027, 1, 3)
    dl = deadline("D9", "Decree 145/2020 Art 39.5", start, working_days=3, calendar=SUN_REST)
    assert dl == Deadline(
        due=date(2027, 1, 6),  # Sun 3 Jan not counted: Mon 4, Tue 5, Wed 6
        rule_id="D9",
        article="Decree 145/2020 Art 39.5",
        explanation="3 working days after 03/01/2027 "
        "(day of the event not counted; rest days and holidays skipped)",
    )


def test_deadline_in_days_not_moved():
    dl = deadline("S1", "Law 10/2022 Art 81.1.d", date(2027, 1, 3), days=30, calendar=SUN_REST)
    assert dl.due == date(2027, 2, 2)  # 3 Jan + 30 = Tue 2 Feb, a working day
    assert dl.explanation == "30 days after 03/01/2027 (day of the event not counted)"


def test_deadline_in_days_moved_past_tet():
    dl = deadline("B1", "Labour Code 2019 Art 70.1", date(2027, 1, 6), days=30, calendar=SUN_REST)
    assert dl.due == date(2027, 2, 11)  # Fri 5 Feb is Tết; 5-9 Feb off, 10 in lieu of Sun 7
    assert dl.explanation == "30 days after 06/01/2027, moved to the next working day"


def test_deadline_singular_unit():
    dl = deadline("X", "Art 1", date(2027, 1, 4), working_days=1, calendar=SUN_REST)
    assert dl.explanation.startswith("1 working day after 04/01/2027 ")


@pytest.mark.parametrize("kwargs", [{}, {"working_days": 5, "days": 5}])
def test_deadline_needs_exactly_one_count(kwargs: dict[str, int]):
    with pytest.raises(ValueError):
        deadline("D6", "Decree 145/2020 Art 39.3", date(2027, 1, 4), calendar=SUN_REST, **kwargs)


def test_deadline_rejects_zero():
    with pytest.raises(ValueError):
        deadline("D6", "Art", date(2027, 1, 4), working_days=0, calendar=SUN_REST)


def test_days_in_lieu_of_holidays_on_the_rest_day():
    """Labour Code 2019 Art 111.3: a holiday on the weekly rest day gives the next working
    day off."""
    # Giỗ Tổ 2026 (10/3 lunar) is Sunday 26 April: Monday 27 April is off in lieu.
    assert date(2026, 4, 27) in SUN_REST.days_in_lieu
    assert not SUN_REST.is_working_day(date(2026, 4, 27))
    # Holidays on working days give nothing: 30 April and 1 May 2026 are Thursday and Friday.
    assert not [d for d in SUN_REST.days_in_lieu if (d.year, d.month) == (2026, 5)]
    assert SUN_REST.is_working_day(date(2026, 5, 2))  # the Saturday after
    # Tết 2027 runs Fri 5 - Tue 9 Feb with Sun 7 inside: the day in lieu is after the run.
    assert sorted(d for d in SUN_REST.days_in_lieu if d.year == 2027 and d.month == 2) == [
        date(2027, 2, 10)]
    # Resting Saturday too, Sat 6 and Sun 7 give two days: Wed 10 and Thu 11.
    assert sorted(d for d in SAT_SUN_REST.days_in_lieu if d.year == 2027 and d.month == 2) == [
        date(2027, 2, 10), date(2027, 2, 11)]
