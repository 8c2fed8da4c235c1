"""A multilingual corpus: German, Dutch and English articles about the same story merge their events."""

from __future__ import annotations

import datetime as dt

from timeline.facts import sentences
from timeline.models import Article, Published
from timeline.pipeline import build_timeline

PUBLISHED = Published(date=dt.date(2025, 2, 25), method="metadata")
ENGLISH = Article(
    id="en",
    language="en",
    text="Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Monday, "
    "the Kremlin said.",
    published=PUBLISHED,
)
GERMAN = Article(
    id="de",
    language="de",
    text="Der chinesische Präsident Xi Jinping hat am Montag mit Wladimir Putin telefoniert, teilte der Kreml mit.",
    published=PUBLISHED,
)
DUTCH = Article(
    id="nl",
    language="nl",
    text="De Chinese president Xi Jinping heeft maandag met de Russische president Poetin gebeld, meldt het Kremlin.",
    published=PUBLISHED,
)


def test_german_and_english_articles_on_one_call_make_one_event_each_quoted_in_its_own_language() -> None:
    (event,) = build_timeline([ENGLISH, GERMAN], []).events
    assert event.date.value == "2025-02-24"
    quotes = {source.article: source.quote for source in event.sources}
    assert quotes == {"en": ENGLISH.text, "de": GERMAN.text}


def test_a_dutch_article_dates_its_weekday_in_dutch() -> None:
    (event,) = build_timeline([DUTCH], []).events
    assert (event.date.value, event.sources[0].expression) == ("2025-02-24", "maandag")


def test_sentences_are_cut_with_the_article_languages_abbreviations() -> None:
    text = "Das Treffen ist am 3. März geplant, sagte Dr. Müller. Es folgt die Abstimmung."
    assert len(sentences(text, "de")) == 2
