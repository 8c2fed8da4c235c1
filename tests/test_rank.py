"""Salience: key dates are the ones many articles report as news, about the corpus's subject, spread over the story."""

from __future__ import annotations

import datetime as dt
import random

from timeline_factories import day, fact, year

from timeline.merge import merge_facts
from timeline.models import ArticleInfo, Fact, Published, Timeline
from timeline.rank import corpus_title, key_events, rank, subject_names, top_dates


def _timeline(facts: list[Fact], published: dict[str, str]) -> Timeline:
    articles = [ArticleInfo(id=a, published=Published(date=dt.date.fromisoformat(d))) for a, d in published.items()]
    return rank(Timeline(articles=articles, events=merge_facts(facts)))


def _salience(timeline: Timeline) -> dict[str, float]:
    return {event.date.value: event.salience for event in timeline.events}


def test_a_date_reported_as_news_outranks_one_recalled_in_passing() -> None:
    facts = [
        fact("Rouhani won the presidential election on June 14.", day("2013-06-14"), "a"),
        fact("Rouhani won the presidential election on June 14.", day("2013-06-14"), "b"),
        fact("Rouhani visited Tehran University on June 1, 2009.", day("2009-06-01"), "c"),
        fact("Rouhani visited Tehran University on June 1, 2009.", day("2009-06-01"), "d"),
    ]
    published = {"a": "2013-06-15", "b": "2013-06-16", "c": "2013-06-15", "d": "2013-06-16"}
    salience = _salience(_timeline(facts, published))
    assert salience["2013-06-14"] > salience["2009-06-01"] > 0


def test_a_clause_naming_the_corpus_subject_counts_more() -> None:
    facts = [
        fact("Cruz announced his candidacy for president.", day("2015-03-23"), "a"),
        fact("Cruz spoke in Iowa about taxes and spending.", day("2015-06-01"), "b"),
        fact("The Senate passed the budget bill after a long debate.", day("2015-09-01"), "c"),
        fact("A storm closed the airport for a day.", day("2015-12-01"), "d"),
    ]
    published = {"a": "2016-01-01", "b": "2016-01-01", "c": "2016-01-01", "d": "2016-01-01"}
    timeline = _timeline(facts, published)
    assert subject_names(timeline.events, 4) == {"Cruz"}
    salience = _salience(timeline)
    assert salience["2015-03-23"] > salience["2015-09-01"]


def test_a_day_outranks_its_year_and_neighbours_are_discounted() -> None:
    busy = [fact(f"Zuma spoke at rally {n} of the campaign.", day("2009-04-10"), f"a{n}") for n in range(4)]
    near = [fact(f"Zuma toured the province, stop {n}.", day("2009-04-12"), f"b{n}") for n in range(4)]
    far = [fact(f"Zuma met the unions, session {n}.", day("2009-09-01"), f"c{n}") for n in range(3)]
    coarse = [fact(f"Zuma campaigned all through the year {n}.", year(2009), f"d{n}") for n in range(4)]
    published = {f"{k}{n}": "2010-01-01" for k in "abcd" for n in range(4)}
    salience = _salience(_timeline(busy + near + far + coarse, published))
    assert salience["2009-04-10"] > salience["2009"]
    assert salience["2009-09-01"] > salience["2009-04-12"]  # 3 articles far away beat 4 in the same fortnight


def test_top_keeps_the_most_salient_dates_whatever_the_input_order() -> None:
    facts = [fact(f"Palin resigned as governor, report {n}.", day("2009-07-03"), f"a{n}") for n in range(3)] + [
        fact("Palin spoke at a dinner.", day("2010-05-01"), "b"),
        fact("Palin wrote a book.", day("2011-02-01"), "c"),
    ]
    published = {"a0": "2009-07-04", "a1": "2009-07-04", "a2": "2009-07-05", "b": "2012-01-01", "c": "2012-01-01"}
    shuffled = facts[:]
    random.Random(7).shuffle(shuffled)
    first, second = _timeline(facts, published), _timeline(shuffled, published)
    assert first.model_dump_json() == second.model_dump_json()
    kept = top_dates(first, 1)
    assert [event.date.value for event in kept.events] == ["2009-07-03"]
    assert "2009-07-03" in [event.date.value for event in key_events(first.events, 2)]


def test_a_title_from_the_corpus_names_first_whom_the_headlines_name() -> None:
    facts = [
        fact(f"Chinese officials said Lavrov and Putin spoke, story {n}.", day("2025-02-24"), f"a{n}") for n in range(4)
    ]
    events = merge_facts(facts)
    headlines = ["Lavrov and Putin meet", "Putin calls Lavrov", "Lavrov tells Putin: no limits", "Why Putin trusts"]
    assert corpus_title(events, 4) == "Chinese, Lavrov and Putin: a timeline"  # the body alone: by use, then A-Z
    assert corpus_title(events, 4, headlines) == "Putin, Lavrov and Chinese: a timeline"
