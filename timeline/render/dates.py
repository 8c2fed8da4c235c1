"""How a TimeValue reads to a person and to a machine, at the precision it is known to.

Every format shows dates through these two functions, so "week of 17 Feb 2025" in Markdown is
"week of 17 Feb 2025" in HTML and in the calendar's summary.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from timeline.models import Granularity, Mod, TimeValue
from timeline.render.words import (
    APPROXIMATE_MARK,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    PART_WORDS,
    RANGE_DASH,
    RELATION_WORDS,
    SEASON_NAMES,
    UNKNOWN_DATE,
)
from timeline.temporal.calendar import bounds

INTERVAL = "/"  # ISO 8601: the two ends of an interval value ("2004/2006")

# Granularities whose bounds are shown as the calendar names them (a quarter, a decade): no window.
WHOLE_PERIODS_ONLY = (
    Granularity.QUARTER,
    Granularity.HALF,
    Granularity.SEASON,
    Granularity.DECADE,
    Granularity.CENTURY,
)

# TIMEX3 values whose first day can be read off them, by the granularity they express.
VALUE_SHAPES: dict[Granularity, tuple[tuple[re.Pattern[str], Callable[..., dt.date]], ...]] = {
    Granularity.DAY: ((re.compile(r"(\d{4})-(\d{2})-(\d{2})"), dt.date),),
    Granularity.WEEK: ((re.compile(r"(\d{4})-W(\d{2})"), lambda year, week: dt.date.fromisocalendar(year, week, 1)),),
    Granularity.MONTH: ((re.compile(r"(\d{4})-(\d{2})"), lambda year, month: dt.date(year, month, 1)),),
    Granularity.YEAR: ((re.compile(r"(\d{4})"), lambda year: dt.date(year, 1, 1)),),
}


def readable_date(value: TimeValue) -> str:
    """The date as a reader should see it: "24 Feb 2025", "week of 17 Feb 2025", "~ mid-Feb 2025", "1970s".

    When the bounds are not the calendar period the words name, the line says the real window:
    "between 10 and 23 Feb 2025" for a week widened by "about", "before 24 Feb 2022, from 13 Jan
    2022" for "weeks before the invasion", "between 1 and 24 Feb 2025" for "earlier this month".
    """
    day = first_day(value)
    if day is None:
        return UNKNOWN_DATE
    interval = _interval(value)
    if interval:
        return interval
    window = _window(value)
    if window and value.mod not in RELATION_WORDS and value.mod not in PART_WORDS:
        return window
    text = _qualified(value, _calendar_text(value, day))
    approximate = value.approximate or value.mod == Mod.APPROX
    text = APPROXIMATE_MARK + text if approximate else text
    return _bounded(value, text) if window else text


def _interval(value: TimeValue) -> str:
    """ "2004–2006" for an interval of years, months or weeks ("2004/2006": facts.joined_ranges); "" for
    any other value, and for days, whose window reads "between 4 and 6 Jul 2025"."""
    parts = value.value.split(INTERVAL)
    if len(parts) != 2 or granularity_of(value) in (Granularity.DAY, Granularity.TIME):
        return ""
    start, end = (value.model_copy(update={"value": part}) for part in parts)
    first, last = first_day(start), first_day(end)
    if first is None or last is None:
        return ""
    return f"{_calendar_text(start, first)}{RANGE_DASH}{_calendar_text(end, last)}"


def _window(value: TimeValue) -> str:
    """ "between 10 and 23 Feb 2025" when the bounds differ from the named calendar period, else ""."""
    first, last = value.earliest, value.latest
    granularity = granularity_of(value)
    if first is None or last is None or value.granularity is None or granularity in WHOLE_PERIODS_ONLY:
        return ""
    if calendar_bounds(value) == (first, last) or first >= last:
        return ""
    return f"between {_between(first, last)}"


def _bounded(value: TimeValue, text: str) -> str:
    """A before/after date with the bound the words leave unsaid."""
    first, last = value.earliest, value.latest
    assert first is not None and last is not None
    if value.mod in (Mod.BEFORE, Mod.ON_OR_BEFORE):
        return f"{text}, from {short_day(first)}"
    if value.mod in (Mod.AFTER, Mod.ON_OR_AFTER):
        return f"{text}, until {short_day(last)}"
    return text  # early/mid/late say the part of the period in words


def _between(first: dt.date, last: dt.date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} and {short_day(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTH_ABBREVIATIONS[first.month - 1]} and {short_day(last)}"
    return f"{short_day(first)} and {short_day(last)}"


def calendar_bounds(value: TimeValue) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the calendar period the value names (a day, ISO week, month, year)."""
    day = first_day(value)
    if day is None:
        return None
    granularity = granularity_of(value)
    if granularity in (Granularity.DAY, Granularity.TIME, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR):
        return bounds(day, granularity)
    return value.earliest, value.latest  # type: ignore[return-value]  # first_day found a day


