"""Calendar periods as TIMEX3 values with inclusive bounds; arithmetic by dateutil's relativedelta (a month
added to January 31 is the last of February), which the holiday rules use too: one calendar library, not
two (pendulum, the other, cost about 15 ms of every `timeline tag` start and added nothing here).
"""

from __future__ import annotations

import datetime as dt
from calendar import isleap, monthrange
from functools import cache
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from timeline.models import Granularity, Mod, TimeValue, TimexType

WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)  # ISO order: weekday 1 is Monday

FIRST_YEAR, LAST_YEAR = dt.MINYEAR, dt.MAXYEAR  # the proleptic Gregorian calendar Python's dates cover
HOLIDAY_NAMES_LANGUAGE = "en_US"  # the holidays package's names are compared in its US English translation
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PART_MODS = {"START": Mod.START, "MID": Mod.MID, "END": Mod.END}
UNIT_GRANULARITY = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "WE": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "Y": Granularity.YEAR,
    "DE": Granularity.DECADE,
    "CE": Granularity.CENTURY,
    "H": Granularity.DAY,
    "MIN": Granularity.DAY,
    "S": Granularity.DAY,
}
FINENESS = [
    Granularity.TIME,
    Granularity.DAY,
    Granularity.WEEK,
    Granularity.MONTH,
    Granularity.SEASON,
    Granularity.QUARTER,
    Granularity.HALF,
    Granularity.YEAR,
    Granularity.DECADE,
    Granularity.CENTURY,
]


class OutsideCalendar(ValueError):
    """A value would leave years 1 to 9999: the expression is unanchored with this reason, never clamped."""

    def __init__(self, year: int) -> None:
        super().__init__(f"year {year} is outside the calendar this tool handles (years {FIRST_YEAR} to {LAST_YEAR})")


OUTSIDE_CALENDAR = f"outside the calendar this tool handles (years {FIRST_YEAR} to {LAST_YEAR})"  # the reason
CALENDAR_ERRORS = (OutsideCalendar, OverflowError)  # OverflowError: date arithmetic past year 1 or 9999


def calendar_date(year: int, month: int = 1, day: int = 1) -> dt.date:
    """The one calendar-bounds check: the day, or OutsideCalendar when its year is not 1 to 9999 (a bad
    month or day of a good year stays the ValueError that means "no such day")."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise OutsideCalendar(year)
    return dt.date(year, month, day)


# One period of each granularity as (months, days): months are added the calendar's way (January 31 plus a
# month is the last of February), days as days.
PERIOD_STEPS = {
    Granularity.DAY: (0, 1),
    Granularity.TIME: (0, 1),
    Granularity.WEEK: (0, 7),
    Granularity.MONTH: (1, 0),
    Granularity.SEASON: (3, 0),
    Granularity.QUARTER: (3, 0),
    Granularity.HALF: (6, 0),
    Granularity.YEAR: (12, 0),
    Granularity.DECADE: (120, 0),
    Granularity.CENTURY: (1200, 0),
}


def shift(day: dt.date, granularity: Granularity, amount: int) -> dt.date:
    """``day`` moved by ``amount`` periods of ``granularity``."""
    months, days = PERIOD_STEPS[granularity]
    if days:
        result = day + dt.timedelta(days=days * amount)  # OverflowError past year 1 or 9999
        return calendar_date(result.year, result.month, result.day)
    calendar_date(day.year + (day.month - 1 + months * amount) // 12)
    try:
        result = day + relativedelta(months=months * amount)
    except ValueError:  # datetime's own "year 10000 is out of range"
        raise OutsideCalendar(day.year + (1 if amount > 0 else -1)) from None
    return calendar_date(result.year, result.month, result.day)


def bounds(day: dt.date, granularity: Granularity) -> tuple[dt.date, dt.date]:
    """First and last day of the period of ``granularity`` containing ``day``."""
    if granularity in {Granularity.DAY, Granularity.TIME}:
        return day, day
    if granularity == Granularity.WEEK:
        monday = day - dt.timedelta(days=day.isoweekday() - 1)
        return monday, monday + dt.timedelta(days=6)
    if granularity == Granularity.SEASON:
        year, code = season_of(day)
        return _season_bounds(year, code)
    months = {Granularity.MONTH: 1, Granularity.QUARTER: 3, Granularity.HALF: 6, Granularity.YEAR: 12}.get(granularity)
    if months:
        first_month = (day.month - 1) // months * months + 1
        last_month = first_month + months - 1
        last_day = monthrange(day.year, last_month)[1]
        return dt.date(day.year, first_month, 1), dt.date(day.year, last_month, last_day)
    span = 10 if granularity == Granularity.DECADE else 100
    first_year = day.year // span * span
    return dt.date(max(first_year, 1), 1, 1), dt.date(first_year + span - 1, 12, 31)


TIMEX_FORMATS = {
    Granularity.DAY: lambda day: day.isoformat(),
    Granularity.TIME: lambda day: day.isoformat(),
    Granularity.WEEK: lambda day: "{:04d}-W{:02d}".format(*day.isocalendar()[:2]),
    Granularity.MONTH: lambda day: f"{day.year:04d}-{day.month:02d}",
    Granularity.QUARTER: lambda day: f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}",
    Granularity.SEASON: lambda day: "{:04d}-{}".format(*season_of(day)),
    Granularity.HALF: lambda day: f"{day.year:04d}-H{(day.month - 1) // 6 + 1}",
    Granularity.YEAR: lambda day: f"{day.year:04d}",
    Granularity.DECADE: lambda day: f"{day.year // 10:03d}",
    Granularity.CENTURY: lambda day: f"{day.year // 100:02d}",
}


def timex(day: dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value of the period containing ``day``."""
    return TIMEX_FORMATS[granularity](day)


