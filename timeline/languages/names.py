"""Month and weekday names from CLDR, as dateparser ships them per language, so they are not typed by hand.

Only the lower-case entries are CLDR's; dateparser adds capitalised supplements ("Die", "Mit" for
Dienstag and Mittwoch) that are common words in running text, and two-letter abbreviations ("do", "so")
that are words too: both are left out. A language file can add what it needs.
"""

from __future__ import annotations

import importlib

MONTH_KEYS = (
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
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MIN_NAME_LENGTH = 3  # "mo", "di", "so": abbreviations that are words in running text


def _names(info: dict[str, list[str]], keys: tuple[str, ...]) -> dict[str, int]:
    return {
        name: number
        for number, key in enumerate(keys, start=1)
        for name in info.get(key, [])
        if name == name.lower() and len(name) >= MIN_NAME_LENGTH
    }


def calendar_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month names to 1-12 and weekday names to 1-7 (Monday 1) of language ``code``."""
    info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    return _names(info, MONTH_KEYS), _names(info, WEEKDAY_KEYS)
