"""What only the corpus can date: anniversaries, and the publish dates of articles that print none.

"The third anniversary of Russia's invasion of Ukraine" is dated when other, dated articles date
that invasion to the day: the anniversary falls N years after it. An undated article that speaks
of the anniversary is taken as published on it (news tells of anniversaries on the day); the date
is marked ``method: "inferred"`` with evidence naming the anniversary and the articles that dated
its event, and the article's expressions are then anchored to it with anchors that say so.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.merge import profile_of, words_of
from timeline.models import AnniversaryMeaning, Fact, Granularity, Mention, Published
from timeline.temporal.calendar import CALENDAR_ERRORS, OUTSIDE_CALENDAR, calendar_date, period

# Named settings: how much of an anniversary's object a fact's words must cover to tell it.
MIN_OBJECT_COVERAGE = 0.6
MIN_OBJECT_WEIGHT = 2.0
INFERRED_ANCHOR = "{anchor} (publish date inferred)"


@dataclass(frozen=True, slots=True)
class Anniversary:
    """ "the third anniversary of Russia's invasion": N years after the event its object names."""

    years: int
    of: str
    expression: str


@dataclass(frozen=True, slots=True)
class Original:
    """The day an anniversary's event happened, and the articles that say so."""

    day: dt.date
    articles: tuple[str, ...]

    def cited(self) -> str:
        return f"{self.day.isoformat()} per {', '.join(self.articles)}"


class DatedFacts:
    """Day-precise facts of dated articles, indexed by word stem, to find what an anniversary is of."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.facts = [f for f in facts if f.date.granularity == Granularity.DAY and not f.date.approximate]
        self.index: dict[str, list[int]] = defaultdict(list)
        for position, fact in enumerate(self.facts):
            for stem in profile_of(words_of(fact)):
                self.index[stem].append(position)
        self.answers: dict[str, Original | None] = {}  # each description is looked up once

    def original(self, description: str) -> Original | None:
        """The earliest day on which a fact's words cover the description.

        The earliest, because later facts with the same words tell its anniversaries and retellings. A
        description is answered once: a long article telling "the anniversary of the invasion" over and over
        asks the same question each time, and each answer walks the facts holding its words.
        """
        if description not in self.answers:
            self.answers[description] = self._original(description)
        return self.answers[description]

    def _original(self, description: str) -> Original | None:
        wanted = profile_of(description)
        total = sum(wanted.values())
        hits: dict[int, float] = defaultdict(float)
        for stem, weight in wanted.items():
            for position in self.index.get(stem, ()):
                hits[position] += weight
        needed = max(MIN_OBJECT_WEIGHT, MIN_OBJECT_COVERAGE * total)
        matching = [self.facts[position] for position, weight in hits.items() if weight >= needed]
        if not matching:
            return None
        day = min(fact.date.earliest for fact in matching if fact.date.earliest is not None)  # day-precise facts
        return Original(day, tuple(sorted({f.source.article for f in matching if f.date.earliest == day})))


def anniversaries(mentions: Iterable[Mention]) -> list[Anniversary]:
    """The anniversary mentions whose words say what they are the anniversary of."""
    found = []
    for mention in mentions:
        meaning = mention.meaning
        if isinstance(meaning, AnniversaryMeaning) and meaning.of and meaning.of.strip():
            found.append(Anniversary(years=meaning.years, of=meaning.of.strip(), expression=mention.text))
    return found


def date_anniversaries(mentions: list[Mention], dated: DatedFacts) -> list[Mention]:
    """Anniversaries the text alone could not date, dated from the event other articles date."""
    return [_dated_anniversary(mention, dated) or mention for mention in mentions]


def _dated_anniversary(mention: Mention, dated: DatedFacts) -> Mention | None:
    found = anniversaries([mention]) if mention.value is None else []
    original = dated.original(found[0].of) if found else None
    if original is None:
        return None
    try:
        day = add_years(original.day, found[0].years)
    except CALENDAR_ERRORS:
        return mention.model_copy(update={"reason": OUTSIDE_CALENDAR})
    return mention.model_copy(
        update={
            "value": period(day, Granularity.DAY),
            "anchor": f"anniversary of {original.cited()}",
            "reason": None,
        }
    )


def infer_published(mentions: Iterable[Mention], dated: DatedFacts) -> Published | None:
    """A publish date from the first anniversary whose event other articles date to the day, else None."""
    for anniversary in anniversaries(mentions):
        original = dated.original(anniversary.of)
        if original is not None:
            try:
                day = add_years(original.day, anniversary.years)
            except CALENDAR_ERRORS:
                continue  # that many years from the event leave the calendar: no publish date from it
            evidence = (
                f"'{anniversary.expression}' ({anniversary.of!r}): {original.cited()}, so "
                f"{anniversary.years} years later is {day.isoformat()} ({day.strftime('%A')}), "
                "taken as the day of publication"
            )
            return Published(date=day, method="inferred", evidence=evidence)
    return None


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day N years later (29 February becomes 28 February); OutsideCalendar past 1..9999."""
    calendar_date(day.year + years)
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def mark_inferred(mentions: Iterable[Mention]) -> list[Mention]:
    """Anchors that rest on the publish date say it was inferred; absolute ones stay as they are."""
    return [
        mention.model_copy(update={"anchor": INFERRED_ANCHOR.format(anchor=mention.anchor)})
        if mention.anchor and mention.anchor != "absolute"
        else mention
        for mention in mentions
    ]