def period(day: dt.date, granularity: Granularity, *, part: str | None = None, mod: Mod | None = None) -> TimeValue:
    """The TimeValue of the period containing ``day``; a part (early/mid/late) narrows the bounds to a
    third and an approximator widens them, both marked approximate, neither moving the value."""
    earliest, latest = bounds(day, granularity)
    approximate = False
    if part:
        third = (latest - earliest) / 3
        if part == "START":
            latest = earliest + third
        elif part == "END":
            earliest = latest - third
        else:
            earliest, latest = earliest + third, latest - third
        approximate = True
    if mod is not None:
        earliest, latest, approximate = _widen(earliest, latest, mod)
    return TimeValue(
        value=timex(day, granularity),
        type=TimexType.DATE,
        earliest=earliest,
        latest=latest,
        granularity=granularity,
        mod=PART_MODS.get(part or "") or mod,
        approximate=approximate,
    )


def _widen(earliest: dt.date, latest: dt.date, mod: Mod) -> tuple[dt.date, dt.date, bool]:
    margin = max((latest - earliest) / 2, dt.timedelta(days=1))
    if mod in {Mod.APPROX, Mod.LESS_THAN, Mod.MORE_THAN, Mod.EQUAL_OR_LESS, Mod.EQUAL_OR_MORE}:
        return earliest - margin, latest + margin, True
    return earliest, latest, False


def before_christ(
    year: int,
    granularity: Granularity,
    *,
    month: int | None = None,
    day: int | None = None,
    season_code: str | None = None,
    mod: Mod | None = None,
) -> TimeValue:
    """A date before year 1 (``year`` counted back: 480 for 480 BC; a century counted from 0 for the 1st) as
    TIMEX3 writes it: BC0480, BC0480-04, BC0480-SP, BC04 (the 5th century BC). It has no bounds: the bounds
    are dates of the calendar this tool handles, which starts at year 1."""
    if granularity == Granularity.CENTURY:
        value = f"BC{year:02d}"
    else:
        value = f"BC{year:04d}"
        value += f"-{season_code}" if season_code else f"-{month:02d}" if month else ""
        value += f"-{day:02d}" if month and day else ""
    return TimeValue(value=value, type=TimexType.DATE, granularity=granularity, mod=mod)


def season(year: int, code: str) -> TimeValue:
    first, last = _season_bounds(year, code)
    return TimeValue(value=f"{year:04d}-{code}", earliest=first, latest=last, granularity=Granularity.SEASON)


def season_of(day: dt.date) -> tuple[int, str]:
    """The season holding ``day``, as (year, code): winter is named by the year its December is in."""
    code = max((start, code) for code, start in SEASON_START.items() if start <= max(day.month, 3))[1]
    return (day.year - 1, "WI") if day.month < SEASON_START["SP"] else (day.year, code)


def _season_bounds(year: int, code: str) -> tuple[dt.date, dt.date]:
    first = calendar_date(year, SEASON_START[code])
    return first, shift(first, Granularity.MONTH, 3) - dt.timedelta(days=1)


def holiday(rule: dict[str, Any], year: int) -> dt.date | None:
    """The day of a holiday in ``year`` by its rule (see ``lexicon._holiday_names``): a fixed day, the
    nth (or, -1, the last) weekday of a month counted from ``from_day``, days from Easter Sunday, or a
    country's lunar or lunisolar calendar (None when that calendar has no such day that year)."""
    if "country" in rule:
        return calendar_holiday(rule["country"], rule["calendar_name"], calendar_date(year).year)
    if "easter" in rule:
        return easter(calendar_date(year).year) + dt.timedelta(days=rule["easter"])
    if "weekday" not in rule:
        return calendar_date(year, rule["month"], rule["day"])
    nth = rule["nth"]
    start = rule.get("from_day", 1 if nth > 0 else 31)  # relativedelta clamps day 31 to the month's last
    step = relativedelta(month=rule["month"], day=start, weekday=WEEKDAYS[rule["weekday"] - 1](nth))
    return calendar_date(year) + step


@cache
def calendar_holiday(country: str, name: str, year: int) -> dt.date | None:
    """The first day the ``holidays`` package names ``name`` (or "name (estimated)", "name Holiday") in the
    country's calendar that year: Eid al-Adha 2030 is 2030-04-13 (AE), Holi 2021 2021-03-29 (IN)."""
    import holidays  # noqa: PLC0415 - its calendars load only when a text names such a feast

    days = holidays.country_holidays(country, years=year, language=HOLIDAY_NAMES_LANGUAGE)
    return min(
        (day for day, names in days.items() if any(part.startswith(name) for part in names.split("; "))), default=None
    )


def is_leap(year: int) -> bool:
    return isleap(calendar_date(year).year)


def coarser(first: Granularity, second: Granularity) -> bool:
    return FINENESS.index(first) > FINENESS.index(second)
