"""The run report: every input path with what became of it, for stderr."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.errors import InputError, is_internal_error
from timeline.models import Article, DroppedBlock, InputRecord


@dataclass(frozen=True)
class ReportedArticle:
    """What the run report says of an article: a build's store keeps this much, not the texts."""

    id: str
    path: str | None
    warnings: list[str]
    kept: int  # characters of article text
    dropped_chars: int  # characters left out as page chrome
    dropped: tuple[DroppedBlock, ...] = ()

    @classmethod
    def of(cls, article: Article) -> ReportedArticle:
        chrome = sum(len(block.text) for block in article.dropped)
        return cls(article.id, article.path, article.warnings, len(article.text), chrome, tuple(article.dropped))


def format_report(
    inputs: list[InputRecord], articles: Iterable[Article | ReportedArticle] = (), *, verbose: bool = False
) -> str:
    """One line per input path with the characters kept as article text and dropped as page chrome,
    each article's warnings under it (and, verbose, every dropped line with its kind), then a tally."""
    by_path: dict[str, list[ReportedArticle]] = {}
    for article in articles:
        reported = article if isinstance(article, ReportedArticle) else ReportedArticle.of(article)
        by_path.setdefault(reported.path or "", []).append(reported)
    lines = []
    for record in inputs:
        read = by_path.get(record.path, [])
        if record.status == "read":
            kept = sum(a.kept for a in read)
            dropped = sum(a.dropped_chars for a in read)
            detail = f"{len(record.articles)} article(s), {kept:,} characters kept, {dropped:,} dropped as page chrome"
            detail += f"; problems: {record.reason}" if record.reason else ""
        else:
            detail = record.reason or ""
        lines.append(f"{record.status:<7} {record.path}: {detail}")
        lines.extend(f"        warning: {a.id}: {w}" for a in read for w in a.warnings)
        if verbose:
            lines.extend(f"        dropped ({block.kind}): {block.text}" for a in read for block in a.dropped)
    tally = Counter(record.status for record in inputs)
    lines.append(", ".join(f"{tally[s]} {s}" for s in ("read", "skipped", "error")) + f" of {len(inputs)} input(s)")
    return "\n".join(lines)


def failed(inputs: list[InputRecord], *, strict: bool) -> bool:
    """Whether the run should exit non-zero: nothing read at all, or (strict) anything not read cleanly."""
    if not any(record.articles for record in inputs):
        return True
    return strict and any(record.status != "read" or record.reason for record in inputs)


def bug_stopped(inputs: list[InputRecord]) -> bool:
    """Whether a bug stopped an input or an article (the others went on): the run then exits non-zero, after
    writing what it could."""
    return any(is_internal_error(record.reason) for record in inputs)


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
