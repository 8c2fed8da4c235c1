"""Everyday and historical forms the engine must read on unseen text, each with its value."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

SAVED = dt.date(2009, 12, 19)


def values(text: str, published: dt.date | None = SAVED) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else m.reason) for m in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The revolt broke out in 499 BC.", {"499 BC": "BC0499"}),
        ("Athens fell in 480 B.C. to the Persians.", {"480 B.C.": "BC0480"}),
        ("Caesar died in 44 BCE.", {"44 BCE": "BC0044"}),
        ("The battle was fought in August 480 BC.", {"August 480 BC": "BC0480-08"}),
        ("They sailed in the autumn of 481 BC.", {"the autumn of 481 BC": "BC0481-FA"}),
        ("Rome was founded in the 8th century BC.", {"the 8th century BC": "BC07"}),
        ("The temple was destroyed in AD 70.", {"AD 70": "0070"}),
        ("The temple was destroyed in 70 AD.", {"70 AD": "0070"}),
        ("It was built in 1066.", {"1066": "1066"}),
        ("The twenty-first century began badly.", {"The twenty-first century": "20"}),
        ("They met on the twenty-first of May 1999.", {"twenty-first of May 1999": "1999-05-21"}),
    ],
)
def test_eras_centuries_and_ordinal_words(text, expected):
    assert values(text) == expected


def test_a_story_before_christ_dates_its_yearless_dates_before_christ():
    text = "The Persians landed in 490 BC. In the spring, they sailed home. By September, the army had left."
    assert values(text) == {"490 BC": "BC0490", "the spring": "BC0490-SP", "September": "BC0490-09"}


def test_ad_is_a_word_only_in_capitals():
    assert all("70" not in text for text in values("The ad 70 ran all week."))


FRIDAY = dt.date(2014, 10, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted Sat, Aug 3, 2019 11:30 AM by the editors", {"Sat, Aug 3, 2019 11:30 AM": "2019-08-03T11:30"}),
        ("Updated March 3, 2014, 10:15 p.m. EST", {"March 3, 2014, 10:15 p.m. EST": "2014-03-03T22:15"}),
        ("He sat, March 3 was cold.", {"March 3": "2014-03-03"}),
        ("We married on april 9 2016.", {"april 9 2016": "2016-04-09"}),
        ("We married on 9 april 2016.", {"9 april 2016": "2016-04-09"}),
        ("We married on may 9 2016.", {"may 9 2016": "2016-05-09"}),
        ("You may 2016 times try.", {}),  # neither a month (the verb) nor a year (a count of times)
        ("The sun will rise tmr at 6.", {"tmr": "2014-10-18"}),
        ("Training tdy, glad to be home.", {"tdy": "2014-10-17"}),
        ("Last nite was fun.", {"Last nite": "2014-10-16TNI"}),
        ("See you this sat!", {"this sat": "2014-10-18"}),
        ("The last sun rays fell.", {}),
        ("We queued 2.5 hrs for it.", {}),  # not "5 hrs": a decimal's digits count nothing
        ("Nxt yr we go again.", {"Nxt yr": "2015"}),
        ("trmw must wake up early to report to new unit", {"trmw": "2014-10-18"}),
        ("Karaoke tonite with the gang!", {"tonite": "2014-10-17TNI"}),
        ("party 2nite at my place!!", {"2nite": "2014-10-17TNI"}),
        ("c u 2moro at the mall", {"2moro": "2014-10-18"}),
        ("we stayed 2 nites in bintan", {}),  # a count of nights, no "2nite"
        ("how about friday night or sat?", {"friday night": "2014-10-17TNI", "sat": "2014-10-18"}),
        ("Had my papers on Mon and tues, so tired!", {"Mon": "2014-10-13", "tues": "2014-10-14"}),
        ("see u on tues", {"tues": "2014-10-14"}),
        ("every mon, wed, thur got parade", {"every mon": "XXXX-WXX-1", "wed": "XXXX-WXX-3", "thur": "XXXX-WXX-4"}),
        ("He sat down and the sun came out.", {}),  # "sat" and "sun" as words
    ],
)
def test_web_and_colloquial_forms(text, expected):
    assert values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value", "calendar"),
    [
        ("Eid al-Adha 2030 falls early.", "Eid al-Adha 2030", "2030-04-13", "AE"),
        ("Holi 2021 was colourful.", "Holi 2021", "2021-03-29", "IN"),
        ("Lunar New Year 2024 was joyful.", "Lunar New Year 2024", "2024-02-10", "CN"),
        ("Rosh Hashanah 2025 starts at sunset.", "Rosh Hashanah 2025", "2025-09-23", "IL"),
    ],
)
def test_feasts_of_other_calendars_with_the_calendar_recorded(text, expression, value, calendar):
    (mention,) = tag(text, SAVED)
    assert (mention.text, mention.value.value if mention.value else None) == (expression, value)
    assert f"{calendar} calendar of the holidays package" in (mention.anchor or "")


def test_a_feast_a_calendar_does_not_count_that_year_has_no_day():
    (mention,) = tag("Eid al-Fitr 1950 was quiet.", SAVED)
    assert mention.value is None and mention.reason is not None and "no such day" in mention.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fireworks lit the evening of New Year's Eve 2019.", {"the evening of New Year's Eve 2019": "2019-12-31TEV"}),
        ("Prices rose in mid-June 1944.", {"mid-June 1944": "1944-06"}),
    ],
)
def test_parts_of_named_days(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on 14-Feb-98.", {"14-Feb-98": "1998-02-14"}),
        ("We met on 5/6/17.", {"5/6/17": "2017-05-06"}),  # both could be the month: the English month first
        ("We met on 25/6/17.", {"25/6/17": "2017-06-25"}),  # 25 cannot be a month
        ("Pay by the 15th day of next month.", {"15th day of next month": "2019-06-15"}),
        ("Come the day after tomorrow at 9am.", {"the day after tomorrow at 9am": "2019-05-05T09:00"}),
        ("Our thanksgiving 2016 was fun.", {"thanksgiving 2016": "2016-11-24"}),
        ("Fireworks lit the evening of new year's eve 2019.", {"the evening of new year's eve 2019": "2019-12-31TEV"}),
        ("It was a good friday at the bar.", {"friday": "2019-05-03"}),  # in lower case, no holiday without a year
        ("The score was 1-2-3.", {}),
    ],
)
def test_numeric_and_spelled_out_forms(text, expected):
    assert values(text, dt.date(2019, 5, 3)) == expected


def test_years_counted_in_a_story_before_christ():
    found = values("The revolt broke out in 492 BC. The following year, the Persians sailed.")
    assert found == {"492 BC": "BC0492", "The following year": "BC0491"}


def test_this_period_before_any_quarter_is_no_quarter_in_a_history():
    (period,) = [m for m in tag("Throughout this period, the war went on.", SAVED) if m.text == "this period"]
    assert period.value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today's service was awesome.", {"Today": "2014-10-17"}),
        ("The offer ran in today's editions.", {"today": "2014-10-17"}),
        ("Fathers matter in today's world.", {}),  # the present age, no day
        ("They are the chips of today's personal computers.", {}),
    ],
)
def test_todays_is_the_day_unless_it_is_the_present_age(text, expected):
    assert values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Event starts at 430pm @ Vivo.", {"430pm": "2014-12-20T16:30"}),
        ("Starts work at 7.30am sharp.", {"7.30am": "2014-12-20T07:30"}),
        ("A trip to the museum 27.03.15 with friends.", {"27.03.15": "2015-03-27"}),  # dots: the day first
        ("Version 1.2.3 is out.", {}),
        ("Merry Christmas!!!", {"Christmas": "2014-12-25"}),  # a greeting, not another calendar's Christmas
        ("They keep Orthodox Christmas later.", {}),
        ("#HWW1HR team met. CN1111FC class.", {}),  # digits inside codes and hashtags
        ("Sales in FY2010 rose.", {"2010": "2010"}),
    ],
)
def test_post_forms(text, expected):
    assert values(text, dt.date(2014, 12, 20)) == expected
