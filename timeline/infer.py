"""Publish dates inferred from the corpus, for articles that print none.

An undated article that speaks of "the third anniversary of Russia's invasion of Ukraine" is tied
to a date when other, dated articles date that invasion: the anniversary falls N years after it,
and a news story about an anniversary is taken as published on that day. The date is marked
``method: "inferred"`` with evidence naming the anniversary and the articles that dated its event,
and the article's expressions are then anchored to it with anchors that say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.merge import Profile, profile_of
from timeline.models import Event, Granularity, Mention, Published
from timeline.temporal.calendar import period

# Named settings: how much of the anniversary's object an event's words must cover to be it.
MIN_OBJECT_COVERAGE = 0.6
MIN_OBJECT_WEIGHT = 2.0
INFERRED_ANCHOR = "{anchor} (publish date inferred)"


@dataclass(frozen=True, slots=True)
class Anniversary:
    """ "the third anniversary of Russia's invasion": N years after the event its object names."""

    years: int
    of: str
    expression: str


def anniversaries(mentions: Iterable[Mention]) -> list[Anniversary]:
    """The anniversary mentions whose words say what they are the anniversary of."""
    found = []
    for mention in mentions:
        meaning = mention.meaning
        years, of = meaning.get("years"), meaning.get("of")
        if meaning.get("kind") == "anniversary" and isinstance(years, int) and isinstance(of, str) and of.strip():
            found.append(Anniversary(years=years, of=of.strip(), expression=mention.text))
    return found


def date_anniversaries(mentions: list[Mention], events: list[Event]) -> list[Mention]:
    """Anniversaries the text alone could not date, dated from the event other articles date."""
    return [_dated_anniversary(mention, events) or mention for mention in mentions]


def _dated_anniversary(mention: Mention, events: list[Event]) -> Mention | None:
    found = anniversaries([mention]) if mention.value is None else []
    event = original_event(found[0].of, events) if found else None
    if event is None:
        return None
    original: dt.date = event.date.earliest  # type: ignore[assignment]  # day-precise events have bounds
    day = add_years(original, found[0].years)
    return mention.model_copy(
        update={
            "value": period(day, Granularity.DAY),
            "anchor": f"anniversary of {original.isoformat()} per {_dating_articles(event)}",
            "reason": None,
        }
    )


def infer_published(mentions: Iterable[Mention], events: list[Event]) -> Published | None:
    """A publish date from the first anniversary whose event other articles date to the day, else None."""
    for anniversary in anniversaries(mentions):
        event = original_event(anniversary.of, events)
        if event is not None:
            return _published(anniversary, event)
    return None


def original_event(description: str, events: list[Event]) -> Event | None:
    """The earliest day-precise event whose sources' words cover the description.

    The earliest, because later events with the same words are its anniversaries and retellings.
    """
    wanted = profile_of(description)
    if sum(wanted.values()) < MIN_OBJECT_WEIGHT:
        return None
    matching = [
        event
        for event in events
        if event.date.granularity == Granularity.DAY
        and not event.date.approximate
        and any(_covers(profile_of(source.text or event.text), wanted) for source in event.sources)
    ]
    return min(matching, key=lambda e: (e.date.earliest, e.id), default=None)


def _covers(profile: Profile, wanted: Profile) -> bool:
    shared = sum(weight for stem, weight in wanted.items() if stem in profile)
    return shared >= MIN_OBJECT_WEIGHT and shared >= MIN_OBJECT_COVERAGE * sum(wanted.values())


def _published(anniversary: Anniversary, event: Event) -> Published:
    original: dt.date = event.date.earliest  # type: ignore[assignment]  # day-precise events have bounds
    date = add_years(original, anniversary.years)
    evidence = (
        f"'{anniversary.expression}' ({anniversary.of!r}): {original.isoformat()} per {_dating_articles(event)}, "
        f"so {anniversary.years} years later is {date.isoformat()} ({date.strftime('%A')}), "
        "taken as the day of publication"
    )
    return Published(date=date, method="inferred", evidence=evidence)


def _dating_articles(event: Event) -> str:
    """The articles that give the event's own date (not only a coarser one)."""
    return ", ".join(sorted({source.article for source in event.sources if source.date in (None, event.date)}))


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day N years later (29 February becomes 28 February)."""
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
