"""Salience: how central each event's date is to the corpus, so a reader sees the key dates first.

A date's support is the number of distinct articles that date something to it, each article
weighted by two general signals (docs/salience.md):

- reported: the article was published within REPORTED_WITHIN_DAYS after it, so it tells the
  happening as news rather than mentioning it in passing years later or announcing it ahead;
- on subject: the clause names the corpus's subject, a name that at least SUBJECT_SHARE of the
  articles use (the person or organisation a collection of articles is about).

Finer dates rank above coarser ones (a day above its month), and a date's neighbours are
discounted once it is chosen (NEIGHBOUR_DISCOUNT within NEIGHBOURHOOD_DAYS), so the key dates cover
the whole story rather than one busy fortnight. An event's salience is its date's score, scaled by
the share of the date's support its own sources give; the result depends on the set of events only.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from timeline.merge import STOP_WORDS
from timeline.models import Event, Source, Timeline
from timeline.notices import CORPUS_TITLE, TITLE_AND

# Named settings. Values chosen on the tls-dev topics among round numbers, each step kept only when
# it lifted most topics (docs/salience.md has the table); none is fitted to one topic.
REPORTED_WITHIN_DAYS = 3  # news is told the day it happens or in the next few days
REPORTED_WEIGHT = 2.0  # an article telling the date as news counts twice
SUBJECT_SHARE = 0.5  # a name at least half the articles use is what the corpus is about
MIN_SUBJECT_ARTICLES = 3  # fewer articles than this have no common subject to speak of
SUBJECT_WEIGHT = 2.0  # a clause naming the subject counts twice
NEIGHBOURHOOD_DAYS = 30  # dates this close to a chosen one tell the same chapter of the story
NEIGHBOUR_DISCOUNT = 0.3  # share of a neighbour's score taken off each time a date near it is chosen
TITLE_NAMES = 3  # subject names a title from the corpus lists
SALIENCE_DIGITS = 4  # salience is rounded so the JSON stays readable and stable

_NAME = re.compile(r"[^\W\d_]{3,}")

Period = tuple[dt.date, dt.date]


def rank(timeline: Timeline) -> Timeline:
    """The timeline with every event's ``salience`` set; events keep their order.

    Composed of the steps a build runs one date partition at a time (docs/store.md): a date's events
    all start on its first day, so ``date_support`` needs only the events of one partition;
    ``diversified`` needs only the dates' scores."""
    published = {article.id: article.published.date for article in timeline.articles}
    subject = subject_names(timeline.events, len(timeline.articles))
    scores, own = date_support(timeline.events, published, subject)
    chosen = diversified(scores)
    best = best_support(timeline.events, own)
    events = [
        event.model_copy(update={"salience": salience(chosen[_period(event)], own_total, best[_period(event)])})
        for event, own_total in zip(timeline.events, own, strict=True)
    ]
    return timeline.model_copy(update={"events": events})


def date_support(
    events: Iterable[Event], published: Mapping[str, dt.date | None], subject: frozenset[str]
) -> tuple[dict[Period, float], list[float]]:
    """Each date's score before diversifying (its weighted support times its precision), and each event's
    own support (what its sources give), in the events' order."""
    support: dict[Period, dict[str, float]] = defaultdict(dict)
    event_support: list[float] = []
    for event in events:
        period = _period(event)
        own: dict[str, float] = {}
        for source in event.sources:
            weight = _source_weight(source, period, published.get(source.article), subject)
            own[source.article] = max(weight, own.get(source.article, 0.0))
            support[period][source.article] = max(weight, support[period].get(source.article, 0.0))
        event_support.append(_total(own))
    return {period: _total(weights) * _precision(period) for period, weights in support.items()}, event_support


def best_support(events: Iterable[Event], own: Iterable[float]) -> dict[Period, float]:
    """The largest own support of any event of each date."""
    best: dict[Period, float] = defaultdict(float)
    for event, own_total in zip(events, own, strict=True):
        best[_period(event)] = max(best[_period(event)], own_total)
    return best


def salience(chosen: float, own: float, best: float) -> float:
    """An event's salience: its date's diversified score, scaled by its share of the date's best support."""
    return round(chosen * own / best, SALIENCE_DIGITS)


def top_dates(timeline: Timeline, count: int) -> Timeline:
    """Only the events of the ``count`` most salient dates (all events of each kept date)."""
    period_score: dict[Period, float] = defaultdict(float)
    for event in timeline.events:
        period_score[_period(event)] = max(period_score[_period(event)], event.salience)
    kept = top_periods(period_score, count)
    return timeline.model_copy(update={"events": [e for e in timeline.events if _period(e) in kept]})


def top_periods(period_score: Mapping[Period, float], count: int) -> set[Period]:
    """The ``count`` dates of highest score (a date's score: its most salient event's)."""
    return set(sorted(period_score, key=lambda p: (-period_score[p], p))[:count])


