"""Merging facts into events: one event per happening, every source kept, order never matters."""

from __future__ import annotations

import datetime as dt
import random

from timeline_factories import day, fact, span, year

from timeline.merge import MAX_POSTING, _Merger, event_id, facts_of, merge_facts, profile_of, words_of
from timeline.models import Granularity

CALL_000 = fact(
    "on Feb 24, Mr Putin, in a phone call to his Chinese counterpart Xi Jinping, gave an update on Russia's talks",
    day("2025-02-24"),
    "000",
    100,
    expression="on Feb 24",
)
CALL_001 = fact(
    "China's leader Xi Jinping said Russia and China were true friends after a video call with Vladimir Putin",
    day("2025-02-24"),
    "001",
    50,
)
READOUT_000 = fact(
    "Mr Xi said, according to a read-out released by the Chinese Foreign Ministry on Feb 24",
    day("2025-02-24"),
    "000",
    900,
    expression="on Feb 24",
)
TAJIKISTAN_001 = fact(
    "Mr. Putin also spoke with the leader of Tajikistan on Monday, and Sergei Lavrov met Erdogan of Turkey",
    day("2025-02-24"),
    "001",
    3000,
    expression="on Monday",
)
INVASION_DAY = fact("Three years to the day Russia invaded Ukraine in 2022", day("2022-02-24"), "000", 10)
INVASION_YEAR = fact("The call came on the anniversary of Russia's 2022 invasion of Ukraine", year(2022), "001", 700)
WEEK = span("2025-W08", "2025-02-17", "2025-02-23", Granularity.WEEK)
MONTH = span("2025-02", "2025-02-01", "2025-02-28", Granularity.MONTH)

ALL = [CALL_000, CALL_001, READOUT_000, TAJIKISTAN_001, INVASION_DAY, INVASION_YEAR]


def event_with(events, article: str, start: int):
    (event,) = [e for e in events if any(s.article == article and s.start == start for s in e.sources)]
    return event


def test_the_same_event_told_twice_in_different_words_is_one_event_with_both_sources() -> None:
    events = merge_facts([CALL_000, CALL_001])
    assert len(events) == 1
    assert [s.article for s in events[0].sources] == ["000", "001"]
    assert events[0].date.value == "2025-02-24"


def test_different_events_on_the_same_day_stay_apart() -> None:
    events = merge_facts(ALL)
    call = event_with(events, "000", 100)
    assert [(s.article, s.start) for s in call.sources] == [("000", 100), ("001", 50)]
    assert event_with(events, "000", 900) is not call
    assert event_with(events, "001", 3000) is not call
    assert event_with(events, "000", 900) is not event_with(events, "001", 3000)


def test_a_year_mention_does_not_join_a_day_and_lend_it_false_precision() -> None:
    """ "Russia's 2022 invasion" says the year, not 24 Feb: it stays a 2022 event, the day keeps its own source."""
    events = merge_facts([INVASION_YEAR, INVASION_DAY])
    assert [(e.date.value, [s.article for s in e.sources]) for e in events] == [
        ("2022", ["001"]),
        ("2022-02-24", ["000"]),
    ]


def test_a_coarser_date_in_a_sentence_the_day_holds_joins_it_which_is_kept_and_said() -> None:
    """ "Three years to the day Russia invaded Ukraine in 2022": the sentence's year dates the same statement."""
    sentence = INVASION_DAY.source.quote
    in_2022 = fact("Russia invaded Ukraine in 2022", year(2022), "000", 40, expression="2022")
    in_2022 = in_2022.model_copy(update={"source": in_2022.source.model_copy(update={"quote": sentence})})
    (event,) = merge_facts([in_2022, INVASION_DAY])
    assert event.date.value == "2022-02-24"
    assert event.text == INVASION_DAY.text
    assert event.notes == ["000 gives 2022; the finer 2022-02-24 is kept"]
    assert [s.date.value for s in event.sources] == ["2022-02-24", "2022"]


