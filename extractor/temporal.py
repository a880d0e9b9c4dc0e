"""Resolve an English date expression to a TIMEX3 value (RECORDS.md section 5).

`normalize(text, anchor, tense)` is a pure function: the anchor is the article's
publication date, never "now", so a run is reproducible. Examples, anchored on Friday
2021-12-17:

    >>> normalize("Thursday", dt.date(2021, 12, 17))
    ('2021-12-16', None)
    >>> normalize("Tuesday", dt.date(2021, 12, 17), "future")
    ('2021-12-21', None)
    >>> normalize("late 2020", dt.date(2021, 12, 17))
    ('2020', 'END')
    >>> normalize("this fall", dt.date(2021, 12, 17))
    ('2021-FA', None)
    >>> normalize("the third quarter", dt.date(2021, 12, 17))
    ('2021-Q3', None)
    >>> normalize("the 1990s", None)
    ('199', None)
    >>> normalize("last week", None)     # relative, no anchor: unresolvable
    (None, None)

Values keep the text's own granularity: a month gives `YYYY-MM`, never a day. Most
expressions are handled by the small rules below (fast, and right for news); dateparser
only reads absolute dates in formats those rules do not know ("16.12.2021").
`rejection(text)` says why a span the model tagged DATE is not one (a duration, a set,
an age, a vague "now"...), using the patterns of `resources/date_rejections.yaml`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Literal

from dateparser.date import DateDataParser

from .lexicons import load_yaml

#: The clause's tense as the dates component reads it; "present" is a simple present or
#: present progressive ("meet Monday", "is heard in May"): in news, scheduled events.
Tense = Literal["past", "future", "present"] | None
Mod = Literal["START", "MID", "END", "APPROX"] | None
Result = tuple[str | None, Mod]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
#: Seasons in calendar order; winter is dated by the year its January falls in.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty first": 21, "thirtieth": 30,
}
UNITS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19, "twenty": 20, "a couple of": 2, "couple of": 2}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
#: Leading words that give a mod; "earlier"/"later" only place the event ("earlier this
#: month" is the month itself, RECORDS.md section 5), so they give none.
MOD_PREFIXES: tuple[tuple[str, Mod], ...] = (
    (r"earlier (?:in |on )?|later (?:in |on )?", None),
    (r"early |beginning of |start of |first part of ", "START"),
    (r"mid |middle of ", "MID"),
    (r"late |end of |close of |last part of ", "END"),
    (r"around |about |approximately |roughly |circa |some |nearly |almost |more than |"
     r"less than |at least ", "APPROX"),
)
_MOD_RES = [(re.compile("^(?:the )?(" + p + r")(.+)$"), mod) for p, mod in MOD_PREFIXES]
_NO_MOD = {"more than", "less than", "at least"}  # bounds, not approximations: no mod

MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
WEEKDAY = "(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
SEASON = "(" + "|".join(SEASONS) + ")"
DAYNUM = r"(\d{1,2})(?:st|nd|rd|th)?"
ORDINAL = "(" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
YEAR = r"(\d{4})"
REL = r"(this|last|next|this past|this coming|past|previous|coming|current|latest|most recent)"
PARTS_OF_DAY = r"(?: (?:morning|afternoon|evening|night|overnight))?"

#: Rules that need no anchor run on the raw text before it is simplified.
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_NUMERIC_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")  # US order: M/D/Y
_DOTTED_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # European order: D.M.Y


def _clean(text: str) -> str:
    """Lower-case; drop possessives, abbreviation dots, commas and hyphens."""
    t = text.lower().replace("’", "'").replace("`", "'").strip(" .,;:!?\"()[]")
    t = re.sub(r"'s$|s'$", "", t)
    t = re.sub(r"(?<=[a-z])\.(?=\d)", " ", t)  # "dec.2nd" (translated) -> "dec 2nd"
    t = re.sub(r"(?<=[a-z])\.", "", t)  # "dec." -> "dec"
    t = re.sub(r"[,\-–—/]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _strip_the(t: str) -> str:
    return t[4:] if t.startswith("the ") else t


# ---------------------------------------------------------------- calendar helpers

def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter(m: int) -> int:
    return (m - 1) // 3 + 1


def _season(d: dt.date) -> tuple[int, str]:
    """(year, season) of a date; December belongs to the next year's winter."""
    if d.month == 12:
        return d.year + 1, "WI"
    return d.year, ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[d.month - 1]


