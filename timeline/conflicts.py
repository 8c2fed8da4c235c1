"""Disagreements: one happening dated differently by different articles, shown rather than hidden.

Merging joins only compatible dates, so a happening two articles date apart ("the 2024 Winter
Olympics in Beijing" against "the Beijing Winter Olympics opened on Feb. 4, 2022") ends up as two
events. Two events tell one happening when their clauses share much of their distinctive words
(CONFLICT_OVERLAP of the two clauses' mean weight, at least CONFLICT_MIN_SHARED), among them an event
word and CONFLICT_MIN_NAMES names ("Beijing", "Winter" and "Olympics") other than the corpus's
subject (rank.subject_names: in a collection about Jacob Zuma, "Zuma" tells no two trial days
apart). Only dates written out count ("in 2024", "on Feb. 4, 2022"): a relative date ("yesterday")
says when an article's news happened, and an ongoing story has news every day. When the dates are
disjoint and no article gives both (an article that does tells two happenings, a yearly summit),
each event carries the disagreement. An article on the losing side of UNRELIABLE_AFTER disagreements (the other side has
more articles) is flagged as unreliable in the sources list.

Events are looked up by their words in an index, as in merge.py; stems shared by more than
MAX_POSTING events are too common to look up by, so the work stays linear in the events.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator

from timeline.merge import EVENT_WORD_WEIGHT, MAX_POSTING, NAME_WEIGHT, Profile, profile_of, stem_of
from timeline.models import ArticleInfo, Claim, Conflict, ConflictKind, Event, Timeline
from timeline.notices import contradicts_others
from timeline.rank import subject_names

# Named settings. Set on the seed pages and the tests' cases; conservative so that a recurring
# happening (a yearly summit, the next election) is not taken for a disagreement.
CONFLICT_OVERLAP = 0.45  # shared weight over the clauses' mean weight: a long clause naming it in passing is not it
CONFLICT_MIN_SHARED = 4.0  # e.g. two names and an event word ("Beijing", "Winter", "Olympics")
CONFLICT_MIN_NAMES = 2  # shared names: the same people or places, not just the same kind of event
MAX_RIVALS = 20  # events compared with one event, those sharing the most first
UNRELIABLE_AFTER = 2  # disagreements an article loses before it is flagged

ABSOLUTE = "absolute"  # Mention.anchor of a date written out in full

Period = tuple[dt.date, dt.date]


def find_conflicts(timeline: Timeline) -> Timeline:
    """Events with their ``conflicts`` set, and articles that keep contradicting the others flagged."""
    events = timeline.events
    subject = subject_stems(subject_names(events, len(timeline.articles)))
    profiles = [without(content_profile(event), subject) for event in events]
    tally = Tally()
    for first, second in candidate_pairs(profiles):
        if disagree(events[first], events[second], profiles[first], profiles[second]):
            tally.add(first, second, conflict_of(events[first], events[second]))
    updated = [
        event.model_copy(update={"conflicts": tally.found[index]}) if index in tally.found else event
        for index, event in enumerate(events)
    ]
    articles = [flagged(article, tally.losses.get(article.id, 0)) for article in timeline.articles]
    return timeline.model_copy(update={"events": updated, "articles": articles})


class Tally:
    """The disagreements found so far, by event (in the order found), and each article's losses."""

    def __init__(self) -> None:
        self.found: dict[int, list[Conflict]] = defaultdict(list)
        self.losses: dict[str, int] = defaultdict(int)

    def add(self, first: int, second: int, conflict: Conflict) -> None:
        self.found[first].append(conflict)
        self.found[second].append(conflict)
        if conflict.kind == ConflictKind.CONTRADICTS_CORPUS:
            for article in conflict.claims[-1].articles:
                self.losses[article] += 1


def subject_stems(subject: Iterable[str]) -> frozenset[str]:
    """The stems of the corpus's subject names, which tell no two happenings apart."""
    return frozenset(stem_of(name) for name in subject)


def without(profile: Profile, subject: frozenset[str]) -> Profile:
    return {stem: weight for stem, weight in profile.items() if stem not in subject}


def content_profile(event: Event) -> Profile:
    """The event's words without the expressions that date it: sharing a year is not sharing content."""
    text = event.text
    for source in event.sources:
        text = text.replace(source.expression, " ")
    return profile_of(text)


def candidate_pairs(profiles: list[Profile]) -> Iterator[tuple[int, int]]:
    """Pairs of events (by position, the first earlier) worth comparing: for each event, the MAX_RIVALS later
    events that share the most weight of stems found in at most MAX_POSTING events, at least
    CONFLICT_MIN_SHARED."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, profile in enumerate(profiles):
        for stem in profile:
            if len(index[stem]) <= MAX_POSTING:
                index[stem].append(position)
    for position, profile in enumerate(profiles):
        shared: dict[int, float] = defaultdict(float)
        for stem, weight in profile.items():
            others = index[stem]
            if len(others) > MAX_POSTING:
                continue
            for other in others[bisect_right(others, position) :]:  # postings are in order: only later events
                shared[other] += min(weight, profiles[other][stem])
        rivals = sorted((o for o in shared if shared[o] >= CONFLICT_MIN_SHARED), key=lambda o: (-shared[o], o))
        for other in rivals[:MAX_RIVALS]:
            yield position, other


def disagree(a: Event, b: Event, profile_a: Profile, profile_b: Profile) -> bool:
    if a.status != b.status or not _disjoint(_period(a), _period(b)) or not (written(a) and written(b)):
        return False
    if {s.article for s in a.sources} & {s.article for s in b.sources}:
        return False  # an article giving both dates tells two happenings
    shorter, longer = sorted((profile_a, profile_b), key=lambda p: (sum(p.values()), sorted(p)))
    common = {stem: min(weight, longer[stem]) for stem, weight in shorter.items() if stem in longer}
    shared = sum(common.values())
    names = sum(1 for weight in common.values() if weight == NAME_WEIGHT)
    return (
        shared >= CONFLICT_MIN_SHARED
        and shared >= CONFLICT_OVERLAP * (sum(shorter.values()) + sum(longer.values())) / 2
        and names >= CONFLICT_MIN_NAMES
        and any(weight == EVENT_WORD_WEIGHT for weight in common.values())
    )


def written(event: Event) -> bool:
    """Dated by a date written out, not counted from the publish date or the story's time."""
    return any(source.anchor == ABSOLUTE for source in event.sources)


def conflict_of(a: Event, b: Event) -> Conflict:
    """Both claims, the one more articles give first; the losing side contradicts the corpus when the other
    is a majority."""
    claims = sorted((_claim(a), _claim(b)), key=lambda c: (-len(c.articles), c.date.earliest, c.date.value))
    majority = len(claims[0].articles) > len(claims[1].articles)
    return Conflict(kind=ConflictKind.CONTRADICTS_CORPUS if majority else ConflictKind.DATES_DIFFER, claims=claims)


def _claim(event: Event) -> Claim:
    return Claim(date=event.date, articles=sorted({s.article for s in event.sources}), quote=event.sources[0].quote)


def flagged(article: ArticleInfo, losses: int) -> ArticleInfo:
    if losses < UNRELIABLE_AFTER:
        return article
    return article.model_copy(update={"warnings": [*article.warnings, contradicts_others(losses)]})


def _disjoint(a: Period, b: Period) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def _period(event: Event) -> Period:
    return (event.date.earliest, event.date.latest)  # type: ignore[return-value]  # built events are dated
