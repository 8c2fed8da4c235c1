"""Inputs that once crashed the engine or left the calendar (issues 10 and 14), each with the answer a user
expects: a value where the words give one, else the mention unanchored with the reason."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import Article, Published
from timeline.pipeline import build_timeline
from timeline.render import FORMATS, render
from timeline.temporal import tag
from timeline.temporal.resolve import OUTSIDE_CALENDAR

PUBLISHED = dt.date(2025, 2, 26)  # a Wednesday


def readings(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """(expression, TIMEX3 value, reason) of every mention, in text order."""
    return [(m.text, m.value.value if m.value else None, m.reason) for m in tag(text, published)]


def bounds(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.value.earliest, m.value.latest) for m in tag(text, published) if m.value]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # issue 10: TypeError in first_half_of_year ("six months of" with no year after it)
        (
            "The first six months of operations were hard.",
            dt.date(2010, 5, 1),
            [("The first six months", "P6M", None)],
        ),
        # issue 10: KeyError Granularity.SEASON ("a year earlier" than a season is that season a year before)
        (
            "It was a sad day this spring when he decided. The moment a year earlier was worse.",
            dt.date(2010, 5, 1),
            [("this spring", "2010-SP", None), ("a year earlier", "2009-SP", None)],
        ),
        (
            "He left in the spring of 2020. A year later he returned.",
            PUBLISHED,
            [("the spring of 2020", "2020-SP", None), ("A year later", "2021-SP", None)],
        ),
        # a colon and letters is no clock ("1:aa", "7:pm")
        ("The score was 1:aa at half time.", PUBLISHED, []),
        ("Kickoff is at 7:pm on Saturday.", PUBLISHED, [("Saturday", "2025-02-22", None)]),
        # digits str.isdigit accepts and int() refuses are not numbers
        ("²1", PUBLISHED, []),
        ("❶ Feb. 24", PUBLISHED, [("Feb. 24", "2025-02-24", None)]),
        # values outside years 1 to 9999: unanchored with that reason, never clamped
        (
            "Monday was the 2025th anniversary",
            PUBLISHED,
            [("Monday", "2025-02-24", None), ("the 2025th anniversary", None, OUTSIDE_CALENDAR)],
        ),
        ("31/12/9999", PUBLISHED, [("31/12/9999", "9999-12-31", None)]),
        ("It is the 100th century.", PUBLISHED, [("the 100th century", "99", None)]),
        ("Thurs-Tue.", dt.date(9999, 12, 31), [("Thurs", "9999-12-30", None), ("Tue.", None, OUTSIDE_CALENDAR)]),
        ("December 31, 9999", PUBLISHED, [("December 31, 9999", "9999-12-31", None)]),
        ("5,000 years ago", PUBLISHED, [("5,000 years ago", None, OUTSIDE_CALENDAR)]),
        ("It ends in 1,500 days.", PUBLISHED, [("1,500 days", "2029-04-06", None)]),
        ("The count stood at 5,000 people.", PUBLISHED, []),
    ],
)
def test_reproducer_gets_the_value_a_reader_expects(text, published, expected):
    assert readings(text, published) == expected


def test_later_in_a_past_year_keeps_that_years_bounds():
    """'later' only narrows a period the publish date falls in; earliest never passes latest."""
    assert bounds("It happened later three years ago.") == [
        ("later three years ago", dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    ]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (
            dt.date(1, 1, 1),  # a Monday
            [
                ("Monday", "0001-01-01", None),
                ("last week", None, OUTSIDE_CALENDAR),
                ("three years ago", None, OUTSIDE_CALENDAR),
                ("next year", "0002", None),
                ("this spring", "0001-SP", None),
            ],
        ),
        (
            dt.date(2, 6, 1),
            [
                ("Monday", "0002-05-27", None),
                ("last week", "0002-W21", None),
                ("three years ago", None, OUTSIDE_CALENDAR),
                ("next year", "0003", None),
                ("this spring", "0002-SP", None),
            ],
        ),
        (
            dt.date(9999, 12, 31),
            [
                ("Monday", "9999-12-27", None),
                ("last week", "9999-W51", None),
                ("three years ago", "9996", None),
                ("next year", None, OUTSIDE_CALENDAR),
                ("this spring", "9999-SP", None),
            ],
        ),
    ],
)
def test_publish_dates_at_the_ends_of_the_calendar(published, expected):
    text = "On Monday, last week, three years ago, next year, this spring."
    assert readings(text, published) == expected


def test_deep_bracket_nesting_is_plain_text():
    assert readings("[" * 100_000 + " On Monday he left.") == [("Monday", "2025-02-24", None)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It is the 100th century.", PUBLISHED),  # its last day is 9999-12-31: ICS used to overflow on DTEND
        ("Thurs-Tue. On Monday the talks began. December 31, 9999.", dt.date(9999, 12, 31)),
        ("On Monday, the third anniversary of the war. Two days later, a truce.", dt.date(1, 1, 1)),
        ("He left in the spring of 2020. A year later he returned.", None),
    ],
)
def test_calendar_edges_build_and_render_in_every_format(text, published):
    article = Article(id="a", text=text, published=Published(date=published, method="given" if published else None))
    timeline = build_timeline([article], [])
    assert timeline.events or timeline.unanchored
    for fmt in FORMATS:
        assert render(timeline, fmt)


def test_an_anniversary_past_year_9999_infers_no_publish_date():
    """Fuzzing (corpus-0-464): "the 8000th anniversary of X" with X dated 2022 would be in year 10022."""
    dated = Article(
        id="dated",
        text="Russia invaded Ukraine on Feb. 24, 2022.",
        published=Published(date=dt.date(2025, 2, 26), method="given"),
    )
    undated = Article(id="undated", text="On Monday, the 8000th anniversary of the invasion of Ukraine.")
    timeline = build_timeline([dated, undated], [])
    assert [article.published.date for article in timeline.articles] == [dt.date(2025, 2, 26), None]
    assert not [record for record in timeline.inputs if record.status == "error"]
