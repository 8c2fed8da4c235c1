"""Finding and parsing publish dates: full dates only (day, month and year), never filled in.

Month names come from dateparser's language data for the languages listed in data/cues.yaml,
so a Norwegian or Indonesian dateline is found as readily as an English one.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import dateparser

from timeline.ingest.cues import cues

_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# dateparser settings that refuse a date with a missing part instead of filling it from today.
# No "relative-time" parser: "yesterday" in a date field would be read against the clock, and the
# output would change with the day of the run. Such a value is ignored with a warning instead.
_STRICT = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    text: str


def _month_names(language: str) -> list[tuple[str, int]]:
    info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
    return [(name, n) for n, key in enumerate(_MONTH_KEYS, 1) for name in info.get(key, []) if len(name) >= 3]


@cache
def month_numbers() -> dict[str, int]:
    """Month name (lower case) to month number, over the known languages; a name two languages
    give different months is left out rather than guessed."""
    numbers: dict[str, set[int]] = {}
    for language in cues().date_languages:
        for name, number in _month_names(language):
            numbers.setdefault(name.lower(), set()).add(number)
    return {name: next(iter(found)) for name, found in numbers.items() if len(found) == 1}


def _month(group: str, names: list[str]) -> str:
    """A month name as a named group: after a non-letter, or glued after lower case ("potusFebruary")."""
    any_case = "|".join(re.escape(n) for n in names)
    capitalized = "|".join(re.escape(n[0].upper() + n[1:]) for n in names)
    return rf"(?P<{group}>(?<![^\W\d_])(?i:{any_case})|(?<=[a-z])(?:{capitalized}))\.?"


@cache
def date_pattern() -> re.Pattern[str]:
    """Month-day-year and day-month-year in the known languages, and ISO dates."""
    names = sorted(month_numbers(), key=len, reverse=True)
    day = r"(?:[0-2]?\d|3[01])(?!\d)"
    year = r"(?:1[89]|2\d)\d\d(?!\d)"
    return re.compile(
        rf"{_month('m1', names)}\s+(?P<d1>{day})(?:st|nd|rd|th)?,?\s+(?P<y1>{year})"
        rf"|(?<!\d)(?P<d2>{day})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_month('m2', names)}(?:,|\s+de)?\s+(?P<y2>{year})"
        rf"|(?<!\d)(?P<y3>{year})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)"
    )


def _match_date(match: re.Match[str]) -> dt.date | None:
    """The date a date_pattern match spells, or None for an impossible one (February 30)."""
    parts = match.groupdict()
    for n in "123":
        if parts[f"y{n}"]:
            month = parts[f"m{n}"]
            number = int(month) if month.isdigit() else month_numbers()[month.lower()]
            try:
                return dt.date(int(parts[f"y{n}"]), number, int(parts[f"d{n}"]))
            except ValueError:
                return None
    return None


@lru_cache(maxsize=4096)  # metadata repeats the same few dates; dateparser takes ~2 ms a call
def parse_date_text(text: str) -> dt.date | None:
    """A date string in any known language, or None when a part is missing or it is no date."""
    match = date_pattern().fullmatch(text.strip())
    if match:
        return _match_date(match)
    iso = re.fullmatch(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?\s*", text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    parsed = dateparser.parse(text, languages=list(cues().date_languages), settings=_STRICT)
    return parsed.date() if parsed else None


def find_dates(text: str) -> list[FoundDate]:
    """Every full date printed in ``text``, in order, with its span."""
    found = []
    for match in date_pattern().finditer(text):
        date = _match_date(match)
        if date is not None:
            found.append(FoundDate(date, match.start(), match.end(), match.group()))
    return found


def coerce_date(value: object) -> dt.date | None:
    """A metadata value (ISO string, datetime, date, or printed date) as a date, or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        return parse_date_text(value)
    return None
