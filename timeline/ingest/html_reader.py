"""HTML pages: main text and metadata by trafilatura, the publish date from metadata only.

htmldate runs without its extensive text search, so a date printed in a sidebar or a list of
other stories is never taken for the page's own.
"""

from __future__ import annotations

from timeline.errors import InputError
from timeline.ingest.draft import Draft, without_heading
from timeline.ingest.metadata import Metadata, read_metadata

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
    return without_heading(document.text, meta.title), meta


def read_html(text: str, stem: str, source: str) -> list[Draft | InputError]:
    try:
        body, meta = extract_html(text, source)
    except InputError as error:
        return [error]
    return [Draft.of(meta, stem, body)]
