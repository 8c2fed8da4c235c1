"""The ranking stage of a build: salience and disagreements worked out in the store, partition by partition.

rank.py and conflicts.py say what is scored; this stage runs them over a store without ever holding
the timeline (docs/store.md): the corpus's subject comes from how many articles use each name (a
summary query); each date partition's dates are scored from its own events, one date at a time (a
date's events all start in its partition); the dates are diversified together (one number per
date); each event's salience follows from its date's; and disagreements are found by conflicts'
candidate search over the events' stored word stems (a few per event). A partition is ranked again
only when its facts, the subject or the publish dates of the articles it cites changed, and only
the events whose salience changed are written again; disagreements cross partitions, so their
search runs over every event and they are all written afresh on each build.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from itertools import groupby

from timeline.conflicts import Tally, candidate_pairs, conflict_of, disagree, subject_stems
from timeline.models import Event
from timeline.rank import SUBJECT_SHARE, best_support, date_support, diversified, salience, subject_by_use
from timeline.store import Store

SALIENCE_PAGE = 10_000  # events whose salience is worked out per query: bounds memory, few round trips


def rank_store(store: Store) -> None:
    """Set every stored event's salience and disagreements, and the corpus's subject."""
    articles = store.article_count()
    subject_names = subject_by_use(store.name_use(SUBJECT_SHARE * articles), articles)
    store.set_subject(subject_names)
    subject = frozenset(subject_names)
    with store.transaction():
        for year, key, published in store.ranks_due(json.dumps(subject_names, ensure_ascii=False)):
            _rank_partition(store, year, key, published, subject)
        _diversify(store)
    _find_conflicts(store, subject_stems(subject))


def _rank_partition(
    store: Store, year: int, key: str, published: Mapping[str, dt.date | None], subject: frozenset[str]
) -> None:
    """One partition's dates scored and its events' own support, one date's events at a time."""
    periods: list[tuple[str, str, float, float]] = []
    own: list[tuple[float, int]] = []
    for (earliest, latest), rows in groupby(store.partition_events(year), key=lambda row: _bounds(row[1])):
        rowids, events = zip(*rows, strict=True)
        scores, supports = date_support(events, published, subject)
        best = best_support(events, supports)
        ((period, score),) = scores.items()
        periods.append((earliest.isoformat(), latest.isoformat(), score, best[period]))
        own.extend(zip(supports, rowids, strict=True))
    store.put_ranks(year, periods, own, key)


def _bounds(event: Event) -> tuple[dt.date, dt.date]:
    return (event.date.earliest, event.date.latest)  # type: ignore[return-value]  # merged events are dated


def _diversify(store: Store) -> None:
    """Every date's diversified score (over all dates: neighbours may lie across a partition's edge), then
    the salience of the events whose date or own support changed."""
    stored = {(first, last): (score, chosen) for first, last, score, chosen in store.period_scores()}
    chosen = diversified(
        {
            (dt.date.fromisoformat(first), dt.date.fromisoformat(last)): score
            for (first, last), (score, _) in stored.items()
        }
    )
    store.put_chosen(
        (new, first.isoformat(), last.isoformat())
        for (first, last), new in chosen.items()
        if stored[(first.isoformat(), last.isoformat())][1] != new
    )
    del stored, chosen
    after = 0
    while page := store.saliences(after, SALIENCE_PAGE):
        store.put_saliences(
            (new, rowid)
            for rowid, old, own, chosen_score, best in page
            if (new := salience(chosen_score, own, best)) != old
        )
        after = page[-1][0]


def _find_conflicts(store: Store, subject: frozenset[str]) -> None:
    """conflicts.find_conflicts over the store: its candidate search over the events' profiles (read from
    the store, a few stems per event), then the pairs that pass disagree's first tests read and judged."""
    stored = store.event_profiles(subject)
    briefs, profiles = [brief for brief, _ in stored], [profile for _, profile in stored]
    tally = Tally()
    for first, second in candidate_pairs(profiles):
        if not briefs[first].may_disagree(briefs[second]):
            continue
        a, b = store.event(briefs[first].rowid), store.event(briefs[second].rowid)
        if disagree(a, b, profiles[first], profiles[second]):
            tally.add(briefs[first].rowid, briefs[second].rowid, conflict_of(a, b))
    store.put_conflicts(tally.found, tally.losses)
