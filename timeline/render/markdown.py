"""Markdown output, the default of ``timeline build``: what a journalist reads and GitHub shows.

The HTML formats are rendered from this Markdown by markdown-it-py, so the two never disagree.
Anchors (``<a id="event-...">``, ``<a id="article-N">``) are the only HTML written here; they make
source references clickable on GitHub and let the HTML renderer find each event again.
Everything taken from articles goes through ``safety.markdown_text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby

from timeline.models import ArticleInfo, Conflict, Event, Granularity, Timeline, Unanchored, UndatedKind
from timeline.notices import DATE_WARNINGS
from timeline.rank import key_events
from timeline.render.dates import granularity_of, month_heading, readable_date, short_day
from timeline.render.ordering import sorted_events
from timeline.render.safety import anchor_id, link_url, markdown_text, shortened
from timeline.render.words import (
    ANCHOR_WORDS,
    CONFLICT_MARK,
    DEFAULT_TITLE,
    EXPLANATION,
    KEY_DATES_HEADING,
    NO_EVENTS,
    NO_PUBLISH_DATE,
    PLANNED_HEADING,
    PRECISION_NOTE,
    PUBLISH_METHOD_WORDS,
    SOURCES_HEADING,
    UNANCHORED_HEADING,
    UNDATED_ARTICLES_HEADING,
    VAGUE_SUMMARY,
)

# A year with more events than this gets a heading per month.
DENSE_YEAR = 6
MONTH_OR_FINER = (Granularity.TIME, Granularity.DAY, Granularity.WEEK, Granularity.MONTH)
SEPARATOR = " — "
KEY_DATES = 5  # dates listed first: about as many as a reader takes in at a glance
KEY_DATES_FROM = 12  # a timeline with fewer events than this is read whole, with no key dates list
KEY_TEXT_CHARS = 100  # a key date's line shows the start of its event's text, linked to the event
MAX_EXPLANATIONS = 3  # expression/anchor pairs shown after an event; the JSON has every one


def render(timeline: Timeline, *, all_undated: bool = False) -> str:
    """The timeline as Markdown; vague references ("recently") are summarized per article unless ``all_undated``."""
    numbers = {article.id: number for number, article in enumerate(timeline.articles, start=1)}
    events = sorted_events(timeline.events)
    occurred = [event for event in events if event.status == "occurred"]
    planned = [event for event in events if event.status == "planned"]
    key = key_events(occurred, KEY_DATES) if len(events) >= KEY_DATES_FROM else []
    parts = [
        f"# {markdown_text(timeline.title or DEFAULT_TITLE)}",
        _summary(timeline, len(occurred), len(planned)),
        *_section(KEY_DATES_HEADING, [_key_line(event) for event in key]),
        *_chronology(occurred, numbers),
        *_section(PLANNED_HEADING, [_event_line(event, numbers) for event in planned]),
        *_section(UNANCHORED_HEADING, _undated_lines(timeline.unanchored, numbers, all_undated=all_undated)),
        *_section(SOURCES_HEADING, [_article_line(*numbered) for numbered in _numbered(timeline)], numbered=True),
        *_section(UNDATED_ARTICLES_HEADING, _undated_article_lines(timeline)),
    ]
    return "\n\n".join(parts) + "\n"


def event_anchor(event: Event) -> str:
    return anchor_id("event", event.id)


def article_anchor(number: int) -> str:
    return f"article-{number}"


def _summary(timeline: Timeline, occurred: int, planned: int) -> str:
    counts = [_count(occurred, "event"), _count(len(timeline.articles), "article")]
    sentence = f"{counts[0]} from {counts[1]}"
    if planned:
        sentence += f", {_count(planned, 'planned event')}"
    if timeline.unanchored:
        sentence += f"; {_count(len(timeline.unanchored), 'statement')} could not be dated"
    return f"{sentence}. {PRECISION_NOTE}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _chronology(events: list[Event], numbers: dict[str, int]) -> Iterator[str]:
    if not events:
        yield NO_EVENTS
    for year, group in groupby(events, key=_year_heading):
        yield f"## {year}"
        in_year = list(group)
        if len(in_year) <= DENSE_YEAR:
            yield _list(_event_line(event, numbers) for event in in_year)
            continue
        months: dict[str, list[Event]] = {}  # each heading once, even when a coarser date sorts between
        for event in in_year:
            months.setdefault(_month_heading(event), []).append(event)
        for month, in_month in months.items():
            yield f"### {month}"
            yield _list(_event_line(event, numbers) for event in in_month)


def _year_heading(event: Event) -> str:
    day = event.date.earliest
    if day is None:
        return "Date unknown"
    if granularity_of(event.date) in (Granularity.DECADE, Granularity.CENTURY):
        return readable_date(event.date.model_copy(update={"mod": None, "approximate": False}))
    return str(day.year)


def _month_heading(event: Event) -> str:
    day = event.date.earliest
    if day is not None and granularity_of(event.date) in MONTH_OR_FINER:
        return month_heading(day.year, day.month)
    return readable_date(event.date.model_copy(update={"mod": None, "approximate": False}))


def _event_line(event: Event, numbers: dict[str, int]) -> str:
    references = _references(dict.fromkeys(source.article for source in event.sources), numbers)
    date = markdown_text(readable_date(event.date))
    line = f'<a id="{event_anchor(event)}"></a>**{date}**{SEPARATOR}{markdown_text(event.text)} {references}'
    line += f" *({markdown_text(explanation(event))})*"
    for conflict in event.conflicts:
        line += f" {_conflict_note(conflict, numbers)}"
    return line


def explanation(event: Event) -> str:
    """The expressions behind the date and what each was anchored to: “Last week”: published 2025-02-24."""
    pairs = dict.fromkeys((source.expression, source.anchor or "") for source in event.sources)
    shown = [
        EXPLANATION.format(expression=expression, anchor=ANCHOR_WORDS.get(anchor, anchor)).removesuffix(": ")
        for expression, anchor in list(pairs)[:MAX_EXPLANATIONS]
    ]
    return "; ".join(shown)


def _conflict_note(conflict: Conflict, numbers: dict[str, int]) -> str:
    claims = "; ".join(
        f"{markdown_text(readable_date(claim.date))} {_references(claim.articles, numbers)}"
        for claim in conflict.claims
    )
    return f"**{markdown_text(CONFLICT_MARK.format(kind=conflict.kind.value))}** {claims}"


def _key_line(event: Event) -> str:
    text = shortened(event.text, KEY_TEXT_CHARS, "…")
    return f"**{markdown_text(readable_date(event.date))}**{SEPARATOR}[{markdown_text(text)}](#{event_anchor(event)})"


def _undated_lines(statements: list[Unanchored], numbers: dict[str, int], *, all_undated: bool) -> list[str]:
    """Every statement that could not be dated; vague references one line per article unless ``all_undated``."""
    if all_undated:
        return [_unanchored_line(statement, numbers) for statement in statements]
    vague: dict[str, list[str]] = {}
    lines = []
    for statement in statements:
        if statement.kind == UndatedKind.VAGUE:
            vague.setdefault(statement.article, []).append(statement.expression)
        else:
            lines.append(_unanchored_line(statement, numbers))
    for article, expressions in vague.items():
        summary = VAGUE_SUMMARY.format(
            count=len(expressions), expressions=", ".join(f"“{e}”" for e in dict.fromkeys(expressions))
        )
        lines.append(f"{markdown_text(summary)} {_references([article], numbers)}")
    return lines


def _unanchored_line(statement: Unanchored, numbers: dict[str, int]) -> str:
    quote = markdown_text(statement.quote)
    expression = markdown_text(statement.expression)
    reason = markdown_text(statement.reason)
    return f"“{quote}”{SEPARATOR}**{expression}**: {reason} {_references([statement.article], numbers)}"


def _references(article_ids: Iterable[str], numbers: dict[str, int]) -> str:
    """Numbered links into the source list; an id the timeline does not list is shown, unlinked."""
    return " ".join(
        f"[\\[{numbers[article_id]}\\]](#{article_anchor(numbers[article_id])})"
        if article_id in numbers
        else f"\\[{markdown_text(article_id)}\\]"
        for article_id in article_ids
    )


def _numbered(timeline: Timeline) -> Iterator[tuple[ArticleInfo, int]]:
    return ((article, number) for number, article in enumerate(timeline.articles, start=1))


def _article_line(article: ArticleInfo, number: int) -> str:
    title = f"**{markdown_text(article.title)}**" if article.title else f"*untitled* ({markdown_text(article.id)})"
    parts = [f'<a id="{article_anchor(number)}"></a>{title}']
    if article.outlet:
        parts.append(markdown_text(article.outlet))
    parts.append(_published(article))
    notes = [warning for warning in article.warnings if warning not in DATE_WARNINGS]
    if notes:
        parts.append(markdown_text("; ".join(notes)))
    url = link_url(article.url)
    if url:
        parts.append(f"<{url}>")
    elif article.url:
        parts.append(f"address (not a web link): {markdown_text(article.url)}")
    return SEPARATOR.join(parts)


def _published(article: ArticleInfo) -> str:
    published = article.published
    if published.date is None:
        return NO_PUBLISH_DATE
    text = f"published {short_day(published.date)}"
    how = PUBLISH_METHOD_WORDS.get(published.method or "", "")
    evidence = f": “{markdown_text(published.evidence)}”" if published.evidence else ""
    return f"{text} ({how}{evidence})" if how else text


def _undated_article_lines(timeline: Timeline) -> list[str]:
    return [
        f"[\\[{number}\\]](#{article_anchor(number)}) "
        f"{markdown_text(article.title or article.id)}: {markdown_text('; '.join(article.warnings) or NO_PUBLISH_DATE)}"
        for article, number in _numbered(timeline)
        if article.published.date is None
    ]


def _section(heading: str, lines: list[str], *, numbered: bool = False) -> list[str]:
    return [f"## {heading}", _list(lines, numbered=numbered)] if lines else []


def _list(lines: Iterable[str], *, numbered: bool = False) -> str:
    return "\n".join(f"{number}. {line}" if numbered else f"- {line}" for number, line in enumerate(lines, start=1))