def test_a_week_joins_a_day_inside_it_but_a_month_stays_a_month() -> None:
    """A week's mention places the happening within days; a month's mention says only the month."""
    words = "Kellogg told a security conference in Munich that Washington would force Putin"
    facts = [
        fact(words, MONTH, "m", 1),
        fact(words + " to fray ties", WEEK, "w", 1),
        fact("In Munich Kellogg told the security conference", day("2025-02-18"), "d", 1),
    ]
    events = merge_facts(facts)
    assert [(e.date.value, sorted(s.article for s in e.sources)) for e in events] == [
        ("2025-02", ["m"]),
        ("2025-02-18", ["d", "w"]),
    ]


def test_incompatible_dates_never_merge_even_with_the_same_words() -> None:
    words = "Kellogg told a security panel in Munich that Washington would force Putin"
    events = merge_facts([fact(words, day("2025-02-18"), "a"), fact(words, day("2025-02-19"), "b")])
    assert len(events) == 2
    a_week_not_holding_the_day = span("2025-W09", "2025-02-24", "2025-03-02", Granularity.WEEK)
    assert len(merge_facts([fact(words, day("2025-02-18"), "a"), fact(words, a_week_not_holding_the_day, "b")])) == 2


def test_announced_ahead_and_reported_after_is_one_event_that_occurred() -> None:
    words = "Xi is set to visit Moscow to attend the commemorations of the Soviet victory"
    (announced,) = merge_facts([fact(words, MONTH, "a", status="planned")])
    assert announced.status == "planned"
    (event,) = merge_facts([fact(words, MONTH, "a", status="planned"), fact(words, MONTH, "b")])
    assert event.status == "occurred"
    assert [s.article for s in event.sources] == ["a", "b"]


def test_events_are_sorted_by_earliest_latest_then_id() -> None:
    events = merge_facts([*ALL, fact("Talks in Munich with Kellogg and Wang Yi", MONTH, "x")])
    keys = [(e.date.earliest, e.date.latest, e.id) for e in events]
    assert keys == sorted(keys)
    assert [e.date.value for e in events[:2]] == ["2022", "2022-02-24"]


def test_merging_is_commutative_and_associative() -> None:
    whole = merge_facts(ALL)
    for seed in range(20):
        shuffled = random.Random(seed).sample(ALL, len(ALL))
        cut = seed % len(ALL)
        left, right = merge_facts(shuffled[:cut]), merge_facts(shuffled[cut:])
        regrouped = merge_facts([f for event in right + left for f in facts_of(event)])
        assert merge_facts(shuffled) == whole
        assert regrouped == whole


def test_event_ids_depend_on_date_and_words_not_on_input_order() -> None:
    ids = {e.id for e in merge_facts(ALL)}
    assert ids == {e.id for e in merge_facts(list(reversed(ALL)))}
    assert len(ids) == len(merge_facts(ALL))
    assert all(i.startswith(("2025-02-24-", "2022-02-24-", "2022-")) for i in ids)


def test_an_approximate_date_and_the_calendar_one_with_the_same_words_get_distinct_ids() -> None:
    """ "about 2025" (judged bounds reaching into 2024) and "2025" may be merged in different partitions, where no
    suffix can part them: their ids differ by the date's bounds (a fuzzed corpus found them equal)."""
    about = year(2025).model_copy(update={"approximate": True, "earliest": dt.date(2024, 7, 3)})
    exact, approximate = event_id(year(2025), "occurred", "Prices rose."), event_id(about, "occurred", "Prices rose.")
    assert exact != approximate
    assert exact.startswith("2025-") and approximate.startswith("2025-")


def test_clauses_without_content_words_stay_apart_and_get_distinct_ids() -> None:
    events = merge_facts([fact("on Monday", day("2025-02-24"), "a"), fact("on Monday", day("2025-02-24"), "b")])
    assert len(events) == 2
    assert len({e.id for e in events}) == 2


