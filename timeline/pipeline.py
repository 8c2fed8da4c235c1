"""Articles in, one sorted and sourced Timeline out: the stages after ingestion, in order."""

from __future__ import annotations

from collections.abc import Iterable

from timeline import temporal
from timeline.facts import extract_facts
from timeline.infer import anniversaries, infer_published, mark_inferred
from timeline.merge import merge_facts
from timeline.models import Article, Event, Fact, InputRecord, Mention, Published, Timeline, Unanchored

INFERRED_WARNING = "publish date inferred from other articles"


def build_timeline(articles: Iterable[Article], inputs: Iterable[InputRecord], *, title: str | None = None) -> Timeline:
    """Tag, anchor (inferring missing publish dates from the corpus), extract facts, merge, sort."""
    ordered = sorted(articles, key=lambda a: a.id)
    recognized = [temporal.recognize(article.text) for article in ordered]
    resolved = [
        temporal.resolve(article.text, mentions, article.published.date)
        for article, mentions in zip(ordered, recognized, strict=True)
    ]
    ordered, resolved = _infer_missing_dates(ordered, recognized, resolved)
    facts: list[Fact] = []
    unanchored: list[Unanchored] = []
    for article, mentions in zip(ordered, resolved, strict=True):
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


def _infer_missing_dates(
    articles: list[Article], recognized: list[list[Mention]], resolved: list[list[Mention]]
) -> tuple[list[Article], list[list[Mention]]]:
    """Undated articles with an anniversary get a date from the events the dated articles tell."""
    undated = [i for i, a in enumerate(articles) if a.published.date is None and anniversaries(resolved[i])]
    if not undated:
        return articles, resolved
    events = _dated_events(articles, resolved)
    articles, resolved = list(articles), list(resolved)
    for i in undated:
        published = infer_published(resolved[i], events)
        if published is None:
            continue
        mentions = mark_inferred(temporal.resolve(articles[i].text, recognized[i], published.date))
        articles[i] = articles[i].model_copy(
            update={
                "published": _confirmed(published, mentions),
                "warnings": [*articles[i].warnings, INFERRED_WARNING],
            }
        )
        resolved[i] = mentions
    return articles, resolved


def _dated_events(articles: list[Article], resolved: list[list[Mention]]) -> list[Event]:
    facts = [
        fact
        for article, mentions in zip(articles, resolved, strict=True)
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
