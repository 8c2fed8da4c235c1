"""Month and weekday names from CLDR, as dateparser ships them per language, so they are not typed by hand.

Only the lower-case entries are CLDR's; dateparser adds capitalised supplements ("Die", "Mit" for
Dienstag and Mittwoch) that are common words in running text, and two-letter abbreviations ("do", "so")
that are words too: both are left out. A language file can add what it needs.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

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


def _dateparser_info(code: str) -> dict[str, list[str]]:
    """dateparser's data of language ``code``, read as the literal it is: importing it would import all of
    dateparser, most of a second that `timeline tag` would pay on every start."""
    spec = importlib.util.find_spec("dateparser")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("dateparser is not installed")
    path = Path(spec.submodule_search_locations[0]) / "data" / "date_translation_data" / f"{code}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and any(getattr(t, "id", None) == "info" for t in statement.targets):
            info: dict[str, list[str]] = ast.literal_eval(statement.value)
            return info
    raise ValueError(f"{path}: no 'info' table")


def calendar_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month names to 1-12 and weekday names to 1-7 (Monday 1) of language ``code``."""
    info = _dateparser_info(code)
    return _names(info, MONTH_KEYS), _names(info, WEEKDAY_KEYS)