def _year_of(anchor: dt.date, month: int, day: int | None, tense: Tense,
             weekday: int | None = None) -> int:
    """The year of a month (or month-day) written without one, seen from the anchor.

    A bare month is the latest one up to the anchor's month ("reported in January"),
    or the next one from it when the clause is future ("will ... in January"), or the
    nearer one when it is present ("the case is heard in May"), or the next month when
    the clause tells nothing ("orders for November" in late October). A
    month-day is the nearest occurrence ("payable Dec. 1" in late October is this
    December, whatever the verb's tense), unless it lies more than three months on the
    wrong side of the tense, or a written weekday picks the year ("Monday, Oct. 26").
    """
    cands = [anchor.year - 1, anchor.year, anchor.year + 1]
    if day is None:
        key = anchor.year * 12 + anchor.month
        ahead = next(y for y in cands if y * 12 + month >= key)
        behind = max(y for y in cands if y * 12 + month <= key)
        if tense == "future" or (tense is None and ahead * 12 + month == key + 1):
            return ahead  # a clause with no tense: next month is nearer than eleven months ago
        if tense == "present":  # the nearest, ahead on a tie ("the case is heard in May")
            return ahead if ahead * 12 + month - key <= key - (behind * 12 + month) else behind
        return behind

    def when(y: int) -> dt.date:
        return dt.date(y, month, _clip(y, month, day))

    if weekday is not None:
        fitting = [y for y in cands if when(y).weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: abs((when(y) - anchor).days))
    year = min(cands, key=lambda y: abs((when(y) - anchor).days))
    gap = (when(year) - anchor).days
    if tense == "past" and gap > 90:
        return year - 1
    if tense == "future" and gap < -90:
        return year + 1
    return year


