"""HTML pages: main text and metadata by trafilatura; the publish date from metadata, else from
the dateline printed under the headline.

htmldate runs without its extensive text search, which takes dates from sidebars and lists of
other stories for the page's own. When the metadata carry no date, the dateline is looked for
in the main text trafilatura kept, above its first paragraph, as in a page dump, then in the whole
page; only when all of these fail does htmldate search the whole page, and its answer is kept
only when the page prints that day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.errors import InputError
from timeline.ingest.dates import find_dates
from timeline.ingest.draft import Draft, without_heading
from timeline.ingest.metadata import Metadata, read_metadata
from timeline.ingest.page_dump import read_page_dump
from timeline.models import Published

_BLOCKS = (
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "li",
    "tr",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "time",
    "figcaption",
    "blockquote",
    "dd",
    "dt",
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(html: str, source: str) -> tuple[str, Metadata]:
    """Main text and page metadata (title, site name, author, date, url) of an HTML page."""
    import trafilatura  # noqa: PLC0415 - slow to import; only HTML input needs it

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        raise InputError("no main text found in the HTML", source=source)
    fields = {"title": document.title, "sitename": document.sitename, "author": document.author}
    fields |= {"date": document.date, "url": document.url}
    meta = read_metadata({k: v for k, v in fields.items() if v}, "HTML metadata")
    body, meta = printed_date(document.text or "", meta)
    if meta.published.date is None:
        whole = page_text(html)
        published = read_page_dump(whole)[0].published
        if published.date is not None:
            meta = replace(meta, published=_labelled(published, "printed in the page"))
        else:
            meta = replace(meta, published=searched_date(html, whole))
    return without_heading(body, meta.title), meta


def searched_date(html: str, whole: str) -> Published:
    """The last resort: htmldate's search of the whole page (time elements, URLs, free text),
    kept only when the page prints that day as a full date, for on a page with nothing better that
    search falls back to a copyright year read as January 1 (pages-dev: 3 right, 4 such guesses)."""
    from htmldate import find_date  # noqa: PLC0415 - only HTML input needs it

    found = find_date(html, extensive_search=True, original_date=True)
    day = dt.date.fromisoformat(found) if found else None
    printed = next((date.text for date in find_dates(whole) if date.date == day), None)
    if day is None or printed is None:
        return Published()
    return Published(date=day, method="text", evidence=f"htmldate's search of the whole page, printed as {printed}")


def _labelled(published: Published, where: str) -> Published:
    return published.model_copy(update={"evidence": f"{where}: {published.evidence}"})


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
    return "\n".join(lines[dateline + 1 :]), replace(meta, published=_labelled(published, "printed in the main text"))


def page_text(html: str) -> str:
    """The whole page as a browser's select-all text, roughly: one line per block element, scripts
    and styles left out. The publish-date finder for page dumps reads it when the metadata and the
    main text carry no date, and weighs its teaser lists and sidebars as it does in a dump."""
    import lxml.html  # noqa: PLC0415 - only HTML input needs it

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in list(root.iter("script", "style", "noscript", "template")):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def read_html(text: str, stem: str, source: str) -> list[Draft | InputError]:
    try:
        body, meta = extract_html(text, source)
    except InputError as error:
        return [error]
    return [Draft.of(meta, stem, body)]
