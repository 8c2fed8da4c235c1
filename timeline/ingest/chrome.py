"""Page-chrome removal for plain-text page dumps: which lines are the article body.

Every line is classified by general signals (sentence shape and length, list and teaser shapes,
repetition on the page, date-only lines, known chrome phrases from data/cues.yaml). Prose earns
its length, chrome costs a penalty, and the body is the contiguous run of lines with the highest
total score, the maximum-subarray view of body-text extraction. Chrome lines inside that run
(an inline "Keep Reading") are dropped; subheadings are kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property, lru_cache
from itertools import pairwise

from timeline.ingest.cues import cues, normalize
from timeline.ingest.dates import contains_date
from timeline.ingest.furniture import cut_citations, furniture_kind
from timeline.ingest.settings import CHROME, ChromeSettings
from timeline.languages.detect import WIDE_CHARACTER


class LineKind(Enum):
    BLANK = "blank"
    PROSE = "prose"  # a sentence or paragraph
    SHORT = "short"  # a label, headline, subheading or byline
    MENU = "menu"  # a bulleted menu or link-list entry
    LIST = "list"  # a date-only line or a share bar
    REPEATED = "repeated"  # a short line printed more than once on the page (site name, teaser card label)
    INLINE_CUE = "inline cue"  # a button or inline teaser inside the article
    SECTION_END = "section end"  # a header of another block: related posts, comments, tags
    FURNITURE = "furniture"  # a copyright line, update stamp, embed signature, photo credit, citation

    # members are singletons: hash by identity in C, not by name in Python (every line's kind is
    # looked up in sets and tables several times)
    __hash__ = object.__hash__


_CLOSERS = "\"”’')]」』）"
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")
_WIDE_SENTENCE_ENDS = ("。", "！", "？")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙*+]|\d+[.)])\s")
_DIGIT = re.compile(r"\d")
_CASED_WORD = re.compile(r"[^\W\d_]{4,}")  # words long enough to be capitalized only in a title


@dataclass(frozen=True)
class Page:
    """A page dump split into lines, each classified, and the body's line range (inclusive)."""

    lines: tuple[str, ...]
    kinds: tuple[LineKind, ...]
    body_start: int | None
    body_end: int | None
    gaps: tuple[tuple[int, int], ...] = ()  # line ranges inside the body span that are chrome (an ad block)
    scores: tuple[int, ...] = ()  # each line's score: prose earns its length, chrome costs its penalty

    @cached_property
    def kept(self) -> tuple[bool, ...]:
        """Whether each line is body text: inside the body span, outside its gaps, not chrome."""
        if self.body_start is None or self.body_end is None:
            return (False,) * len(self.lines)
        kept = [False] * len(self.lines)
        for i in range(self.body_start, self.body_end + 1):
            kept[i] = self.kinds[i] not in _DROPPED_IN_BODY
        for low, high in self.gaps:
            kept[low : high + 1] = [False] * (high + 1 - low)
        return tuple(kept)

    def body_lines(self) -> list[str]:
        kept = (cut_citations(line.strip())[0] for line, keep in zip(self.lines, self.kept, strict=True) if keep)
        return [line for line in kept if line]

    @cached_property
    def _body(self) -> str:
        """The body text, joined once: the title search and the article both read it."""
        return "\n\n".join(self.body_lines())

    def body(self) -> str:
        return self._body

    def with_body(self, start: int, end: int) -> Page:
        return Page(self.lines, self.kinds, start, end, scores=self.scores)


def dropped_lines(pages: list[Page]) -> list[tuple[str, str]]:
    """Every non-blank line no page view keeps as body, with why: (kind, text); citations cut from kept lines too."""
    if not pages:
        return []
    found: list[tuple[str, str]] = []
    first = pages[0]
    kept = first.kept if len(pages) == 1 else tuple(map(any, zip(*(page.kept for page in pages), strict=True)))
    for line, kind, in_body in zip(first.lines, first.kinds, kept, strict=True):
        if kind is LineKind.BLANK:
            continue
        if not in_body:
            found.append((furniture_kind(line) or kind.value, line.strip()))
        else:
            found += [("citation", citation) for citation in cut_citations(line)[1]]
    return found


_REPEATABLE = (LineKind.SHORT, LineKind.PROSE)
_DROPPED_IN_BODY = frozenset({LineKind.BLANK, LineKind.INLINE_CUE, LineKind.SECTION_END, LineKind.FURNITURE})


def _is_share_bar(norm: str) -> bool:
    names = cues().social_networks
    words = norm.replace("(", " ").replace(")", " ").split()  # "Facebook X (Twitter) Instagram"
    return bool(words) and all(w in names for w in words)


def _is_date_only(line: str, settings: ChromeSettings) -> bool:
    stripped = line.strip()
    if len(stripped) > settings.max_date_line_chars or not _DIGIT.search(stripped):
        return False  # cheap tests first: the date pattern knows the month names of many languages
    found = contains_date(stripped)
    return found is not None and len(stripped) - len(found) <= settings.max_date_line_extra_chars


