"""Articles in, one sorted and sourced Timeline out: the stages after ingestion, in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from timeline import temporal
from timeline.facts import extract_facts
from timeline.infer import anniversaries, date_anniversaries, infer_published, mark_inferred
from timeline.merge import merge_facts
from timeline.models import Article, Event, Fact, InputRecord, Mention, Published, Timeline, Unanchored
from timeline.relative import date_relative_durations

INFERRED_WARNING = "publish date inferred from other articles"


def build_timeline(articles: Iterable[Article], inputs: Iterable[InputRecord], *, title: str | None = None) -> Timeline:
    """Tag and anchor each article, date what only the corpus can date, extract facts, merge, sort."""
    ordered = sorted(articles, key=lambda a: a.id)
    recognized = [temporal.recognize(article.text) for article in ordered]
    anchored = [_anchor(a, mentions, a.published.date) for a, mentions in zip(ordered, recognized, strict=True)]
    if any(anniversaries(mentions) for mentions in anchored):
        ordered, anchored = _date_from_corpus(ordered, recognized, anchored)
    facts: list[Fact] = []
    unanchored: list[Unanchored] = []
    for article, mentions in zip(ordered, anchored, strict=True):
        article_facts, article_unanchored = extract_facts(article, mentions)
        facts += article_facts
        unanchored += article_unanchored
    return Timeline(
        title=title,
        articles=[article.info() for article in ordered],
        events=merge_facts(facts),
        unanchored=unanchored,
        inputs=list(inputs),
    )


def _anchor(article: Article, recognized: list[Mention], published: dt.date | None) -> list[Mention]:
    mentions = temporal.resolve(article.text, recognized, published)
    return date_relative_durations(article.text, mentions, published)


def _date_from_corpus(
    articles: list[Article], recognized: list[list[Mention]], anchored: list[list[Mention]]
) -> tuple[list[Article], list[list[Mention]]]:
    """Anniversaries of events the dated articles tell: they date undated articles and themselves."""
    events = _dated_events(articles, anchored)
    articles, anchored = list(articles), list(anchored)
    for i, article in enumerate(articles):
        published = infer_published(anchored[i], events) if article.published.date is None else None
        if published is not None:
            anchored[i] = mark_inferred(_anchor(article, recognized[i], published.date))
            articles[i] = article.model_copy(
                update={
                    "published": _confirmed(published, anchored[i]),
                    "warnings": [*article.warnings, INFERRED_WARNING],
                }
            )
        anchored[i] = date_anniversaries(anchored[i], events)
    return articles, anchored


def _dated_events(articles: list[Article], anchored: list[list[Mention]]) -> list[Event]:
    facts = [
        fact
        for article, mentions in zip(articles, anchored, strict=True)
        if article.published.date is not None
        for fact in extract_facts(article, mentions)[0]
    ]
    return merge_facts(facts)


def _confirmed(published: Published, mentions: list[Mention]) -> Published:
    """Evidence also names the article's own words that fall on the inferred day ("on Monday")."""
    same_day = sorted(
        {
            f"'{m.text}'"
            for m in mentions
            if m.value and m.value.earliest == published.date == m.value.latest and m.anchor != "absolute"
        }
    )
    if not same_day:
        return published
    return published.model_copy(update={"evidence": f"{published.evidence}; {', '.join(same_day)} then falls on it"})
