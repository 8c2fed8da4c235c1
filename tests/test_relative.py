"""'<duration> after X' dates X from the sentence's own date."""

from __future__ import annotations

import datetime as dt

from timeline_factories import day, mention_of

from timeline.facts import extract_facts
from timeline.models import Article, InputRecord, Mod, Published, TimeValue, TimexType
from timeline.pipeline import build_timeline
from timeline.relative import date_relative_durations
from timeline.temporal import Kind

PUBLISHED = dt.date(2025, 2, 26)


def duration(text: str, expression: str, value: str, mod: str | None = None):
    meaning = {"kind": "duration", "value": value, **({"mod": mod} if mod else {})}
    return mention_of(
        text, expression, TimeValue(value=value, type=TimexType.DURATION), type=TimexType.DURATION, meaning=meaning
    )


def test_a_week_after_x_dates_x_a_week_before_the_publish_date() -> None:
    text = "Barely a week after Washington and Moscow appeared to make nice - Xi and Putin spoke."
    (mention,) = date_relative_durations(text, [duration(text, "Barely a week", "P1W", "APPROX")], PUBLISHED)
    assert mention.text == "Barely a week after"
    assert mention.value.value == "2025-W08"
    assert mention.value.approximate and mention.value.mod == Mod.APPROX
    assert mention.value.latest < PUBLISHED
    assert mention.anchor == "P1W after (counted from published 2025-02-26)"
    facts, unanchored = extract_facts(Article(id="a", text=text), [mention])
    assert [f.text for f in facts] == ["Washington and Moscow appeared to make nice"]
    assert unanchored == []


def test_less_than_two_weeks_after_spans_the_whole_gap_before_the_sentence_date() -> None:
    text = "The call on Monday came less than two weeks after Mr. Trump called Mr. Putin."
    mentions = [
        mention_of(text, "on Monday", day("2025-02-24"), anchor="published 2025-02-24"),
        duration(text, "less than two weeks", "P2W", "LESS_THAN"),
    ]
    relative = date_relative_durations(text, mentions, dt.date(2025, 2, 24))[1]
    assert (relative.value.earliest, relative.value.latest) == (dt.date(2025, 2, 10), dt.date(2025, 2, 23))
    assert relative.anchor == "P2W after (counted from 'on Monday' 2025-02-24)"


def test_a_duration_before_x_dates_x_after_the_sentence_date() -> None:
    text = "He resigned three days before the vote."
    (mention,) = date_relative_durations(text, [duration(text, "three days", "P3D")], PUBLISHED)
    assert mention.value.value == "2025-03-01"


def test_durations_not_followed_by_after_or_before_stay_durations() -> None:
    text = "The war has lasted three years. It ended a week after, we hope."
    mentions = [duration(text, "three years", "P3Y")]
    assert date_relative_durations(text, mentions, PUBLISHED) == mentions


def test_without_any_date_to_count_from_the_duration_stays_unanchored() -> None:
    text = "A week after the vote, he resigned."
    mentions = [duration(text, "A week", "P1W")]
    assert date_relative_durations(text, mentions, None) == mentions


def test_zero_days_after_x_dates_x_on_the_sentence_date_in_a_build() -> None:
    # A zero count once built an inverted period (earliest the day after, latest the day before) and the
    # article was lost to "ValueError: earliest ... after latest".
    text = "Talks opened on Monday, February 24, 2025, 0 days after the call between the two leaders."
    article = Article(
        id="zero",
        text=text,
        language="en",
        published=Published(date=PUBLISHED, method="given", evidence="--published 2025-02-26"),
    )
    timeline = build_timeline([article], [InputRecord(path="zero.txt", status="read", articles=["zero"])])
    assert timeline.articles[0].warnings == []
    assert all(record.status == "read" for record in timeline.inputs)
    called = [event for event in timeline.events if "call between the two leaders" in event.text]
    assert [(event.date.earliest, event.date.latest) for event in called] == [(dt.date(2025, 2, 24),) * 2]


def test_the_words_after_a_duration_are_the_article_language_s() -> None:
    """German "nach" is "after": "zwei Wochen nach X" dates X two weeks before the sentence's date; the English
    "after" means nothing in a German text."""
    text = "Zwei Wochen nach dem Treffen in Riad telefonierten die beiden Präsidenten."
    (mention,) = date_relative_durations(text, [duration(text, "Zwei Wochen", "P2W")], PUBLISHED, language="de")
    assert mention.text == "Zwei Wochen nach"
    assert mention.anchor == "P2W nach (counted from published 2025-02-26)"
    english = "Zwei Wochen after dem Treffen telefonierten sie."
    unread = [duration(english, "Zwei Wochen", "P2W")]
    assert date_relative_durations(english, unread, PUBLISHED, language="de") == unread


def _history(text: str) -> Article:
    saved = dt.date(2009, 12, 19)  # a Wikipedia history saved in 2009
    published = Published(date=saved, method="given", evidence="--published 2009-12-19")
    return Article(id="civil-war", text=text, language="en", published=published)


def test_in_a_history_a_count_from_an_event_the_text_dates_dates_the_sentence() -> None:
    """A history (a Wikipedia article, read as one with --kind narrative) tells of its own time, not the day the page
    was saved: the sentence is dated from the event it counts from."""
    text = (
        "Confederate batteries bombarded Fort Sumter on April 12, 1861. "
        "Liberty Arsenal in Liberty, Missouri was seized eight days after Fort Sumter."
    )
    read = [InputRecord(path="war.txt", status="read", articles=["civil-war"])]
    timeline = build_timeline([_history(text)], read, kind=Kind.NARRATIVE)
    seized = [event for event in timeline.events if "Liberty Arsenal" in event.text]
    assert [event.date.value for event in seized] == ["1861-04-20"]
    assert seized[0].sources[0].expression == "eight days after Fort Sumter"


def test_in_a_history_a_count_from_an_event_the_text_does_not_date_is_unanchored_with_its_reason() -> None:
    text = "The war began in 1861. Liberty Arsenal in Liberty, Missouri was seized eight days after Fort Sumter."
    mentions = [
        mention_of(
            text,
            "1861",
            TimeValue(value="1861", type=TimexType.DATE, earliest=dt.date(1861, 1, 1), latest=dt.date(1861, 12, 31)),
        ),
        duration(text, "eight days", "P8D"),
    ]
    seized = date_relative_durations(text, mentions, dt.date(2009, 12, 19), kind=Kind.NARRATIVE)[1]
    assert seized.text == "eight days after Fort Sumter"
    assert seized.value is None  # not eight days before the page was saved
    assert seized.reason == "counted from 'Fort Sumter', which the text does not date"
