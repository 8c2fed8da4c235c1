"""Each anchoring rule of DESIGN.md, pinned with its reference date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from timeline.models import Mod, TimexType
from timeline.temporal import find, recognize, resolve, tag

WEDNESDAY = dt.date(2025, 2, 26)


def values(text: str, published: dt.date | None = WEDNESDAY) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else None) for m in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained today.", {"today": "2025-02-26"}),
        ("It rained yesterday.", {"yesterday": "2025-02-25"}),
        ("It will rain tomorrow.", {"tomorrow": "2025-02-27"}),
        ("They met this month.", {"this month": "2025-02"}),
        ("They will meet next year.", {"next year": "2026"}),
        ("They met three years ago.", {"three years ago": "2022"}),
        ("Sales fell this spring.", {"this spring": "2025-SP"}),
        ("They met last Friday.", {"last Friday": "2025-02-21"}),
    ],
)
def test_deictic_expressions_anchor_to_the_publish_date(text, expected):
    assert values(text) == expected


def test_past_weekday_is_the_latest_on_or_before_publication():
    assert values("The minister resigned on Monday.") == {"Monday": "2025-02-24"}


def test_future_weekday_is_the_next_one():
    mention = tag("The minister will resign on Monday.", WEDNESDAY)[0]
    assert (mention.value.value, mention.future) == ("2025-03-03", True)


def test_future_weekday_named_on_that_weekday_is_the_same_day_unless_next():
    assert values("The vote will be held Wednesday.") == {"Wednesday": "2025-02-26"}
    assert values("The vote will be held next Wednesday.") == {"next Wednesday": "2025-03-05"}


def test_yearless_date_close_to_publication_outweighs_the_clause_tense():
    assert values("The stock of record March 10 was split, it said.") == {"March 10": "2025-03-10"}
    assert values("Officials will review what the panel settled on Feb. 11.") == {"Feb. 11": "2025-02-11"}
    assert values("Officials will meet on Dec. 7.") == {"Dec. 7": "2025-12-07"}


def test_the_quarter_in_a_past_clause_is_the_last_finished_one():
    published = dt.date(2025, 10, 30)
    text = "A loss is likely in the fourth quarter. Profit rose in the latest quarter."
    assert values(text, published) == {"the fourth quarter": "2025-Q4", "the latest quarter": "2025-Q3"}
    text = "A loss is likely in the fourth quarter. The quarter will be weak."
    assert values(text, published) == {"the fourth quarter": "2025-Q4", "The quarter": "2025-Q4"}


def test_a_year_earlier_after_a_span_of_months_is_the_year_before():
    published = dt.date(2025, 10, 30)
    text = (
        "Profit rose in the third quarter from a year earlier. For the first nine months, profit "
        "was $5 million, against $4 million a year earlier and $1 million in the year-ago quarter."
    )
    assert [(m.text, m.value.value) for m in tag(text, published)] == [
        ("the third quarter", "2025-Q3"),
        ("a year earlier", "2024-Q3"),
        ("the first nine months", "P9M"),
        ("a year earlier", "2024"),
        ("the year-ago quarter", "2024-Q3"),
    ]


def test_the_quarter_compared_with_does_not_become_the_quarter_told():
    published = dt.date(2025, 10, 30)
    text = "Net rose in the third quarter from the year-earlier third quarter. Sales rose from a year earlier."
    assert [m.value.value for m in tag(text, published)] == ["2025-Q3", "2024-Q3", "2024-Q3"]


def test_a_year_ago_compares_with_a_finished_quarter_not_a_forecast_one():
    published = dt.date(2025, 10, 30)
    text = "Losses will last through the third quarter of 2026. In the year-ago period, it earned $4 million."
    assert values(text, published) == {"the third quarter of 2026": "2026-Q3", "the year-ago period": "2024-Q3"}


def test_the_quarter_a_year_ago_is_one_expression():
    published = dt.date(2025, 10, 30)
    text = "Net rose in the third quarter. For the quarter a year ago, it made $4. That quarter last year was bad."
    assert values(text, published) == {
        "the third quarter": "2025-Q3",
        "the quarter a year ago": "2024-Q3",
        "That quarter last year": "2024-Q3",
    }


def test_counting_from_a_text_day_moves_by_the_unit_and_keeps_the_day():
    text = "The plant closed on Aug. 12, 2024. Profit fell from a year earlier. It reopened two weeks later."
    assert values(text) == {
        "Aug. 12, 2024": "2024-08-12",
        "a year earlier": "2023-08-12",
        "two weeks later": "2024-08-26",
    }


def test_the_quarter_ended_a_day_is_the_quarter_that_day_closed():
    published = dt.date(2025, 10, 30)
    assert values("In the quarter ended July 31, profit rose.", published)["the quarter"] == "2025-Q2"
    assert values("In the quarter ended Sept. 30, profit rose.", published)["the quarter"] == "2025-Q3"
    assert values("In the quarter ended Dec. 31, profit rose.", published)["the quarter"] == "2024-Q4"


def test_a_passive_participle_after_will_be_keeps_the_clause_future():
    published = dt.date(2025, 3, 4)
    assert values("She will be named commander for a mission in December.", published) == {"December": "2025-12"}


def test_a_weekday_with_a_plural_part_of_day_is_a_set():
    assert values("Flights leave on Tuesday nights and Friday mornings.") == {
        "Tuesday nights": "XXXX-WXX-2TNI",
        "Friday mornings": "XXXX-WXX-5TMO",
    }


def test_the_following_year_after_a_day_is_a_year():
    assert values("He arrived on May 22, 2024. The following year he left.")["The following year"] == "2025"


def test_the_corresponding_period_last_year_is_the_year_earlier_quarter():
    text = "Net rose in the third quarter from $4 million in the corresponding period last year."
    assert values(text, dt.date(2025, 10, 30))["the corresponding period last year"] == "2024-Q3"


def test_until_then_is_the_time_the_text_last_named():
    assert values("The offer ends on March 30. Until then, the stock stays listed.")["then"] == "2025-03-30"
    mention = tag("Until then, nothing changes.", WEDNESDAY)[0]
    assert (mention.value, mention.reason) == (None, "the text named no time before it")


def test_a_later_date_is_a_future_reference():
    assert values("The rest will be paid at a later date.") == {"a later date": "FUTURE_REF"}


def test_a_plural_part_of_day_is_shared_by_coordinated_weekdays():
    values_by_text = values("It flies on Monday and Tuesday nights.")
    assert values_by_text == {"Monday": "XXXX-WXX-1TNI", "Tuesday nights": "XXXX-WXX-2TNI"}
    assert values("He came Monday and Tuesday.") == {"Monday": "2025-02-24", "Tuesday": "2025-02-25"}


def test_past_month_without_year_is_the_latest_one():
    assert values("The deal was signed in December.", dt.date(2025, 2, 26)) == {"December": "2024-12"}


def test_anaphoric_expressions_follow_the_discourse_reference():
    text = "The talks opened on March 3, 2021. The next day they stalled, and two days later they collapsed."
    assert values(text) == {"March 3, 2021": "2021-03-03", "The next day": "2021-03-04", "two days later": "2021-03-06"}


def test_anaphoric_without_a_text_date_is_unanchored_never_counted_from_the_publish_date():
    mention = tag("Two days later they collapsed.", WEDNESDAY)[0]
    assert mention.value is None
    assert "not named yet" in (mention.reason or "")


def test_no_publish_date_leaves_deictic_expressions_unanchored_with_a_reason():
    mention = tag("The minister resigned on Monday.", None)[0]
    assert mention.value is None
    assert mention.reason == "no publish date"


def test_absolute_dates_need_no_publish_date():
    assert values("It opened on Feb. 24, 2025.", None) == {"Feb. 24, 2025": "2025-02-24"}


def test_fuzzy_modifier_widens_bounds_but_keeps_the_value():
    exact, about = (tag(text, WEDNESDAY)[0].value for text in ("in 2020", "about 2020"))
    assert about.value == exact.value == "2020"
    assert about.mod == Mod.APPROX and about.approximate
    assert about.earliest < exact.earliest and about.latest > exact.latest


def test_quarters_are_the_latest_begun_and_the_quarter_follows_the_text():
    text = "Profit rose in the third quarter. Sales in the quarter fell from a year earlier."
    assert values(text, dt.date(1989, 11, 2)) == {
        "the third quarter": "1989-Q3",
        "the quarter": "1989-Q3",
        "a year earlier": "1988-Q3",
    }


def test_durations_sets_and_references_have_no_bounds():
    mentions = tag("For six months, every year, prices have now risen.", WEDNESDAY)
    kinds = {m.text: (m.value.value, m.value.type, m.value.earliest) for m in mentions}
    assert kinds == {
        "six months": ("P6M", TimexType.DURATION, None),
        "every year": ("P1Y", TimexType.SET, None),
        "now": ("PRESENT_REF", TimexType.DATE, None),
    }


def test_resolve_is_separate_from_recognize():
    text = "They met yesterday."
    assert recognize(text)[0].value is None
    (mention,) = resolve(find(text), WEDNESDAY, text=text)
    assert mention.value.value == "2025-02-25"


def test_package_level_tag_is_the_engine_and_loaded_lazily():
    probe = "import sys, timeline; print('timeline.temporal' in sys.modules); print(timeline.tag.__module__)"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "timeline.temporal"]


def test_in_n_units_is_a_date_ahead_unless_the_clause_is_past():
    assert values("The bonds will be redeemed in five years.", dt.date(1989, 11, 2)) == {"five years": "1994"}
    mention = tag("The plant was built in two years.", WEDNESDAY)[0]
    assert (mention.value.value, mention.value.type) == ("P2Y", TimexType.DURATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They lived there for 2 1/2 years.", "P2Y6M"),
        ("It lasted a minute and a half.", "PT1M30S"),
        ("It lasted two hours.", "PT2H"),
        ("It took about a decade.", "P1E"),
        ("Prices doubled over the past decade.", "P10Y"),
        ("The shares fell for eight trading days.", "P8D"),
        ("It has stood for almost a hundred years.", "P100Y"),
        ("It has stood for one hundred years.", "P100Y"),
        ("The shares fell for 8 trading days.", "P8D"),
        ("The contract runs for an additional year.", "P1Y"),
        ("It was the invention of the past century.", "P100Y"),
    ],
)
def test_duration_values(text, expected):
    assert tag(text, WEDNESDAY)[0].value.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tower stood for centuries.", {"centuries": "PXC"}),
        ("He died within weeks or months of his capture.", {"weeks or months": "PXW"}),
        ("Over the years prices rose.", {"the years": "PXY"}),
        ("The firm, which just months ago was failing, is healthy.", {"months ago": "PXM"}),
        ("The months ahead look hard.", {"The months ahead": "PXM"}),
        ("Prisoners were taken in the first hours of the war.", {"the first hours": "PTXH"}),
        ("It made money after several quarters of losses.", {"several quarters": "PXQ"}),
        ("Three quarters of sales, criticised in some quarters of the party.", {}),
        ("We will have to live without it for a while.", {"a while": "PXX"}),
        ("Prices rose on days when it rained.", {}),
    ],
)
def test_bare_plural_units_after_a_preposition_are_vague_durations(text, expected):
    assert values(text) == expected


def test_hours_move_the_day_only_past_a_day():
    assert values("Today it broke. Two hours later it fell; 36 hours later it rose.") == {
        "Today": "2025-02-26",
        "Two hours later": "2025-02-26",
        "36 hours later": "2025-02-27",
    }


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        ("It opened on Feb. 30, 2025.", None, "no such day in that year (e.g. February 30)"),
        ("It happened some 3000 years ago.", None, "outside the calendar this tool handles (years 1 to 9999)"),
        ("It happened on Feb. 29.", "2024-02-29", None),
        ("It will happen on Feb. 29.", "2028-02-29", None),
    ],
)
def test_impossible_dates_say_why(text, value, reason):
    mention = tag(text, WEDNESDAY)[0]
    assert (mention.value.value if mention.value else None, mention.reason) == (value, reason)
