"""Common news expressions (holidays, the day after tomorrow, Q3 2014, the 90s, a week from today, the
morning of March 3, on the 15th), pinned with a Tuesday publish date and the tense of their clause."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.temporal import tag

TUESDAY = dt.date(2013, 2, 12)


def values(text: str) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else None) for m in tag(text, TUESDAY)}


HOLIDAYS = [  # a past clause: the latest one; a future clause: the next one
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
    ("They will meet at Easter.", {"Easter": "2013-03-31"}),
    ("They will meet on Good Friday.", {"Good Friday": "2013-03-29"}),
    ("They will meet on Presidents' Day.", {"Presidents' Day": "2013-02-18"}),
    ("They will meet on Valentine's Day.", {"Valentine's Day": "2013-02-14"}),
    ("They will meet at Christmas.", {"Christmas": "2013-12-25"}),
    ("Sales rose at Thanksgiving 2010.", {"Thanksgiving 2010": "2010-11-25"}),  # an explicit year wins
    ("He came last Christmas.", {"last Christmas": "2012-12-25"}),
    ("He will come next Christmas.", {"next Christmas": "2013-12-25"}),
    ("This Christmas will be cold.", {"This Christmas": "2013-12-25"}),
    (
        "Three years ago the plant closed. Workers marched on Labor Day.",
        {"Three years ago": "2010", "Labor Day": "2010-09-06"},
    ),
    # names are matched as written
    ("Eastern Airlines cut fares; Easter Island is remote.", {}),
    ("It was a good Friday for Presidents Obama and Hollande.", {"Friday": "2013-02-08"}),
    ("The christmas sales were weak.", {}),
    # another calendar's or country's holiday, on another day
    ("They met on Orthodox Christmas and Canadian Thanksgiving.", {}),
    ("Ukraine's Independence Day was tense.", {}),
    ("On Christmas it snowed.", {"Christmas": "2012-12-25"}),
]
DAYS = [
    ("He will come the day after tomorrow.", {"the day after tomorrow": "2013-02-14"}),
    ("He came the day before yesterday.", {"the day before yesterday": "2013-02-10"}),
    # "the day before" ending its phrase: a day from the reference time
    ("He arrived on Sunday and left the day before.", {"Sunday": "2013-02-10", "the day before": "2013-02-09"}),
    ("He arrived on Sunday. The day after was quiet.", {"Sunday": "2013-02-10", "The day after": "2013-02-11"}),
    # the day before an event: only "the day" is temporal (TimeBank wsj_0585)
    (
        "Prices fell after Oct. 12, the day before the stock market plunge.",
        {"Oct. 12": "2012-10-12", "the day": "2012-10-12"},
    ),
    ("He will come a week from today.", {"a week from today": "2013-02-19"}),
    ("He will come two weeks from tomorrow.", {"two weeks from tomorrow": "2013-02-27"}),
    ("He will come a year from today.", {"a year from today": "2014-02-12"}),  # a day, not a year
    ("He came the morning of March 3.", {"the morning of March 3": "2013-03-03TMO"}),
    ("He came the night of Christmas Eve.", {"the night of Christmas Eve": "2012-12-24TNI"}),
    ("He came the morning of the attack.", {"the morning": "2013-02-12TMO"}),
    ("He came on the 15th.", {"15th": "2013-01-15"}),  # past: the latest 15th
    ("He will come on the 5th.", {"5th": "2013-03-05"}),  # future: the next 5th
    ("On the 10th they met, and on the 11th it ended.", {"10th": "2013-02-10", "11th": "2013-02-11"}),
    ("He finished the 15th of 20 runners.", {}),
    ("In March 2012 he came on the 15th.", {"March 2012": "2012-03", "15th": "2012-03-15"}),
    ("It is the 15th anniversary.", {"the 15th anniversary": None}),
    ("It was built in the 15th century.", {"the 15th century": "14"}),
    ("He lives on the 15th floor.", {}),
]
PERIODS = [
    ("Sales rose in Q3 2014.", {"Q3 2014": "2014-Q3"}),
    ("Sales rose in 3Q 2014.", {"3Q 2014": "2014-Q3"}),
    ("Sales rose in Q3.", {"Q3": "2012-Q3"}),  # the latest third quarter begun
    ("The Q3X and Q5 models sold well.", {}),
    ("It boomed in the 90s.", {"the 90s": "199"}),
    ("It boomed in the nineties.", {"the nineties": "199"}),
    ("It boomed in the late 70s.", {"the late 70s": "197"}),
    ("He scored 90s; the 95s sold out.", {}),
]


# Rules added since: the cases live in a data file, grouped by the rule that reads them, each group saying why.
NEWS_CASES = [
    (text, expected)
    for group in json.loads(Path(__file__).with_name("news_cases.json").read_text(encoding="utf-8"))["groups"]
    for text, expected in group["cases"]
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS + DAYS + PERIODS + NEWS_CASES)
def test_expression_and_value(text, expected):
    assert values(text) == expected


def test_half_of_a_decade_is_the_decade_with_its_start_or_end():
    first, last = tag("Rates fell in the first half of the 1970s and the second half of the 1980s.", TUESDAY)
    assert (first.value.value, first.value.mod, last.value.value, last.value.mod) == ("197", "START", "198", "END")


def test_without_a_publish_date_a_yearless_holiday_is_unanchored():
    mention = tag("They met on Christmas Eve.", None)[0]
    assert (mention.value, mention.reason) == (None, "no publish date")
