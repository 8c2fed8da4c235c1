"""Publish dates inferred from anniversaries of events other articles date."""

from __future__ import annotations

import datetime as dt

from timeline_factories import day, fact, mention_of, year

from timeline.infer import DatedFacts, add_years, date_anniversaries, infer_published, mark_inferred
from timeline.models import Mention

INVASION = fact("Three years to the day Russia invaded Ukraine in 2022", day("2022-02-24"), "000")
ANNIVERSARY_CALL = fact("The call came on the anniversary of Russia's invasion of Ukraine", day("2025-02-24"), "001")
DATED = DatedFacts([INVASION, ANNIVERSARY_CALL, fact("Russia invaded Ukraine three years ago", year(2022), "001")])
TEXT = "The timing of the call, coinciding with the third anniversary of Russia's invasion of Ukraine, is telling."


def anniversary(of: str, years: int = 3) -> Mention:
    meaning = {"kind": "anniversary", "years": years, "of": of}
    return mention_of(TEXT, "the third anniversary", None, meaning=meaning, reason="no publish date")


def test_an_anniversary_of_a_dated_event_gives_the_publish_date_marked_inferred() -> None:
    published = infer_published([anniversary("Russia's invasion of Ukraine")], DATED)
    assert published is not None
    assert published.date == dt.date(2025, 2, 24)
    assert published.method == "inferred"
    assert "2022-02-24 per 000," in published.evidence  # 001 gives only the year
    assert "Monday" in published.evidence


def test_the_shorter_object_still_finds_the_event() -> None:
    published = infer_published([anniversary("Russia's invasion")], DATED)
    assert published is not None and published.date == dt.date(2025, 2, 24)


def test_the_original_event_is_the_earliest_not_an_anniversary_of_it() -> None:
    original = DATED.original("Russia's invasion of Ukraine")
    assert original is not None
    assert (original.day, original.articles) == (dt.date(2022, 2, 24), ("000",))


def test_an_object_no_dated_event_tells_gives_no_date() -> None:
    treaty = anniversary("the Treaty of Good-Neighborliness and Friendly Cooperation between China and Russia", 25)
    assert infer_published([treaty], DATED) is None


def test_an_event_dated_only_to_the_year_gives_no_day() -> None:
    dated = DatedFacts([fact("Russia invaded Ukraine", year(2022), "001")])
    assert infer_published([anniversary("Russia's invasion of Ukraine")], dated) is None


def test_mentions_without_an_anniversary_give_no_date() -> None:
    assert infer_published([mention_of(TEXT, "the call", None)], DATED) is None


def test_an_anniversary_the_text_could_not_date_is_dated_from_the_corpus() -> None:
    unresolved = anniversary("Russia's invasion of Ukraine")
    (dated,) = date_anniversaries([unresolved], DATED)
    assert dated.value is not None and dated.value.value == "2025-02-24"
    assert dated.anchor == "anniversary of 2022-02-24 per 000"
    assert dated.reason is None
    (untouched,) = date_anniversaries([anniversary("the Treaty of Friendship", 25)], DATED)
    assert untouched.value is None and untouched.reason == "no publish date"


def test_leap_day_anniversaries_fall_on_28_february() -> None:
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert add_years(dt.date(2022, 2, 24), 3) == dt.date(2025, 2, 24)


def test_anchors_resting_on_the_publish_date_say_it_was_inferred() -> None:
    text = "He spoke on Monday, as in 2019."
    mentions = [
        mention_of(text, "on Monday", day("2025-02-24"), anchor="published 2025-02-24"),
        mention_of(text, "2019", year(2019)),
    ]
    assert [m.anchor for m in mark_inferred(mentions)] == [
        "published 2025-02-24 (publish date inferred)",
        "absolute",
    ]
