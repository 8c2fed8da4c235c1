"""Resolution alone: hand-built meanings (what recognition would hand over) against a publish date."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from timeline.models import (
    AnniversaryMeaning,
    DateMeaning,
    DurationMeaning,
    Meaning,
    Mention,
    QuarterRefMeaning,
    ReferenceTimeMeaning,
    ShiftMeaning,
    TimexType,
    WeekdayMeaning,
)
from timeline.temporal import Found, resolve

WEDNESDAY = dt.date(2025, 2, 26)


def mentions(*meanings: Meaning) -> list[Found]:
    """One expression per meaning, ten characters apart, in order (resolution never reads their text)."""
    return [Found(10 * k, 10 * k + 5, TimexType.DATE, meaning) for k, meaning in enumerate(meanings)]


def resolved(found: list[Found], published: dt.date | None) -> list[Mention]:
    return list(resolve(found, published, text="m" * 10 * len(found)))


def values(*meanings: Meaning, published: dt.date | None = WEDNESDAY) -> list[str | None]:
    return [m.value.value if m.value else m.reason for m in resolved(mentions(*meanings), published)]


def test_a_yearless_date_takes_the_year_its_clause_tense_says() -> None:
    assert values(DateMeaning(month=12, day=7)) == ["2024-12-07"]
    assert values(DateMeaning(month=12, day=7, tense="future")) == ["2025-12-07"]


def test_a_bare_weekday_looks_back_unless_the_clause_is_future() -> None:
    assert values(WeekdayMeaning(weekday=1)) == ["2025-02-24"]
    assert values(WeekdayMeaning(weekday=1, tense="future")) == ["2025-03-03"]
    assert values(WeekdayMeaning(weekday=5, direction=1)) == ["2025-02-28"]


def test_a_deictic_shift_counts_from_the_publish_date_an_anaphoric_one_from_the_text() -> None:
    three_years_ago = ShiftMeaning(unit="Y", amount=-3, anchor="published", counted=True)
    assert values(three_years_ago) == ["2022"]
    two_days_later = ShiftMeaning(unit="D", amount=2, anchor="reference", counted=True)
    assert values(DateMeaning(year=1999, month=5, day=1), two_days_later) == ["1999-05-01", "1999-05-03"]


def test_a_year_opening_the_story_gives_the_next_yearless_month_its_year() -> None:
    assert values(DateMeaning(year=1995, sets_scene=True), DateMeaning(month=3)) == ["1995", "1995-03"]
    assert values(DateMeaning(year=1995), DateMeaning(month=3)) == ["1995", "2025-03"]


def test_a_range_end_is_on_or_after_the_date_that_opens_it() -> None:
    opened = DateMeaning(year=2024, month=11, day=20)
    assert values(opened, DateMeaning(month=1, day=5, ends_range=True)) == ["2024-11-20", "2025-01-05"]


def test_until_then_is_the_time_the_text_last_named() -> None:
    assert values(ReferenceTimeMeaning()) == ["the text named no time before it"]
    assert values(DateMeaning(year=2001, month=9), ReferenceTimeMeaning()) == ["2001-09", "2001-09"]


def test_the_quarter_is_the_last_one_reported() -> None:
    assert values(QuarterRefMeaning()) == ["2024-Q4"]


def test_labels_keep_their_value_and_mod() -> None:
    (mention,) = resolved(mentions(DurationMeaning(value="P3Y", mod="APPROX")), WEDNESDAY)
    assert (mention.value.value, mention.value.mod) == ("P3Y", "APPROX")


def test_an_anniversary_takes_a_dated_partner_in_its_sentence() -> None:
    anniversary = AnniversaryMeaning(years=3, sentence_start=-1, sentence_end=100)
    assert values(anniversary, DateMeaning(year=2025, month=2, day=24)) == ["2022-02-24", "2025-02-24"]


def test_without_a_publish_date_deictic_meanings_say_why() -> None:
    assert values(WeekdayMeaning(weekday=1), published=None) == ["no publish date"]


def test_a_meaning_rejects_a_key_its_kind_does_not_have() -> None:
    with pytest.raises(ValidationError, match="weekday"):
        ShiftMeaning(unit="D", amount=1, anchor="published", weekday=3)  # type: ignore[call-arg]
