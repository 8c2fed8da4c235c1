"""schema.org ``Event`` JSON-LD for each event, safe to place inside ``<script type="application/ld+json">``."""

from __future__ import annotations

import json
from typing import Any

from timeline.models import ArticleInfo, Event, Timeline
from timeline.render.dates import machine_date
from timeline.render.ordering import sorted_events
from timeline.render.safety import clean_text, inert_json, link_url

# Inside a script element the HTML parser only looks for "</script" (and "<!--"); escaping every
# "<", ">" and "&" as JSON \u escapes makes a breakout impossible whatever the text holds.
SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
PLANNED_STATUS = "https://schema.org/EventScheduled"


def json_ld(timeline: Timeline) -> dict[str, Any]:
    articles = {article.id: article for article in timeline.articles}
    return {
        "@context": "https://schema.org",
        "@graph": [_event(event, articles) for event in sorted_events(timeline.events)],
    }


def script_element(timeline: Timeline) -> str:
    text = json.dumps(json_ld(timeline), ensure_ascii=False, indent=1, sort_keys=True)
    for character, escape in SCRIPT_ESCAPES.items():
        text = text.replace(character, escape)
    return f'<script type="application/ld+json">\n{inert_json(text)}\n</script>'


def _event(event: Event, articles: dict[str, ArticleInfo]) -> dict[str, Any]:
    entry: dict[str, Any] = {"@type": "Event", "name": clean_text(event.text), "identifier": clean_text(event.id)}
    start = machine_date(event.date)
    if start:
        entry["startDate"] = start
    if event.date.latest and event.date.latest != event.date.earliest:
        entry["endDate"] = event.date.latest.isoformat()
    if event.status == "planned":
        entry["eventStatus"] = PLANNED_STATUS
    cited = [
        articles[article_id] for article_id in dict.fromkeys(s.article for s in event.sources) if article_id in articles
    ]
    if cited:
        entry["subjectOf"] = [_article(article) for article in cited]
    return entry


def _article(article: ArticleInfo) -> dict[str, Any]:
    entry: dict[str, Any] = {"@type": "NewsArticle"}
    if article.title:
        entry["headline"] = clean_text(article.title)
    if article.outlet:
        entry["publisher"] = {"@type": "Organization", "name": clean_text(article.outlet)}
    if article.published.date:
        entry["datePublished"] = article.published.date.isoformat()
    url = link_url(article.url)
    if url:
        entry["url"] = url
    return entry
