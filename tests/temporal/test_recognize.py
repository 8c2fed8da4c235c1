"""What recognition finds, with which span, and that no input makes it slow."""

from __future__ import annotations

import pytest

from timeline.temporal import recognize


def spans(text: str) -> list[str]:
    return [m.text for m in recognize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Feb. 24, 2025, at noon", ["Feb. 24, 2025", "noon"]),
        ("on 24 February 2025", ["24 February 2025"]),
        ("on 2025-02-24", ["2025-02-24"]),
        ("on 02/24/2025", ["02/24/2025"]),
        ("in the 1990s", ["the 1990s"]),
        ("in the 20th century", ["the 20th century"]),
        ("third-quarter profit", ["third-quarter"]),
        ("the fiscal first quarter", ["the fiscal first quarter"]),
        ("from the year-ago quarter", ["the year-ago quarter"]),
        ("fifty-three years", ["fifty-three years"]),
        ("twenty four hours", ["twenty four hours"]),
        ("in nineteen ninety-six", ["nineteen ninety-six"]),
        ("at 10 p.m. Wednesday", ["10 p.m. Wednesday"]),
        ("the late 1970s", ["the late 1970s"]),
        ("earlier this year", ["earlier this year"]),
    ],
)
def test_written_forms(text, expected):
    assert spans(text) == expected


def test_now_opening_an_argument_is_not_a_time():
    assert spans("Now, he says, the deal looks dead.") == []
    assert spans("Now the deal looks dead. It is dead now, he says.") == ["Now", "now"]


def test_a_title_cased_unit_names_a_show_not_a_week():
    assert spans('Baker said on ABC\'s "This Week With David Brinkley" that this week was calm.') == ["this week"]


def test_may_the_verb_is_not_a_month():
    assert spans("Prices may rise.") == []


def test_seasons_in_names_are_not_dates():
    assert spans("before the end of the Winter Olympics, unlike last winter") == ["last winter"]


def test_ages_and_rates_are_not_durations():
    assert spans("Mr. Smith, 52 years old, earns $2 million a year.") == []


def test_empty_text_gives_no_mentions():
    assert recognize("") == []


def test_adversarial_repetitions_are_read_as_their_parts():
    """Repeated near-expressions (the linearity benchmark's input, smaller) read as each repetition's dates."""
    texts = [m.text for m in recognize("May May 5 5 , , the the last last " * 10_000)]
    assert len(texts) == 19_999
    assert set(texts) == {"May 5", "last May"}


def test_long_digit_runs_are_not_dates_and_hide_nothing():
    text = "1" * 100_000 + " on 2025-02-24 " + "-1" * 50_000 + " in 1999"
    assert spans(text) == ["2025-02-24", "1999"]


def test_a_span_in_two_units_is_one_duration() -> None:
    (mention,) = recognize("He served two years and six months in prison.")
    assert (mention.text, mention.meaning.value) == ("two years and six months", "P2Y6M")