def test_nothing_is_lost_every_fact_is_a_source_of_exactly_one_event() -> None:
    events = merge_facts(ALL)
    sources = sorted((s.article, s.start) for e in events for s in e.sources)
    assert sources == sorted((f.source.article, f.source.start) for f in ALL)


def test_coarse_retellings_of_one_date_are_one_event_at_their_own_precision() -> None:
    """Two retellings of "the 2022 invasion" are one 2022 event: neither the day nor a February sentence takes them."""
    invasion = fact("Russia invaded Ukraine", day("2022-02-24"), "000", 10)
    warning = fact(
        "A Western report issued after the invasion said Chinese officials told Russian officials in early February "
        "not to invade Ukraine before the end of the Olympics in the West",
        span("2022-02", "2022-02-01", "2022-02-10", Granularity.MONTH),
        "001",
        500,
    )
    retold = fact("Russia invaded Ukraine in 2022", year(2022), "000", 30, expression="2022")
    in_passing = fact(
        "The call came on the anniversary of Russia's 2022 invasion of Ukraine, after China helped Putin weather "
        "isolation from the West",
        year(2022),
        "001",
        700,
        expression="2022",
    )
    events = merge_facts([invasion, warning, retold, in_passing])
    day_event = event_with(events, "000", 10)
    assert [(s.article, s.start) for s in day_event.sources] == [("000", 10)]
    year_event = event_with(events, "000", 30)
    assert (year_event.date.value, [(s.article, s.start) for s in year_event.sources]) == (
        "2022",
        [("000", 30), ("001", 700)],
    )
    assert event_with(events, "001", 500) not in (day_event, year_event)


def test_copies_of_a_clause_are_one_event() -> None:
    text = "The ceasefire took hold in Gaza on Monday."
    events = merge_facts([fact(text, day("2025-01-20"), article) for article in ("a", "b", "c")])
    assert len(events) == 1 and len(events[0].sources) == 3


def test_the_index_stays_bounded_on_a_day_of_repeated_bare_dates() -> None:
    """'May May 5 5 , , the the last last' repeated: every clause a bare date, none may be compared with all."""
    merger = _Merger()
    facts = [fact("May 5 , , the the last last", day("2024-05-05"), f"a{n}", expression="May 5") for n in range(600)]
    for one in facts:
        merger.place([(one, profile_of(words_of(one)))])
    longest = max(len(events) for postings in merger.index.values() for events in postings.values())
    assert longest <= MAX_POSTING + 1
    assert len(merger.clusters) == 600  # nothing lost, nothing merged on a bare date


def test_the_no_limits_partnership_told_by_two_seeds_is_one_event() -> None:
    """001 and 004 (seed pages) date it with two different windows before the invasion and share a quoted label."""
    shortly = span("2022-02-24", "2022-01-24", "2022-02-23", Granularity.DAY)
    weeks = span("2022-02-24", "2022-01-13", "2022-02-23", Granularity.DAY)
    events = merge_facts(
        [
            fact(
                "Shortly before the invasion of Ukraine, Mr. Xi and Mr. Putin heralded a “no limits” partnership.",
                shortly,
                "001",
                expression="Shortly before the invasion of Ukraine",
            ),
            fact(
                "Xi and Putin’s partnership—solidified weeks before the invasion with a “no limits” agreement—has "
                "long been defined by mutual opposition to Western influence.",
                weeks,
                "004",
                expression="weeks before the invasion",
            ),
        ]
    )
    assert len(events) == 1
    assert {source.article for source in events[0].sources} == {"001", "004"}


def test_a_remembered_profile_is_handed_out_as_a_copy() -> None:
    """profile_of remembers recent clauses; a caller changing the profile it got changes nothing for the next."""
    first = profile_of("Russia invaded Ukraine")
    first["extra"] = 9.0
    assert profile_of("Russia invaded Ukraine") == {"russ": 1.0, "inva": 2.0, "ukra": 1.0}
