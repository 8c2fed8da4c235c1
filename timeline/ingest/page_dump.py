"""Reading a page dump (a saved page's select-all text): the body, then title, outlet and publish date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from timeline.ingest.chrome import LineKind, Page, dropped_lines, other_runs, split_page
from timeline.ingest.cues import cues
from timeline.ingest.dates import contains_date
from timeline.ingest.language import detect_language
from timeline.ingest.published import Zone, best_candidate, printed_date
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
    language: str | None = None
    dropped: tuple[tuple[str, str], ...] = ()  # (kind, line) of the page left out of every article
    warnings: tuple[str, ...] = ()


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
        and not stripped.endswith((".", ":"))
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


def find_outlet(lines: tuple[str, ...], published: Published) -> str | None:
    """The outlet from a "more stories from X" header, the dateline, the copyright line or an author bio."""
    c = cues()
    for line in lines:
        match = c.outlet_prefix.match(line)
        if match:
            return match.group("name").strip()
    name = _outlet_from_dateline(published)
    if name:
        return name
    for line in lines:
        match = _COPYRIGHT.match(line)
        if match:
            return match.group("name").strip()
    for line in lines:
        match = c.author_role.search(line)
        if match:
            return match.group("name").strip()
    return None


def _article(page: Page, settings: ChromeSettings) -> PageFacts:
    """Title, language, printed date and outlet of the article whose body the page view marks."""
    title_line = find_title(page, _header(page, settings), settings)
    body = page.body()
    language = detect_language(body)
    published = printed_date(page, language)
    title = page.lines[title_line].strip() if title_line is not None else None
    return PageFacts(body, title, find_outlet(page.lines, published), published, language)


def _own_header(view: Page, page: Page, main: PageFacts, facts: PageFacts, settings: ChromeSettings) -> bool:
    """Whether a stretch of prose opens like an article of its own: its own headline, then a
    dateline in the header between that headline and the prose, dated another day than the page's
    main article; and after the main article, no "Comments" or "Related" header comes first."""
    start = view.body_start or 0
    title_line = find_title(view, _header(view, settings), settings)
    main_start, main_end = page.body_start or 0, page.body_end or 0
    if title_line is None or main.published.date is None or main_start <= title_line <= main_end:
        return False
    if main_end < start and any(page.kinds[i] is LineKind.SECTION_END for i in range(main_end, title_line)):
        return False
    best = best_candidate(view, facts.language)
    return (
        best is not None
        and best.zone is Zone.HEADER
        and best.found.date != main.published.date
        and title_line - settings.header_lines <= best.line < start
    )


def read_page_dump(text: str, settings: ChromeSettings = CHROME) -> list[PageFacts]:
    """The articles of a page dump: one, or several when pasted pages or a long file hold more.

    Beside the body, a stretch of prose scoring like an article is another article when it has a
    headline and a printed date of its own; otherwise it is left out with a warning naming its
    lines, so nothing long goes unsaid. The first article carries the page's dropped lines.
    """
    page = split_page(text, settings)
    if page.body_start is None or page.body_end is None:
        return [PageFacts(text.strip(), None, None, Published())]
    main = _article(page, settings)
    articles: list[tuple[Page, PageFacts]] = [(page, main)]
    warnings = []
    for start, end in other_runs(page, settings):
        view = page.with_body(start, end)
        facts = _article(view, settings)
        if _own_header(view, page, main, facts, settings):
            articles.append((view, facts))
        else:
            chars = len(facts.text)
            warnings.append(
                f"lines {start + 1}-{end + 1}: {chars} characters of prose outside the article left out "
                "(no headline and date of their own to make them another article)"
            )
    articles.sort(key=lambda found: found[0].body_start or 0)
    if len(articles) > 1:  # each article's outlet from its own stretch of the page
        bounds = [view.body_start or 0 for view, _ in articles[1:]]
        regions = zip([0, *bounds], [*bounds, len(page.lines)], strict=True)
        articles = [
            (view, replace(facts, outlet=find_outlet(page.lines[region[0] : region[1]], facts.published)))
            for (view, facts), region in zip(articles, regions, strict=True)
        ]
    dropped = tuple(dropped_lines([view for view, _ in articles]))
    first = replace(articles[0][1], dropped=dropped, warnings=tuple(warnings))
    return [first, *(facts for _, facts in articles[1:])]
