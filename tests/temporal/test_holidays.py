"""Holidays: named as written, dated by their rule (fixed, nth weekday, Easter) in the year the clause implies."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

TUESDAY = dt.date(2013, 2, 12)


def values(text: str, published: dt.date | None = TUESDAY) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else None) for m in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It snowed on Christmas.", {"Christmas": "2012-12-25"}),
        ("It snowed on Christmas Eve.", {"Christmas Eve": "2012-12-24"}),
        ("It snowed on Christmas Day.", {"Christmas Day": "2012-12-25"}),
        ("It snowed on Boxing Day.", {"Boxing Day": "2012-12-26"}),
        ("It snowed on New Year's Day.", {"New Year's Day": "2013-01-01"}),
        ("It snowed on New Year’s Eve.", {"New Year’s Eve": "2012-12-31"}),
        ("It rained on Halloween.", {"Halloween": "2012-10-31"}),
        ("It rained on Independence Day.", {"Independence Day": "2012-07-04"}),
        ("It rained on the Fourth of July.", {"Fourth of July": "2012-07-04"}),
        ("It rained on Veterans Day.", {"Veterans Day": "2012-11-11"}),
        ("It rained on Thanksgiving.", {"Thanksgiving": "2012-11-22"}),  # 4th Thursday of November
        ("It rained on Memorial Day.", {"Memorial Day": "2012-05-28"}),  # last Monday of May
        ("It rained on Labor Day.", {"Labor Day": "2012-09-03"}),  # 1st Monday of September
        ("It rained on Martin Luther King Jr. Day.", {"Martin Luther King Jr. Day": "2013-01-21"}),
        ("It rained on Mother's Day.", {"Mother's Day": "2012-05-13"}),
        ("It rained on Father's Day.", {"Father's Day": "2012-06-17"}),
        ("It rained on Election Day.", {"Election Day": "2012-11-06"}),  # Tuesday after the 1st Monday
    ],
)
def test_past_clause_gives_the_latest_occurrence(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will meet at Easter.", {"Easter": "2013-03-31"}),
        ("They will meet on Good Friday.", {"Good Friday": "2013-03-29"}),
        ("They will meet on Presidents' Day.", {"Presidents' Day": "2013-02-18"}),
        ("They will meet on Valentine's Day.", {"Valentine's Day": "2013-02-14"}),
        ("They will meet at Christmas.", {"Christmas": "2013-12-25"}),
    ],
)
def test_future_clause_gives_the_next_occurrence(text, expected):
    assert values(text) == expected


def test_an_explicit_year_wins():
    assert values("Sales rose at Thanksgiving 2010 and at Easter 2014.") == {
        "Thanksgiving 2010": "2010-11-25",
        "Easter 2014": "2014-04-20",
    }


def test_last_next_and_this_pick_the_year():
    assert values("He came last Christmas and will come next Christmas.") == {
        "last Christmas": "2012-12-25",
        "next Christmas": "2013-12-25",
    }
    assert values("This Christmas will be cold.") == {"This Christmas": "2013-12-25"}


def test_a_holiday_in_a_story_about_another_year_is_in_that_year():
    text = "Three years ago the plant closed. Workers marched on Labor Day."
    assert values(text)["Labor Day"] == "2010-09-06"


def test_names_are_matched_as_written():
    assert values("Eastern Airlines cut fares; Easter Island is remote.") == {}
    assert values("It was a good Friday for Presidents Obama and Hollande.") == {"Friday": "2013-02-08"}
    assert values("The christmas sales were weak.") == {}


def test_without_a_publish_date_a_yearless_holiday_is_unanchored():
    mention = tag("They met on Christmas Eve.", None)[0]
    assert (mention.value, mention.reason) == (None, "no publish date")
