"""HTML pages: main text and metadata by trafilatura; the publish date from metadata, else from
the dateline printed under the headline.

htmldate runs without its extensive text search, which takes dates from sidebars and lists of
other stories for the page's own. When the metadata carry no date, the dateline is looked for
only in the main text trafilatura kept, above its first paragraph, as in a page dump.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.errors import InputError
from timeline.ingest.dates import find_dates
from timeline.ingest.draft import Draft, without_heading
from timeline.ingest.metadata import Metadata, read_metadata
from timeline.ingest.page_dump import read_page_dump

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(html: str, source: str) -> tuple[str, Metadata]:
    """Main text and page metadata (title, site name, author, date, url) of an HTML page."""
    import trafilatura  # noqa: PLC0415 - slow to import; only HTML input needs it

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    if document is None or not (document.text or "").strip():
        raise InputError("no main text found in the HTML", source=source)
    fields = {"title": document.title, "sitename": document.sitename, "author": document.author}
    fields |= {"date": document.date, "url": document.url}
    meta = read_metadata({k: v for k, v in fields.items() if v}, "HTML metadata")
    body, meta = printed_date(document.text, meta)
    return without_heading(body, meta.title), meta


def printed_date(text: str, meta: Metadata) -> tuple[str, Metadata]:
    """A page with no date metadata often prints "By Jane Doe | 3 March 2024" under its headline:
    that line dates the article and leaves the body (the lines above it are headline and byline)."""
    if meta.published.date is not None:
        return text, meta
    published = read_page_dump(text)[0].published
    if published.date is None:
        return text, meta
    lines = text.splitlines()
    dated = (i for i, line in enumerate(lines) if find_dates(line) and line.strip() in (published.evidence or ""))
    dateline = next(dated, -1)
    return "\n".join(lines[dateline + 1 :]), replace(meta, published=published)


def read_html(text: str, stem: str, source: str) -> list[Draft | InputError]:
    try:
        body, meta = extract_html(text, source)
    except InputError as error:
        return [error]
    return [Draft.of(meta, stem, body)]
