"""Dates counted from an event the corpus dates: "shortly before the invasion of Ukraine, ...".

The sentence prints no date, but names an event and how far from it the sentence's own event
lies. When other, dated articles date that event to the day (the match infer.py uses for
anniversaries), the phrase becomes a mention dating its sentence: a vague offset ("shortly",
"weeks") a window next to the event, as wide as the lexicon says, marked BEFORE/AFTER and
approximate; a counted one ("two weeks", "a month") that many units from it. Its anchor names the
event and the articles that date it. An event no article dates leaves the text undated.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from timeline.facts import Span, is_dated, sentences
from timeline.infer import DatedFacts
from timeline.languages import DEFAULT
from timeline.lexicon import ClauseWords, alternation, clause_words
from timeline.models import Granularity, Mention, Mod, TimeValue, TimexType
from timeline.relative import MAX_EVENT_WORDS, counted_from
from timeline.temporal.calendar import CALENDAR_ERRORS, OUTSIDE_CALENDAR, timex
from timeline.temporal.lexicon import lexicon

EVENT_ANCHOR = "{offset}: the event {cited}"
MAX_OFFSET_CHARS = 24  # "a few months ", "twelve weeks ": the offset's longest spelling and its space


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language, cached
class OffsetWords:
    """One language's patterns for "<offset> before/after the <event>": found from its direction and article
    ("before the invasion"), the rarer part, then the offset just before it."""

    clauses: ClauseWords
    direction_and_event: re.Pattern[str]
    offset: re.Pattern[str]
    phrase_ends: frozenset[str]


@cache
def offset_words(language: str = DEFAULT) -> OffsetWords:
    """The offset patterns of ``language``, built once."""
    words = clause_words(language)
    articles = alternation([*lexicon(language).word_sets["definite_articles"], *words.contracted_articles])
    direction_and_event = re.compile(
        rf"\b(?P<direction>{alternation(words.relative_directions)})\s+(?:{articles})(?:\s+|['’])"
        rf"(?P<event>[\w’'-]+(?:[ \t]+[\w’'-]+){{0,{MAX_EVENT_WORDS - 1}}})",
        re.IGNORECASE,
    )
    hedges, days = alternation(words.event_offset_hedges), alternation(words.event_offset_days)
    numbers, units = alternation(words.event_offset_numbers), alternation(words.event_offset_units)
    vague = rf"(?:(?:{hedges})\s+)?(?P<vague>{days})"
    counted = rf"(?P<count>\d+|{numbers})\s+(?P<unit>{units})"
    offset = re.compile(rf"\b(?:{vague}|{counted})\s+$", re.IGNORECASE)
    return OffsetWords(words, direction_and_event, offset, words.event_phrase_ends | words.clause_verbs)


@dataclass(frozen=True, slots=True)
class EventOffset:
    """ "weeks before the invasion": where the phrase lies, how far from which event, on which side.

    A vague offset names its word ("weeks"); a counted one its amount and TIMEX3 unit letter.
    """

    start: int
    end: int
    text: str
    direction: str
    event: str
    vague: str | None = None
    amount: int = 0
    unit: str = ""


def event_offsets(text: str, language: str = DEFAULT) -> list[EventOffset]:
    """Every "<offset> before/after the <event>" phrase in the text, read with ``language``'s words."""
    patterns = offset_words(language)
    numbers, units = patterns.clauses.event_offset_numbers, patterns.clauses.event_offset_units
    found = []
    for match in patterns.direction_and_event.finditer(text):
        offset = patterns.offset.search(text, max(0, match.start() - MAX_OFFSET_CHARS), match.start())
        words = match.group("event").split()
        kept = next((k for k, word in enumerate(words) if word.lower() in patterns.phrase_ends), len(words))
        if offset is None or kept == 0:
            continue
        end = match.start("event") + match.group("event").index(words[kept - 1]) + len(words[kept - 1])
        count, unit = (offset.group("count") or "").lower(), (offset.group("unit") or "").lower()
        found.append(
            EventOffset(
                start=offset.start(),
                end=end,
                text=text[offset.start() : end],
                direction=match.group("direction").lower(),
                event=" ".join(words[:kept]),
                vague=offset.group("vague") and offset.group("vague").lower(),
                amount=int(count) if count.isdecimal() else numbers.get(count, 0),
                unit=units.get(unit, ""),
            )
        )
    return found


def date_event_offsets(
    text: str, mentions: list[Mention], dated: DatedFacts, *, spans: list[Span] | None = None, language: str = DEFAULT
) -> list[Mention]:
    """The mentions, with a mention added for each phrase whose event the corpus dates.

    A sentence that prints its own date keeps it ("weeks before the invasion, on Feb. 4, ...").
    The new mention replaces those inside its phrase: "a month" there counts from the event, not
    the text's date. ``spans`` are the text's sentences when the caller has them already; the words are
    ``language``'s.
    """
    starts = [span.start for span in (sentences(text) if spans is None else spans)]
    dated_by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if is_dated(mention):
            dated_by_sentence[bisect_right(starts, mention.start)].append(mention)
    offsets = [o for o in event_offsets(text, language) if not _dated_elsewhere(o, dated_by_sentence, starts)]
    words = offset_words(language).clauses
    added = [m for m in (_dated(offset, dated, words) for offset in offsets) if m is not None]
    added_starts = [a.start for a in added]  # in text order: event_offsets finds them left to right
    kept = [m for m in mentions if not _inside(m, added, added_starts)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _inside(mention: Mention, added: list[Mention], added_starts: list[int]) -> bool:
    """Whether the mention lies inside an added phrase: one of the two starting last at or before it (an
    offset's words may reach back over the event phrase before it, never over two)."""
    index = bisect_right(added_starts, mention.start)
    return any(mention.end <= phrase.end for phrase in added[max(0, index - 2) : index])


def _dated_elsewhere(
    offset: EventOffset, dated_by_sentence: dict[int, list[Mention]], sentence_starts: list[int]
) -> bool:
    """Whether the offset's sentence has a date of its own, outside the offset's phrase (the dated mentions
    are grouped by sentence, so each offset looks at its own sentence's only)."""
    in_sentence = dated_by_sentence.get(bisect_right(sentence_starts, offset.start), [])
    return any(not (offset.start <= m.start and m.end <= offset.end) for m in in_sentence)


def _dated(offset: EventOffset, dated: DatedFacts, words: ClauseWords) -> Mention | None:
    original = dated.original(offset.event)
    if original is None:
        return None
    side = -words.relative_directions[offset.direction]  # "before the event": the clause lies on its earlier side
    anchor = EVENT_ANCHOR.format(offset=offset.text, cited=original.cited())
    found = {"start": offset.start, "end": offset.end, "text": offset.text, "type": TimexType.DATE}
    try:
        if offset.vague is not None:
            value = _window(original.day, words.event_offset_days[offset.vague], side)
        else:
            value = counted_from(original.day, offset.amount, offset.unit, side, None)
    except CALENDAR_ERRORS:
        return Mention(**found, reason=OUTSIDE_CALENDAR)
    return Mention(**found, value=value, anchor=anchor)


def _window(day: dt.date, days: int, side: int) -> TimeValue:
    """The ``days`` next to the event's day on one side, the day itself left out: TIMEX3 "before/after <day>"."""
    near = day + dt.timedelta(days=side)
    far = day + dt.timedelta(days=side * days)
    return TimeValue(
        value=timex(day, Granularity.DAY),
        earliest=min(near, far),
        latest=max(near, far),
        granularity=Granularity.DAY,
        mod=Mod.BEFORE if side < 0 else Mod.AFTER,
        approximate=True,
    )
