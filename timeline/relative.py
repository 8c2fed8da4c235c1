"""Durations that date one event from another: "barely a week after X", "less than two weeks after X"
(and, through occurrence.py, "the second call in just over a month").

`timeline tag` reports "a week" in "a week after Washington and Moscow made nice" as a duration,
as TimeBank does. On a timeline the phrase dates X: a week before the event the sentence itself
tells, whose date is the sentence's other date or, when it has none, the publish date (news
tells of what just happened). The new mention spans "a week after", dates the words after it,
and its anchor says which date it was counted from; it is approximate by nature.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.facts import DATES_FOLLOWING_WORDS, Span, is_dated, mentions_by_sentence
from timeline.languages import DEFAULT
from timeline.lexicon import clause_words
from timeline.models import Granularity, Mention, Mod, TimeValue, TimexType
from timeline.occurrence import previous_occurrence
from timeline.temporal.calendar import CALENDAR_ERRORS, OUTSIDE_CALENDAR, UNIT_GRANULARITY, period, shift
from timeline.temporal.narrative import Kind, read_kind

_COUNTED_DURATION = re.compile(r"P(\d+)([DWMY])")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)\b")  # the word after the duration, in any script
_EVENT_WORDS = re.compile(r"[\w’'-]+")  # the words naming the event after "after"/"before"
_UP_TO = {Mod.LESS_THAN, Mod.EQUAL_OR_LESS}
MAX_EVENT_WORDS = 6  # an event's name is at most this long ("Japan's declaration of war", "the invasion of Ukraine")
EVENT_NOT_DATED = "event not dated"  # undated_reasons key of "counted from '{event}', which the text does not date"


def date_relative_durations(
    text: str,
    mentions: list[Mention],
    published: dt.date | None,
    *,
    spans: list[Span] | None = None,
    language: str = DEFAULT,
    kind: Kind = Kind.AUTO,
) -> list[Mention]:
    """The mentions, with each "<duration> after/before X" turned into the date of X where it can be,
    and each "the second ... in <duration>" into the date of the previous occurrence.

    ``spans`` are the text's sentences when the caller has them already; the words are ``language``'s; ``kind``
    reads the text as news, a history or (auto) as it tells (temporal.narrative).
    """
    result: list[Mention] = []
    told = Story(text)
    reading = read_kind(text, mentions, published.year if published else None, kind)
    for sentence, in_sentence in mentions_by_sentence(text, mentions, spans):
        own = _sentence_date(in_sentence, None)
        # in a history's passage the sentence is not at the publish date: counted from the event it names
        away = own is None and published is not None and reading.at(sentence.start) == Kind.NARRATIVE
        reference = own or _sentence_date(in_sentence, None if away else published)
        result += [
            _counted(text, sentence.start, mention, reference, language, story=told if away else None)
            for mention in in_sentence
        ]
        told.add(sentence, in_sentence)
    return result


class Story:
    """What the text told before a sentence: its last date, and its sentences dated to one day, so that an event
    a sentence counts from ("eight days after Fort Sumter") is found where the text dates it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.days: list[tuple[Span, Mention]] = []  # each such sentence and its date

    def add(self, sentence: Span, mentions: list[Mention]) -> None:
        dated = [m for m in mentions if is_dated(m)]
        days = [m for m in dated if m.value and m.value.earliest == m.value.latest]
        if len(days) == 1:
            self.days.append((sentence, days[0]))

    def date_of(self, event: str) -> Mention | None:
        """The date of the latest sentence before that names the event, if it names one day (its words are
        lower-cased here, not as each is added: most texts never ask)."""
        wanted = re.compile(rf"\b{re.escape(event.lower())}\b")  # "the vote", not "the voters"
        told = ((self.text[span.start : span.end].lower(), mention) for span, mention in reversed(self.days))
        return next((mention for words, mention in told if wanted.search(words)), None)


def _counted(
    text: str,
    sentence_start: int,
    mention: Mention,
    reference: tuple[dt.date, str] | None,
    language: str,
    *,
    story: Story | None,
) -> Mention:
    """The mention dated from its sentence's event, or from the event it counts from where the text dates it (in
    a ``story`` of another time), or as it was (with the reason when the count would leave the calendar: "5,000
    days after the war" told in year 2, or the event is not dated)."""
    try:
        if story is not None:
            return _from_event(text, mention, story, language) or mention
        return (
            _relative(text, mention, reference, language)
            or previous_occurrence(text, sentence_start, mention, reference, language)
            or mention
        )
    except CALENDAR_ERRORS:
        return mention.model_copy(update={"reason": OUTSIDE_CALENDAR})


