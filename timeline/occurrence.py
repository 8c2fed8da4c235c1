"""Counts of occurrences that date the previous one: "the call was the second ... in just over a month".

`timeline tag` reports "just over a month" as a duration. After "the second <noun> ... in" it says
when the previous call was: that long before this one, whose date is the sentence's own or, when
it has none, the publish date (the date relative.py counts "<duration> after X" from). "The first
visit in five years" says the previous visit was at least five years before; "the third trip in a
year" only that two earlier ones fall within the year, at no single date, so it stays unanchored
with that reason. The new mention spans "in just over a month" (the clause keeps the rest), and its
``meaning["note"]`` names what it dates, "the previous call", for the fact's text. "The first visit
since 2019" keeps its date, 2019, and gets the note "the previous visit".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from timeline.facts import is_dated
from timeline.languages import DEFAULT
from timeline.lexicon import ClauseWords, alternation, clause_words
from timeline.models import Meaning, Mention, Mod, TimeValue, TimexType
from timeline.temporal.calendar import UNIT_GRANULARITY, shift, timex
from timeline.temporal.lexicon import lexicon

_COUNTED_SPAN = re.compile(r"P(\d+)([DWMYE])")
_TOKEN = re.compile(r"[^\W_][\w'’-]*|[,;:!?()—–\"“”]")
# How far past the stated count the gap may run, in units of the count's unit: "just over a month"
# (and "about a month") up to half a month more; "the first in five years" up to a whole year more,
# as a count of years is rounded down.
OCCURRENCE_LOOSE_UNITS = 0.5
OCCURRENCE_FIRST_UNITS = 1.0
MAX_COUNT_CHARS = 160  # how far before "in <duration>" the ordinal may stand
MAX_COUNT_WORDS = 8  # words between the ordinal and "in": "second between Mr. Xi and Mr. Putin"
MAX_NOUN_WORDS = 3  # "the second phone call between ...": the noun's longest spelling
_UP_TO = {Mod.LESS_THAN, Mod.EQUAL_OR_LESS}
_ONE_DAY = dt.timedelta(days=1)
DECADE_UNIT = "DE"  # the calendar's key for decades, which a duration's value writes "E" ("P2E")


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language, cached
class CountWords:
    """One language's words for counting occurrences: the clause words, the prepositions before the span ("in")
    and the previous date ("since") as patterns ending where the duration starts, ordinals in words and digits."""

    clauses: ClauseWords
    span_before: re.Pattern[str]
    since_before: re.Pattern[str]
    numbered: re.Pattern[str]
    ordinals: dict[str, int]


def _ending_preposition(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` right before the end of the text searched."""
    return re.compile(rf"\b(?:{alternation(words)})\s+$", re.IGNORECASE)


@cache
def count_words(language: str = DEFAULT) -> CountWords:
    """The count words of ``language``, built once."""
    words, temporal_words = clause_words(language), lexicon(language)
    suffixes = "|".join(re.escape(suffix) for suffix in temporal_words.ordinal_suffixes) or "(?!)"
    return CountWords(
        clauses=words,
        span_before=_ending_preposition(words.occurrence_span_prepositions),
        since_before=_ending_preposition(words.occurrence_since_prepositions),
        numbered=re.compile(rf"(\d+)(?:{suffixes})", re.IGNORECASE),
        ordinals=temporal_words.ordinals,
    )


@dataclass(frozen=True, slots=True)
class OccurrenceCount:
    """ "the second call ... in": where the count and its preposition start, which ordinal it is, of what."""

    start: int
    preposition_start: int
    ordinal: int
    ordinal_word: str
    noun: str


def previous_occurrence(
    text: str,
    sentence_start: int,
    mention: Mention,
    reference: tuple[dt.date, str] | None,
    language: str = DEFAULT,
) -> Mention | None:
    """The mention as the date of the previous occurrence when a count leads to it ("the second ... in
    just over a month", "the first visit since 2019"), else None; a count that dates nothing ("the third
    trip in a year") gets the reason why. The words are ``language``'s."""
    words = count_words(language)
    start = max(sentence_start, mention.start - MAX_COUNT_CHARS)
    counted = _COUNTED_SPAN.fullmatch(_span_of(mention))
    if counted is None:
        return _first_since(text, start, mention, words) if is_dated(mention) else None
    count = _count_before(text, start, mention.start, words.span_before, words)
    if count is None:
        return None
    said = text[count.start : mention.end]
    if reference is None:
        return _unanchored(mention, f"'{said}' counts back from a date the text does not give (no publish date)")
    day, label = reference
    if count.ordinal > 2:
        reason = f"'{said}': the earlier ones fall within {mention.text} before {label}, at no single date"
        return _unanchored(mention, reason)
    unit = DECADE_UNIT if counted.group(2) == "E" else counted.group(2)
    modifier = mention.meaning.mod if mention.meaning is not None else None
    value = previous_window(day, int(counted.group(1)), unit, modifier, first=count.ordinal == 1)
    return mention.model_copy(
        update={
            "start": count.preposition_start,
            "text": text[count.preposition_start : mention.end],
            "type": TimexType.DATE,
            "meaning": _noted(mention, f"the previous {count.noun}"),
            "value": value,
            "anchor": f"{counted.group(0)} before the {count.ordinal_word} (counted from {label})",
            "reason": None,
        }
    )


