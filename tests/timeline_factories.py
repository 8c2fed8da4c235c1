"""Hand-made time values, mentions and facts for the facts/merge/pipeline tests."""

from __future__ import annotations

import datetime as dt

from timeline.models import Article, Fact, Granularity, Mention, Source, TimeValue, TimexType


def day(iso: str) -> TimeValue:
    date = dt.date.fromisoformat(iso)
    return TimeValue(value=iso, earliest=date, latest=date, granularity=Granularity.DAY)


def span(value: str, first: str, last: str, granularity: Granularity) -> TimeValue:
    return TimeValue(
        value=value,
        earliest=dt.date.fromisoformat(first),
        latest=dt.date.fromisoformat(last),
        granularity=granularity,
    )


def year(number: int) -> TimeValue:
    return span(str(number), f"{number}-01-01", f"{number}-12-31", Granularity.YEAR)


def mention_of(text: str, expression: str, value: TimeValue | None, **fields: object) -> Mention:
    """A resolved mention of the first occurrence of ``expression`` in ``text``."""
    start = text.index(expression)
    kind = fields.pop("type", TimexType.DATE)
    return Mention(
        start=start,
        end=start + len(expression),
        text=expression,
        type=kind,
        value=value,
        anchor=fields.pop("anchor", "absolute" if value else None),
        **fields,
    )


def article(text: str, article_id: str = "a1") -> Article:
    return Article(id=article_id, text=text)


def fact(
    text: str,
    date: TimeValue,
    article_id: str = "a1",
    start: int = 0,
    *,
    status: str = "occurred",
    expression: str | None = None,
) -> Fact:
    """A fact dated by ``expression`` (a part of ``text``), or by the date's value when none is given."""
    source = Source(
        article=article_id,
        quote=text,
        expression=expression or date.value,
        start=start,
        end=start + 5,
        anchor="absolute",
        text=text,
        date=date,
    )
    return Fact(date=date, text=text, status=status, source=source)
