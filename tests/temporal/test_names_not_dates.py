"""Numbers and words that name things are not dates."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

FRIDAY = dt.date(2019, 5, 3)


def values(text: str) -> dict[str, str]:
    """The anchored expressions and their values."""
    return {m.text: m.value.value for m in tag(text, FRIDAY) if m.value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We watched the film 1917 yesterday.", {"yesterday": "2019-05-02"}),
        ('We watched "1917" yesterday.', {"yesterday": "2019-05-02"}),
        ("She stars in The Morning Show.", {}),
        ("It fell by 10s of 1000s.", {}),
        ("Over 1000s of people came.", {}),
        ("He lives at 1600 Pennsylvania Avenue.", {}),
        ("See page 1999 of volume 12.", {}),
        ("UN Security Council Resolution 1483 was passed.", {}),
        ("The score was 21-14 in the final.", {}),
        (  # a range of years: each end is a year
            "The same period between 2011-12 and 2017-18 saw growth.",
            {"2011": "2011", "12": "2012", "2017": "2017", "18": "2018"},
        ),
        ("Police arrived with 1500 officers.", {}),
        ("More than 2000 people marched on Friday.", {"Friday": "2019-05-03"}),
        ("The company employs 1800 workers.", {}),
        ("The mayor won by 2008 votes.", {}),  # a margin
        ("She held the seat by a margin of 1998 votes.", {}),
        ("By 2008 prices had doubled.", {"2008": "2008"}),  # "by" before a year: a deadline
        # the same words as dates
        ("In 1999 prices rose.", {"1999": "1999"}),
        ("Sales rose, and 2000 was worse.", {"2000": "2000"}),
        ("The 1999 results were good.", {"1999": "1999"}),
        ("The 1917 film won.", {"1917": "1917"}),
        ("In the morning he left.", {"the morning": "2019-05-03TMO"}),
        ("Prices rose in the 1990s.", {"the 1990s": "199"}),
    ],
)
def test_names_and_quantities_are_not_dates(text, expected):
    assert values(text) == expected


def test_the_same_period_before_any_quarter_is_told_is_no_quarter():
    (same,) = [m for m in tag("The same period between 2011-12 and 2017-18 saw growth.", FRIDAY) if m.value is None]
    assert same.text == "The same period"
    assert "named a quarter" in (same.reason or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was known as the famous Long March.", {}),
        ("The army embarked on the epic Ice March to the Kuban.", {}),
        ("He met Obama in March and Putin in April.", {"March": "2019-03", "April": "2019-04"}),
        ("Moscow fell.\nIn January the Soviets attacked.", {"January": "2019-01"}),  # a line's first word
    ],
)
def test_a_month_after_a_name_is_part_of_it(text, expected):
    assert values(text) == expected