def _clip(y: int, m: int, d: int) -> int:
    """A day number valid in that month (Feb 29 in a common year -> 28)."""
    last = (dt.date(*_add_months(y, m, 1), 1) - dt.timedelta(days=1)).day
    return min(d, last)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _weekday(anchor: dt.date, wd: int, rel: str | None, tense: Tense) -> dt.date:
    """'last Friday' is strictly before the anchor, 'next Friday' strictly after; a bare
    weekday is the latest one on or before the anchor unless the clause is future or
    present ("They meet Monday": a scheduled event)."""
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if rel in ("last", "past", "previous", "this past"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return anchor + dt.timedelta(days=ahead or 7)
    if tense in ("future", "present"):  # "will meet Monday", "meet Monday"
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _day_of_month(anchor: dt.date, day: int, tense: Tense) -> dt.date | None:
    """ "on 14th": the anchor's month, or the month before when that day is still to come (the
    month after for a future clause when the day has passed)."""
    month = anchor.year * 12 + anchor.month - 1
    if tense == "future" and day < anchor.day:
        month += 1
    elif tense != "future" and day > anchor.day:
        month -= 1
    try:
        return dt.date(month // 12, month % 12 + 1, day)
    except ValueError:
        return None


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return UNITS.get(word)


_WORD_YEAR = re.compile(
    r"\bnineteen (" + "|".join(TENS) + r")(?: (one|two|three|four|five|six|seven|eight|nine))?\b"
    r"|\btwo thousand(?: (?:and )?(one|two|three|four|five|six|seven|eight|nine|ten))?\b")


def _words_to_years(t: str) -> str:
    """Spoken years as digits: 'nineteen ninety four' -> '1994', 'two thousand' -> '2000'."""
    def digits(m: re.Match[str]) -> str:
        if m.group(1):
            return str(1900 + TENS[m.group(1)] * 10 + UNITS.get(m.group(2) or "", 0))
        return str(2000 + UNITS.get(m.group(3) or "", 0))
    return _WORD_YEAR.sub(digits, t)


# ---------------------------------------------------------------- the rules

Rule = Callable[[re.Match[str], dt.date | None, Tense], str | None]
_RULES: list[tuple[re.Pattern[str], Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    """Register a rule: a full-match pattern on the cleaned text and its resolver."""
    def register(fn: Rule) -> Rule:
        _RULES.append((re.compile("^(?:" + pattern + ")$"), fn))
        return fn
    return register


def _rel_year(word: str | None, anchor: dt.date | None) -> int | None:
    """The year meant by 'this year'/'last year'/'next year'/'1990'/None (= the anchor's)."""
    if word and word.isdigit():
        return int(word)
    if anchor is None:
        return None
    return anchor.year + {"last": -1, "previous": -1, "next": 1}.get(word or "", 0)


@rule(YEAR + r"|fiscal (?:year )?" + YEAR + r"|fy ?" + YEAR + r"|(?:calendar|the year|year) " + YEAR)
def _year(m, anchor, tense):
    y = int(next(g for g in m.groups() if g))
    # a bare number is a year only in the range news mentions ("resolution 2231", "row 1041" are not)
    low, high = (1500, 2099) if m.group(0).isdigit() else (1000, 2999)
    return f"{y:04d}" if low <= y <= high else None


@rule(r"(?:fiscal|fy) ?'?(\d{2})")
def _fiscal_short(m, anchor, tense):
    yy = int(m.group(1))
    century = (anchor.year // 100 * 100) if anchor else 1900 if yy > 30 else 2000
    return f"{century + yy:04d}"


@rule(r"(\d{3})0s|'(\d)0s|(\d)0s")
def _decade(m, anchor, tense):
    if m.group(1):
        return m.group(1)
    if anchor is None:
        return None
    d = int(m.group(2) or m.group(3))
    century = anchor.year // 100
    return f"{century if century * 100 + d * 10 <= anchor.year else century - 1}{d}"


@rule("(" + "|".join(DECADE_WORDS) + ")")
def _decade_in_words(m, anchor, tense):
    if anchor is None:
        return None
    d = DECADE_WORDS[m.group(1)]
    century = anchor.year // 100
    return f"{century if century * 100 + d * 10 <= anchor.year else century - 1}{d}"


@rule(r"(\d{1,2})(?:st|nd|rd|th) century|" + ORDINAL + r" century")
def _century(m, anchor, tense):
    n = int(m.group(1)) if m.group(1) else ORDINALS[m.group(2)]
    return f"{n - 1:02d}"


@rule(r"(this|last|next|the current|current) century")
def _rel_century(m, anchor, tense):
    if anchor is None:
        return None
    return f"{anchor.year // 100 + {'last': -1, 'next': 1}.get(m.group(1), 0):02d}"


@rule(r"(this|last|next|the current|current) decade")
def _rel_decade(m, anchor, tense):
    if anchor is None:
        return None
    return f"{anchor.year // 10 + {'last': -1, 'next': 1}.get(m.group(1), 0):03d}"


@rule(r"(?:" + WEEKDAY + " )?" + MONTH + " " + DAYNUM + " " + YEAR
      + r"|(?:" + WEEKDAY + " )?" + DAYNUM + " (?:of )?" + MONTH + " " + YEAR)
def _full_date(m, anchor, tense):
    g = m.groups()
    month, day, year = (g[1], g[2], g[3]) if g[1] else (g[6], g[5], g[7])
    d = _safe_date(int(year), MONTHS[month], int(day))
    return _day(d) if d else None


@rule(MONTH + " " + DAYNUM + r",? (this|last|next) year|" + DAYNUM + " (?:of )?" + MONTH + r",? (this|last|next) year")
def _month_day_rel_year(m, anchor, tense):
    """'Dec. 14 last year', '3 May this year'."""
    g = m.groups()
    month, day, rel = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
    year = _rel_year(rel, anchor)
    d = _safe_date(year, MONTHS[month], int(day)) if year else None
    return _day(d) if d else None


@rule(r"(?:(last|next|this) )?(?:" + WEEKDAY + " )?" + MONTH + " (?:" + DAYNUM + "|(?:the )?" + ORDINAL + ")"
      + r"|(?:" + WEEKDAY + " )?(?:the )?(?:" + DAYNUM + "|" + ORDINAL + ") (?:of )?" + MONTH)
def _month_day(m, anchor, tense):
    g = m.groups()
    if g[2]:
        weekday, month, day = g[1], MONTHS[g[2]], int(g[3]) if g[3] else ORDINALS[g[4]]
    else:
        weekday, month, day = g[5], MONTHS[g[8]], int(g[6]) if g[6] else ORDINALS[g[7]]
    if anchor is None or day > 31:
        return None
    if g[0] in ("last", "next"):
        tense = "past" if g[0] == "last" else "future"
    year = _year_of(anchor, month, day, tense, WEEKDAYS[weekday] if weekday else None)
    d = _safe_date(year, month, day)
    return _day(d) if d else None


@rule(MONTH + r" (?:of )?" + YEAR + "|" + MONTH + r" (?:of )?(this|last|next) year")
def _month_year(m, anchor, tense):
    month = MONTHS[m.group(1) or m.group(3)]
    year = _rel_year(m.group(2) or m.group(4), anchor)
    return _month(year, month) if year else None


@rule(r"(this|last|next|this past|this coming|past|previous|coming) " + MONTH)
def _rel_month_name(m, anchor, tense):
    if anchor is None:
        return None
    rel, month = m.group(1), MONTHS[m.group(2)]
    if rel == "this":
        return _month(anchor.year, month)
    if rel in ("next", "coming", "this coming"):
        return _month(anchor.year + (month <= anchor.month), month)
    if rel == "last":  # "last November" said in December is last year's ("last month" is free)
        return _month(anchor.year - (month >= anchor.month - 1), month)
    return _month(anchor.year - (month >= anchor.month), month)


@rule(MONTH)
def _bare_month(m, anchor, tense):
    if anchor is None:
        return None
    month = MONTHS[m.group(1)]
    return _month(_year_of(anchor, month, None, tense), month)


@rule(r"(?:the )?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
def _ordinal_day(m, anchor, tense):
    when = _day_of_month(anchor, int(m.group(1)), tense) if anchor else None
    return _day(when) if when else None


@rule(r"(?:" + REL + r" )?" + WEEKDAY + PARTS_OF_DAY)
def _weekday_rule(m, anchor, tense):
    if anchor is None:
        return None
    return _day(_weekday(anchor, WEEKDAYS[m.group(2)], m.group(1), tense))


@rule(WEEKDAY + r" (?:of )?(this|last|next) week")
def _weekday_of_week(m, anchor, tense):
    """ "Friday of last week", "Tuesday this week": that day of the week named."""
    if anchor is None:
        return None
    monday = anchor - dt.timedelta(days=anchor.weekday())
    weeks = {"this": 0, "last": -1, "next": 1}[m.group(2)]
    return _day(monday + dt.timedelta(days=7 * weeks + WEEKDAYS[m.group(1)]))


@rule(r"(today|tonight|this (?:morning|afternoon|evening))|(yesterday|last night)"
      + PARTS_OF_DAY + r"|(tomorrow)" + PARTS_OF_DAY
      + r"|(?:the )?day before (yesterday)|(?:the )?day after (tomorrow)")
def _deictic_day(m, anchor, tense):
    if anchor is None:
        return None
    shift = [0, -1, 1, -2, 2][next(i for i, g in enumerate(m.groups()) if g)]
    return _day(anchor + dt.timedelta(days=shift))


@rule(r"(?:latest|most recent) (?:fiscal )?period")
def _latest_period(m, anchor, tense):
    """'the latest period' in results reporting: the last quarter over at publication."""
    if anchor is None:
        return None
    y, q = divmod(anchor.year * 4 + _quarter(anchor.month) - 2, 4)
    return f"{y:04d}-Q{q + 1}"


@rule(r"(?:the )?week (?:of|beginning|starting|ending|ended) (.+)")
def _week_of(m, anchor, tense):
    """'the week of March 6' -> the ISO week of that day (read with the same rules)."""
    day = _resolve(m.group(1), anchor, tense)
    return _week(dt.date.fromisoformat(day)) if day and _ISO_DAY.match(day) else None


@rule(REL + r" (week|weekend|month|year|quarter|fiscal year|fiscal quarter)|(?:the )?(week|weekend|month|year|quarter)"
      + r"|(?:the )?(full|fiscal|calendar) year|(?:the )?year to date")
def _rel_unit(m, anchor, tense):
    """'this week' -> ISO week, 'last month' -> that month, 'next year' -> that year."""
    if anchor is None:
        return None
    rel, unit = m.group(1), m.group(2) or m.group(3) or "year"
    if rel in ("past", "coming"):  # "past year" / "coming year" are stretches of time
        return None
    step = {"last": -1, "previous": -1, "latest": -1, "most recent": -1, "this past": -1,
            "next": 1, "this coming": 1}.get(rel or "", 0)
    if unit.endswith("week"):
        d = anchor + dt.timedelta(weeks=step)
        return _week(d)
    if unit == "weekend":
        return _weekend(anchor, step, tense)
    if unit == "month":
        return _month(*_add_months(anchor.year, anchor.month, step))
    if unit.endswith("quarter"):
        y, q = divmod(anchor.year * 4 + _quarter(anchor.month) - 1 + step, 4)
        return f"{y:04d}-Q{q + 1}"
    return f"{anchor.year + step:04d}"


def _weekend(anchor: dt.date, step: int, tense: Tense) -> str:
    """The ISO week of the weekend meant: 'the weekend' in a past clause is the last one."""
    saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
    if step < 0 or (step == 0 and tense == "past" and saturday > anchor):
        saturday -= dt.timedelta(weeks=1)
    elif step > 0:
        saturday += dt.timedelta(weeks=1)
    return _week(saturday) + "-WE"


@rule(r"(year|month|week)(?: |'s )end")
def _unit_end(m, anchor, tense):
    """'year-end' -> the current year (its mod END is added by `normalize`)."""
    if anchor is None:
        return None
    return {"year": f"{anchor.year:04d}", "month": _month(anchor.year, anchor.month),
            "week": _week(anchor)}[m.group(1)]


@rule(r"(?:" + SEASON + r"(?: of)? " + YEAR + "|" + YEAR + " " + SEASON + ")")
def _season_year(m, anchor, tense):
    name, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return f"{year}-{SEASONS[name]}"


@rule(r"(?:(this|last|next|this past|this coming|past|coming) )?(?:the )?" + SEASON
      + r"(?: (?:of )?(this|last|next) year)?")
def _rel_season(m, anchor, tense):
    """'this fall' -> the anchor year's; 'last spring' -> the previous year's (as in
    TimeBank); 'this past spring' / a bare season in a past clause -> the latest one
    that has begun; 'next summer' / a future clause -> the next one."""
    if anchor is None:
        return None
    rel, code, year_word = m.group(1), SEASONS[m.group(2)], m.group(3)
    if year_word:
        return f"{_rel_year(year_word, anchor)}-{code}"
    if rel == "this" or (rel is None and tense not in ("past", "future")):
        return f"{anchor.year}-{code}"
    if rel == "last":
        return f"{anchor.year - 1}-{code}"
    now_year, now_season = _season(anchor)
    now, target = SEASON_ORDER[now_season], SEASON_ORDER[code]
    bare = rel is None  # a bare season may be the current one
    if rel in ("this past", "past") or tense == "past" and bare:
        return f"{now_year if target < now or (bare and target == now) else now_year - 1}-{code}"
    return f"{now_year if target > now or (bare and target == now) else now_year + 1}-{code}"


def _quarter_year(q: int, year_word: str | None, anchor: dt.date | None, tense: Tense) -> int | None:
    """A quarter without a year is the anchor year's, unless it has not begun and the
    clause is past (a past fourth quarter in a March article is last year's). Future
    clauses do not move it: "expects to report third-quarter results" is this year's."""
    if year_word:
        return _rel_year(year_word, anchor)
    if anchor is None:
        return None
    current = _quarter(anchor.month)
    if tense == "past" and q > current:
        return anchor.year - 1
    return anchor.year


_Q = r"(?:" + ORDINAL + r"|q([1-4]))"


@rule(r"(?:(\d{4}|this year|last year|next year)(?:'s)? )?(?:fiscal )?" + _Q
      + r"(?: (?:fiscal )?(?:quarter|period))?(?: (?:of )?(?:fiscal )?(?:(\d{4})|(this|last|next) year))?")
def _quarter_rule(m, anchor, tense):
    before, ordinal, qnum, year, rel = m.groups()
    q = int(qnum) if qnum else ORDINALS.get(ordinal or "", 0)
    if not 1 <= q <= 4 or not (qnum or "quarter" in m.group(0) or "period" in m.group(0)):
        return None
    year_word = year or rel or (before.split()[0] if before else None)
    y = _quarter_year(q, year_word, anchor, tense)
    return f"{y:04d}-Q{q}" if y else None


@rule(r"(?:(\d{4}|this year|last year|next year)(?:'s)? )?(first|second|1st|2nd|last|latter|back|front) half"
      r"(?: of (?:(\d{4})|(this|last|next) year|the year))?|h([12])(?: (\d{4}))?")
def _half(m, anchor, tense):
    before, which, year, rel, hnum, hyear = m.groups()
    h = int(hnum) if hnum else (1 if which in ("first", "1st", "front") else 2)
    word = year or rel or hyear or (before.split()[0] if before else None)
    y = _rel_year(word, anchor)
    return f"{y:04d}-H{h}" if y else None


@rule(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a couple of)"
      r" (day|week|month|year|decade)s? (ago|earlier|before|from now|hence)|(year) (ago|earlier)")
def _ago(m, anchor, tense):
    """'two years ago' -> that year; the unit sets the granularity."""
    if anchor is None:
        return None
    if m.group(4):
        return f"{anchor.year - 1:04d}"
    n = _number(m.group(1))
    if n is None:
        return None
    n = -n if m.group(3) in ("ago", "earlier", "before") else n
    unit = m.group(2)
    if unit == "day":
        return _day(anchor + dt.timedelta(days=n))
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        return _month(*_add_months(anchor.year, anchor.month, n))
    return f"{anchor.year + n * (10 if unit == 'decade' else 1):04d}"


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": lambda y: _easter(y),
    "easter sunday": lambda y: _easter(y),
}


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th (or, n=-1, the last) given weekday of a month."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(*_add_months(y, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


@rule(r"(?:(last|next|this) )?(" + "|".join(re.escape(h) for h in HOLIDAYS) + r")(?: " + YEAR + ")?( week)?")
def _holiday(m, anchor, tense):
    """'Christmas' -> that day; 'Easter week' -> the ISO week of that day."""
    rel, name, year, week = m.groups()
    day = _holiday_day(rel, name, year, anchor, tense)
    return _week(dt.date.fromisoformat(day)) if day and week else day


def _holiday_day(rel, name, year, anchor, tense):
    when = HOLIDAYS[name]
    if year:
        return _day(when(int(year)))
    if anchor is None:
        return None
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    if rel == "last":
        return _day(max(when(y) for y in years if when(y) < anchor))
    if rel == "next":
        return _day(min(when(y) for y in years if when(y) > anchor))
    nearest = min(years, key=lambda y: abs((when(y) - anchor).days))
    gap = (when(nearest) - anchor).days
    if tense == "past" and gap > 90:
        nearest -= 1
    elif tense == "future" and gap < -90:
        nearest += 1
    return _day(when(nearest))


# ---------------------------------------------------------------- entry points

@cache
def _dateparser() -> DateDataParser:
    """The one dateparser instance: English only, absolute dates only (a year is required)."""
    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
                  "DATE_ORDER": "MDY", "REQUIRE_PARTS": ["year"]},
    )


def numeric_order(text: str, anchor: dt.date | None = None) -> str | None:
    """The order a text writes its numeric dates in, when one of them shows it: "DMY" after
    "20/05/2021", "MDY" after "01/14/2025"; else the order in which one of them is the
    publication date (a notice of 10 April 2025 that writes "10/04/2025"); None when no date tells."""
    found = re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", text)
    for first, second, _ in found:
        if int(first) > 12 >= int(second):
            return "DMY"
        if int(second) > 12 >= int(first):
            return "MDY"
    if anchor is not None:
        for first, second, year in found:
            if first != second and int(year) % 100 == anchor.year % 100:
                if (int(second), int(first)) == (anchor.month, anchor.day):
                    return "DMY"
                if (int(first), int(second)) == (anchor.month, anchor.day):
                    return "MDY"
    return None


def _numeric(text: str, anchor: dt.date | None = None, day_first: bool = False) -> str | None:
    """ISO ("2021-12-16", "2021-12") and numeric ("12/16/2021") dates: month first as in US
    texts, day first when only that reading fits ("20/05/2021"), when the text writes its dates
    day first (`day_first`, see `numeric_order`), or when the month-first one would lie after the
    publication date and the day-first one not (a UK notice's "08/06/2021" of 8 June 2021);
    always day first with dots ("03.07.2024")."""
    t = text.strip(" .,;:")
    if m := _DOTTED_DAY.match(t):
        day, month, year = map(int, m.groups())
        d = _safe_date(year, month, day)
        return _day(d) if d else None
    if m := _ISO_DAY.match(t):
        d = _safe_date(*map(int, m.groups()))
        return _day(d) if d else None
    if m := _ISO_MONTH.match(t):
        return t if 1 <= int(m.group(2)) <= 12 else None
    if m := _NUMERIC_DAY.match(t):
        month, day, year = map(int, m.groups())
        year += 0 if year >= 100 else (1900 if year > 30 else 2000)
        d = _safe_date(year, month, day)
        other = _safe_date(year, day, month)
        if d is None or day_first and other is not None \
                or anchor is not None and d > anchor and other is not None and other <= anchor:
            d = other
        return _day(d) if d else None
    return None


def _dateparser_value(text: str) -> str | None:
    """An absolute date in a form no rule knows ("16.12.2021"), read by dateparser; its
    year must be written in the text, so nothing is guessed."""
    years = re.findall(r"\b\d{4}\b", text)
    if not years:
        return None
    data = _dateparser().get_date_data(text)
    if data.date_obj is None or str(data.date_obj.year) not in years:
        return None
    d = data.date_obj.date()
    return {"year": f"{d.year:04d}", "month": _month(d.year, d.month)}.get(data.period or "", _day(d))


def _resolve(t: str, anchor: dt.date | None, tense: Tense) -> str | None:
    """The value from the first rule whose pattern matches; dateparser when none does."""
    for pattern, fn in _RULES:
        if m := pattern.match(t):
            return fn(m, anchor, tense)
    return _dateparser_value(t)


@lru_cache(maxsize=4096)
def normalize(text: str, anchor: dt.date | None, tense: Tense = None, day_first: bool = False) -> Result:
    """(value, mod) of a date expression; (None, None) when it cannot be resolved. `day_first`:
    the text writes numeric dates day first (see `numeric_order`)."""
    value = _numeric(text, anchor, day_first)
    if value:
        return value, None
    t = _words_to_years(_clean(text))
    t = re.sub(r"^(?:(?:in|on|since|by|until|till|from|during|at|as of|before|after|through|"
               r"just|only|sometime|as early as|as soon as|as late as) )+", "", t)
    mod: Mod = None
    if " or so" in t:
        t, mod = t.replace(" or so", ""), "APPROX"
    for pattern, prefix_mod in _MOD_RES:
        if m := pattern.match(t):
            t = _strip_the(m.group(2))
            mod = mod or (None if m.group(1).strip() in _NO_MOD else prefix_mod)
            break
    t = re.sub(r"^(?:the|its|their|his|her|our) ", "", t)  # "its fourth quarter"
    if re.fullmatch(r"(?:year|month|week)(?: |'s )end", t):
        mod = mod or "END"
    value = _resolve(t, anchor, tense)
    return (value, mod) if value else (None, None)


_ANAPHORS: tuple[tuple[re.Pattern[str], int, bool], ...] = tuple(
    (re.compile("^(?:" + p + ")$"), step, quarter_only) for p, step, quarter_only in (
        # (pattern on the cleaned text, shift in the group's unit, needs a quarter reference)
        (r"(?:that|the same|that same|(?:earlier|later) that) (day|week|month|year|quarter)", 0, False),
        (r"(?:the )?(?:following|subsequent) (day|morning|week|month|year|quarter)|(?:the )?next (day|morning)", 1, False),
        (r"(?:the )?(?:previous|preceding|prior) (day|week|month|year|quarter)|(?:the )?(day|week|month|year) before", -1, False),
        (r"(?:the )?(?:latest|same|most recent)? ?(quarter|period)|that (quarter|period)", 0, True),
        (r"(?:(?:the |a |one )?(?:comparable |corresponding )?(year) (?:ago|earlier)(?: [a-z]+)*"
         r"|(?:the )?(?:comparable |corresponding )?(?:[a-z]+ )?(?:quarter|period) (?:a (year) ago|last (year))"
         r"|last (year)(?:'s)? (?:quarter|period))", -1, True),
    ))


#: "the previous Friday": the weekday before the date under discussion, not before the anchor.
_PREVIOUS_WEEKDAY = re.compile(r"^(?:previous|preceding|prior) " + WEEKDAY + "$")
#: "the 1988 period", "the 1989 quarter": that year's instance of the quarter under discussion.
_YEAR_PERIOD = re.compile(r"^(\d{4}) (?:period|quarter)$")


def resolve_against(text: str, previous: str | None, quarter: str | None,
                    whole_year: bool = False) -> str | None:
    """A date told relative to an earlier one, not to the anchor: "the following year",
    "that day"; in results reporting, "a year earlier", "the year-ago quarter" and "the
    quarter" follow the last quarter mentioned (`quarter`: "the third quarter" -> 2021-Q3,
    then "a year earlier" -> 2020-Q3); the others follow the `previous` date's value.
    `whole_year`: the figures under discussion have moved from the quarter to a longer
    period ("For the nine months, net rose from a year earlier"), which TIMEX3 can only
    give as its year: "a year earlier" -> 2020, "the 2020 period" -> 2020 ("the quarter"
    still names the quarter). None when there is no such reference or it does not fit."""
    t = _strip_the(_clean(text))
    if m := _YEAR_PERIOD.match(t):
        return f"{m.group(1)}-{quarter[5:]}" if quarter and not whole_year else m.group(1)
    if m := _PREVIOUS_WEEKDAY.match(t):
        if not previous or not _ISO_DAY.match(previous):
            return None
        day = dt.date.fromisoformat(previous)
        return _day(day - dt.timedelta(days=(day.weekday() - WEEKDAYS[m.group(1)]) % 7 or 7))
    for pattern, step, quarter_only in _ANAPHORS:
        m = pattern.match(t)
        if not m:
            continue
        if quarter_only:
            if not quarter:
                return None
            if whole_year and step and "quarter" not in t:  # "the year-ago quarter" stays one
                return f"{int(quarter[:4]) + step:04d}"
            return f"{int(quarter[:4]) + step:04d}-{quarter[5:]}"
        unit = next(g for g in m.groups() if g)
        return _shift(previous, "day" if unit == "morning" else unit, step) if previous else None
    return None


def _shift(value: str, unit: str, step: int) -> str | None:
    """`value` seen at `unit` granularity and moved by `step` units; None when the value is
    coarser than the unit ("that day" after "2020")."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    q = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if q:
        y, n = int(q.group(1)), int(q.group(2))
        if unit == "quarter":
            yy, nn = divmod(y * 4 + n - 1 + step, 4)
            return f"{yy:04d}-Q{nn + 1}"
        return f"{y + step:04d}" if unit == "year" else None
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if unit == "year":
        return f"{y + step:04d}"
    if unit == "quarter" and mo:
        yy, nn = divmod(y * 4 + _quarter(int(mo)) - 1 + step, 4)
        return f"{yy:04d}-Q{nn + 1}"
    if unit == "month" and mo:
        return _month(*_add_months(y, int(mo), step))
    if unit in ("week", "day") and d:
        day = dt.date(y, int(mo), int(d))
        return _week(day + dt.timedelta(weeks=step)) if unit == "week" else _day(day + dt.timedelta(days=step))
    return None


@cache
def _rejections() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) pairs from resources/date_rejections.yaml, compiled once."""
    data = load_yaml("date_rejections.yaml")
    return tuple((kind, re.compile("^(?:" + "|".join(pats) + ")$")) for kind, pats in data.items())


@lru_cache(maxsize=4096)
def rejection(text: str) -> str | None:
    """Why this text is not a DATE ('duration', 'set', 'age', 'vague', 'number', 'time'),
    or None when it is one."""
    t = _clean(text)
    for kind, pattern in _rejections():
        if pattern.match(t):
            return kind
    return None
