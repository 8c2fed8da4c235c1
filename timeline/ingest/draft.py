"""What a reader found, and how it becomes an Article: language, given date, warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline import notices
from timeline.ingest.language import detect_language
from timeline.ingest.metadata import Metadata
from timeline.ingest.published import settle
from timeline.models import Article


@dataclass(frozen=True)
class Draft:
    """An article as a reader saw it, before the run-wide steps."""

    id: str
    text: str
    meta: Metadata = field(default_factory=Metadata)

    @classmethod
    def of(cls, meta: Metadata, default_id: str, text: str) -> Draft:
        """A draft named by its metadata's id, else by ``default_id`` (the file stem)."""
        return cls(id=meta.id or default_id, text=text, meta=meta)


def without_heading(text: str, title: str | None) -> str:
    """The body as paragraphs, without the headline that extractors keep as its first line."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if title and len(paragraphs) > 1 and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def finish(
    draft: Draft, path: str | None, given: tuple[dt.date, str] | None = None, default: dt.date | None = None
) -> Article:
    """The Article: its publish date settled by the cascade, and a missing date said aloud."""
    meta = draft.meta
    published = settle(given, meta.published, default)
    warnings = list(meta.warnings)
    if published.date is None:
        warnings.append(notices.NO_DATE)
    return Article(
        id=draft.id,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        author=meta.author,
        language=meta.language or detect_language(draft.text),
        path=path,
        published=published,
        warnings=warnings,
        text=draft.text,
        # as plain fields, validated in one pass with the article: a page drops dozens of lines
        dropped=[{"kind": kind, "text": line} for kind, line in meta.dropped],
    )
