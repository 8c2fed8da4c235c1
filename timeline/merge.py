"""Cross-source merging: the same event told by several articles becomes one Event with every source.

Two facts tell the same event when their dates are compatible (equal, or one inside the other) and
their clauses share enough distinctive words (names, numbers, key words). Facts are indexed by the
calendar periods that contain their date and by their words, so a fact is only compared with the
few events that share both; no pass over all pairs.

The result depends only on the set of facts, never on their order: facts are taken finest date
first in one canonical order; the facts of one date group among themselves, and each group joins
the most similar compatible (finer) event or starts a new one. Merging partial results
(``merge_facts(facts_of(a) + facts_of(b))``) therefore gives the same timeline as merging
everything at once, in any grouping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby, islice

from timeline.languages import codes
from timeline.lexicon import clause_words
from timeline.models import Event, EventStatus, Fact, Granularity, Source, TimeValue
from timeline.temporal.calendar import CALENDAR_ERRORS
from timeline.temporal.calendar import bounds as calendar_bounds

# Named settings: how much two clauses must share to tell the same event.
# Clauses in several languages are compared: a word is an event word in any of them, and a stop word in any
# of them unless another's event word ("war": German "was", an English event).
EVENT_WORDS = frozenset().union(*(clause_words(code).event_words for code in codes()))
STOP_WORDS = frozenset().union(*(clause_words(code).stop_words for code in codes())) - EVENT_WORDS
POSSESSIVE_SUFFIXES = tuple(sorted({suffix for code in codes() for suffix in clause_words(code).possessive_suffixes}))
MIN_SHARED_WEIGHT = 3.0  # sum of the weights of the word stems both clauses hold, one an event word or number
MIN_SHARED_NAMES = 4.0  # the same when they share no event word or number
MIN_OVERLAP = 0.3  # that sum over the smaller clause's total weight
STEM_LENGTH = 4  # truncation stemming: "invaded"/"invasion", "China"/"Chinese" meet
NUMBER_WEIGHT = 2.0  # a shared number ("40 times", "50%") or event word ("call", "invasion") says most,
EVENT_WORD_WEIGHT = 2.0
NAME_WEIGHT = 1.0  # then a name ("Putin", "Munich"),
WORD_WEIGHT = 0.5  # then any other word
MAX_POSTING = 200  # a stem in more events of one period than this is too common to find candidates by
MAX_CANDIDATES = 50  # events scored per placement, those that may share the most first
MAX_REPRESENTATIVES = 50  # facts weighed when choosing the words an event is told in
_EXACT = "="  # index key prefix for a whole clause, told word for word
_QUOTE_KEY = "“"  # profile key prefix for a quoted phrase
MAX_QUOTED_WORDS = 4  # a quoted phrase this short is a label ("no limits"), not a sentence of speech
QUOTED_WEIGHT = 2.0  # sharing a label says as much as sharing an event word
_QUOTED = re.compile(r"[“\"]([^”“\"]{3,60})[”\"]")
# How precisely a date is told, for merging: a fact joins only an event told as precisely or one calendar
# unit more precisely (a week's mention may join a day, a month's a week), so a mention of the month, the
# year or the decade never lends a day its support ("arrested in 2011" is no evidence for 13 May 2011),
# unless it is in a sentence the event already holds (the sentence's two expressions date one statement).
PRECISION_LEVEL = {
    Granularity.TIME: 0,
    Granularity.DAY: 0,
    Granularity.WEEK: 1,
    Granularity.MONTH: 2,
    Granularity.QUARTER: 3,
    Granularity.HALF: 3,
    Granularity.SEASON: 3,
    Granularity.YEAR: 4,
    Granularity.DECADE: 5,
    Granularity.CENTURY: 6,
}
MAX_PRECISION_STEP = 1  # tls-dev: 0 steps 0.263, 1 step 0.290, 2 or more 0.288, any (before) 0.278

WEIGHED_WORDS = 1 << 16  # words whose weighing is remembered: a news vocabulary's common words, about 10 MB
PROFILES_REMEMBERED = 1024  # clauses whose profile is remembered: at most 1,000 characters and their stems each,
# a few MB; far more than one sentence's dates or one story's copies in a row need
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")

Period = tuple[dt.date, dt.date]
Profile = dict[str, float]


def merge_facts(facts: Iterable[Fact]) -> list[Event]:
    """Events sorted by earliest, latest, id; byte-identical for the same set of facts in any order.

    Facts of one date are grouped among themselves first, then each group joins the finer event it
    is most like: several coarse retellings ("in 2022", "three years ago") go to one event together.
    """
    merger = _Merger()
    for _, same_date in groupby(sorted(facts, key=_fact_order), key=_date_key):
        local = _Merger(one_date=True)
        for fact in same_date:
            local.place([(fact, profile_of(words_of(fact)))])
        for cluster in local.clusters:
            merger.place(list(zip(cluster.facts, cluster.fact_profiles, strict=True)))
    return sorted(_events(merger.clusters), key=lambda e: (e.date.earliest, e.date.latest, e.id))


def facts_of(event: Event) -> list[Fact]:
    """The facts an event was merged from, so partial timelines can be merged again."""
    return [
        Fact(date=source.date or event.date, text=source.text or event.text, status=event.status, source=source)
        for source in event.sources
    ]


# ---------------------------------------------------------------- content similarity


def words_of(fact: Fact) -> str:
    """The clause without its own date expression: sharing the date is not sharing content."""
    return fact.text.replace(fact.source.expression, " ", 1)


def profile_of(text: str) -> Profile:
    """Weighted word stems of a clause: numbers, event words and short quoted phrases most, names next,
    other words least. Two articles quoting the same words ("no limits") tell the same happening."""
    return dict(_remembered_profile(text))  # a copy: the remembered one is shared


@lru_cache(maxsize=PROFILES_REMEMBERED)
def _remembered_profile(text: str) -> Profile:
    """``profile_of``, remembered for the clauses seen last: the dates of one dense sentence share its
    clause, and copies of a wire story tell the same clauses, so each is weighed word by word once."""
    profile: Profile = {}
    for quoted in _QUOTED.findall(text):
        if len(quoted.split()) <= MAX_QUOTED_WORDS:
            profile[_QUOTE_KEY + " ".join(quoted.lower().split())] = QUOTED_WEIGHT
    for word in _WORD.findall(text):
        weighed = _weighed(word)
        if weighed is not None:
            stem, weight = weighed
            profile[stem] = max(weight, profile.get(stem, 0.0))
    return profile


@lru_cache(maxsize=WEIGHED_WORDS)
def _weighed(word: str) -> tuple[str, float] | None:
    """A word's stem and weight in a profile, None for a stop word (words recur from clause to clause: each
    is weighed once)."""
    lowered = word.lower().replace("’", "'")
    lowered = next((lowered.removesuffix(end) for end in POSSESSIVE_SUFFIXES if lowered.endswith(end)), lowered)
    if lowered in STOP_WORDS or len(lowered) == 1:
        return None
    if lowered[0].isdigit():
        return lowered, NUMBER_WEIGHT
    return stem_of(lowered), _word_weight(word, lowered)


def stem_of(word: str) -> str:
    """Truncation stem: "invaded"/"invasion", "China"/"Chinese" meet."""
    return word.lower()[:STEM_LENGTH]


def _word_weight(word: str, lowered: str) -> float:
    if lowered in EVENT_WORDS:
        return EVENT_WORD_WEIGHT
    return NAME_WEIGHT if word[0].isupper() else WORD_WEIGHT


def same_content(a: Profile, b: Profile) -> float:
    """How strongly two clauses tell one event: shared weight times its Dice share; 0 below the bar.

    The Dice share (shared over the mean size) ranks a short clause that is all about the event
    above a long one that mentions it in passing.

    The bar: enough shared weight, including an event word or number ("call", "invasion", "40"),
    or more shared weight still when only names and words are shared (two clauses naming China
    and Russia on one day need not tell the same event).
    """
    if not a or not b:
        return 0.0
    common = [min(a[stem], b[stem]) for stem in a.keys() & b.keys()]
    shared = sum(common)
    sizes = (sum(a.values()), sum(b.values()))
    needed = MIN_SHARED_WEIGHT if any(weight >= EVENT_WORD_WEIGHT for weight in common) else MIN_SHARED_NAMES
    if a == b or (shared >= needed and shared >= MIN_OVERLAP * min(sizes)):
        return shared * 2 * shared / sum(sizes)
    return 0.0


@dataclass
class _Cluster:
    date: TimeValue
    facts: list[Fact] = field(default_factory=list)
    fact_profiles: list[Profile] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)  # distinct ones
    keys: set[str] = field(default_factory=set)
    sentences: set[tuple[str, str]] = field(default_factory=set)  # (article, quote) of every fact

    def add(self, fact: Fact, profile: Profile) -> list[str]:
        """Take the fact in; return the index keys (stems, exact text) the event did not have yet."""
        self.facts.append(fact)
        self.fact_profiles.append(profile)
        self.sentences.add(_sentence(fact))
        if profile in self.profiles:
            return []
        self.profiles.append(profile)
        new_keys = [key for key in (*profile, _EXACT + _normalized(fact.text)) if key not in self.keys]
        self.keys.update(new_keys)
        return new_keys

    def may_take(self, members: list[tuple[Fact, Profile]]) -> bool:
        """Told about as precisely as the event's date, or from sentences the event already holds (a group
        of coarse retellings does not ride in on one of them)."""
        date = members[0][0].date
        own, event = _precision(date), _precision(self.date)
        return (
            own == event
            or (own is not None and event is not None and own - event <= MAX_PRECISION_STEP)
            or all(_sentence(fact) in self.sentences for fact, _ in members)
        )

    def similarity(self, profile: Profile) -> float:
        return max(same_content(profile, member) for member in self.profiles)

    def representative(self) -> Fact:
        """The fact at the event's own date whose words are most like all the others' (first on a tie)."""
        at_date = [i for i, fact in enumerate(self.facts) if fact.date == self.date][:MAX_REPRESENTATIVES]
        best = max(at_date, key=lambda i: (self._likeness(self.fact_profiles[i]), -i))
        return self.facts[best]

    def _likeness(self, profile: Profile) -> float:
        return sum(same_content(profile, other) for other in self.profiles[:MAX_REPRESENTATIVES] if other != profile)


class _Merger:
    """Events so far, indexed by calendar period and then by word stem and exact clause text.

    Occurred and planned facts merge alike: a happening announced ahead and reported after is one event."""

    def __init__(self, *, one_date: bool = False) -> None:
        self.clusters: list[_Cluster] = []
        self.index: dict[Period, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.one_date = one_date  # all facts share one date: no coarser period to index under

    def place(self, members: list[tuple[Fact, Profile]]) -> None:
        """The facts (of one date) join the most similar compatible event together, or start a new one.

        On a tie the event made first wins, so the result depends on the facts alone. Only the
        MAX_CANDIDATES events that may share the most are scored, so a busy day stays linear.
        """
        distinct = _distinct(members)
        bounds: dict[int, float] = {}
        verbatim: set[int] = set()
        for fact, profile in distinct:
            found, same_words = self._candidates(fact, profile)
            verbatim.update(event for event in same_words if self.clusters[event].may_take(members))
            for event, bound in found.items():
                if self.clusters[event].may_take(members):
                    bounds[event] = max(bound, bounds.get(event, 0.0))
        best, best_score = (min(verbatim), 0.0) if verbatim else (None, 0.0)
        for candidate in heapq.nsmallest(MAX_CANDIDATES, bounds, key=lambda c: (-bounds[c], c)):
            if verbatim or bounds[candidate] <= best_score:
                break  # no later candidate can share more
            score = max(self.clusters[candidate].similarity(profile) for _, profile in distinct)
            if score > best_score:
                best, best_score = candidate, score
        if best is None:
            best = len(self.clusters)
            self.clusters.append(_Cluster(date=members[0][0].date))
        cluster = self.clusters[best]
        keys = [key for fact, profile in members for key in cluster.add(fact, profile)]
        periods = [_period(cluster.date)] if self.one_date else containing_periods(cluster.date)
        for period in periods if keys else ():
            postings = self.index[period]
            for key in keys:
                if len(postings[key]) <= MAX_POSTING:  # one past the cap marks the key as too common
                    postings[key].append(best)

    def _candidates(self, fact: Fact, profile: Profile) -> tuple[dict[int, float], list[int]]:
        """Events holding the fact's date that may share enough of its words, with the most they may share,
        and the events that hold its clause word for word (copies of a story: the same event) when the
        clause has words of its own.

        Stems found in more than MAX_POSTING events of the period are too common to look events up
        by (they would make a busy day quadratic); they still count as possibly shared. No posting
        list grows past MAX_POSTING + 1, so the index stays linear in the facts.
        """
        own = _period(fact.date)
        postings = self.index.get(own, {})
        hits: dict[int, float] = defaultdict(float)
        common = 0.0
        for stem, weight in profile.items():
            events = postings.get(stem, ())
            if len(events) > MAX_POSTING:
                common += weight
                continue
            for event in events:
                hits[event] += weight
        if not self.one_date and not _is_calendar_period(own):
            self._add_from_enclosing(fact, profile, own, hits)
        bounds = {event: weight + common for event, weight in hits.items() if weight + common >= MIN_SHARED_WEIGHT}
        verbatim = postings.get(_EXACT + _normalized(fact.text), []) if profile else []  # a bare date tells nothing
        return bounds, verbatim[:MAX_POSTING]

    def _add_from_enclosing(self, fact: Fact, profile: Profile, own: Period, hits: dict[int, float]) -> None:
        """A window no calendar period matches ("weeks before the invasion": 13 Jan - 23 Feb) finds the
        events inside it under the smallest calendar period holding it (events are indexed under those)."""
        enclosing = next(islice(containing_periods(fact.date), 1, None), None)
        if enclosing is None:
            return
        postings = self.index.get(enclosing, {})
        inside: dict[int, float] = defaultdict(float)
        for stem, weight in profile.items():
            events = postings.get(stem, ())
            if len(events) > MAX_POSTING:
                continue
            for event in events:
                if _within(self.clusters[event].date, own):
                    inside[event] += weight
        for event, weight in inside.items():
            hits[event] = max(hits.get(event, 0.0), weight)


def _precision(value: TimeValue) -> int | None:
    return PRECISION_LEVEL[value.granularity] if value.granularity is not None else None


def _sentence(fact: Fact) -> tuple[str, str]:
    return fact.source.article, fact.source.quote


def _within(value: TimeValue, window: Period) -> bool:
    first, last = _period(value)
    return window[0] <= first and last <= window[1]


def _is_calendar_period(period: Period) -> bool:
    """A day, or a whole week, month, quarter, year, decade or century."""
    return period[0] == period[1] or period in _calendar_periods(period[0])


def _distinct(members: list[tuple[Fact, Profile]]) -> list[tuple[Fact, Profile]]:
    """One member per distinct clause: copies of a story need looking up once."""
    seen: dict[str, tuple[Fact, Profile]] = {}
    for fact, profile in members:
        seen.setdefault(_normalized(fact.text), (fact, profile))
    return list(seen.values())


# ---------------------------------------------------------------- dates


def _period(value: TimeValue) -> Period:
    return (value.earliest, value.latest)  # type: ignore[return-value]  # facts are dated


def containing_periods(value: TimeValue) -> Iterator[Period]:
    """The value's own bounds and every calendar period (week, month, quarter, year, decade, century) holding it."""
    first, last = _period(value)
    yield first, last
    for period in _calendar_periods(first):
        if period[1] >= last and period != (first, last):
            yield period