def key_events(events: list[Event], count: int) -> list[Event]:
    """The most salient event of each of the ``count`` most salient dates, in date order."""
    lead: dict[Period, Event] = {}
    for event in events:
        period = _period(event)
        if period not in lead or event.salience > lead[period].salience:
            lead[period] = event
    chosen = sorted(lead.values(), key=lambda e: (-e.salience, _period(e), e.id))[:count]
    return sorted(chosen, key=lambda e: (_period(e), e.id))


def subject_names(events: Iterable[Event], articles: int) -> frozenset[str]:
    """Capitalised words (not stop words) that at least SUBJECT_SHARE of the articles use in dated sentences."""
    return frozenset(_subject_by_use(events, articles))


def corpus_title(events: Iterable[Event], articles: int, titles: Iterable[str] = ()) -> str | None:
    """A title from what the corpus is about ("Putin, Russia and China: a timeline"); None with no common subject."""
    return title_of(_subject_by_use(events, articles), titles)


def title_of(subject: list[str], titles: Iterable[str] = ()) -> str | None:
    """The title naming the subject's names the articles' own ``titles`` use most, then those most articles
    use (``subject_by_use``'s order): a headline names who the story is about, where the body also uses
    adjectives ("Chinese") as often."""
    in_titles: dict[str, int] = defaultdict(int)
    for title in titles:
        for name in _names(title):
            in_titles[name] += 1
    names = sorted(subject, key=lambda name: -in_titles[name])[:TITLE_NAMES]  # stable: by use on a tie
    if not names:
        return None
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])}{TITLE_AND}{names[-1]}"
    return CORPUS_TITLE.format(names=listed)


def _subject_by_use(events: Iterable[Event], articles: int) -> list[str]:
    frequency: dict[str, int] = defaultdict(int)
    for names in names_by_article(events).values():
        for name in names:
            frequency[name] += 1
    return subject_by_use(frequency, articles)


def names_by_article(events: Iterable[Event]) -> dict[str, set[str]]:
    """The names each article uses in its dated sentences (those of the events given)."""
    used: dict[str, set[str]] = defaultdict(set)
    for event in events:
        for source in event.sources:
            used[source.article].update(_names(source.quote))
    return used


def subject_by_use(frequency: Mapping[str, int], articles: int) -> list[str]:
    """The subject names from how many articles use each name, those most articles use first."""
    if articles < MIN_SUBJECT_ARTICLES:
        return []
    common = [name for name, count in frequency.items() if count >= SUBJECT_SHARE * articles]
    return sorted(common, key=lambda name: (-frequency[name], name))


def _names(text: str) -> set[str]:
    return {word for word in _NAME.findall(text) if word[0].isupper() and word.lower() not in STOP_WORDS}


def _source_weight(source: Source, period: Period, published: dt.date | None, subject: frozenset[str]) -> float:
    weight = 1.0
    if published is not None and period[0] <= published and (published - period[1]).days <= REPORTED_WITHIN_DAYS:
        weight *= REPORTED_WEIGHT
    if subject and _names(source.text or source.quote) & subject:
        weight *= SUBJECT_WEIGHT
    return weight


def _total(weights: dict[str, float]) -> float:
    return sum(sorted(weights.values()))  # summed in one order, so the float is the same for any input order


def _period(event: Event) -> Period:
    return (event.date.earliest, event.date.latest)  # type: ignore[return-value]  # built events are dated


def _precision(period: Period) -> float:
    """1 for a day, less the more days a date may cover (a month about 0.23, a year about 0.14)."""
    return 1.0 / (1.0 + math.log(_span(period) + 1))


def diversified(scores: dict[Period, float]) -> dict[Period, float]:
    """Each date's score when chosen greedily, best first, discounting the neighbours of each chosen one.

    Scores only fall, so the chosen scores fall too: sorting by them gives the greedy order. Only
    dates of one length (days with days, months with months) are neighbours; each date is visited
    from at most 2 * NEIGHBOURHOOD_DAYS + 1 starting days, so the work stays linear.
    """
    by_start: dict[tuple[int, int], list[Period]] = defaultdict(list)
    for period in scores:
        by_start[(_span(period), period[0].toordinal())].append(period)
    current = dict(scores)
    heap = [(-score, period) for period, score in scores.items()]
    heapq.heapify(heap)
    chosen: dict[Period, float] = {}
    while heap:
        negative, period = heapq.heappop(heap)
        if period in chosen or -negative != current[period]:
            continue
        chosen[period] = current[period]
        start, span = period[0].toordinal(), _span(period)
        for day in range(start - NEIGHBOURHOOD_DAYS, start + NEIGHBOURHOOD_DAYS + 1):
            for neighbour in by_start.get((span, day), ()):
                if neighbour not in chosen:
                    current[neighbour] *= 1 - NEIGHBOUR_DISCOUNT
                    heapq.heappush(heap, (-current[neighbour], neighbour))
    return chosen


def _span(period: Period) -> int:
    """Days a date may cover beyond its first; 0 for reversed bounds, which only a bad input gives."""
    return max(0, (period[1] - period[0]).days)
