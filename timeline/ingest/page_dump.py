"""Reading a page dump (a saved page's select-all text): the body, then title, outlet and publish date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.ingest.chrome import LineKind, Page, split_page
from timeline.ingest.cues import cues
from timeline.ingest.dates import contains_date
from timeline.ingest.language import detect_language
from timeline.ingest.published import printed_date
from timeline.ingest.settings import CHROME, ChromeSettings
from timeline.models import Published

_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^.|\n]{2,60})", re.I
)
_WORD = re.compile(r"\w+")
_TITLE_KINDS = (LineKind.SHORT, LineKind.REPEATED)  # a headline is often printed twice: page title and h1


@dataclass(frozen=True)
class PageFacts:
    """What a page dump says about its article."""

    text: str
    title: str | None
    outlet: str | None
    published: Published


def _header(page: Page, settings: ChromeSettings) -> list[int]:
    """Indexes of the non-empty lines just above the body, nearest first, up to a menu or teaser block."""
    found: list[int] = []
    start = page.body_start or 0
    for i in range(start - 1, -1, -1):
        kind = page.kinds[i]
        if kind is LineKind.BLANK:
            continue
        if kind in (LineKind.SECTION_END, LineKind.MENU):
            if found:
                break
            continue
        found.append(i)
        if len(found) >= settings.header_lines:
            break
    return found


def _is_headline(line: str, settings: ChromeSettings) -> bool:
    words = len(_WORD.findall(line))
    stripped = line.strip()
    return (
        settings.min_title_words <= words <= settings.max_title_words
        and not stripped.endswith(".")
        and not stripped.startswith(("-", "–", "—"))
        and not _BREADCRUMB.search(stripped)
        and not contains_date(stripped)
        and not cues().byline.match(stripped)
    )


def find_title(page: Page, header: list[int], settings: ChromeSettings = CHROME) -> int | None:
    """The line of the headline nearest above the body."""
    for i in header:
        if page.kinds[i] in _TITLE_KINDS and _is_headline(page.lines[i], settings):
            return i
    return None


def _outlet_from_dateline(published: Published) -> str | None:
    """ "The Straits Times | February 26, 2025" names the outlet; "By Kari Nordmann | ..." does not."""
    if published.date is None or not published.evidence:
        return None
    head, bar, _ = published.evidence.partition(" (")[0].rpartition("|")
    name = head.strip() if bar and "|" not in head else ""
    return name if 1 <= len(_WORD.findall(name)) <= 6 and not cues().byline.match(name) else None


def find_outlet(page: Page, published: Published) -> str | None:
    """The outlet from a "more stories from X" header, the dateline, the copyright line or an author bio."""
    c = cues()
    for line in page.lines:
        match = c.outlet_prefix.match(line)
        if match:
            return match.group("name").strip()
    name = _outlet_from_dateline(published)
    if name:
        return name
    for line in page.lines:
        match = _COPYRIGHT.match(line)
        if match:
            return match.group("name").strip()
    for line in page.lines:
        match = c.author_role.search(line)
        if match:
            return match.group("name").strip()
    return None


def read_page_dump(text: str, settings: ChromeSettings = CHROME) -> PageFacts:
    """Body, title, outlet and printed publish date of a page dump."""
    page = split_page(text, settings)
    if page.body_start is None:
        return PageFacts(text.strip(), None, None, Published())
    title_line = find_title(page, _header(page, settings), settings)
    body = page.body()
    published = printed_date(page, title_line, detect_language(body))
    title = page.lines[title_line].strip() if title_line is not None else None
    return PageFacts(body, title, find_outlet(page, published), published)
