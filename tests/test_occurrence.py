"""'the second call in just over a month' dates the previous call from the sentence's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import temporal
from timeline.facts import extract_facts
from timeline.models import Article, Fact, Mod, Unanchored
from timeline.occurrence import count_words, previous_window
from timeline.relative import date_relative_durations

PUBLISHED = dt.date(2025, 2, 24)
SEED_SENTENCE = (
    "The call was the second between Mr. Xi and Mr. Putin in just over a month, coming less than two weeks "
    "after Mr. Trump upended U.S. strategy toward Russia."
)


def facts_of(text: str, published: dt.date | None = PUBLISHED) -> tuple[list[Fact], list[Unanchored]]:
    """The facts and unanchored entries of ``text``, through the real tagger and relative dating."""
    mentions = date_relative_durations(text, temporal.tag(text, published), published)
    return extract_facts(Article(id="a", text=text), mentions)


def test_the_second_call_in_just_over_a_month_dates_the_previous_call() -> None:
    facts, unanchored = facts_of(SEED_SENTENCE)
    previous = next(f for f in facts if f.source.expression == "in just over a month")
    assert previous.date.value == "2025-01"
    assert (previous.date.earliest, previous.date.latest) == (dt.date(2025, 1, 10), dt.date(2025, 1, 24))
    assert previous.date.approximate
    assert previous.text == (
        "the previous call: The call was the second between Mr. Xi and Mr. Putin in just over a month"
    )
    assert previous.source.anchor == "P1M before the second (counted from published 2025-02-24)"
    assert SEED_SENTENCE[previous.source.start : previous.source.end] == "in just over a month"
    assert [u.expression for u in unanchored] == []


def test_the_count_runs_from_the_sentences_own_date() -> None:
    facts, _ = facts_of("The second call in a week came on Friday.")
    previous = next(f for f in facts if f.source.expression == "in a week")
    assert (previous.date.earliest, previous.date.latest) == (dt.date(2025, 2, 14), dt.date(2025, 2, 20))
    assert previous.date.mod == Mod.ON_OR_AFTER
    assert previous.text.startswith("the previous call: ")


def test_the_first_visit_in_five_years_dates_the_previous_one_on_or_before_five_years_back() -> None:
    (fact,), unanchored = facts_of("It was the first such visit in five years.")
    assert fact.date.value == "2020"
    assert fact.date.mod == Mod.ON_OR_BEFORE
    assert (fact.date.earliest, fact.date.latest) == (dt.date(2019, 2, 25), dt.date(2020, 2, 24))
    assert fact.text == "the previous visit: It was the first such visit in five years."
    assert unanchored == []


@pytest.mark.parametrize(
    ("amount", "unit", "mod", "first", "window"),
    [
        (1, "M", Mod.LESS_THAN, False, ("2025-01-24", "2025-02-23")),  # "the second in less than a month"
        (1, "M", Mod.APPROX, False, ("2025-01-10", "2025-02-07")),  # "the second in about a month"
        (1, "M", Mod.MORE_THAN, True, ("2024-12-25", "2025-01-24")),  # "the first in more than a month"
        (2, "DE", None, True, ("1995-02-25", "2005-02-24")),  # "the first in two decades"
        (1, "DE", Mod.LESS_THAN, True, ("2015-02-24", "2020-02-23")),  # "the first in nearly a decade"
    ],
)
def test_the_approximator_widens_the_window_on_its_own_side(
    amount: int, unit: str, mod: Mod | None, first: bool, window: tuple[str, str]
) -> None:
    value = previous_window(PUBLISHED, amount, unit, mod, first=first)
    assert (value.earliest, value.latest) == tuple(map(dt.date.fromisoformat, window))
    assert value.approximate


def test_the_first_visit_since_2019_says_2019_is_the_previous_visit() -> None:
    (fact,), _ = facts_of("It was the first such visit since 2019.")
    assert fact.date.value == "2019"
    assert fact.text == "the previous visit: It was the first such visit since 2019."
    (plain,), _ = facts_of("He has lived there since 2019.")
    assert plain.text == "He has lived there since 2019."


def test_a_count_in_the_present_tense_is_no_date_in_the_future() -> None:
    (fact,), _ = facts_of("This is the first visit in five years.")
    assert fact.date.value == "2020"


def test_a_third_trip_in_a_year_dates_no_single_earlier_trip() -> None:
    for text in ("He made his third trip to the region in a year.", "It is his third trip to the region in a year."):
        facts, (entry,) = facts_of(text)
        assert facts == []
        assert entry.expression == "a year"
        assert "the earlier ones fall within a year before published 2025-02-24" in entry.reason


def test_without_a_publish_date_the_count_says_what_it_lacks() -> None:
    facts, (entry,) = facts_of(SEED_SENTENCE.split(",", maxsplit=1)[0] + ".", published=None)
    assert facts == []
    assert "no publish date" in entry.reason


def test_ordinary_durations_after_in_and_rankings_are_not_counts() -> None:
    for text in (
        "Prices rose 5% in a month.",
        "It was the second-largest drop in a year.",
        "It was the second biggest drop in a year.",
        "He came second in a month.",
    ):
        facts, (entry,) = facts_of(text)
        assert facts == [], text
        assert "not a point in time" in entry.reason, text


def test_the_second_quarter_stays_a_quarter() -> None:
    (fact,), _ = facts_of("Profits fell in the second quarter.")
    assert fact.date.value == "2024-Q2"
    assert not fact.text.startswith("the previous")


def test_the_count_words_are_the_article_language_s() -> None:
    """German: "das zweite Telefonat innerhalb eines Monats" dates the previous call; the English words do not."""
    german = count_words("de")
    assert german.span_before.search("das zweite Telefonat innerhalb ") is not None
    assert german.since_before.search("der erste Besuch seit ") is not None
    assert german.span_before.search("the second call within ") is None
    assert count_words("en").numbered.fullmatch("2nd") is not None
