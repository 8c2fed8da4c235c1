"""Reading a page dump (a saved page's select-all text): the body, then title, outlet and publish date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from timeline.ingest.chrome import LineKind, Page, dropped_lines, other_runs, split_page
from timeline.ingest.cues import cues
from timeline.ingest.dates import YEAR, contains_date
from timeline.ingest.language import detect_language
from timeline.ingest.page_languages import page_languages
from timeline.ingest.published import Zone, best_candidate, printed_date
from timeline.ingest.settings import CHROME, ChromeSettings
from timeline.languages.detect import WIDE_CHARACTER
from timeline.models import Published

_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^.|\n]{2,60})", re.I
)
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_COPYRIGHT_SIGN = re.compile(r"©|\(c\)|ⓒ", re.IGNORECASE)
_YEARS = re.compile(rf"(?<!\d){YEAR}(?:\s*[-–—]\s*{YEAR})?(?!\d)")  # "2015", "2003–2024"
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NAME_EDGES = " \t,;:.-–—|@/"
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
        and not (_DIGIT.search(stripped) and contains_date(stripped))
        and not cues().byline.match(stripped)
        and not (":" in stripped and _credit_label().search(stripped))  # a label's colon is ASCII
    )


@cache
def _credit_label() -> re.Pattern[str]:
    """A photo credit's label anywhere in a line ("… Foto: Dan Bashakov/AP", "(Picture: Claudio
    Bresciani/AP)"): the line is a caption, not a headline."""
    words = "|".join(re.escape(w) for w in page_languages().furniture["credit"])
    return re.compile(rf"(?<!\w)(?:{words})\s*:", re.IGNORECASE)


@cache
def _long_words(length: int) -> re.Pattern[str]:
    """Words of at least ``length`` characters: whole runs of word characters, as _WORD finds them."""
    return re.compile(rf"\w{{{length},}}")


def _topic_words(text: str, settings: ChromeSettings) -> set[str]:
    """The words that carry a text's topic: words of some length, lower case; in CJK text (no word
    spaces) each pair of adjacent characters."""
    if not WIDE_CHARACTER.search(text):
        return set(_long_words(settings.min_topic_word_chars).findall(text.lower()))
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if WIDE_CHARACTER.search(word):
            found.update(word[i : i + 2] for i in range(len(word) - 1))
        elif len(word) >= settings.min_topic_word_chars:
            found.add(word)
    return found


def find_title(page: Page, header: list[int], settings: ChromeSettings = CHROME) -> int | None:
    """The headline: of the headline-shaped lines above the body, the one whose topic words the body's
    opening repeats most, the nearer one on a tie ("Sharing is caring!", a photo caption or a section
    name share little with the story); with no such words anywhere, the line right above the body if
    it is headline-shaped (a clean article file), else none: on pages-dev a farther line chosen by
    nearness alone was the headline 5 times in 86."""
    opening = _topic_words(page.body()[: settings.title_opening_chars], settings)
    best: int | None = None
    best_score = 0.0
    for rank, i in enumerate(header):
        line = page.lines[i]
        if page.kinds[i] not in _TITLE_KINDS or not _is_headline(line, settings):
            continue
        if rank == 0:
            best = i  # the line right above the body, unless a line the story repeats is found
        words = _topic_words(line, settings)
        score = len(words & opening) / len(words) - rank * settings.title_distance_cost if words else 0.0
        if score > best_score:
            best, best_score = i, score
    return best


def _outlet_from_dateline(published: Published) -> str | None:
    """ "The Straits Times | February 26, 2025" names the outlet; "By Kari Nordmann | ..." does not."""
    if published.date is None or not published.evidence:
        return None
    head, bar, _ = published.evidence.partition(" (")[0].rpartition("|")
    name = head.strip() if bar and "|" not in head else ""
    return name if 1 <= len(_WORD.findall(name)) <= 6 and not cues().byline.match(name) else None


def _outlet_name(found: str) -> str | None:
    """A name as an outlet: without copyright signs, copyright words and years ("Copyright 2015
    NYDailyNews", "Handelsblatt GmbH – Alle Rechte vorbehalten"); None when it is a date or no name is left."""
    if contains_date(found):
        return None
    name = _COPYRIGHT_SIGN.sub(" ", found)
    lowered = name.lower()
    for phrase in page_languages().furniture["copyright"]:
        at = lowered.find(phrase)
        if at >= 0:
            name, lowered = name[:at] + name[at + len(phrase) :], lowered[:at] + lowered[at + len(phrase) :]
    name = " ".join(_YEARS.sub(" ", name).split()).strip(_NAME_EDGES)
    return name if _LETTERS.search(name) else None


def _outlet_candidates(lines: tuple[str, ...], published: Published) -> Iterator[str]:
    """Where an outlet is named, most telling first: a "more stories from X" header, the dateline,
    the copyright line, an author bio."""
    c = cues()
    yield from (match.group("name") for match in map(c.outlet_prefix.match, lines) if match)
    from_dateline = _outlet_from_dateline(published)
    if from_dateline:
        yield from_dateline
    yield from (match.group("name") for match in map(_COPYRIGHT.match, lines) if match)
    yield from (match.group("name") for match in map(c.author_role.search, lines) if match)


def find_outlet(lines: tuple[str, ...], published: Published) -> str | None:
    """The outlet's name from the first place that gives one."""
    return next(filter(None, map(_outlet_name, _outlet_candidates(lines, published))), None)


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