def machine_date(value: TimeValue) -> str | None:
    """A valid HTML ``<time datetime>`` at the value's precision (decades and centuries give their first year)."""
    day = first_day(value)
    if day is None:
        return None
    granularity = granularity_of(value)
    if granularity in (Granularity.TIME, Granularity.DAY):
        return day.isoformat()
    if granularity == Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity in (Granularity.DECADE, Granularity.CENTURY):
        return f"{_decade_start(value) if granularity == Granularity.DECADE else _century_start(value):04d}"
    return f"{day.year:04d}"


def short_day(day: dt.date) -> str:
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def month_heading(year: int, month: int) -> str:
    return f"{MONTH_NAMES[month - 1]} {year}"


def granularity_of(value: TimeValue) -> Granularity:
    """The stated granularity, else what the bounds are (a hand-written value may omit it): a whole
    month, a whole year, or days."""
    if value.granularity is not None:
        return value.granularity
    first, last = value.earliest, value.latest
    if first is None or last is None or first.day != 1 or first.year != last.year:
        return Granularity.DAY
    if first.month == last.month and last.day == calendar.monthrange(last.year, last.month)[1]:
        return Granularity.MONTH
    return Granularity.YEAR if (first.month, last.month, last.day) == (1, 12, 31) else Granularity.DAY


def first_day(value: TimeValue) -> dt.date | None:
    """The day the date is told from: the start of the TIMEX3 value when it is a plain day, ISO week,
    month or year (its bounds may be widened around it, e.g. "barely a week after"), else the earliest day."""
    if value.earliest is None:
        return None
    granularity = granularity_of(value)
    for shape, parse in VALUE_SHAPES.get(granularity, ()):
        match = shape.fullmatch(value.value)
        if match:
            return parse(*map(int, match.groups()))
    return value.earliest


def _calendar_text(value: TimeValue, day: dt.date) -> str:
    granularity = granularity_of(value)
    month = MONTH_ABBREVIATIONS[day.month - 1]
    texts = {
        Granularity.DAY: lambda: _days(day, value.latest if value.granularity is None else None),
        Granularity.TIME: lambda: f"{short_day(day)}{_clock(value.value)}",
        Granularity.WEEK: lambda: f"week of {short_day(day)}",
        Granularity.MONTH: lambda: f"{month} {day.year}",
        Granularity.QUARTER: lambda: f"Q{(day.month - 1) // 3 + 1} {day.year}",
        Granularity.HALF: lambda: f"H{(day.month - 1) // 6 + 1} {day.year}",
        Granularity.SEASON: lambda: f"{SEASON_NAMES.get(value.value[-2:], 'season of')} {day.year}",
        Granularity.YEAR: lambda: str(day.year),
        Granularity.DECADE: lambda: f"{_decade_start(value)}s",
        Granularity.CENTURY: lambda: _century_name(_century_start(value) // 100 + 1),
    }
    return texts[granularity]()


def _days(first: dt.date, last: dt.date | None) -> str:
    """One day, or the days a value without a stated granularity spans: "24–26 Feb 2025"."""
    if last is None or last <= first:
        return short_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{short_day(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTH_ABBREVIATIONS[first.month - 1]} – {short_day(last)}"
    return f"{short_day(first)} – {short_day(last)}"


def _qualified(value: TimeValue, text: str) -> str:
    """Early/mid/late and before/after, said in words; other mods only mark the date approximate."""
    if value.mod in PART_WORDS:
        word = PART_WORDS[value.mod]
        return word + text if word.endswith("-") else f"{word} {text}"
    if value.mod in RELATION_WORDS:
        return f"{RELATION_WORDS[value.mod]} {text}"
    return text


def _clock(timex: str) -> str:
    """The ", 10:30" of a TIMEX3 time such as 2025-02-24T10:30; nothing when it names a part of day (TMO)."""
    _, _, clock = timex.partition("T")
    return f", {clock[:5]}" if clock[:2].isdigit() else ""


def _decade_start(value: TimeValue) -> int:
    assert value.earliest is not None
    return value.earliest.year // 10 * 10


def _century_start(value: TimeValue) -> int:
    assert value.earliest is not None
    return value.earliest.year // 100 * 100


def _century_name(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix} century"
