"""extractor.temporal: date expressions -> TIMEX3 (value, mod), one table row per rule.

The anchor is Friday 2021-12-17 (the seed article's publication date) unless a row says
otherwise; `tense` is the hint the dates component derives from the clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.temporal import normalize, numeric_order, rejection, resolve_against

FRI = dt.date(2021, 12, 17)   # Friday, ISO week 2021-W50, Q4, fall
MON = dt.date(2021, 3, 1)     # Monday, Q1, winter
JUL = dt.date(2021, 7, 15)    # Thursday, Q3, summer
END = dt.date(2021, 12, 31)   # Friday, ISO week 2021-W52
LEAP = dt.date(2024, 2, 29)   # Thursday

CASES = [
    # --- numeric days: month first (US), day first when only that fits or when the US reading
    # lies after publication (JUL = 2021-07-15)
    ("12/16/2020", JUL, None, "2020-12-16", None),
    ("20/05/2021", JUL, None, "2021-05-20", None),
    ("07/06/2021", JUL, None, "2021-07-06", None),
    ("08/06/2021", JUL, None, "2021-06-08", None),
    ("08/20/2021", JUL, None, "2021-08-20", None),
    # --- a day with a relative year
    ("Dec. 14 last year", FRI, None, "2020-12-14", None),
    ("3 March this year", FRI, None, "2021-03-03", None),
    # --- a day of the month alone: this month, the last one when still to come, the next one ahead
    ("14th", FRI, "past", "2021-12-14", None),
    ("the 28th", FRI, "past", "2021-11-28", None),
    ("the 2nd", FRI, "future", "2022-01-02", None),
    # --- years, fiscal years, spoken years
    ("2017", FRI, None, "2017", None),
    ("2015", None, None, "2015", None),
    ("in 2020", FRI, None, "2020", None),
    ("Since 2017", FRI, None, "2017", None),
    ("fiscal 2020", FRI, None, "2020", None),
    ("fiscal year 2019", FRI, None, "2019", None),
    ("FY2022", FRI, None, "2022", None),
    ("calendar 2020", FRI, None, "2020", None),
    ("the year 2000", FRI, None, "2000", None),
    ("nineteen ninety-six", None, None, "1996", None),
    ("the year two thousand", None, None, "2000", None),
    ("two thousand and one", None, None, "2001", None),
    ("the winter of nineteen ninety-four", None, None, "1994-WI", None),
    # --- full and numeric dates (need no anchor)
    ("December 16, 2021", None, None, "2021-12-16", None),
    ("Dec. 16, 2021", None, None, "2021-12-16", None),
    ("Sept. 30, 1989", None, None, "1989-09-30", None),
    ("16 December 2021", None, None, "2021-12-16", None),
    ("16th of December 2021", None, None, "2021-12-16", None),
    ("Thursday, December 16, 2021", None, None, "2021-12-16", None),
    ("2021-12-16", None, None, "2021-12-16", None),
    ("2021-12", None, None, "2021-12", None),
    ("12/16/2021", None, None, "2021-12-16", None),
    ("12/16/98", None, None, "1998-12-16", None),
    ("16.12.2021", None, None, "2021-12-16", None),
    ("2021/12/16", None, None, "2021-12-16", None),
    ("February 30, 2021", None, None, None, None),
    # --- month and year
    ("July 2020", None, None, "2020-07", None),
    ("October 2019", FRI, None, "2019-10", None),
    ("Oct. 2019", None, None, "2019-10", None),
    ("January of 2020", None, None, "2020-01", None),
    ("January this year", FRI, None, "2021-01", None),
    ("June last year", FRI, None, "2020-06", None),
    ("April next year", FRI, None, "2022-04", None),
    ("fall 2020", None, None, "2020-FA", None),
    ("spring of 2019", None, None, "2019-SP", None),
    ("2018 summer", None, None, "2018-SU", None),
    # --- month-day without a year: the nearest, unless a clear tense or weekday says not
    ("December 30", FRI, None, "2021-12-30", None),
    ("December 30", FRI, "future", "2021-12-30", None),
    ("Dec. 16", FRI, None, "2021-12-16", None),
    ("Jan. 5", FRI, None, "2022-01-05", None),
    ("Jan. 5", FRI, "past", "2022-01-05", None),
    ("April 3", FRI, "past", "2021-04-03", None),
    ("Dec. 1", dt.date(1989, 10, 26), "past", "1989-12-01", None),
    ("June 1", FRI, None, "2022-06-01", None),
    ("June 1", FRI, "past", "2021-06-01", None),
    ("Nov. 2", MON, "future", "2021-11-02", None),
    ("Aug. 6", dt.date(1998, 2, 6), "past", "1997-08-06", None),
    ("16 December", FRI, None, "2021-12-16", None),
    ("the 16th of December", FRI, None, "2021-12-16", None),
    ("March eighth", dt.date(1998, 3, 6), None, "1998-03-08", None),
    ("Monday, Oct. 26", dt.date(1998, 10, 25), "past", "1998-10-26", None),
    ("last Oct. 23", dt.date(1999, 5, 6), None, "1998-10-23", None),
    ("Feb. 29", LEAP, None, "2024-02-29", None),
    ("Dec. 16", None, None, None, None),
    # --- bare months: the latest one, or the next one in a future or present clause, or
    #     the next month when the clause tells nothing (nearer than eleven months back)
    ("January", FRI, "past", "2021-01", None),
    ("in January", FRI, None, "2022-01", None),
    ("in January", FRI, "past", "2021-01", None),
    ("January", FRI, "future", "2022-01", None),
    ("May", FRI, "present", "2022-05", None),
    ("November", FRI, "present", "2021-11", None),
    ("February", FRI, None, "2021-02", None),
    ("Aug.", JUL, None, "2021-08", None),
    ("December", FRI, None, "2021-12", None),
    ("December", FRI, "future", "2021-12", None),
    ("March", MON, None, "2021-03", None),
    ("April", MON, None, "2021-04", None),
    ("April", MON, "past", "2020-04", None),
    ("May", MON, None, "2020-05", None),
    ("April", MON, "future", "2021-04", None),
    ("Sept.", JUL, "future", "2021-09", None),
    ("January", None, None, None, None),
    ("last November", FRI, None, "2020-11", None),
    ("last February", dt.date(1998, 3, 1), None, "1997-02", None),
    ("last November", dt.date(2000, 4, 24), None, "1999-11", None),
    ("last April", dt.date(1989, 10, 27), None, "1989-04", None),
    ("next March", FRI, None, "2022-03", None),
    ("this September", FRI, None, "2021-09", None),
    # --- weekdays: the clause's tense decides the direction
    ("Thursday", FRI, None, "2021-12-16", None),
    ("Thursday", FRI, "past", "2021-12-16", None),
    ("Thursday's", FRI, "past", "2021-12-16", None),
    ("Thursday", FRI, "future", "2021-12-23", None),
    ("Friday", FRI, None, "2021-12-17", None),
    ("Friday", FRI, "future", "2021-12-17", None),
    ("Tuesday", FRI, "future", "2021-12-21", None),
    ("Tuesday", FRI, "past", "2021-12-14", None),
    ("Tuesday", FRI, "present", "2021-12-21", None),   # "they meet Tuesday": scheduled
    ("Friday", FRI, "present", "2021-12-17", None),
    ("Sunday night", FRI, "present", "2021-12-19", None),
    ("Saturday", FRI, None, "2021-12-11", None),
    ("Monday", MON, None, "2021-03-01", None),
    ("Sunday", MON, None, "2021-02-28", None),
    ("Sunday", MON, "future", "2021-03-07", None),
    ("last Friday", FRI, None, "2021-12-10", None),
    ("last Thursday", FRI, "future", "2021-12-16", None),
    ("next Friday", FRI, None, "2021-12-24", None),
    ("next Monday", FRI, None, "2021-12-20", None),
    ("this coming Sunday", FRI, None, "2021-12-19", None),
    ("this past Monday", FRI, None, "2021-12-13", None),
    ("Thursday night", FRI, None, "2021-12-16", None),
    ("Wednesday morning", FRI, "past", "2021-12-15", None),
    ("Thursday", None, None, None, None),
    # --- days relative to the anchor
    ("today", FRI, None, "2021-12-17", None),
    ("tonight", FRI, None, "2021-12-17", None),
    ("yesterday", FRI, None, "2021-12-16", None),
    ("last night", FRI, None, "2021-12-16", None),
    ("yesterday afternoon", FRI, None, "2021-12-16", None),
    ("tomorrow", FRI, None, "2021-12-18", None),
    ("tomorrow", END, None, "2022-01-01", None),
    ("the day before yesterday", FRI, None, "2021-12-15", None),
    ("the day after tomorrow", FRI, None, "2021-12-19", None),
    ("late yesterday", FRI, None, "2021-12-16", "END"),
    ("earlier today", FRI, None, "2021-12-17", None),
    ("today", None, None, None, None),
    # --- this / last / next week, month, year, quarter, weekend
    ("this week", FRI, None, "2021-W50", None),
    ("last week", FRI, None, "2021-W49", None),
    ("next week", FRI, None, "2021-W51", None),
    # a weekday of the week named
    ("Friday of last week", FRI, None, "2021-12-10", None),
    ("Monday this week", FRI, None, "2021-12-13", None),
    ("Tuesday of next week", FRI, None, "2021-12-21", None),
    ("next week", END, None, "2022-W01", None),
    ("this week", dt.date(2021, 1, 2), None, "2020-W53", None),
    ("this month", FRI, None, "2021-12", None),
    ("last month", FRI, None, "2021-11", None),
    ("next month", FRI, None, "2022-01", None),
    ("last month", dt.date(2021, 1, 10), None, "2020-12", None),
    ("this year", FRI, None, "2021", None),
    ("last year", FRI, None, "2020", None),
    ("next year", FRI, None, "2022", None),
    ("the current year", FRI, None, "2021", None),
    ("the year", FRI, None, "2021", None),
    ("the fiscal year", FRI, None, "2021", None),
    ("this quarter", FRI, None, "2021-Q4", None),
    ("last quarter", FRI, None, "2021-Q3", None),
    ("next quarter", FRI, None, "2022-Q1", None),
    ("last quarter", MON, None, "2020-Q4", None),
    ("the current quarter", JUL, None, "2021-Q3", None),
    ("this weekend", FRI, None, "2021-W50-WE", None),
    ("the weekend", MON, "past", "2021-W08-WE", None),
    ("last weekend", FRI, None, "2021-W49-WE", None),
    ("next weekend", FRI, None, "2021-W51-WE", None),
    ("this decade", FRI, None, "202", None),
    ("last decade", FRI, None, "201", None),
    ("this century", FRI, None, "20", None),
    ("last year", None, None, None, None),
    # --- earlier / later: they place the event, they add no mod
    ("Earlier this month", FRI, None, "2021-12", None),
    ("earlier this year", FRI, None, "2021", None),
    ("later this month", FRI, None, "2021-12", None),
    ("later this year", FRI, None, "2021", None),
    ("earlier in the year", FRI, None, "2021", None),
    ("earlier this week", FRI, None, "2021-W50", None),
    # --- seasons
    ("this fall", FRI, None, "2021-FA", None),
    ("this autumn", FRI, None, "2021-FA", None),
    ("this summer", FRI, None, "2021-SU", None),
    ("last spring", FRI, None, "2020-SP", None),
    ("last spring", dt.date(1989, 10, 26), None, "1988-SP", None),
    ("last fall", FRI, None, "2020-FA", None),
    ("last fall", dt.date(1999, 4, 10), None, "1998-FA", None),
    ("last summer", MON, None, "2020-SU", None),
    ("next spring", FRI, None, "2022-SP", None),
    ("next summer", JUL, None, "2022-SU", None),
    ("this past spring", FRI, None, "2021-SP", None),
    ("the summer", JUL, "past", "2021-SU", None),
    ("summer", MON, "future", "2021-SU", None),
    ("the fall of 2019", None, None, "2019-FA", None),
    ("summer this year", FRI, None, "2021-SU", None),
    ("winter next year", FRI, None, "2022-WI", None),
    ("this fall", None, None, None, None),
    # --- quarters: the anchor's year, except a quarter that has not begun in a past clause
    ("the third quarter", FRI, None, "2021-Q3", None),
    ("the fourth quarter", FRI, None, "2021-Q4", None),
    ("third-quarter", FRI, None, "2021-Q3", None),
    ("the first quarter", JUL, "past", "2021-Q1", None),
    ("the fourth quarter", MON, "past", "2020-Q4", None),
    ("the fourth quarter", MON, "future", "2021-Q4", None),
    ("the third quarter", dt.date(1989, 10, 26), "future", "1989-Q3", None),
    ("the third quarter of 2020", None, None, "2020-Q3", None),
    ("the 1990 third quarter", None, None, "1990-Q3", None),
    ("2020's second quarter", None, None, "2020-Q2", None),
    ("this year's third quarter", FRI, None, "2021-Q3", None),
    ("next year's first quarter", FRI, None, "2022-Q1", None),
    ("the first quarter of next year", FRI, None, "2022-Q1", None),
    ("the fiscal first quarter", FRI, None, "2021-Q1", None),
    ("the fiscal second-quarter", FRI, None, "2021-Q2", None),
    ("Q3 2021", None, None, "2021-Q3", None),
    ("Q2", FRI, None, "2021-Q2", None),
    ("the 2nd quarter", FRI, None, "2021-Q2", None),
    ("the third quarter", None, None, None, None),
    # --- halves
    ("the first half of 2021", None, None, "2021-H1", None),
    ("the second half of 2020", None, None, "2020-H2", None),
    ("the second half", FRI, None, "2021-H2", None),
    ("the first half of next year", FRI, None, "2022-H1", None),
    ("the last half of 1990", None, None, "1990-H2", None),
    ("H1 2022", None, None, "2022-H1", None),
    # --- decades and centuries
    ("the 1990s", None, None, "199", None),
    ("1980s", None, None, "198", None),
    ("the '80s", FRI, None, "198", None),
    ("the '20s", FRI, None, "202", None),
    ("the nineties", FRI, None, "199", None),
    ("the early 1990s", None, None, "199", "START"),
    ("the mid-1990s", None, None, "199", "MID"),
    ("the late 1970s", None, None, "197", "END"),
    ("the 20th century", None, None, "19", None),
    ("the twenty-first century", None, None, "20", None),
    # --- N units ago (granularity of the unit)
    ("two years ago", FRI, None, "2019", None),
    ("a year ago", FRI, None, "2020", None),
    ("a year earlier", FRI, None, "2020", None),
    ("three months ago", FRI, None, "2021-09", None),
    ("two weeks ago", FRI, None, "2021-W48", None),
    ("five days ago", FRI, None, "2021-12-12", None),
    ("10 years ago", FRI, None, "2011", None),
    ("a decade ago", FRI, None, "2011", None),
    ("two years from now", FRI, None, "2023", None),
    ("year-earlier", FRI, None, "2020", None),
    ("almost four years ago", FRI, None, "2017", "APPROX"),
    ("more than two years ago", FRI, None, "2019", None),
    ("two years ago", None, None, None, None),
    # --- mods: START / MID / END / APPROX
    ("late 2020", FRI, None, "2020", "END"),
    ("early 2019", None, None, "2019", "START"),
    ("mid-2021", None, None, "2021", "MID"),
    ("mid 2021", None, None, "2021", "MID"),
    ("the middle of October", FRI, "past", "2021-10", "MID"),
    ("mid-November", FRI, "future", "2022-11", "MID"),
    ("late November", FRI, "past", "2021-11", "END"),
    ("early December", FRI, None, "2021-12", "START"),
    ("the beginning of October", FRI, None, "2021-10", "START"),
    ("the end of 2020", None, None, "2020", "END"),
    ("the end of the year", FRI, None, "2021", "END"),
    ("the end of the month", FRI, None, "2021-12", "END"),
    ("the end of this week", FRI, None, "2021-W50", "END"),
    ("year-end", FRI, None, "2021", "END"),
    ("year's end", FRI, None, "2021", "END"),
    ("early next year", FRI, None, "2022", "START"),
    ("late last week", FRI, None, "2021-W49", "END"),
    ("early this week", FRI, None, "2021-W50", "START"),
    ("around March", FRI, None, "2021-03", "APPROX"),
    ("about 2015", None, None, "2015", "APPROX"),
    ("roughly a year ago", FRI, None, "2020", "APPROX"),
    ("the next year or so", FRI, None, "2022", "APPROX"),
    ("a week or so ago", FRI, None, "2021-W49", "APPROX"),
    ("early summer", FRI, None, "2021-SU", "START"),
    ("late in 2019", None, None, "2019", "END"),
    # --- holidays
    ("Christmas", FRI, None, "2021-12-25", None),
    ("Christmas Day 2020", None, None, "2020-12-25", None),
    ("Thanksgiving", FRI, None, "2021-11-25", None),
    ("Thanksgiving Day", dt.date(2000, 1, 7), "past", "1999-11-25", None),
    ("last Thanksgiving", dt.date(2000, 2, 10), None, "1999-11-25", None),
    ("New Year's Day", FRI, "future", "2022-01-01", None),
    ("Easter 2021", None, None, "2021-04-04", None),
    ("Election Day", dt.date(2020, 10, 1), None, "2020-11-03", None),
    ("Independence Day", JUL, None, "2021-07-04", None),
    # --- weeks named by a day, holiday weeks, the latest reporting period
    ("the week of March 6", dt.date(2022, 2, 20), None, "2022-W09", None),
    ("week of Jan. 3, 2022", None, None, "2022-W01", None),
    ("Easter week", dt.date(2022, 4, 20), None, "2022-W15", None),
    ("Christmas week", FRI, None, "2021-W51", None),
    ("the latest period", dt.date(2022, 11, 2), None, "2022-Q3", None),
    ("the latest period", None, None, None, None),
    # --- nothing to resolve
    ("the following year", FRI, None, None, None),
    ("that day", FRI, None, None, None),
    ("several years ago", FRI, None, None, None),
    ("", FRI, None, None, None),
    ("banana", FRI, None, None, None),
]


@pytest.mark.parametrize(("text", "anchor", "tense", "value", "mod"), CASES)
def test_normalize(text: str, anchor: dt.date | None, tense: str | None,
                   value: str | None, mod: str | None) -> None:
    assert normalize(text, anchor, tense) == (value, mod)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


def test_normalize_is_cached() -> None:
    normalize.cache_clear()
    normalize("Thursday", FRI)
    normalize("Thursday", FRI)
    assert normalize.cache_info().hits == 1


REJECTED = [
    ("three years", "duration"),
    ("the past decade", "duration"),
    ("the past week", "duration"),
    ("the last three years", "duration"),
    ("the next two weeks", "duration"),
    ("18 months", "duration"),
    ("a fiscal year", "duration"),
    ("the first nine months", "duration"),
    ("decades", "duration"),
    ("the coming years", "duration"),
    ("in recent years", "vague"),
    ("45 years old", "duration"),
    ("the age of 12", "age"),
    ("aged 60", "age"),
    ("every year", "set"),
    ("each month", "set"),
    ("annually", "set"),
    ("Thursdays", "set"),
    ("twice a year", "set"),
    ("5 p.m.", "time"),
    ("10:30", "time"),
    ("this morning", "time"),
    ("now", "vague"),
    ("right now", "vague"),
    ("recently", "vague"),
    ("currently", "vague"),
    ("the future", "vague"),
    ("the past", "vague"),
    ("previously", "vague"),
    ("soon", "vague"),
    ("several years ago", "vague"),
    ("recent months", "vague"),
    ("51%", "number"),
    ("1.8 million", "number"),
    ("$2017", "number"),
    ("300", "number"),
]


@pytest.mark.parametrize(("text", "kind"), REJECTED)
def test_rejection(text: str, kind: str) -> None:
    assert rejection(text) == kind


@pytest.mark.parametrize("text", [
    "Thursday", "2017", "late 2020", "last year", "the year", "the week", "a year ago",
    "a year earlier", "two years ago", "the third quarter", "the 1990s", "this fall",
    "Earlier this month", "December 30", "the weekend", "the fourth quarter", "today",
    "last night", "Thursday night", "the end of the year", "a week or so ago",
])
def test_dates_are_not_rejected(text: str) -> None:
    assert rejection(text) is None


@pytest.mark.parametrize(("text", "previous", "quarter", "value"), [
    ("the following year", "2019-06", None, "2020"),
    ("that year", "2019-06-03", None, "2019"),
    ("later that year", "2019", None, "2019"),
    ("that day", "2019-06-03", None, "2019-06-03"),
    ("the next day", "2019-06-03", None, "2019-06-04"),
    ("the previous day", "2019-06-01", None, "2019-05-31"),
    ("the following month", "2019-12-05", None, "2020-01"),
    ("that day", "2019", None, None),             # a year cannot give a day
    ("the following year", None, None, None),
    ("a year earlier", "2021-12-16", "2021-Q3", "2020-Q3"),
    ("the year-ago quarter", None, "2021-Q3", "2020-Q3"),
    ("the year-earlier period", None, "1989-Q3", "1988-Q3"),
    ("last year's quarter", None, "1989-Q3", "1988-Q3"),
    ("the quarter", None, "1989-Q3", "1989-Q3"),
    ("the latest quarter", None, "1989-Q3", "1989-Q3"),
    ("a year earlier", "2021-12-16", None, None),  # no quarter: the anchor rule applies
    ("next year", "2019", None, None),             # deictic, not anaphoric
    ("this quarter", None, "1989-Q3", None),
    ("the 2020 period", None, "2021-Q2", "2020-Q2"),   # that year's quarter under discussion
    ("the 2020 quarter", None, None, "2020"),
    ("the previous Friday", "2021-12-17", None, "2021-12-10"),  # before the date discussed
    ("the preceding Monday", "2021-12-15", None, "2021-12-13"),
    ("the previous Friday", "2021-12", None, None),    # no day to count from: the anchor rule applies
])
def test_resolve_against(text: str, previous: str | None, quarter: str | None,
                         value: str | None) -> None:
    assert resolve_against(text, previous, quarter) == value


@pytest.mark.parametrize(("text", "quarter", "value"), [
    # the figures have moved on to a longer period ("For the nine months, ..."): TIMEX3 gives its year
    ("a year earlier", "2021-Q3", "2020"),
    ("year-ago", "2021-Q3", "2020"),
    ("the year-earlier period", "1989-Q3", "1988"),
    ("the 2020 period", "2021-Q3", "2020"),
    ("the year-ago quarter", "2021-Q3", "2020-Q3"),   # a quarter said in so many words stays one
    ("the quarter", "2021-Q3", "2021-Q3"),
    ("a year earlier", None, None),
])
def test_resolve_against_a_longer_period(text: str, quarter: str | None, value: str | None) -> None:
    assert resolve_against(text, None, quarter, whole_year=True) == value


def test_seasons_in_a_present_clause_are_the_anchor_year() -> None:
    assert normalize("spring", FRI, "present") == ("2021-SP", None)
    assert normalize("the winter", MON, "present") == ("2021-WI", None)


def test_the_year_before_follows_the_previous_date() -> None:
    assert resolve_against("the year before", "2020", None) == "2019"


@pytest.mark.parametrize(("text", "order"), [
    ("Listed on: 17/06/2021 Last Updated: 08/11/2022", "DMY"), ("Release date 01/14/2025", "MDY"),
    ("Listed on: 08/11/2022", None), ("no numeric date here", None),
])
def test_numeric_order(text: str, order: str | None) -> None:
    assert numeric_order(text) == order


@pytest.mark.parametrize(("text", "order"), [
    ("FINANCIAL SANCTIONS NOTICE 10/04/2025 Listed on: 04/05/2022", "DMY"),  # the notice's own day, day first
    ("Release 04/10/2025 Listed on: 05/04/2022", "MDY"),
    ("Listed on: 04/05/2022", None),
])
def test_numeric_order_by_the_publication_date(text: str, order: str | None) -> None:
    assert numeric_order(text, dt.date(2025, 4, 10)) == order


def test_a_numeric_date_follows_the_texts_order() -> None:
    anchor = dt.date(2022, 11, 8)
    assert normalize("08/11/2022", anchor)[0] == "2022-08-11"  # US order by default
    assert normalize("08/11/2022", anchor, None, True)[0] == "2022-11-08"
    assert normalize("03.07.2024", anchor)[0] == "2024-07-03"  # dots: always day first