def _calendar_periods(day: dt.date) -> list[Period]:
    """The week, month, quarter, year, decade and century holding ``day``, those the calendar has: the
    week of 9999-12-31 runs past it."""
    periods = []
    for granularity in CALENDAR_PERIODS:
        try:
            periods.append(calendar_bounds(day, granularity))
        except CALENDAR_ERRORS:
            continue
    return periods


CALENDAR_PERIODS = (
    Granularity.WEEK,
    Granularity.MONTH,
    Granularity.QUARTER,
    Granularity.YEAR,
    Granularity.DECADE,
    Granularity.CENTURY,
)


# ---------------------------------------------------------------- events


def _fact_order(fact: Fact) -> tuple[object, ...]:
    """Finest date first, then everything else, so the order is a function of the facts alone."""
    first, last = _period(fact.date)
    source = fact.source
    return (last - first, first, fact.status, fact.date.value, fact.text, source.article, source.start, source.end)


def _date_key(fact: Fact) -> Period:
    return _period(fact.date)


def _events(clusters: list[_Cluster]) -> Iterator[Event]:
    seen: dict[str, int] = defaultdict(int)
    for cluster in clusters:
        lead = cluster.representative()
        status = _status(cluster.facts)
        base = event_id(cluster.date, status, lead.text)
        seen[base] += 1
        yield Event(
            id=base if seen[base] == 1 else f"{base}-{seen[base]}",
            date=cluster.date,
            text=lead.text,
            status=status,
            sources=sorted((fact.source for fact in cluster.facts), key=_source_order),
            notes=_finer_date_notes(cluster),
        )


def _status(facts: list[Fact]) -> EventStatus:
    """Occurred once any source tells it as past; planned while every source announces it."""
    return "occurred" if any(fact.status == "occurred" for fact in facts) else "planned"


def _normalized(text: str) -> str:
    return " ".join(text.lower().split())


def event_id(date: TimeValue, status: EventStatus, text: str) -> str:
    """Stable across runs and input orders: the date value and a digest of the words. A date with a mod or
    judged bounds ("about 2025") is told apart from the calendar's ("2025") by them: the two may fall in
    different merge partitions, where no suffix could part them."""
    told = f"{date.value}|{date.mod}|{date.earliest}|{date.latest}" if date.mod or date.approximate else date.value
    digest = hashlib.sha1(f"{told}|{status}|{' '.join(text.split())}".encode()).hexdigest()[:10]
    return f"{date.value}-{digest}"


def _source_order(source: Source) -> tuple[str, int, int]:
    return (source.article, source.start, source.end)


def _finer_date_notes(cluster: _Cluster) -> list[str]:
    coarser = sorted({(f.source.article, f.date.value) for f in cluster.facts if f.date != cluster.date})
    return [f"{article} gives {value}; the finer {cluster.date.value} is kept" for article, value in coarser]
