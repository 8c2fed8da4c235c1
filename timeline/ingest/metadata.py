"""Article metadata from a mapping: front matter, a JSON record, HTML page metadata.

The field names each tool uses for the same thing are listed once here, so every reader
understands "date", "published" and "datePublished" alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline.ingest.dates import coerce_date
from timeline.models import Published

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "slug", "guid"),
    "title": ("title", "headline", "name"),
    "published": ("published", "date", "published_at", "publish_date", "pubDate", "datePublished", "pubdate"),
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publisher"),
    "url": ("url", "link", "canonical_url", "permalink"),
    "author": ("author", "authors", "byline"),
}


@dataclass(frozen=True)
class Metadata:
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: Published = field(default_factory=Published)
    warnings: tuple[str, ...] = ()
    dropped: tuple[tuple[str, str], ...] = ()  # (kind, line) left out of the text as page chrome
    language: str | None = None  # the text's language when the reader had to tell it already (a page dump's date)


def _pick(record: Mapping[str, object], field: str) -> tuple[str, object] | None:
    for key in FIELD_ALIASES[field]:
        value = record.get(key)
        if value not in (None, "", []):
            return key, value
    return None


def _as_text(value: object) -> str:
    """A field as text: a publisher object by its name, an author list joined."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title") or ""
    if isinstance(value, list):
        return ", ".join(_as_text(v) for v in value if v)
    return str(value).strip()


def _published(record: Mapping[str, object], origin: str) -> tuple[Published, tuple[str, ...]]:
    picked = _pick(record, "published")
    if picked is None:
        return Published(), ()
    key, value = picked
    date = coerce_date(value)
    if date is None:
        return Published(), (f"{origin} {key!r}: {value!r} is not a full date (day, month, year); ignored",)
    return Published(date=date, method="metadata", evidence=f"{origin} {key}: {value}"), ()


def read_metadata(record: Mapping[str, object], origin: str) -> Metadata:
    """The known fields of ``record``; ``origin`` names where they came from in the evidence."""

    def text(field: str) -> str | None:
        picked = _pick(record, field)
        return (_as_text(picked[1]) or None) if picked else None

    published, warnings = _published(record, origin)
    return Metadata(
        id=text("id"),
        title=text("title"),
        outlet=text("outlet"),
        url=text("url"),
        author=text("author"),
        published=published,
        warnings=warnings,
    )
