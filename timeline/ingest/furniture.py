"""Page furniture inside an article: lines a page prints that are no statement of the story.

Copyright lines, update stamps ("Update July 3rd, 8:05AM ET"), the signature of an embedded post
("— Name (@handle) July 3, 2019"), photo credits ("Photo: Jane Doe/Reuters"), comment headers
("Jane on May 3, 2020 at 5:23 pm said:") and journal citations ("Nature 574, 16-17 (2019)") carry
dates that are not events. They are recognized here, by shape and by the per-language words of
timeline/languages/<code>/page.yaml, left out of the text facts are drawn from, and listed in the run report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Literal

from timeline.ingest.dates import YEAR
from timeline.ingest.page_languages import page_languages
from timeline.ingest.settings import FURNITURE, FurnitureSettings

FurnitureKind = Literal["copyright", "update stamp", "embed signature", "photo credit", "comment header", "citation"]

_HANDLE = re.compile(r"\(@\w{1,30}\)")  # "— Name (@handle) July 3, 2019", "A post shared by Name (@handle) on …"
_COPYRIGHT_SIGN = re.compile(r"^\s*(?:©|\(c\)|ⓒ)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# "<Journal> 574, 16-17 (2019)", "Science 366(6462), 1–4 (2019)": volume, pages, year in parentheses
CITATION = re.compile(
    r"(?<!\w)[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|&)){0,6}\s\d{1,4}(?:\s?\(\d{1,5}\))?,\s*[A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?\s*\("
    + YEAR
    + r"\)"
)


@cache
def _first_words(kind: str) -> re.Pattern[str]:
    """A line that opens with one of the kind's words, then a colon or the rest of the line."""
    words = "|".join(re.escape(w) for w in page_languages().furniture[kind])
    return re.compile(rf"^\s*(?:{words})\b", re.IGNORECASE)


@cache
def _updated_words() -> re.Pattern[str]:
    words = sorted((c for c, kind in page_languages().cues.items() if kind == "updated"), key=len, reverse=True)
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, words))})\b\s*:?", re.IGNORECASE)


@cache
def _comment_end() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in page_languages().furniture["comment"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _copyright(line: str) -> bool:
    """Opens with ©, or with a copyright word, or holds a copyright phrase ("All rights reserved")."""
    if _COPYRIGHT_SIGN.match(line) or _first_words("copyright").match(line):
        return True
    return _copyright_phrase().search(line.lower()) is not None


@cache
def _copyright_phrase() -> re.Pattern[str]:
    """The copyright words that are phrases or in scripts without word spaces (lower case), found
    anywhere in a line: one alternation, searched once."""
    phrases = [w for w in page_languages().furniture["copyright"] if " " in w or not w.isascii()]
    return re.compile("|".join(map(re.escape, phrases)) or "(?!)")


def _is_credit(line: str, settings: FurnitureSettings) -> bool:
    """ "Photo: Jane Doe/Reuters", "Bildrechte: picture alliance/dpa": a credit word and a colon."""
    match = _first_words("credit").match(line)
    return match is not None and line[match.end() :].lstrip().startswith(":") and len(line) <= settings.max_credit_chars


def _is_embed_signature(line: str, settings: FurnitureSettings) -> bool:
    return "@" in line and _HANDLE.search(line) is not None


def _is_update_stamp(line: str, settings: FurnitureSettings) -> bool:
    return len(line) <= settings.max_stamp_chars and _updated_words().match(line) is not None


def _is_comment_header(line: str, settings: FurnitureSettings) -> bool:
    return line.endswith(":") and _comment_end().search(line) is not None


def _is_citation(line: str, settings: FurnitureSettings) -> bool:
    return CITATION.fullmatch(line.rstrip(". ")) is not None


# The dated kinds, in the order they are tested (a line with no digit can only be a credit or a copyright).
_DATED_KINDS: tuple[tuple[FurnitureKind, Callable[[str, FurnitureSettings], bool]], ...] = (
    ("embed signature", _is_embed_signature),
    ("update stamp", _is_update_stamp),
    ("comment header", _is_comment_header),
    ("photo credit", _is_credit),
    ("citation", _is_citation),
)


@lru_cache(maxsize=8192)  # a page's lines are classified, then listed when dropped: the same line twice
def furniture_kind(line: str, settings: FurnitureSettings = FURNITURE) -> FurnitureKind | None:
    """The kind of furniture a whole line is, or None for a line of the story."""
    stripped = line.strip()
    if not stripped or len(stripped) > settings.max_line_chars:
        return None
    if _copyright(stripped):
        return "copyright"
    if not _DIGIT.search(stripped):
        return "photo credit" if _is_credit(stripped, settings) else None
    return next((kind for kind, test in _DATED_KINDS if test(stripped, settings)), None)


def cut_citations(line: str) -> tuple[str, list[str]]:
    """A sentence without the journal citations in it (their year is a reference, not an event)."""
    if "(" not in line:
        return line, []
    found = [m.group() for m in CITATION.finditer(line)]
    for citation in found:
        line = line.replace(citation, "")
    return (re.sub(r"\s{2,}", " ", line).strip(), found) if found else (line, [])
