"""Clauses dated from an event the corpus dates: "shortly before the invasion of Ukraine"."""

from __future__ import annotations

import datetime as dt

from timeline_factories import day, fact, mention_of

from timeline.event_relative import date_event_offsets, event_offsets
from timeline.infer import DatedFacts
from timeline.lexicon import clause_words
from timeline.models import Mod, TimexType

EVENT_OFFSET_DAYS = clause_words().event_offset_days

DATED = DatedFacts([fact("Russia invaded Ukraine on Feb 24, 2022", day("2022-02-24"), "000")])
NO_LIMITS = "Shortly before the invasion of Ukraine, Mr. Xi and Mr. Putin heralded a “no limits” partnership."


def test_shortly_before_a_dated_event_is_a_window_ending_the_day_before_it() -> None:
    [mention] = date_event_offsets(NO_LIMITS, [], DATED)
    assert mention.text == "Shortly before the invasion of Ukraine"
    assert mention.type == TimexType.DATE and mention.value is not None
    width = dt.timedelta(days=EVENT_OFFSET_DAYS["shortly"] - 1)
    assert mention.value.latest == dt.date(2022, 2, 23)
    assert mention.value.earliest == mention.value.latest - width
    assert (mention.value.mod, mention.value.approximate) == (Mod.BEFORE, True)
    assert "invasion of Ukraine" in (mention.anchor or "") and "2022-02-24 per 000" in (mention.anchor or "")


def test_after_a_dated_event_is_a_window_starting_the_day_after_it() -> None:
    text = "Weeks after the invasion, sanctions followed."
    [mention] = date_event_offsets(text, [], DATED)
    assert mention.value is not None and mention.value.earliest == dt.date(2022, 2, 25)
    assert mention.value.latest == dt.date(2022, 2, 24) + dt.timedelta(days=EVENT_OFFSET_DAYS["weeks"])
    assert mention.value.mod == Mod.AFTER


def test_a_counted_offset_counts_units_from_the_event_and_replaces_the_duration_inside_it() -> None:
    text = "Two weeks after the invasion, talks began in Belarus."
    duration = mention_of(text, "Two weeks", None, type=TimexType.DURATION)
    [mention] = date_event_offsets(text, [duration], DATED)
    assert mention.text == "Two weeks after the invasion"
    assert mention.value is not None and mention.value.value == "2022-W10"  # the week of 10 March


def test_an_event_no_article_dates_changes_nothing() -> None:
    text = "Shortly before the summit in Tianjin, the ministers met."
    existing = [mention_of(text, "Shortly", None, type=TimexType.DURATION)]
    assert event_offsets(text)  # the phrase is there, but no dated fact tells of a summit
    assert date_event_offsets(text, existing, DATED) == existing


def test_the_event_phrase_ends_before_the_words_that_follow_it() -> None:
    [offset] = event_offsets("solidified weeks before the invasion with a “no limits” agreement")
    assert (offset.event, offset.direction, offset.vague) == ("invasion", "before", "weeks")
    [offset] = event_offsets("A report issued shortly after the invasion concluded that officials knew.")
    assert offset.text == "shortly after the invasion"


def test_a_sentence_with_its_own_date_keeps_it() -> None:
    text = "Weeks before the invasion, on Feb. 4, 2022, Mr. Xi and Mr. Putin declared a partnership."
    own = [mention_of(text, "on Feb. 4, 2022", day("2022-02-04"))]
    assert date_event_offsets(text, own, DATED) == own


def test_a_date_in_another_sentence_does_not_keep_the_offset_from_dating_its_own() -> None:
    text = "They met on Feb. 4, 2022. Weeks before the invasion, they declared a partnership."
    own = mention_of(text, "on Feb. 4, 2022", day("2022-02-04"))
    assert [m.text for m in date_event_offsets(text, [own], DATED)] == [own.text, "Weeks before the invasion"]


def test_an_event_named_by_a_word_that_is_also_a_verb_is_still_found() -> None:
    [offset] = event_offsets("Days after the calls between the leaders, trade rose.")
    assert offset.event == "calls between the leaders"
