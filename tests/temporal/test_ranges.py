"""Ranges and lists of days and years: each end is a date of its own (as TimeML marks them), the end taking the
month, year, century or era told at the other."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

SAVED = dt.date(2013, 9, 1)


def values(text: str, published: dt.date | None = SAVED) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else m.reason) for m in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Artist-in-Residence, April 8-12.", {"April 8": "2013-04-08", "12": "2013-04-12"}),
        ("The Sports and Fitness Expo runs from 10-12 October.", {"10": "2013-10-10", "12 October": "2013-10-12"}),
        ("Workshop at Options Studio (2-4 July 2013).", {"2": "2013-07-02", "4 July 2013": "2013-07-04"}),
        (
            "The battle of Celaya was fought on April 6-7, 1915.",
            {"April 6": "1915-04-06", "7, 1915": "1915-04-07"},
        ),
        ("Surrendering on May 4 and 5 were the last departments.", {"May 4": "2013-05-04", "5": "2013-05-05"}),
        (
            "REFORMER COURSE May 2 - 3, 9 - 10 (Sat-Sun).",
            {"May 2": "2013-05-02", "3": "2013-05-03", "9": "2013-05-09", "10": "2013-05-10"},
        ),
        ("The Taiwan Strait Crisis in 1995-96 escalated tensions.", {"1995": "1995", "96": "1996"}),
        ("Security in Baghdad improved in 2007-08.", {"2007": "2007", "08": "2008"}),
        ("The Ionian Revolt lasted from 499 to 493 BC.", {"499": "BC0499", "493 BC": "BC0493"}),
        ("The first invasion of Greece (492-490 BC) failed.", {"492": "BC0492", "490 BC": "BC0490"}),
    ],
)
def test_each_end_of_a_range_is_dated(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 3, 5 people died.", {"March 3"}),  # a count after a date
        ("Opening day May 5: 9:00am - 5:30pm.", {"May 5", "9:00am", "5:30pm"}),  # clock times, no days
        ("It was filed as 2011-02.", {"2011"}),  # no later year: not a range of years
    ],
)
def test_numbers_beside_a_date_that_end_no_range(text, expected):
    assert set(values(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # as WikiWars marks them: the night dated by its first day, the other day a date of its own
        (
            "A similar attempt during the night of 3-4 May also failed.",
            {"the night of 3": "2013-05-03TNI", "4 May": "2013-05-04"},
        ),
        (
            "During the night of 13 February - 14 February, the Japanese attacked.",
            {"the night of 13 February": "2013-02-13TNI", "14 February": "2013-02-14"},
        ),
    ],
)
def test_a_night_across_two_named_days_takes_the_month_named_after_both(text, expected):
    assert values(text) == expected
