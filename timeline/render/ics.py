"""iCalendar (RFC 5545) output, written by the ``icalendar`` library.

Each dated event is an all-day VEVENT from its earliest day to the day after its latest (DTEND is
exclusive). UIDs come from event ids, so re-importing updates rather than duplicates. DTSTAMP must
be the time the information was last changed: it is derived from the data (the latest publish date
of the articles cited), never from the clock, so the output is byte-identical for the same input.
Some calendar clients show DESCRIPTION as HTML, so angle brackets in article text become ‹ ›.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from timeline.models import ArticleInfo, Event, Timeline
from timeline.render.dates import readable_date, short_day
from timeline.render.ordering import sorted_events
from timeline.render.safety import anchor_id, clean_text, link_url
from timeline.render.words import DEFAULT_TITLE

PRODUCT_ID = "-//timeline-news//timeline//EN"
UID_DOMAIN = "timeline-news"
EPOCH = dt.date(1970, 1, 1)
ANGLE_BRACKETS = str.maketrans({"<": "‹", ">": "›"})
EVENT_STATUS = {"planned": "TENTATIVE", "occurred": "CONFIRMED"}


def render(timeline: Timeline) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _plain(timeline.title or DEFAULT_TITLE))
    articles = {article.id: article for article in timeline.articles}
    dated = [event for event in sorted_events(timeline.events) if event.date.earliest is not None]
    if len(dated) < len(timeline.events):
        calendar.add("x-wr-caldesc", f"{len(timeline.events) - len(dated)} events without calendar dates are not shown")
    for event in dated:
        calendar.add_component(_vevent(event, articles))
    return calendar.to_ical().decode("utf-8")


def _vevent(event: Event, articles: dict[str, ArticleInfo]) -> CalendarEvent:
    earliest = event.date.earliest
    assert earliest is not None
    latest = event.date.latest or earliest
    cited = [
        articles[article_id] for article_id in dict.fromkeys(s.article for s in event.sources) if article_id in articles
    ]
    vevent = CalendarEvent()
    vevent.add("uid", f"{anchor_id('event', event.id)}@{UID_DOMAIN}")
    vevent.add("dtstamp", _stamp(cited, earliest))
    vevent.add("dtstart", earliest)
    if latest < dt.date.max:
        vevent.add("dtend", latest + dt.timedelta(days=1))
    else:  # DTEND is exclusive and 10000-01-01 is no date: the span as a DURATION (RFC 5545, 3.8.2.5)
        vevent.add("duration", latest - earliest + dt.timedelta(days=1))
    vevent.add("summary", _plain(event.text))
    vevent.add("description", _description(event, articles))
    vevent.add("status", EVENT_STATUS[event.status])
    vevent.add("transp", "TRANSPARENT")
    url = next((url for url in (link_url(article.url) for article in cited) if url), None)
    if url:
        vevent.add("url", url)
    return vevent


def _stamp(cited: list[ArticleInfo], earliest: dt.date) -> dt.datetime:
    """When this information last changed: the newest publish date cited, else the event's own first day."""
    published = [article.published.date for article in cited if article.published.date]
    day = max(published, default=earliest if earliest > EPOCH else EPOCH)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _description(event: Event, articles: dict[str, ArticleInfo]) -> str:
    lines = [f"Date: {readable_date(event.date)} ({_plain(event.date.value)})", "", _plain(event.text), "", "Sources:"]
    for number, source in enumerate(event.sources, start=1):
        lines.append(f"[{number}] {_citation(articles.get(source.article), source.article)}")
        if source.quote.strip():
            lines.append(f"    “{_plain(source.quote)}”")
    return "\n".join(lines)


def _citation(article: ArticleInfo | None, article_id: str) -> str:
    if article is None:
        return _plain(article_id)
    parts = [_plain(article.title or article.id)]
    if article.outlet:
        parts.append(_plain(article.outlet))
    if article.published.date:
        parts.append(f"published {short_day(article.published.date)}")
    url = link_url(article.url)
    if url:
        parts.append(url)
    return " — ".join(parts)


def _plain(text: str) -> str:
    return clean_text(text).translate(ANGLE_BRACKETS)
