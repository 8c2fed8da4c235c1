"""Reading kind: does a text tell a history (narrative) or report the present (news)?

A history ("On September 17, the Soviets invaded ... In April, ...") anchors a yearless date to the year the
story is in, the last year the text established, as HeidelTime's narrative mode does; news anchors it to the
publish date. The kind is decided from the recognized expressions, per document and then per passage (a
paragraph): a reading that names many years away from the publish date, few deictic words ("today", "on
Monday", "last week") and narrates in the past is a history. ``--kind news|narrative`` overrides the guess.
It reads only the typed meanings (their years, anchors and clause tenses) and the text's paragraph breaks, so it
is the same in every language.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from timeline.models import DateMeaning, Mention, ShiftMeaning, WeekdayMeaning

if TYPE_CHECKING:
    from timeline.temporal.recognize import Found


class Kind(StrEnum):
    NEWS = "news"
    NARRATIVE = "narrative"
    AUTO = "auto"


# Fewest years (told apart from the publish year) a document must name to tell a history: no TimeBank news
# article names more than 5 (a background paragraph), the shortest WikiWars history 10, a biography a dozen.
DOCUMENT_MIN_YEARS = 8
# A passage (paragraph) is read on its own when it names at least this many: a background section in news
# ("In 1990 ... In 1994 ... In March ...") or a present-day section closing a history.
PASSAGE_MIN_YEARS = 4
# Historic years per deictic expression: in news "today", "on Monday" and "last week" are as common as
# historic years; WikiWars histories name 5 to 60 years per deictic word.
YEARS_PER_DEICTIC = 3
# Years at least this far from the publish year are historic: "1997" in a 1998 article is still news.
HISTORIC_DISTANCE = 2
# A passage of a history reads as news only when it has at least this many deictic expressions, more than its
# historic years: one "two years ago" in a quote leaves a paragraph about 1975 in 1975.
PASSAGE_MIN_DEICTIC = 2
PASSAGE_BREAK = re.compile(r"\n\s*\n")
HEADING_MAX_CHARS = 80  # a heading line is at most this long ("Spring offensives on Shia militias")
SENTENCE_END_MARKS = frozenset(".!?:;\"'”’)")  # what ends a line of prose, never a heading's


@dataclass(frozen=True)
class Passage:
    """Counts of one stretch of text."""

    historic_years: int = 0
    deictic: int = 0
    past_clauses: int = 0
    future_clauses: int = 0

    def reads_as_history(self, min_years: int) -> bool:
        return (
            self.historic_years >= min_years
            and self.historic_years >= YEARS_PER_DEICTIC * self.deictic
            and self.past_clauses >= self.future_clauses
        )


@dataclass(frozen=True)
class Reading:
    """The kind each stretch of a text is read as: ``starts[i]`` begins a passage of kind ``kinds[i]``."""

    starts: tuple[int, ...]
    kinds: tuple[Kind, ...]
    sections: tuple[int, ...] = (0,)  # where each section of the text (a heading and what follows) begins

    def at(self, position: int) -> Kind:
        return self.kinds[max(0, bisect_right(self.starts, position) - 1)]

    def section(self, position: int) -> int:
        """The number of the section ``position`` is in."""
        return bisect_right(self.sections, position)


def _historic_year(mention: Found | Mention, published_year: int | None) -> bool:
    meaning = mention.meaning
    if not isinstance(meaning, DateMeaning) or meaning.year is None:
        return False
    return published_year is None or abs(meaning.year - published_year) >= HISTORIC_DISTANCE


def _deictic(mention: Found | Mention) -> bool:
    """Counted from the publish date: "today", "on Monday", "last week", "three years ago"."""
    meaning = mention.meaning
    return isinstance(meaning, WeekdayMeaning) or (isinstance(meaning, ShiftMeaning) and meaning.anchor == "published")


def _count(mentions: Sequence[Found | Mention], published_year: int | None) -> Passage:
    tenses = [mention.meaning.tense for mention in mentions if mention.meaning is not None]
    return Passage(
        historic_years=sum(_historic_year(mention, published_year) for mention in mentions),
        deictic=sum(_deictic(mention) for mention in mentions),
        past_clauses=tenses.count("past"),
        future_clauses=tenses.count("future"),
    )


def read_kind(
    text: str, mentions: Sequence[Found | Mention], published_year: int | None, kind: Kind = Kind.AUTO
) -> Reading:
    """The kind of each passage (paragraph) of ``text``: ``kind`` itself unless AUTO, else the document's kind,
    except in a passage whose own counts clearly say otherwise."""
    bounds = [0, *(match.end() for match in PASSAGE_BREAK.finditer(text)), len(text)]
    sections = tuple(start for start in bounds[:-1] if _opens_with_heading(text, start))
    if kind != Kind.AUTO:
        return Reading((0,), (kind,), sections)
    whole = _count(mentions, published_year)
    document = Kind.NARRATIVE if whole.reads_as_history(DOCUMENT_MIN_YEARS) else Kind.NEWS
    starts, kinds = [0], [document]
    ordered = sorted(mentions, key=lambda mention: mention.start)
    first = 0
    for begin, end in itertools.pairwise(bounds):
        inside = []
        while first < len(ordered) and ordered[first].start < end:
            inside.append(ordered[first])
            first += 1
        passage = _count(inside, published_year)
        own = _passage_kind(passage, document)
        if begin == starts[-1]:
            kinds[-1] = own
        elif own != kinds[-1]:
            starts.append(begin)
            kinds.append(own)
    return Reading(tuple(starts), tuple(kinds), sections)


def _opens_with_heading(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` opens with a heading: a short first line that ends no sentence, standing
    alone or shorter than the line after it (hard-wrapped prose fills its first line to the wrap width, so a
    wrapped paragraph's first line is no heading)."""
    end = text.find("\n", start, start + HEADING_MAX_CHARS + 1)
    line = text[start:end].strip() if end >= 0 else ""
    if not line or line[-1] in SENTENCE_END_MARKS:
        return False
    after = text.find("\n", end + 1)
    following = text[end + 1 : after if after >= 0 else len(text)].strip()
    return not following or len(line) < len(following)  # a line of its own, or shorter than the prose it heads


def _passage_kind(passage: Passage, document: Kind) -> Kind:
    if document == Kind.NEWS and passage.reads_as_history(PASSAGE_MIN_YEARS):
        return Kind.NARRATIVE
    present_day = passage.deictic >= PASSAGE_MIN_DEICTIC and passage.deictic > passage.historic_years
    if document == Kind.NARRATIVE and present_day:
        return Kind.NEWS
    return document