def _first_since(text: str, start: int, mention: Mention, words: CountWords) -> Mention | None:
    """ "The first visit since 2019": 2019 is when the previous visit was, which the fact's text says."""
    count = _count_before(text, start, mention.start, words.since_before, words)
    if count is None or count.ordinal != 1:
        return None
    return mention.model_copy(update={"meaning": _noted(mention, f"the previous {count.noun}")})


def _noted(mention: Mention, note: str) -> Meaning | None:
    """The mention's meaning, noting what it dates."""
    return mention.meaning and mention.meaning.model_copy(update={"note": note})


def _span_of(mention: Mention) -> str:
    """The span a mention measures: its duration, or the one an "in a year" read as a date stands for."""
    if mention.type == TimexType.DURATION and mention.value is not None:
        return mention.value.value
    return str(getattr(mention.meaning, "duration_if_past", None) or "")


def _unanchored(mention: Mention, reason: str) -> Mention:
    """The mention as the span it measures, with the reason it dates nothing: "his third trip in a year"
    is no date a year from now, whatever the tense."""
    span = TimeValue(value=_span_of(mention), type=TimexType.DURATION)
    return mention.model_copy(update={"type": TimexType.DURATION, "value": span, "anchor": None, "reason": reason})


def previous_window(day: dt.date, amount: int, unit: str, mod: Mod | None, *, first: bool) -> TimeValue:
    """When the previous occurrence was, ``amount`` units before ``day``. "The second in (less than) a
    month" bounds the gap: anywhere in it. "The first in (more than) five years" names it, rounded down:
    up to a year further back. "The first in nearly a decade" up to half a unit nearer, "the second in
    just over a month" up to half a unit further back, "about a month" half a unit either side."""
    granularity = UNIT_GRANULARITY[unit]
    target = shift(day, granularity, -amount)
    unit_days = (target - shift(target, granularity, -1)).days
    loose = dt.timedelta(days=int(unit_days * OCCURRENCE_LOOSE_UNITS))
    further, nearer = target - loose + _ONE_DAY, min(target + loose, day) - _ONE_DAY
    if mod in _UP_TO:
        earliest, latest, relation = target, nearer if first else day - _ONE_DAY, Mod.ON_OR_AFTER
    elif mod == Mod.APPROX:
        earliest, latest, relation = further, nearer, Mod.APPROX
    elif first:
        earliest = target - dt.timedelta(days=int(unit_days * OCCURRENCE_FIRST_UNITS)) + _ONE_DAY
        latest, relation = target, Mod.ON_OR_BEFORE
    elif mod is None:
        earliest, latest, relation = target, day - _ONE_DAY, Mod.ON_OR_AFTER
    else:
        earliest, latest, relation = further, target, Mod.APPROX
    return TimeValue(
        value=timex(target, granularity),
        earliest=earliest,
        latest=latest,
        granularity=granularity,
        mod=relation,
        approximate=True,
    )


def _count_before(
    text: str, start: int, end: int, preposition: re.Pattern[str], words: CountWords
) -> OccurrenceCount | None:
    """The "<determiner> <ordinal> <words> <preposition>" that ends right before ``end``, if the text has one."""
    before = preposition.search(text, start, end)
    if before is None:
        return None
    tokens = list(_TOKEN.finditer(text, start, before.start()))
    for k in range(len(tokens) - 1, max(0, len(tokens) - MAX_COUNT_WORDS - 2), -1):
        word = tokens[k].group()
        if not word[0].isalnum():
            return None
        ordinal = _ordinal(word, words)
        if ordinal and k and tokens[k - 1].group().lower() in words.clauses.occurrence_determiners:
            following = [token.group() for token in tokens[k + 1 :]]
            noun = _noun(following, [token.group() for token in tokens[: k - 1]], words.clauses)
            if noun is None:
                return None
            return OccurrenceCount(tokens[k - 1].start(), before.start(), ordinal, word.lower(), noun)
    return None


def _ordinal(word: str, words: CountWords) -> int:
    numbered = words.numbered.fullmatch(word)
    number = int(numbered.group(1)) if numbered else words.ordinals.get(word.lower(), 0)
    return max(number, 0)


def _noun(following: list[str], preceding: list[str], clauses: ClauseWords) -> str | None:
    """What is counted: the words after the ordinal, else the subject of "The call was the second";
    None when the ordinal ranks ("the second-largest", "the second biggest drop") rather than counts."""
    words = [word for word in following if word.lower() not in clauses.occurrence_noun_skips]
    if words and words[0].lower() in clauses.occurrence_rankings:
        return None
    noun = []
    for word in words[:MAX_NOUN_WORDS]:
        if word.lower() in clauses.occurrence_noun_ends:
            break
        noun.append(word)
    if noun:
        return " ".join(noun)
    subject = [word.lower() for word in preceding[-3:]]
    if len(subject) == 3 and subject[0] in clauses.occurrence_determiners and subject[2] in clauses.occurrence_copulas:
        return preceding[-2]
    return "one"
