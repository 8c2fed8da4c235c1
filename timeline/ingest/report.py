"""The run report: every input path with what became of it, for stderr."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from timeline.errors import InputError
from timeline.models import ArticleInfo, InputRecord


def format_report(inputs: list[InputRecord], articles: Iterable[ArticleInfo] = ()) -> str:
    """One line per input path, each article's warnings under it, then a tally."""
    warnings: dict[str, list[str]] = {}
    for article in articles:
        warnings.setdefault(article.path or "", []).extend(f"{article.id}: {w}" for w in article.warnings)
    lines = []
    for record in inputs:
        if record.status == "read":
            detail = f"{len(record.articles)} article(s)" + (f"; problems: {record.reason}" if record.reason else "")
        else:
            detail = record.reason or ""
        lines.append(f"{record.status:<7} {record.path}: {detail}")
        lines.extend(f"        warning: {w}" for w in warnings.get(record.path, []))
    tally = Counter(record.status for record in inputs)
    lines.append(", ".join(f"{tally[s]} {s}" for s in ("read", "skipped", "error")) + f" of {len(inputs)} input(s)")
    return "\n".join(lines)


def failed(inputs: list[InputRecord], *, strict: bool) -> bool:
    """Whether the run should exit non-zero: nothing read at all, or (strict) anything not read cleanly."""
    if not any(record.articles for record in inputs):
        return True
    return strict and any(record.status != "read" or record.reason for record in inputs)


def parse_published_option(values: tuple[str, ...] | list[str]) -> dict[str | None, dt.date]:
    """``--published`` values: "DATE" for every input, "PATH=DATE" for one."""
    given: dict[str | None, dt.date] = {}
    for value in values:
        path, _, date_text = value.rpartition("=")
        try:
            date = dt.date.fromisoformat(date_text.strip())
        except ValueError as exc:
            raise InputError(f"--published {value!r}: expected [PATH=]YYYY-MM-DD") from exc
        given[path or None] = date
    return given
