"""Schedules as news writes them (tomorrow at 5 p.m., at 9 a.m. on Monday, slated for Nov. 6, the end of the
decade, half past three, the first week of March, by 12/25, on Mondays), pinned with a Tuesday publish
date, 2013-02-12, and the tense of their clause."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

TUESDAY = dt.date(2013, 2, 12)


def values(text: str) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else None) for m in tag(text, TUESDAY)}


DAY_AND_TIME = [  # one TIME mention: the day told, at the time told, in either order
    ("The meeting is tomorrow at 5pm.", {"tomorrow at 5pm": "2013-02-13T17:00"}),
    ("We will meet next Tuesday at noon.", {"next Tuesday at noon": "2013-02-19T12:00"}),
    ("The store opened at 9 a.m. on Monday.", {"9 a.m. on Monday": "2013-02-11T09:00"}),
    ("The store will open at 9 a.m. on Monday.", {"9 a.m. on Monday": "2013-02-18T09:00"}),
    ("They will meet Friday at 3 p.m.", {"Friday at 3 p.m.": "2013-02-15T15:00"}),
    ("The hearing is March 3 at 10 a.m.", {"March 3 at 10 a.m.": "2013-03-03T10:00"}),
    ("It starts at 7:30 this evening.", {"7:30 this evening": "2013-02-12T19:30"}),
    ("It starts at 7:30 this morning.", {"7:30 this morning": "2013-02-12T07:30"}),
    ("It starts at 7:30 p.m. on Feb. 20.", {"7:30 p.m. on Feb. 20": "2013-02-20T19:30"}),
    ("They will meet at noon on Friday.", {"noon on Friday": "2013-02-15T12:00"}),
    ("He left last night at 11:45.", {"last night at 11:45": "2013-02-11T23:45"}),
    ("He left at 11:45 last night.", {"11:45 last night": "2013-02-11T23:45"}),
    ("It opens Tuesday at 7:30 p.m. EST.", {"Tuesday at 7:30 p.m. EST": "2013-02-12T19:30"}),
    ("He left at 3 p.m. tomorrow.", {"3 p.m. tomorrow": "2013-02-13T15:00"}),
    ("He came around 3 pm yesterday.", {"around 3 pm yesterday": "2013-02-11T15:00"}),
    # a day beside something that is not a time of day keeps to itself
    ("He spoke Monday at the White House.", {"Monday": "2013-02-11"}),
    ("He spoke Monday at 5 locations.", {"Monday": "2013-02-11"}),
    ("He came in March 2012 at 10 a.m.", {"March 2012": "2012-03", "10 a.m.": "2013-02-12T10:00"}),  # not a day
]

PLANS = [  # a plan or schedule looks forward: the next Nov. 6, not the last one
    ("The vote is slated for Nov. 6.", {"Nov. 6": "2013-11-06"}),
    ("The talks are slated to end in March.", {"March": "2013-03"}),
    ("The vote, scheduled for Nov. 6, is close.", {"Nov. 6": "2013-11-06"}),
    ("The plant is due to open in March.", {"March": "2013-03"}),
    ("The plant is poised to open in March.", {"March": "2013-03"}),
    ("A ruling is expected Nov. 6.", {"Nov. 6": "2013-11-06"}),
    ("He pledged to finish by June.", {"June": "2013-06"}),
    ("The party plans for a vote in March.", {"March": "2013-03"}),
    # a past clause still looks back, and a participle after "been" leaves the tense to the verb before
    ("The vote took place on Nov. 6.", {"Nov. 6": "2012-11-06"}),
    ("The offer had been scheduled to expire Friday.", {"Friday": "2013-02-08"}),
]

DECADES = [  # the reference's decade (2010-2019 is "201"), "the end of" it with mod END
    ("This decade has been hard.", {"This decade": "201"}),
    ("The decade has been hard.", {"The decade": "201"}),
    ("By the end of the decade, sales will double.", {"the end of the decade": "201"}),
    ("By the end of the century it will be hot.", {"the end of the century": "20"}),
    ("It was the deal of the century.", {}),
]
SPOKEN_TIMES = [  # o'clock anywhere; a fraction of an hour only after "at" (or "around", "until")
    ("He came at 10 o'clock.", {"10 o'clock": "2013-02-12T10:00"}),
    ("He came at ten o’clock.", {"ten o’clock": "2013-02-12T10:00"}),
    ("He came at half past three.", {"half past three": "2013-02-12T03:30"}),
    ("He came at a quarter to five.", {"a quarter to five": "2013-02-12T04:45"}),
    ("He will come tomorrow at a quarter past six.", {"tomorrow at a quarter past six": "2013-02-13T06:15"}),
    ("He left at 9 o'clock this evening.", {"9 o'clock this evening": "2013-02-12T21:00"}),
    ("The 6 o'clock news aired.", {"6 o'clock": "2013-02-12T06:00"}),
    # not times
    ("He came at three.", {}),
    ("The vote was 5 to 4.", {}),
    ("It was half past three when we won.", {}),
    ("Sales fell by a quarter to five million.", {}),
]

WEEKS_OF_MONTH = [
    # The ISO week holding the month's 1st (first week), 8th (second) or last day (last week): a week value
    # keeps what the words say, a week, where "the month with mod START" would widen it to a third of the month.
    ("It was cold in the first week of March.", {"the first week of March": "2013-W09"}),  # Mar 1 is a Friday
    ("It was hot in the last week of June.", {"the last week of June": "2012-W26"}),
    ("It was cold the second week of January.", {"the second week of January": "2013-W02"}),
    ("It was cold the 2nd week of May 2010.", {"the 2nd week of May 2010": "2010-W18"}),
    ("They will meet in the first week of March.", {"the first week of March": "2013-W09"}),
    ("They will meet in the last week of June.", {"the last week of June": "2013-W26"}),
    # "the last week" alone is still the week before this one; a week of something else is not dated
    ("It was cold in the last week.", {"the last week": "2013-W06"}),
    ("The third week of the trial began.", {}),
]

SHORT_DATES = [  # month/day without a year, after a preposition of dates: a yearless month-day
    ("They met on 11/6.", {"11/6": "2012-11-06"}),
    ("The store will close on 12/25.", {"12/25": "2013-12-25"}),
    ("Pay by 12/25.", {"12/25": "2012-12-25"}),  # "by": the nearest 12/25 within half a year either way
    ("The sale runs until 1/15.", {"1/15": "2013-01-15"}),
    # no preposition, a fraction, an impossible day, a two-digit year
    ("The 12/25 ratio held.", {}),
    ("Costs fell by 1/3.", {}),
    ("It will close on 3/4 of the days.", {}),
    ("They met on 13/45.", {}),
    ("They met on 12/25/13.", {"12/25/13": "2013-12-25"}),  # two-digit years read (issue 10: 5/6/17)
]

RECURRING_DAYS = [  # a plural weekday is every such day
    ("The show airs Thursdays.", {"Thursdays": "XXXX-WXX-4"}),
    ("He runs on Mondays.", {"Mondays": "XXXX-WXX-1"}),
    ("The show airs Sundays at 8 p.m.", {"Sundays at 8 p.m.": "XXXX-WXX-7T20:00"}),
    ("He came Monday.", {"Monday": "2013-02-11"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DAY_AND_TIME + PLANS + DECADES + SPOKEN_TIMES + WEEKS_OF_MONTH + SHORT_DATES + RECURRING_DAYS,
)
def test_expression_and_value(text, expected):
    assert values(text) == expected


def test_a_day_and_time_is_one_time_mention():
    (mention,) = tag("The meeting is tomorrow at 5pm.", TUESDAY)
    assert mention.type == "TIME"


@pytest.mark.parametrize(
    ("text", "mod"), [("By the end of the decade, sales will double.", "END"), ("The decade was hard.", None)]
)
def test_the_end_of_the_decade_is_the_decade_with_mod_end(text, mod):
    (mention,) = tag(text, TUESDAY)
    assert (mention.value.value, mention.value.mod) == ("201", mod)


def test_a_plural_weekday_is_a_set_without_bounds():
    (mention,) = tag("The show airs Thursdays.", TUESDAY)
    assert (mention.type, mention.value.earliest, mention.value.latest) == ("SET", None, None)


def test_a_week_of_a_month_is_the_iso_week_holding_its_day():
    """The first week of March is the ISO week holding March 1 (the second: March 8; the last: the month's
    last day), not March with mod START: a week value keeps the span the words give, a week, where a month
    with a mod would widen it to a third of the month; its bounds run Monday to Sunday, so a week may start
    in the month before."""
    (mention,) = tag("It was cold in the first week of March.", TUESDAY)
    assert (mention.value.value, mention.value.earliest, mention.value.latest) == (
        "2013-W09",
        dt.date(2013, 2, 25),
        dt.date(2013, 3, 3),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # said on Tuesday 2013-02-12
        ("The fair takes place on June 9.", {"June 9": "2013-06-09"}),  # a schedule, said four months before
        ("Might bump into you during my reservist in May?", {"May": "2013-05"}),
        ("The fair took place on June 9.", {"June 9": "2012-06-09"}),  # past: last June
        ("Record sales in June.", {"June": "2013-06"}),  # no tense, less than four months ahead
        ("Record sales in October.", {"October": "2012-10"}),  # no tense, more than four months ahead: the last
    ],
)
def test_an_untensed_yearless_date_up_to_four_months_ahead_is_this_years(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past clause may tell of next month (a plan reported), not of a month further ahead
        ("He was arrested in April.", "2012-04"),
        ("Er wurde im April festgenommen.", "2012-04"),
        ("They told of a cutback in March.", "2013-03"),
        # an untensed month close ahead stays this year's
        ("The fair is in April.", "2013-04"),
    ],
)
def test_a_past_clause_reaches_a_month_ahead_only_as_far_as_the_next(text: str, expected: str) -> None:
    language = "de" if text.startswith("Er ") else "en"
    (mention,) = tag(text, TUESDAY, language)
    assert mention.value is not None and mention.value.value == expected