def _sentence_date(mentions: list[Mention], published: dt.date | None) -> tuple[dt.date, str] | None:
    """The date of the event a sentence tells: its finest own date, else the publish date."""
    dated = [m for m in mentions if is_dated(m) and m.value and m.value.earliest == m.value.latest]
    if dated:
        first = dated[0]
        return first.value.earliest, f"'{first.text}' {first.value.value}"  # type: ignore[union-attr, return-value]
    return (published, f"published {published.isoformat()}") if published else None


def _from_event(text: str, mention: Mention, story: Story, language: str) -> Mention | None:
    """ "Liberty Arsenal was seized eight days after Fort Sumter": in a story of another time the sentence is
    dated from the event, where an earlier sentence of the text dates it to a day; else unanchored, saying why."""
    counted = _COUNTED_DURATION.fullmatch(mention.value.value if mention.value else "")
    following = _NEXT_WORD.match(text, mention.end)
    words = clause_words(language)
    direction = words.relative_directions.get(following.group(1).lower()) if following else None
    if not counted or direction is None:  # a count of days, weeks, months or years (the value says so)
        return None
    named: list[re.Match[str]] = []
    for word in _EVENT_WORDS.finditer(text, following.end(), following.end() + 80):  # type: ignore[union-attr]
        if len(named) == MAX_EVENT_WORDS or word.group().lower() in words.event_phrase_ends:
            break
        if named and text[named[-1].end() : word.start()].strip():
            break  # punctuation ends the name
        named.append(word)
    if not named:
        return None
    event = text[named[0].start() : named[-1].end()]
    span = {"end": named[-1].end(), "text": text[mention.start : named[-1].end()], "type": TimexType.DATE}
    dated = story.date_of(event)
    if dated is None or dated.value is None or dated.value.earliest is None:
        return mention.model_copy(update={**span, "value": None, "reason": _event_not_dated(event)})
    mod = mention.meaning.mod if mention.meaning is not None else None
    value = counted_from(dated.value.earliest, int(counted.group(1)), counted.group(2), -direction, mod)
    anchor = f"{counted.group(0)} {following.group(1).lower()} '{event}' (dated {dated.value.value}: '{dated.text}')"  # type: ignore[union-attr]
    return mention.model_copy(update={**span, "value": value, "anchor": anchor, "reason": None})


def _event_not_dated(event: str) -> str:
    """Why a count from ``event`` dates nothing, in the words of the default language, which the output speaks."""
    return clause_words(None).undated_reasons[EVENT_NOT_DATED].format(event=event)


def _relative(text: str, mention: Mention, reference: tuple[dt.date, str] | None, language: str) -> Mention | None:
    counted = _COUNTED_DURATION.fullmatch(mention.value.value if mention.value else "")
    following = _NEXT_WORD.match(text, mention.end)
    directions = clause_words(language).relative_directions
    direction = directions.get(following.group(1).lower()) if following else None
    if mention.type != TimexType.DURATION or not counted or direction is None or reference is None:
        return None
    day, label = reference
    mod = mention.meaning.mod if mention.meaning is not None else None
    value = counted_from(day, int(counted.group(1)), counted.group(2), direction, mod)
    word = following.group(1)  # type: ignore[union-attr]  # direction found it
    return mention.model_copy(
        update={
            "end": following.end(),  # type: ignore[union-attr]
            "text": text[mention.start : following.end()],  # type: ignore[union-attr]
            "type": TimexType.DATE,
            "meaning": mention.meaning and mention.meaning.model_copy(update={"dates": DATES_FOLLOWING_WORDS}),
            "value": value,
            "anchor": f"{counted.group(0)} {word.lower()} (counted from {label})",
            "reason": None,
        }
    )


def counted_from(day: dt.date, amount: int, unit: str, direction: int, mod: object) -> TimeValue:
    """The period ``amount`` units from ``day``, never reaching ``day`` itself; "less than" spans the whole gap.

    A zero count ("0 days after the call") is no gap at all: X fell on ``day`` itself.
    """
    if amount == 0:
        return period(day, Granularity.DAY)
    granularity = UNIT_GRANULARITY[unit]
    target = shift(day, granularity, direction * amount)
    modifier = Mod(mod) if isinstance(mod, str) and mod in Mod.__members__ else None
    value = period(target, granularity, mod=None if modifier in _UP_TO else modifier)
    earliest, latest = value.earliest or target, value.latest or target
    near = day + dt.timedelta(days=direction)  # the day next to the sentence's own, on X's side
    if direction < 0:
        latest = near if modifier in _UP_TO else min(latest, near)
    else:
        earliest = near if modifier in _UP_TO else max(earliest, near)
    return value.model_copy(update={"earliest": earliest, "latest": latest, "mod": modifier, "approximate": True})
