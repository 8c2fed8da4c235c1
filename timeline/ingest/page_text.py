"""Reading a plain-text page dump: the body, then title, outlet and dateline around it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.ingest.chrome import LineKind, Page, split_page
from timeline.ingest.cues import cues
from timeline.ingest.dates import FoundDate, date_pattern, find_dates
from timeline.ingest.settings import CHROME, ChromeSettings
from timeline.models import Published

_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^.|\n]{2,60})", re.I
)
_BARE_SEPARATOR = re.compile(r"^[|·•–—-]$")
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
        and not date_pattern().search(stripped)
        and not cues().byline.match(stripped)
    )


def find_title(page: Page, header: list[int], settings: ChromeSettings = CHROME) -> str | None:
    """The headline nearest above the body."""
    for i in header:
        if page.kinds[i] in _TITLE_KINDS and _is_headline(page.lines[i], settings):
            return page.lines[i].strip()
    return None


def _dateline_zone(page: Page, header: list[int], title: str | None, settings: ChromeSettings) -> list[int]:
    """The header lines a dateline may sit in: from the body up to the headline's topmost print.

    Above the headline come other stories' teasers, whose dates are not this article's; a page
    that prints its headline twice (page title, then h1) puts the dateline between the two.
    """
    if title is None:
        return header[: settings.untitled_dateline_lines]
    last = max(position for position, i in enumerate(header) if page.lines[i].strip() == title)
    return header[: last + 1]


def _dateline(page: Page, header: list[int]) -> tuple[FoundDate, str] | None:
    """The dated byline or dateline nearest above the body, with the words around it as evidence."""
    for position, i in enumerate(header):
        dates = find_dates(page.lines[i])
        if dates:
            before = [page.lines[j].strip() for j in reversed(header[position + 1 : position + 3])]
            if before and _BARE_SEPARATOR.match(before[-1]):
                return dates[-1], " ".join([*before, page.lines[i].strip()])
            return dates[-1], page.lines[i].strip()
    return None


def _outlet_from_dateline(evidence: str, found: FoundDate) -> str | None:
    """ "The Straits Times | February 26, 2025" names the outlet; "By Kari Nordmann | ..." does not."""
    head, bar, _ = evidence.partition(found.text)[0].rpartition("|")
    name = head.strip() if bar else ""
    return name if 1 <= len(_WORD.findall(name)) <= 6 and not cues().byline.match(name) else None


def find_outlet(page: Page, dateline: tuple[FoundDate, str] | None) -> str | None:
    """The outlet from a "more stories from X" header, the dateline, the copyright line or an author bio."""
    c = cues()
    for line in page.lines:
        match = c.outlet_prefix.match(line)
        if match:
            return match.group("name").strip()
    if dateline:
        name = _outlet_from_dateline(dateline[1], dateline[0])
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


def read_page_text(text: str, settings: ChromeSettings = CHROME) -> PageFacts:
    """Body, title, outlet and printed publish date of a page dump."""
    page = split_page(text, settings)
    if page.body_start is None:
        return PageFacts(text.strip(), None, None, Published())
    header = _header(page, settings)
    title = find_title(page, header, settings)
    dateline = _dateline(page, _dateline_zone(page, header, title, settings))
    published = Published(date=dateline[0].date, method="text", evidence=dateline[1]) if dateline else Published()
    return PageFacts(page.body(), title, find_outlet(page, dateline), published)
