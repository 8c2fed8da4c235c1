"""The word lists used to cut sentences and clauses and to compare event descriptions, per language.

The words live in ``languages/<code>/clauses.json`` (checked by ``timeline.languages``); this module
only turns them into sets once per language. The code that uses them lives in facts.py, merge.py,
relative.py, event_relative.py and occurrence.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.languages import DEFAULT, clause_data


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language, cached
class ClauseWords:
    """One language's clause words as lookup sets (see ``languages.schema.ClauseData`` for each)."""

    abbreviations: frozenset[str]
    ordinal_points: bool
    clause_breaks: tuple[str, ...]
    leading_conjunctions: tuple[str, ...]
    relative_directions: dict[str, int]
    contracted_articles: tuple[str, ...]
    stop_words: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    event_words: frozenset[str]
    event_offset_days: dict[str, int]
    event_offset_hedges: tuple[str, ...]
    event_offset_numbers: dict[str, int]
    event_offset_units: dict[str, str]
    event_phrase_ends: frozenset[str]
    clause_verbs: frozenset[str]
    clause_verb_adverbs: frozenset[str]
    present_state_verbs: frozenset[str]
    undated_reasons: dict[str, str]
    occurrence_determiners: frozenset[str]
    occurrence_noun_skips: frozenset[str]
    occurrence_rankings: frozenset[str]
    occurrence_noun_ends: frozenset[str]
    occurrence_copulas: frozenset[str]
    occurrence_span_prepositions: tuple[str, ...]
    occurrence_since_prepositions: tuple[str, ...]


@cache
def clause_words(language: str | None = DEFAULT) -> ClauseWords:
    """The clause words of ``language`` (None: not known, the default language's)."""
    data = clause_data(language or DEFAULT)
    return ClauseWords(
        abbreviations=frozenset(data.abbreviations),
        ordinal_points=data.ordinal_points,
        clause_breaks=tuple(data.clause_breaks),
        leading_conjunctions=tuple(data.leading_conjunctions),
        relative_directions=dict(data.relative_directions),
        contracted_articles=tuple(data.contracted_articles),
        stop_words=frozenset(data.stop_words),
        possessive_suffixes=tuple(data.possessive_suffixes),
        event_words=frozenset(data.event_words),
        event_offset_days=dict(data.event_offset_days),
        event_offset_hedges=tuple(data.event_offset_hedges),
        event_offset_numbers=dict(data.event_offset_numbers),
        event_offset_units=dict(data.event_offset_units),
        event_phrase_ends=frozenset(data.event_phrase_ends),
        clause_verbs=frozenset(data.clause_verbs),
        clause_verb_adverbs=frozenset(data.clause_verb_adverbs),
        present_state_verbs=frozenset(data.present_state_verbs),
        undated_reasons=dict(data.undated_reasons),
        occurrence_determiners=frozenset(data.occurrence_determiners),
        occurrence_noun_skips=frozenset(data.occurrence_noun_skips),
        occurrence_rankings=frozenset(data.occurrence_rankings),
        occurrence_noun_ends=frozenset(data.occurrence_noun_ends) | frozenset(data.event_phrase_ends),
        occurrence_copulas=frozenset(data.occurrence_copulas),
        occurrence_span_prepositions=tuple(data.occurrence_span_prepositions),
        occurrence_since_prepositions=tuple(data.occurrence_since_prepositions),
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first so "weeks" is not cut to "week"; one that matches
    nothing for an empty list (a language without such words)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"
