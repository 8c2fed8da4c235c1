"""Finding and parsing publish dates: full dates only (day, month and year), never filled in.

Month names come from dateparser's language data for the languages listed in data/cues.yaml,
so a Norwegian or Indonesian dateline is found as readily as an English one.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass
from functools import cache

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
_STRICT = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    text: str


def _month_names(language: str) -> list[str]:
    info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
    return [name for key in _MONTH_KEYS for name in info.get(key, []) if len(name) >= 3]


@cache
def date_pattern() -> re.Pattern[str]:
    """Day-month-year in the known languages, ISO dates; glued page text ("potusFebruary 24, 2025No")."""
    names = sorted({n for lang in cues().date_languages for n in _month_names(lang)}, key=len, reverse=True)
    month = "|".join(re.escape(n) for n in names)
    capitalized = "|".join(re.escape(n[0].upper() + n[1:]) for n in names)
    month_start = rf"(?:(?<![^\W\d_])(?i:{month})|(?<=[a-z])(?:{capitalized}))\.?"
    day = r"(?:[0-2]?\d|3[01])(?!\d)"
    year = r"(?:1[89]|2\d)\d\d(?!\d)"
    return re.compile(
        rf"{month_start}\s+{day}(?:st|nd|rd|th)?,?\s+{year}"
        rf"|(?<!\d){day}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{month_start}(?:,|\s+de)?\s+{year}"
        rf"|(?<!\d){year}-[01]\d-[0-3]\d(?!\d)"
    )


def parse_date_text(text: str) -> dt.date | None:
    """A date string in any known language, or None when a part is missing or it is no date."""
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
        date = parse_date_text(match.group())
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
