"""A validated document, timeline or hand-curated events file, as the Timeline every renderer takes.

Curated events cite articles by what the curator knows of them (title, outlet, URL, date); here they
become ArticleInfo entries and Sources, so a curated file renders exactly like a built timeline.
A curated source has no article text, so its offsets are 0..0 and its anchor names the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from timeline.models import (
    ArticleInfo,
    CitedArticle,
    CuratedEvent,
    Event,
    EventsFile,
    Granularity,
    Published,
    Source,
    Timeline,
    TimeValue,
)
from timeline.validation import InvalidDocument, document_kind, problems

CURATED_ANCHOR = "events file"


def timeline_from_document(document: Any, *, source: str | None = None) -> Timeline:
    """The timeline a parsed document describes; InvalidDocument lists every schema problem."""
    found = problems(document)
    if found:
        raise InvalidDocument(found, source=source)
    if document_kind(document) == "timeline":
        return Timeline.model_validate(document)
    return timeline_from_events_file(EventsFile.model_validate(document))


def timeline_from_events_file(events_file: EventsFile) -> Timeline:
    articles: dict[CitedArticle, ArticleInfo] = {}
    for curated in events_file.events:
        for cited in curated.sources:
            key = cited.model_copy(update={"quote": None})
            articles.setdefault(key, _article(cited, len(articles) + 1))
    events = [_event(curated, articles) for curated in events_file.events]
    return Timeline(title=events_file.title, articles=list(articles.values()), events=events)


def _article(cited: CitedArticle, number: int) -> ArticleInfo:
    published = Published(date=cited.published, method="given") if cited.published else None
    return ArticleInfo(
        id=f"source-{number}",
        title=cited.title,
        outlet=cited.outlet,
        url=cited.url,
        published=published or Published(),
    )


def _event(curated: CuratedEvent, articles: dict[CitedArticle, ArticleInfo]) -> Event:
    sources = [
        Source(
            article=articles[cited.model_copy(update={"quote": None})].id,
            quote=cited.quote or "",
            expression=time_value(curated.date).value,
            start=0,
            end=0,
            anchor=CURATED_ANCHOR,
        )
        for cited in curated.sources
    ]
    return Event(
        id=curated.id or _curated_id(curated),
        date=time_value(curated.date),
        text=curated.text,
        status=curated.status,
        sources=sources,
    )


def time_value(date: TimeValue | dt.date) -> TimeValue:
    """An events file's date: a time value as written, or a plain day (``date: 2024-03-12``)."""
    if isinstance(date, TimeValue):
        return date
    return TimeValue(value=date.isoformat(), earliest=date, latest=date, granularity=Granularity.DAY)


def _curated_id(curated: CuratedEvent) -> str:
    digest = hashlib.sha1(f"{time_value(curated.date).value}\n{curated.text}".encode()).hexdigest()[:12]
    return f"curated-{digest}"
