"""The language data of the temporal grammar (``languages/<code>/temporal.json``) as lookup tables.

Words live in the data file so that adding a language is adding data; this module only turns
the checked lists into the lookup tables and the token scanner the grammar needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from timeline.languages import DEFAULT, available, temporal_tables

# One scanner for the whole text: meridians first (they contain dots), then digit runs, single characters
# of the scripts written without spaces (Chinese, Japanese kana; Korean syllables), word runs, and any
# other single non-space character. Each alternative is a simple run: no backtracking.
UNSPACED_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
TOKEN_PATTERN = re.compile(rf"[ap]\.m\.|\d+|[{UNSPACED_SCRIPTS}]|[^\W\d_]+|[^\s\w]", re.IGNORECASE)


NEVER = re.compile(r"(?!)")  # the pattern of an empty word list
MIN_COMPOUND_WEEKDAY = 5  # weekday names that make compounds ("Montag" + "abend"), not abbreviations ("mon")
Phrases = dict[str | None, Any]  # a trie: token -> subtrie; the key None holds the value of the phrase ending there


def _phrases(words: Mapping[str, object], *, keep_case: bool = False) -> Phrases:
    """Multi-word entries as a trie over their tokens (lower-cased unless ``keep_case``), so matching
    costs the phrase's length."""
    trie: Phrases = {}
    for phrase, value in words.items():
        node = trie
        for token in TOKEN_PATTERN.findall(phrase if keep_case else phrase.lower()):
            node = node.setdefault(token, {})
        node[None] = value
    return trie


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Lookup tables of one language."""

    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_plurals: dict[str, int]
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
    eras: dict[str, Phrases]
    day_words: dict[str, int]
    generic_day_words: dict[str, str]
    day_parts: dict[str, str]
    clock_words: dict[str, int]
    clock_fractions: dict[str, int]
    clock_sides: dict[str, int]
    meridians: dict[str, int]
    local_time: Phrases
    references: dict[str, str]
    reference_year_phrases: Phrases
    reference_phrases: Phrases
    vague_spans: Phrases
    plural_references: dict[str, str]
    shifters: dict[str, int]
    deictic_year_shifters: dict[str, int]
    anaphoric_shifters: frozenset[str]
    ago_words: dict[str, int]
    relative_words: dict[str, int]
    parts: dict[str, str]
    within_words: dict[str, str]
    approximators: Phrases
    set_words: dict[str, str]
    set_quantifiers: frozenset[str]
    frequency_words: frozenset[str]
    fiscal: frozenset[str]
    year_ago_words: frozenset[str]
    future_markers: re.Pattern[str]
    past_markers: re.Pattern[str]
    clause_joints: re.Pattern[str]
    governing_past: dict[str, Any] | None
    deadline_prepositions: re.Pattern[str]
    vague_plural_units: dict[str, list[str]]
    word_sets: dict[str, frozenset[str]]
    holidays: Phrases
    holidays_in_lower_case: Phrases  # "thanksgiving 2016": a name in lower case is a holiday only before its year
    day_sides: dict[str, int]
    clock_suffixes: Phrases
    approximate_tails: Phrases
    anniversary_phrases: Phrases
    someday_phrases: Phrases
    minute_separators: frozenset[str]
    deictic_units: dict[str, dict[str, Any]]
    ago_prepositions: Phrases
    part_phrases: Phrases
    date_markers: dict[str, str]
    weekday_parts: dict[str, tuple[int, str]]  # compounds of a weekday and a part of the day: dienstagabend
    capitalised_months: bool
    capitalised_nouns: bool
    adjectives_after_nouns: bool
    duration_words: dict[str, str]
    postposed_shifters: dict[str, int]
    day_word_phrases: Phrases  # day_words as a trie: "aujourd'hui", "avant-hier" are several tokens
    weekday_phrases: Phrases  # weekdays as a trie: "segunda-feira" is three tokens
    day_part_phrases: Phrases  # day_parts as a trie: "après-midi" is three tokens
    unit_phrases: Phrases  # units of several tokens as a trie: "fin de semana", "week-end"


FUTURE_STEM = 2  # letters before a future ending: "fera", "feront" yes; "front", "vrai" (one) no


def _deadline_pattern(words: list[str], articles: list[str]) -> re.Pattern[str]:
    """One of ``words`` (group 1; and maybe an article, group 2) right before the end of the text it is
    searched in."""
    if not words:
        return NEVER
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"\b({alternatives})\s+(?:({'|'.join(map(re.escape, articles))})\s+)?$", re.IGNORECASE)


def _words_pattern(markers: list[str], endings: Sequence[str] = ()) -> re.Pattern[str]:
    """Lower-case markers matched as whole words, or words ending in one of ``endings`` (a verb's tense ending,
    after a stem of at least FUTURE_STEM letters); searched in lower-cased text, since IGNORECASE makes a long
    alternation several times slower."""
    words = sorted((re.escape(marker.lower()) for marker in markers), key=len, reverse=True)
    words += [rf"[^\W\d_]{{{FUTURE_STEM},}}(?:{'|'.join(map(re.escape, endings))})"] if endings else []
    if not words:
        return NEVER  # an empty alternation would match at every word boundary
    return re.compile(r"(?<![\w'])(?:" + "|".join(words) + r")\b")


def _holiday_names(holidays: dict[str, dict[str, Any]], *, keep_case: bool = True) -> Phrases:
    """Every written form of every holiday as a trie over its tokens as written: the names are matched
    case-sensitively ("Easter", not "easter"; "Good Friday", not "a good Friday"). Each leaf holds the
    holiday's rule: ``month``/``day`` (fixed), ``month``/``weekday``/``nth`` (nth weekday, -1 the last,
    counted from ``from_day``), or ``easter`` (days from Easter Sunday)."""
    forms = {
        written: {"name": name, **{key: value for key, value in entry.items() if key != "names"}}
        for name, entry in holidays.items()
        for written in entry["names"]
    }
    return _phrases(forms, keep_case=keep_case)


CONVERTERS: dict[str, Callable[[Any], object]] = {
    "frozenset[str]": frozenset,
    "Phrases": _phrases,
    "re.Pattern[str]": _words_pattern,
    "dict[str, frozenset[str]]": lambda sets: {name: frozenset(words) for name, words in sets.items()},
}


def _era_markers(eras: dict[str, dict[str, int]]) -> dict[str, Phrases]:
    """Era markers after a number ("480 BC") and before one ("AD 70"), as written (case kept: "AD", not "ad"),
    each with its sign: -1 before Christ, 1 after."""
    return {side: _phrases(markers, keep_case=True) for side, markers in eras.items()}


def _clause_joints(conjunctions: list[str]) -> re.Pattern[str]:
    """A comma and a conjunction that opens a new clause: ", and", ", but" (either case)."""
    if not conjunctions:
        return NEVER  # a language without such words: no clause ends there
    words = "|".join(map(re.escape, conjunctions))
    return re.compile(r",\s+(?:" + words + r")\b", re.IGNORECASE)


SPECIAL_CONVERTERS: dict[str, Callable[[Any], object]] = {
    "eras": _era_markers,
    "holidays": _holiday_names,
}


DERIVED: dict[str, Callable[[dict[str, Any]], object]] = {  # tables built from entries of another name, or several
    "clause_joints": lambda raw: _clause_joints(raw["word_sets"]["clause_conjunctions"]),
    "holidays_in_lower_case": lambda raw: _holiday_names(raw["holidays"], keep_case=False),
    "weekday_parts": lambda raw: {
        name + part: (number, code)
        for name, number in raw["weekdays"].items()
        if len(name) >= MIN_COMPOUND_WEEKDAY
        for part, code in raw["day_parts"].items()
    },
    "deadline_prepositions": lambda raw: _deadline_pattern(
        raw["deadline_prepositions"], raw["word_sets"]["definite_articles"]
    ),
    "future_markers": lambda raw: _words_pattern(raw["future_markers"], raw["future_endings"]),
    "past_markers": lambda raw: _words_pattern(raw["past_markers"], raw["past_endings"]),
    "day_word_phrases": lambda raw: _phrases(raw["day_words"]),
    "weekday_phrases": lambda raw: _phrases(raw["weekdays"]),
    "day_part_phrases": lambda raw: _phrases(raw["day_parts"]),
    "unit_phrases": lambda raw: _phrases(
        {unit: code for unit, code in raw["units"].items() if len(TOKEN_PATTERN.findall(unit)) > 1}
    ),
}


def reads(language: str) -> bool:
    """Whether the engine has a grammar's data for ``language`` (an ISO 639-1 code)."""
    return available(language)


@cache
def lexicon(language: str = DEFAULT) -> Lexicon:
    """The tables of ``language``, each field read from the data file's entry of the same name;
    raises LanguageDataError for a language without data or with a bad file."""
    raw = temporal_tables(language)
    values: dict[str, Any] = {name: derive(raw) for name, derive in DERIVED.items()}
    for entry in fields(Lexicon):
        if entry.name in DERIVED:
            continue
        convert = SPECIAL_CONVERTERS.get(entry.name) or CONVERTERS.get(str(entry.type), lambda value: value)
        values[entry.name] = None if raw.get(entry.name) is None else convert(raw[entry.name])
    return Lexicon(**values)
