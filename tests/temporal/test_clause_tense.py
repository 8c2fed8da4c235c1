"""Tense decided clause by clause; anaphoric expressions need an antecedent."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

FRIDAY = dt.date(2019, 5, 3)


def values(text: str, published: dt.date | None = FRIDAY) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else m.reason) for m in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one clause's "will" does not decide the other's tense
            "Insurers paid €12,000 on Tuesday, and the façade will be repainted next month.",
            {"Tuesday": "2019-04-30", "next month": "2019-06"},
        ),
        ("The team will play on Tuesday, but it lost on Sunday.", {"Tuesday": "2019-05-07", "Sunday": "2019-04-28"}),
        # reported speech keeps its clause's tense: the saying was past, the paying ahead
        ("The firm said on Tuesday it will pay on Saturday.", {"Tuesday": "2019-04-30", "Saturday": "2019-05-04"}),
        ("He said the company will pay on Tuesday.", {"Tuesday": "2019-05-07"}),
    ],
)
def test_each_clause_has_its_own_tense(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text", ["Workers protested two days later.", "They met the year before.", "A year earlier, sales fell."]
)
def test_an_anaphor_without_antecedent_is_unanchored_with_its_reason(text):
    (reason,) = values(text).values()
    assert reason is not None and "not named yet" in reason


def test_an_anaphor_counts_from_the_time_the_text_named():
    found = values("On May 1 they met. Two days later they left. In 2010 sales rose; the year before, they fell.")
    assert found["Two days later"] == "2019-05-03"
    assert found["the year before"] == "2009"


def test_plans_look_ahead_even_in_a_past_clause():
    found = values("I was planning to go to camp in July.", dt.date(2015, 4, 19))
    assert found == {"July": "2015-07"}


def test_a_past_clause_counts_from_what_was_told_not_from_a_plan():
    wednesday = dt.date(2019, 3, 6)
    text = "Police raided his flat on March 1. Smith will appear in court on March 13. Two days later, he was charged."
    assert values(text, wednesday)["Two days later"] == "2019-03-03"
    planned = "Smith will appear in court on March 13. The next day, the jury will deliberate."
    assert values(planned, wednesday)["The next day"] == "2019-03-14"  # a plan counts from the plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # said on Friday 2019-05-03
        ("He was remanded in custody until a hearing on Monday.", {"Monday": "2019-05-06"}),
        ("He was held until a preliminary court hearing on Tuesday, police said.", {"Tuesday": "2019-05-07"}),
        ("He was hit by a car on Monday.", {"Monday": "2019-04-29"}),  # no waiting: the clause's own past
        ("Senators huddled behind closed doors ahead of Tuesday's vote.", {"Tuesday": "2019-05-07"}),
        ("Lawmakers are racing to finish the bill ahead of Monday's vote.", {"Monday": "2019-05-06"}),
        ("The shop was closed until Monday.", {"Monday": "2019-04-29"}),  # no event awaited: the clause's past
    ],
)
def test_a_weekday_dating_what_a_past_clause_waits_for_lies_ahead(text, expected):
    assert values(text) == expected


THURSDAY = dt.date(2025, 3, 13)  # the weekend before is 8-9 March (2025-W10), the coming one 15-16 March


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands marched in the capital this weekend.", {"this weekend": "2025-W10-WE"}),
        ("Tens of thousands have rallied in Lisbon this weekend.", {"this weekend": "2025-W10-WE"}),
        ("Thousands march in the capital this weekend.", {"this weekend": "2025-W11-WE"}),
        ("The march is planned for this weekend.", {"this weekend": "2025-W11-WE"}),
    ],
)
def test_this_weekend_said_midweek_is_the_one_gone_by_in_past_narration(text, expected):
    assert values(text, THURSDAY) == expected