def _cue_kind(norm: str) -> LineKind | None:
    c = cues()
    if norm in c.section_end or norm.startswith(c.section_end_prefixes) or norm.startswith(c.notice_prefixes):
        return LineKind.SECTION_END
    if norm in c.inline:
        return LineKind.INLINE_CUE
    return None


def _wide_count(line: str) -> int:
    """How many CJK characters a line has (none, at a glance, in most lines)."""
    return len(WIDE_CHARACTER.findall(line)) if not line.isascii() else 0


def text_length(line: str, settings: ChromeSettings = CHROME, wide: int | None = None) -> int:
    """Length in characters, a CJK character counted as the letters of a word: scripts without
    word spaces say as much in a third of the characters."""
    wide = _wide_count(line) if wide is None else wide
    return len(line) + wide * (settings.wide_char_weight - 1)


def _has_words(line: str, wide: int, settings: ChromeSettings) -> bool:
    """Whether a line has min_prose_words words, a run of CJK characters counted by its length (no
    spaces to split on); the words are counted only as far as needed, not split out of a paragraph."""
    needed = settings.min_prose_words - wide // settings.wide_chars_per_word
    return needed <= 0 or _words_at_start(needed).match(line) is not None


@cache
def _words_at_start(count: int) -> re.Pattern[str]:
    """``count`` runs of non-space characters, as str.split() parts them (the same white space)."""
    return re.compile(rf"\s*(?:\S+\s+){{{count - 1}}}\S")


def _is_spaced_cjk_list(line: str, wide: int, settings: ChromeSettings) -> bool:
    """A long CJK line with no sentence mark, cut by spaces into short items: a menu printed on one
    line ("メッシュチェア  布チェア  レザーチェア …"); CJK prose writes no spaces between its words."""
    if wide * 2 < len(line) or any(mark in line for mark in _WIDE_SENTENCE_ENDS):
        return False
    return wide < settings.max_wide_chars_per_item * len(line.split())


def is_prose(line: str, settings: ChromeSettings = CHROME) -> bool:
    """A sentence: ends like one, is not a truncated teaser, and has enough words."""
    stripped = line.strip()
    ends_sentence = stripped.endswith(('"', "”", "’")) or stripped.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
    truncated = stripped.endswith(("…", "..."))
    wide = _wide_count(stripped)
    long_enough = text_length(stripped, settings, wide) >= settings.min_paragraph_chars and not _is_spaced_cjk_list(
        stripped, wide, settings
    )
    return (
        (long_enough or (ends_sentence and not _is_title_case(stripped, settings)))
        and not truncated
        and _has_words(stripped, wide, settings)
    )


def _is_title_case(line: str, settings: ChromeSettings) -> bool:
    """Every word capitalized ("The Microscopic Detail In These Paintings Celebrates Humanity."): a
    teaser's headline with a full stop, not a sentence; sentences capitalize a few words at most."""
    words = _CASED_WORD.findall(line)
    return len(words) >= settings.min_prose_words and all(word[0].isupper() for word in words)


def classify(line: str, settings: ChromeSettings = CHROME) -> LineKind:
    """The kind of one line, on its own; repetition on the page is added by split_page."""
    return _classify_with_defaults(line) if settings is CHROME else _classify(line, settings)


@lru_cache(maxsize=8192)  # a site's menus, labels, share bars and footers repeat on every page of a run
def _classify_with_defaults(line: str) -> LineKind:
    return _classify(line, CHROME)


def _classify(line: str, settings: ChromeSettings) -> LineKind:
    if not line.strip():
        return LineKind.BLANK
    if furniture_kind(line) is not None:
        return LineKind.FURNITURE
    norm = normalize(line)
    notice = norm.startswith(cues().notice_prefixes)  # a consent notice, however long it runs
    if not notice and is_prose(line, settings):
        return LineKind.PROSE
    cue = _cue_kind(norm)
    if cue is not None:
        return cue
    if _BULLET.match(line):
        return LineKind.MENU
    return LineKind.LIST if _is_share_bar(norm) or _is_date_only(line, settings) else LineKind.SHORT


def _scores(lines: tuple[str, ...], kinds: list[LineKind], settings: ChromeSettings) -> tuple[int, ...]:
    """Prose earns its length; every other kind costs its penalty."""
    penalties = {
        LineKind.BLANK: 0,
        LineKind.SHORT: -settings.short_line_penalty,
        LineKind.MENU: -settings.list_line_penalty,
        LineKind.LIST: -settings.list_line_penalty,
        LineKind.REPEATED: -settings.list_line_penalty,
        LineKind.INLINE_CUE: -settings.inline_cue_penalty,
        LineKind.FURNITURE: -settings.inline_cue_penalty,
        LineKind.SECTION_END: -settings.section_end_penalty,
    }
    return tuple(
        [
            text_length(line.strip(), settings) if kind is LineKind.PROSE else penalties[kind]
            for line, kind in zip(lines, kinds, strict=True)
        ]
    )


