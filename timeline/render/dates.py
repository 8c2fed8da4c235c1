"""How a TimeValue reads to a person and to a machine, at the precision it is known to.

Every format shows dates through these two functions, so "week of 17 Feb 2025" in Markdown is
"week of 17 Feb 2025" in HTML and in the calendar's summary.
"""

from __future__ import annotations

import datetime as dt

from timeline.models import Granularity, Mod, TimeValue

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_WORDS = {Mod.START: "early", Mod.MID: "mid-", Mod.END: "late"}
RELATION_WORDS = {
    Mod.BEFORE: "before",
    Mod.AFTER: "after",
    Mod.ON_OR_BEFORE: "on or before",
    Mod.ON_OR_AFTER: "on or after",
}
APPROXIMATE_MARK = "~ "
UNKNOWN_DATE = "date unknown"


def readable_date(value: TimeValue) -> str:
    """The date as a reader should see it: "24 Feb 2025", "week of 17 Feb 2025", "~ mid-Feb 2025", "1970s"."""
    if value.earliest is None:
        return UNKNOWN_DATE
    text = _qualified(value, _calendar_text(value, value.earliest))
    approximate = value.approximate or value.mod == Mod.APPROX
    return APPROXIMATE_MARK + text if approximate else text


def machine_date(value: TimeValue) -> str | None:
    """A valid HTML ``<time datetime>`` at the value's precision (decades and centuries give their first year)."""
    day = value.earliest
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
    """The stated granularity, else the coarsest unit the bounds fill (a hand-written value may omit it)."""
    if value.granularity is not None:
        return value.granularity
    if value.latest is None or value.latest == value.earliest:
        return Granularity.DAY
    return Granularity.YEAR if value.earliest.year != value.latest.year else Granularity.MONTH


def _calendar_text(value: TimeValue, day: dt.date) -> str:
    granularity = granularity_of(value)
    month = MONTH_ABBREVIATIONS[day.month - 1]
    texts = {
        Granularity.DAY: lambda: short_day(day),
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
