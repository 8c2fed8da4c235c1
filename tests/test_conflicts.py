"""Disagreements: one happening dated differently by different articles is shown, with each side's sources."""

from __future__ import annotations

from timeline_factories import day, fact, year

from timeline.conflicts import find_conflicts
from timeline.merge import merge_facts
from timeline.models import ArticleInfo, Fact, Timeline

OLYMPICS_2024 = (
    "Xi also expressed his appreciation for Putin’s support for China’s hosting of the 2024 Winter Olympics in Beijing"
)
OLYMPICS_2022 = "The Beijing Winter Olympics opened on Feb. 4, 2022, with a ceremony in the Bird's Nest stadium."
WORLD_CUP_2024 = "He also thanked China for its support for Russia’s hosting of the 2024 World Cup"
WORLD_CUP_2018 = "Russia hosted the World Cup in 2018, a month-long tournament across eleven cities."


def _checked(facts: list[Fact], articles: list[str]) -> Timeline:
    return find_conflicts(Timeline(articles=[ArticleInfo(id=a) for a in articles], events=merge_facts(facts)))


def test_seed_002s_olympics_in_2024_disagree_with_a_source_dating_them_2022() -> None:
    timeline = _checked(
        [
            fact(OLYMPICS_2024, year(2024), "002", expression="2024"),
            fact(OLYMPICS_2022, day("2022-02-04"), "005", expression="Feb. 4, 2022"),
        ],
        ["002", "005"],
    )
    assert all(len(event.conflicts) == 1 for event in timeline.events)
    conflict = timeline.events[0].conflicts[0]
    assert conflict.kind == "dates differ"
    assert {(claim.date.value, tuple(claim.articles)) for claim in conflict.claims} == {
        ("2022-02-04", ("005",)),
        ("2024", ("002",)),
    }


def test_an_article_outvoted_twice_is_flagged_unreliable() -> None:
    facts = [
        fact(OLYMPICS_2024, year(2024), "002", expression="2024"),
        fact(WORLD_CUP_2024, year(2024), "002", expression="2024"),
        *(fact(OLYMPICS_2022, day("2022-02-04"), a, expression="Feb. 4, 2022") for a in ("005", "006")),
        *(fact(WORLD_CUP_2018, year(2018), a, expression="2018") for a in ("005", "006")),
        *(fact(f"Markets rose on trading day {n}.", day(f"2022-03-0{n}"), f"other{n}") for n in range(1, 5)),
    ]
    timeline = _checked(facts, ["002", "005", "006", "other1", "other2", "other3", "other4"])
    kinds = {conflict.kind for event in timeline.events for conflict in event.conflicts}
    assert kinds == {"contradicts the corpus"}
    warnings = {article.id: article.warnings for article in timeline.articles}
    assert any("unreliable" in warning for warning in warnings["002"])
    assert warnings["005"] == warnings["006"] == []


def test_a_recurring_happening_one_article_dates_twice_is_no_disagreement() -> None:
    facts = [
        fact("Putin and Xi met in Moscow for the summit of the two leaders.", year(2023), "a", expression="2023"),
        fact("Putin and Xi met in Moscow for the summit of the two leaders.", year(2024), "a", expression="2024"),
    ]
    assert all(not event.conflicts for event in _checked(facts, ["a"]).events)


def test_different_happenings_on_different_dates_are_no_disagreement() -> None:
    facts = [
        fact(OLYMPICS_2022, day("2022-02-04"), "005", expression="Feb. 4, 2022"),
        fact(WORLD_CUP_2018, year(2018), "006", expression="2018"),
    ]
    assert all(not event.conflicts for event in _checked(facts, ["005", "006"]).events)
