"""The seed sentences of issue 2, each with the publish date it is read against."""

from __future__ import annotations

import datetime as dt

from timeline.models import Granularity, Mod
from timeline.temporal import tag

MONDAY = dt.date(2025, 2, 24)


def only(text: str, published: dt.date | None, expression: str):
    [mention] = [m for m in tag(text, published) if m.text == expression]
    return mention


def test_past_tense_weekday_is_the_publish_date_when_it_is_that_weekday():
    mention = only("Trump said after a video call with Putin on Monday that talks went well.", MONDAY, "Monday")
    assert mention.value.value == "2025-02-24"
    assert mention.anchor == "published 2025-02-24"


def test_last_week_is_the_iso_week_before_publication():
    value = only("The president last week spoke to reporters.", MONDAY, "last week").value
    assert (value.value, value.earliest, value.latest) == ("2025-W08", dt.date(2025, 2, 17), dt.date(2025, 2, 23))
    assert value.granularity == Granularity.WEEK


def test_future_clause_month_is_the_next_one():
    mention = only("Mr. Xi is set to visit Moscow in May.", MONDAY, "May")
    assert mention.value.value == "2025-05"
    assert mention.future


def test_month_with_year_is_absolute():
    mention = only("He cited a March 2022 article.", MONDAY, "March 2022")
    assert mention.value.value == "2022-03"
    assert mention.anchor == "absolute"


def test_years_ago_at_year_granularity():
    assert only("Unlike 53 years ago, the treaty holds.", MONDAY, "53 years ago").value.value == "1972"


def test_yearless_month_inside_a_passage_about_another_year():
    text = (
        "Since the invasion of Ukraine three years ago, the allies have argued. "
        "Officials told Moscow in early February not to invade."
    )
    mention = only(text, MONDAY, "early February")
    assert mention.anchor == "reference 2022 ('three years ago')"
    value = mention.value
    assert value.value == "2022-02"
    assert value.mod == Mod.START
    assert value.approximate


def test_three_years_to_the_day_ties_two_dates():
    text = "Three years to the day Russia invaded Ukraine in 2022, on Feb 24, the UN voted."
    mentions = {m.text: m for m in tag(text, dt.date(2025, 2, 26))}
    assert mentions["Three years to the day"].value.value == "2022-02-24"
    assert mentions["Three years to the day"].meaning.years == 3
    assert mentions["Feb 24"].value.value == "2025-02-24"
    assert mentions["2022"].value.value == "2022"


def test_barely_a_week_after_is_approximate():
    mention = only("Barely a week after the call, talks began.", MONDAY, "Barely a week")
    assert mention.value.value == "P1W"
    assert mention.value.mod == Mod.APPROX


def test_less_than_two_weeks_after():
    mention = only("It came less than two weeks after the summit.", MONDAY, "less than two weeks")
    assert (mention.value.value, mention.value.mod) == ("P2W", Mod.LESS_THAN)


def test_just_over_a_month():
    mention = only("It has been just over a month since the vote.", MONDAY, "just over a month")
    assert (mention.value.value, mention.value.mod) == ("P1M", Mod.MORE_THAN)


def test_earlier_this_month_ends_at_the_publish_date():
    value = only("He met them earlier this month.", MONDAY, "earlier this month").value
    assert (value.value, value.earliest, value.latest) == ("2025-02", dt.date(2025, 2, 1), MONDAY)


def test_anniversary_carries_its_years_and_event():
    text = "Monday marks the third anniversary of Russia's invasion of Ukraine."
    mention = only(text, MONDAY, "the third anniversary")
    assert mention.meaning.years == 3
    assert mention.meaning.of == "Russia's invasion of Ukraine"
    assert mention.value.value == "2025-02-24"