def _best_run(scores: tuple[int, ...], low: int = 0, high: int | None = None) -> tuple[int, int, int] | None:
    """The (start, end, total) of the contiguous run of scores[low:high] with the highest positive total (Kadane)."""
    best, best_span = 0, None
    total, start = 0, low
    for i in range(low, len(scores) if high is None else high):
        if total <= 0:
            total, start = 0, i
        total += scores[i]
        if total > best:
            best, best_span = total, (start, i, total)
    return best_span


def _runs(scores: tuple[int, ...], regions: list[tuple[int, int]], minimum: int) -> list[tuple[int, int]]:
    """Every run scoring at least ``minimum`` in the regions (low, high), best first, then the best
    of what is left on either side, in page order."""
    found = []
    while regions:
        low, high = regions.pop()
        run = _best_run(scores, low, high)
        if run is not None and run[2] >= minimum:
            found.append((run[0], run[1]))
            regions += [(low, run[0]), (run[1] + 1, high)]
    return sorted(found)


def other_runs(page: Page, settings: ChromeSettings = CHROME) -> list[tuple[int, int]]:
    """Stretches of prose outside the body that score like an article of their own (a second pasted
    page, the next story of a long file), in page order."""
    if page.body_start is None or page.body_end is None:
        return []
    scores = page.scores
    return _runs(scores, [(0, page.body_start), (page.body_end + 1, len(scores))], settings.min_article_score)


def _is_terminal(line: str) -> bool:
    """A block header after which nothing is the article: comments, tags, the copyright footer."""
    norm, c = normalize(line), cues()
    return norm in c.terminal or norm.startswith(c.terminal_prefixes)


def _with_interrupted_parts(
    lines: tuple[str, ...],
    scores: tuple[int, ...],
    kinds: list[LineKind],
    core: tuple[int, int],
    settings: ChromeSettings,
) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """The body around its best run: other runs of prose up to the nearest block header ("Related",
    "Comments") on either side join it, the chrome between them left out as gaps; past one such
    header (an inline "More on this" box), only a run long enough to be article text joins. An
    article broken by ad slots, product boxes or a photo gallery is kept whole."""
    start, end = core
    headers = [i for i, kind in enumerate(kinds) if kind is LineKind.SECTION_END]
    before = [i for i in headers if i < start][-2:]
    after = [i for i in headers if i > end][:2]
    near = [(before[-1] + 1 if before else 0, start), (end + 1, after[0] if after else len(kinds))]
    far = []
    if before and not _is_terminal(lines[before[-1]]):
        far.append((before[0] + 1 if len(before) == 2 else 0, before[-1]))
    if after and not _is_terminal(lines[after[0]]):
        far.append((after[0] + 1, after[1] if len(after) == 2 else len(kinds)))
    runs = _runs(scores, near, settings.min_part_score) + _runs(scores, far, settings.min_crossing_score)
    parts = sorted([core, *runs])
    gaps = tuple((a[1] + 1, b[0] - 1) for a, b in pairwise(parts) if b[0] > a[1] + 1)
    return parts[0][0], parts[-1][1], gaps


def unwrap(lines: list[str], settings: ChromeSettings = CHROME) -> list[str]:
    """Paragraphs of a hard-wrapped text (every line cut near one width) joined back into lines.

    Page dumps keep a paragraph on one line; a text saved from an e-mail or a terminal cuts it,
    and then no line would end like a sentence. Texts with any longer line are left alone.
    """
    if not lines or max(map(len, lines)) > settings.max_wrap_width:  # the usual page dump: one line a paragraph
        return lines
    long_lines = [line for line in lines if len(line.strip()) >= settings.min_wrapped_line_chars]
    if len(long_lines) < settings.min_wrapped_lines:
        return lines
    joined: list[str] = []
    for line in lines:
        continues = joined and joined[-1].strip() and line.strip() and not _BULLET.match(line)
        if continues:
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def split_page(text: str, settings: ChromeSettings = CHROME) -> Page:
    """Classify the lines of a page dump and find its body."""
    lines = tuple(unwrap(text.splitlines(), settings))
    kinds = [classify(line, settings) for line in lines]
    # a line printed twice is a template's: a site name, a card label, a cookie notice shown in two
    # layouts; an article does not print its paragraphs twice
    counts = Counter(line.strip() for line, kind in zip(lines, kinds, strict=True) if kind in _REPEATABLE)
    for i, line in enumerate(lines):
        if kinds[i] in _REPEATABLE and counts[line.strip()] > 1:
            kinds[i] = LineKind.REPEATED
    scores = _scores(lines, kinds, settings)
    span = _best_run(scores)
    if span is None:
        return Page(lines, tuple(kinds), None, None, scores=scores)
    start, end, gaps = _with_interrupted_parts(lines, scores, kinds, span[:2], settings)
    return Page(lines, tuple(kinds), start, end, gaps, scores)
