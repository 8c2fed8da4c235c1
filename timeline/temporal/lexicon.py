"""The language data of the temporal grammar, loaded once from ``data/<lang>.json``.

Words live in the data file so that adding a language is adding data; this module only turns
the lists into the lookup tables and the token scanner the grammar needs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# One scanner for the whole text: meridians first (they contain dots), then digit runs, word runs,
# and any other single non-space character. Each alternative is a simple run: no backtracking.
TOKEN_PATTERN = re.compile(r"[ap]\.m\.|\d+|[^\W\d_]+|[^\s\w]", re.IGNORECASE)


def _phrases(words: list[str] | dict[str, object]) -> dict[tuple[str, ...], object]:
    """Multi-word entries keyed by their token tuple, for matching against the token stream."""
    values = words if isinstance(words, dict) else dict.fromkeys(words, True)
    return {tuple(TOKEN_PATTERN.findall(phrase.lower())): value for phrase, value in values.items()}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Lookup tables of one language."""

    months: dict[str, int]
    weekdays: dict[str, int]
    abbreviations_need_period: frozenset[str]
    seasons: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, int]
    multipliers: dict[str, int]
    vague_numbers: frozenset[str]
    article_one: frozenset[str]
    ordinals: dict[str, int]
    ordinal_suffixes: frozenset[str]
    decade_words: dict[str, int]
    day_words: dict[str, int]
    day_parts: dict[str, str]
    clock_words: dict[str, int]
    meridians: dict[str, int]
    references: dict[str, str]
    reference_phrases: dict[tuple[str, ...], object]
    plural_references: dict[str, str]
    shifters: dict[str, int]
    anaphoric_shifters: frozenset[str]
    ago_words: dict[str, int]
    relative_words: dict[str, int]
    parts: dict[str, str]
    within_words: dict[str, str]
    approximators: dict[tuple[str, ...], object]
    set_words: dict[str, str]
    set_quantifiers: frozenset[str]
    fiscal: frozenset[str]
    year_ago_words: frozenset[str]
    future_markers: re.Pattern[str]
    past_markers: re.Pattern[str]
    vague_plural_units: dict[str, list[str]]
    triggers: frozenset[str]


def _words_pattern(markers: list[str]) -> re.Pattern[str]:
    words = sorted((re.escape(marker) for marker in markers), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@cache
def lexicon(language: str = "en") -> Lexicon:
    """The tables of ``language``; raises FileNotFoundError for a language without data."""
    raw = json.loads((DATA_DIR / f"{language}.json").read_text(encoding="utf-8"))
    approximators = _phrases(raw["approximators"])
    reference_phrases = _phrases(raw["reference_phrases"])
    first_words = {words[0] for words in (*approximators, *reference_phrases)}
    table_keys = [
        "months",
        "weekdays",
        "seasons",
        "units",
        "numbers",
        "multipliers",
        "ordinals",
        "decade_words",
        "day_words",
        "day_parts",
        "clock_words",
        "meridians",
        "references",
        "shifters",
        "ago_words",
        "parts",
        "set_words",
    ]
    triggers = {word for key in table_keys for word in raw[key]}
    triggers |= first_words | set(raw["set_quantifiers"]) | set(raw["fiscal"]) | set(raw["year_ago_words"])
    triggers |= {"the", "that", "mid", "year", "a", "an", "earlier", "later", "'", "anniversary", "several", "few"}
    return Lexicon(
        months=raw["months"],
        weekdays=raw["weekdays"],
        abbreviations_need_period=frozenset(raw["weekday_abbreviations_need_period"]),
        seasons=raw["seasons"],
        units=raw["units"],
        numbers=raw["numbers"],
        multipliers=raw["multipliers"],
        vague_numbers=frozenset(raw["vague_numbers"]),
        article_one=frozenset(raw["article_one"]),
        ordinals=raw["ordinals"],
        ordinal_suffixes=frozenset(raw["ordinal_suffixes"]),
        decade_words=raw["decade_words"],
        day_words=raw["day_words"],
        day_parts=raw["day_parts"],
        clock_words=raw["clock_words"],
        meridians=raw["meridians"],
        references=raw["references"],
        reference_phrases=reference_phrases,
        plural_references=raw["plural_references"],
        shifters=raw["shifters"],
        anaphoric_shifters=frozenset(raw["anaphoric_shifters"]),
        ago_words=raw["ago_words"],
        relative_words=raw["relative_words"],
        parts=raw["parts"],
        within_words=raw["within_words"],
        approximators=approximators,
        set_words=raw["set_words"],
        set_quantifiers=frozenset(raw["set_quantifiers"]),
        fiscal=frozenset(raw["fiscal"]),
        year_ago_words=frozenset(raw["year_ago_words"]),
        future_markers=_words_pattern(raw["future_markers"]),
        past_markers=_words_pattern(raw["past_markers"]),
        vague_plural_units=raw["vague_plural_units"],
        triggers=frozenset(triggers),
    )
