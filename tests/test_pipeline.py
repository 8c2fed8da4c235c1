"""build_timeline end to end over hand-made articles, with the real temporal engine."""

from __future__ import annotations

import datetime as dt
import random

from timeline import temporal
from timeline.languages import codes
from timeline.lexicon import clause_words
from timeline.models import Article, InputRecord, Published
from timeline.pipeline import build_timeline
from timeline.render import render

EVENT_OFFSET_DAYS = clause_words().event_offset_days


def article(article_id: str, text: str, published: str | None) -> Article:
    date = dt.date.fromisoformat(published) if published else None
    return Article(id=article_id, text=text, published=Published(date=date, method="metadata" if date else None))


DATED_A = article(
    "a",
    "Three years to the day Russia invaded Ukraine in 2022, on Feb 24, Mr Putin, in a phone call to his Chinese "
    "counterpart, gave an update on Russia's talks with the US. Mr Xi said so, according to a read-out released by "
    "the Chinese Foreign Ministry on Feb 24.",
    "2025-02-26",
)
DATED_B = article(
    "b",
    "China's leader praised ties after a video call with President Vladimir Putin on Monday. "
    "Mr. Putin also spoke with the leader of Tajikistan on Monday. "
    "Mr. Xi is set to visit Moscow in May.",
    "2025-02-24",
)
UNDATED_WITH_ANNIVERSARY = article(
    "c",
    "Xi Jinping assured Vladimir Putin on Monday during a phone call, coinciding with the third anniversary of "
    "Russia's invasion of Ukraine.",
    None,
)
UNDATED_ALONE = article("d", "Xi praised the partnership in a phone call with Putin on Tuesday.", None)
CORPUS = [DATED_A, DATED_B, UNDATED_WITH_ANNIVERSARY, UNDATED_ALONE]
INPUTS = [InputRecord(path=f"{a.id}.txt", status="read", articles=[a.id]) for a in CORPUS]


def events_citing(timeline, article_id: str):
    return [e for e in timeline.events if any(s.article == article_id for s in e.sources)]


def test_the_same_call_told_by_three_articles_is_one_event_and_other_events_that_day_stay_apart() -> None:
    timeline = build_timeline(CORPUS, INPUTS)
    calls = [e for e in timeline.events if {"a", "b", "c"} <= {s.article for s in e.sources}]
    assert len(calls) == 1
    assert calls[0].date.value == "2025-02-24"
    on_the_day = [e for e in timeline.events if e.date.value == "2025-02-24"]
    assert any("read-out" in e.text for e in on_the_day if e is not calls[0])
    assert any("Tajikistan" in e.text for e in on_the_day if e is not calls[0])


def test_the_invasion_is_dated_to_the_day_by_the_anniversary_sentence() -> None:
    timeline = build_timeline(CORPUS, INPUTS)
    (invasion,) = [e for e in timeline.events if "invaded" in e.text]
    assert invasion.date.value == "2022-02-24"


def test_an_undated_article_gets_its_date_from_the_anniversary_and_says_so() -> None:
    timeline = build_timeline(CORPUS, INPUTS)
    info = {a.id: a for a in timeline.articles}
    assert info["c"].published.date == dt.date(2025, 2, 24)
    assert info["c"].published.method == "inferred"
    assert "2022-02-24 per a" in info["c"].published.evidence
    anchors = [s.anchor for e in events_citing(timeline, "c") for s in e.sources if s.article == "c"]
    assert "published 2025-02-24 (publish date inferred)" in anchors


def test_an_undated_article_with_nothing_to_tie_it_stays_undated_and_its_weekday_unanchored() -> None:
    timeline = build_timeline(CORPUS, INPUTS)
    assert next(a for a in timeline.articles if a.id == "d").published.date is None
    assert [(u.expression, u.reason) for u in timeline.unanchored if u.article == "d"] == [
        ("Tuesday", "no publish date")
    ]


def test_planned_events_are_marked_planned() -> None:
    timeline = build_timeline(CORPUS, INPUTS)
    (visit,) = [e for e in timeline.events if "Moscow" in e.text]
    assert (visit.status, visit.date.value) == ("planned", "2025-05")


def test_nothing_is_lost_every_article_and_every_expression_is_accounted_for() -> None:
    timeline = build_timeline(CORPUS, INPUTS, title="Xi and Putin")
    assert timeline.title == "Xi and Putin"
    assert [a.id for a in timeline.articles] == ["a", "b", "c", "d"]
    assert timeline.inputs == INPUTS
    placed = sorted(
        [(s.article, s.start) for e in timeline.events for s in e.sources]
        + [(u.article, u.start) for u in timeline.unanchored]
    )
    tagged = sorted((a.id, m.start) for a in CORPUS for m in temporal.recognize(a.text))
    assert placed == tagged


def test_the_output_is_byte_identical_across_runs_and_input_orders() -> None:
    first = render(build_timeline(CORPUS, INPUTS), "json")
    assert render(build_timeline(CORPUS, INPUTS), "json") == first
    shuffled = random.Random(7).sample(CORPUS, len(CORPUS))
    assert render(build_timeline(shuffled, INPUTS), "json") == first


def test_events_are_sorted_by_earliest_latest_then_id() -> None:
    events = build_timeline(CORPUS, INPUTS).events
    keys = [(e.date.earliest, e.date.latest, e.id) for e in events]
    assert keys == sorted(keys)


def test_a_sentence_without_a_date_is_dated_from_the_event_it_is_counted_from() -> None:
    partnership = article(
        "e", "Shortly before the invasion of Ukraine, Mr. Xi and Mr. Putin heralded a partnership.", None
    )
    timeline = build_timeline([DATED_A, partnership], INPUTS[:1])
    (event,) = events_citing(timeline, "e")
    invasion = dt.date(2022, 2, 24)
    window = (invasion - dt.timedelta(days=EVENT_OFFSET_DAYS["shortly"]), invasion - dt.timedelta(days=1))
    assert (event.date.earliest, event.date.latest) == window
    assert "per a" in (event.sources[0].anchor or "")


def test_a_sentence_counted_from_an_event_no_article_dates_stays_undated() -> None:
    partnership = article(
        "e", "Shortly before the summit in Tianjin, Mr. Xi and Mr. Putin heralded a partnership.", None
    )
    timeline = build_timeline([DATED_A, partnership], INPUTS[:1])
    assert events_citing(timeline, "e") == []


def test_article_in_a_language_without_a_grammar_is_listed_with_a_warning_not_misread_as_english():
    finnish = Article(
        id="fi",
        text="Xi Jinping soitti maanantaina Putinille. Ukrainan hyökkäys alkoi 24. helmikuuta 2022.",
        language="fi",
        published=Published(date=dt.date(2025, 2, 24), method="metadata"),
    )
    timeline = build_timeline([finnish, DATED_B], [])
    assert [a.id for a in timeline.articles] == ["b", "fi"]
    assert all("fi" not in [s.article for s in event.sources] for event in timeline.events)
    (listed,) = (a for a in timeline.articles if a.id == "fi")
    assert listed.warnings == [
        f"written in 'fi', and timeline reads dates in {', '.join(codes())} only: none of its dates are in the timeline"
    ]
    assert "— written in 'fi', and timeline reads dates in " in render(timeline, "markdown")
