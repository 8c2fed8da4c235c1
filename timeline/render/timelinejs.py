"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Dates carry year/month/day only as far as the event's precision goes; an end date is given only
when it differs from the start (TimelineJS drops equal ones anyway). TimelineJS renders headline
and text as HTML, so every piece of article text is escaped and only http(s) URLs become links.
Events with no calendar bounds cannot be placed and are counted on the title slide instead.
"""

from __future__ import annotations

import datetime as dt

from timeline.models import (
    ArticleInfo,
    Event,
    Granularity,
    Timeline,
    TimelineJSDate,
    TimelineJSDocument,
    TimelineJSSlide,
    TimelineJSText,
    TimelineJSTitle,
)
from timeline.render.dates import first_day, granularity_of, readable_date, short_day
from timeline.render.ordering import sorted_events
from timeline.render.safety import (
    EXTERNAL_LINK_REL,
    SLUG_ID,
    anchor_id,
    clean_text,
    html_text,
    html_url,
    inert_json,
    link_url,
    shortened,
)
from timeline.render.words import DEFAULT_TITLE, OCCURRED_GROUP, PLANNED_HEADING

DATE_FIELDS = {
    Granularity.TIME: ("year", "month", "day"),
    Granularity.DAY: ("year", "month", "day"),
    Granularity.WEEK: ("year", "month", "day"),
    Granularity.MONTH: ("year", "month"),
    Granularity.QUARTER: ("year", "month"),
    Granularity.HALF: ("year", "month"),
    Granularity.SEASON: ("year", "month"),
}
YEAR_ONLY = ("year",)
HEADLINE_LENGTH = 90


def render(timeline: Timeline) -> str:
    articles = {article.id: article for article in timeline.articles}
    placed = [event for event in sorted_events(timeline.events) if event.date.earliest is not None]
    document = TimelineJSDocument(
        title=_title(timeline, unplaced=len(timeline.events) - len(placed)),
        events=[_slide(event, articles) for event in placed],
    )
    return inert_json(document.model_dump_json(indent=2, exclude_none=True)) + "\n"


def date_parts(day: dt.date, granularity: Granularity) -> TimelineJSDate:
    """The TimelineJS date object of a day, cut to the fields the granularity knows."""
    fields = DATE_FIELDS.get(granularity, YEAR_ONLY)
    return TimelineJSDate(**{name: getattr(day, name) for name in fields})


def _title(timeline: Timeline, unplaced: int) -> TimelineJSTitle:
    text = f"{len(timeline.events)} events from {len(timeline.articles)} articles."
    if unplaced:
        text += f" {unplaced} without calendar dates are not shown."
    return TimelineJSTitle(
        text=TimelineJSText(headline=html_text(timeline.title or DEFAULT_TITLE), text=f"<p>{text}</p>")
    )


def _slide(event: Event, articles: dict[str, ArticleInfo]) -> TimelineJSSlide:
    start = first_day(event.date)
    assert start is not None
    start_date = date_parts(start, granularity_of(event.date))
    end_date = None
    if event.date.latest is not None:
        end = date_parts(event.date.latest, granularity_of(event.date))
        if _sort_key(end) > _sort_key(start_date):  # TimelineJS drops equal ends; no end before the start
            end_date = end
    return TimelineJSSlide(
        start_date=start_date,
        end_date=end_date,
        text=TimelineJSText(headline=html_text(_headline(event.text)), text=_body(event, articles)),
        display_date=clean_text(readable_date(event.date)),
        group=PLANNED_HEADING if event.status == "planned" else OCCURRED_GROUP,
        unique_id=anchor_id("event", event.id, SLUG_ID),
    )


def _sort_key(date: TimelineJSDate) -> tuple[int, int, int]:
    return (date.year, date.month or 0, date.day or 0)


def _headline(text: str) -> str:
    """The event's first words: TimelineJS shows the headline large, the whole text below it."""
    return shortened(clean_text(text), HEADLINE_LENGTH, " …")


def _body(event: Event, articles: dict[str, ArticleInfo]) -> str:
    sources = "".join(
        f"<li>{_quoted(source.quote)}{_citation(articles.get(source.article), source.article)}</li>"
        for source in event.sources
    )
    return f"<p>{html_text(event.text)}</p><p>Sources:</p><ul>{sources}</ul>"


def _quoted(quote: str) -> str:
    return f"“{html_text(quote)}” — " if quote.strip() else ""


def _citation(article: ArticleInfo | None, article_id: str) -> str:
    if article is None:
        return html_text(article_id)
    name = html_text(article.title or article.id)
    url = link_url(article.url)
    parts = [f'<a href="{html_url(url)}" rel="{EXTERNAL_LINK_REL}">{name}</a>' if url else name]
    if article.outlet:
        parts.append(html_text(article.outlet))
    if article.published.date:
        parts.append(short_day(article.published.date))
    return ", ".join(parts)
