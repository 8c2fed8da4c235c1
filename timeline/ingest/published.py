"""The publish-date cascade of one article: given → metadata → printed in the page → (corpus) inferred.

`settle` applies the cascade to what the readers found; `printed_date` finds the date a page dump
prints for its article. Inference from other articles is a corpus stage (pipeline, infer) that
runs only for articles this cascade leaves without a date.

A printed date is chosen by evidence, not by position alone: every full date on the page is a
candidate, weighed by the zone it stands in (header between headline and body, the body's lead,
the body, above the headline, below the body), the cue word before it (published, byline,
updated: per-language data), the shape of its line, and whether it sits in a list of other dated
lines (teasers). The best candidate wins if it scores at least `min_score`; ties go to the earlier
date (the original over the update), then to the one nearer the body. The evidence says why.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from itertools import accumulate

from timeline.ingest.chrome import LineKind, Page
from timeline.ingest.dates import FoundDate, find_dates
from timeline.ingest.furniture import furniture_kind
from timeline.ingest.page_languages import CueKind, page_languages
from timeline.ingest.settings import PRINTED, PrintedDateSettings
from timeline.models import Published


class Zone(Enum):
    HEADER = "header"
    LEAD = "lead"
    BODY = "body"
    ABOVE = "above the header"
    BELOW = "below the body"


@dataclass(frozen=True)
class Candidate:
    found: FoundDate
    line: int
    zone: Zone
    cue: CueKind | None
    score: float
    dateline: bool = True  # a short line of its own, not among other stories' dated lines


_DIGITS = re.compile(r"\d+")
_BARE_SEPARATOR = re.compile(r"^[|·•–—-]$")
_CUE_END = re.compile(r"[\s:：\-–—|·•,(]*$")


@dataclass(frozen=True)
class _Read:
    """A date on the page with what its line says about it, before it is weighed."""

    found: FoundDate
    line: int
    position: int  # among the non-blank lines
    short: bool
    cue: CueKind | None


@dataclass(frozen=True)
class _Layout:
    """Where the zones of a page lie, as line indexes."""

    header_start: int
    body_start: int
    body_end: int
    nonblank: list[int]  # indexes of the non-blank lines, in order

    def zone(self, line: int, kind: LineKind, lead_end: int) -> Zone:
        if line < self.header_start:
            return Zone.ABOVE
        if line < self.body_start:
            return Zone.HEADER
        if line > self.body_end:
            return Zone.BELOW
        return Zone.LEAD if line <= lead_end and kind is not LineKind.PROSE else Zone.BODY

    def distance(self, line: int) -> int:
        """Non-blank lines between a line and the body's first line."""
        return abs(bisect.bisect_left(self.nonblank, line) - bisect.bisect_left(self.nonblank, self.body_start))


def _layout(page: Page, settings: PrintedDateSettings) -> _Layout:
    """The header is the stretch of non-blank lines just above the body: headline, dek, byline and
    dateline, in whatever order the site prints them."""
    nonblank = [i for i, kind in enumerate(page.kinds) if kind is not LineKind.BLANK]
    body_start = page.body_start if page.body_start is not None else len(page.lines)
    body_end = page.body_end if page.body_end is not None else len(page.lines)
    above = bisect.bisect_left(nonblank, body_start)  # how many non-blank lines stand above the body
    header_start = nonblank[above - settings.header_lines] if above >= settings.header_lines else 0
    return _Layout(header_start, body_start, body_end, nonblank)


@cache
def _reversed_cue_pattern() -> re.Pattern[str]:
    """Every cue spelt backwards, longest first; an ASCII cue only as a whole word. Searched in the
    reversed text, the first match is the cue ending last, the longest of those (one pass)."""
    cues = sorted(page_languages().cues, key=len, reverse=True)
    spaced = "|".join(re.escape(c[::-1]) for c in cues if c.isascii())
    unspaced = "|".join(re.escape(c[::-1]) for c in cues if not c.isascii())
    # the others first: none is the end of a longer cue written in ASCII, while "güncellendi" ends in "di"
    return re.compile((f"{unspaced}|" if unspaced else "") + rf"(?<!\w)(?:{spaced})(?!\w)")


def _nearest_cue(head: str) -> tuple[int, CueKind] | None:
    """The cue that ends nearest the end of ``head`` (the longest of those ending there), with its end."""
    backwards = head.lower()[::-1]
    match = _reversed_cue_pattern().search(backwards)
    if match is None:
        return None
    return len(head) - match.start(), page_languages().cues[match.group()[::-1]]


def _cue(before: str, previous_line: str | None, settings: PrintedDateSettings) -> CueKind | None:
    """The cue nearest before a date on its line ("Posted: Fri 6:45 PM, Feb 16, 2018"); for a date
    that opens its line, a line above that is a cue label ("Published:") or a byline."""
    head = before[-settings.cue_window_chars :]
    if head.strip():
        found = _nearest_cue(head)
        return found[1] if found else None
    if previous_line is None:
        return None
    label = _CUE_END.sub("", previous_line.strip()).lower()
    kind = page_languages().cues.get(label)
    if kind is not None:
        return kind
    found = _nearest_cue(label.split(" ", 1)[0]) if " " in label else None
    return "byline" if found and found[1] == "byline" else None


_Weights = tuple[dict[Zone, float], dict[CueKind | None, float]]


def _weights(settings: PrintedDateSettings) -> _Weights:
    """The weight of each zone and of each cue kind (once per page: hashing the settings costs more)."""
    zones = {
        Zone.HEADER: settings.header_weight,
        Zone.LEAD: settings.lead_weight,
        Zone.BODY: settings.body_weight,
        Zone.ABOVE: settings.above_weight,
        Zone.BELOW: settings.below_weight,
    }
    cues: dict[CueKind | None, float] = {
        "published": settings.published_cue_weight,
        "byline": settings.byline_cue_weight,
        "updated": settings.updated_cue_weight,
        "expires": settings.expires_cue_weight,
        None: 0.0,
    }
    return zones, cues


def _score(
    zone: Zone,
    cue: CueKind | None,
    distance: int,
    shape: float,
    teaser: bool,
    *,
    settings: PrintedDateSettings,
    weights: _Weights,
) -> float:
    zones, cues = weights
    nearness = min(distance, settings.max_distance_lines) * settings.distance_weight
    return zones[zone] + cues[cue] + shape + nearness + (settings.teaser_list_weight if teaser else 0.0)


def candidates(page: Page, language: str | None, settings: PrintedDateSettings = PRINTED) -> list[Candidate]:
    """The full dates on the page that could be its publish date, weighed.

    Dates that could never win are not looked for: below the body (past the lines a teaser list
    around the body's end may reach) and inside the body's long lines, where no cue counts.
    """
    layout = _layout(page, settings)
    last = min(len(page.lines), layout.body_end + 1 + 2 * settings.teaser_window_lines)
    scanned = [
        line if i < layout.body_start or len(line) <= settings.short_line_extra_chars * 2 else ""
        for i, line in enumerate(page.lines[:last])
    ]
    text = "\n".join(scanned)
    starts = list(accumulate((len(printed) + 1 for printed in scanned[:-1]), initial=0))
    first_body = bisect.bisect_left(layout.nonblank, layout.body_start)  # the body's first non-blank line
    lead = first_body + settings.lead_lines
    lead_end = layout.nonblank[lead] if len(layout.nonblank) > lead else layout.body_end
    read: list[_Read] = []
    previous_line, previous_end = -1, 0
    for date in find_dates(text, language):
        line = bisect.bisect_right(starts, date.start) - 1
        if page.kinds[line] is LineKind.FURNITURE and furniture_kind(page.lines[line]) != "update stamp":
            continue  # a copyright year, an embedded post's date, a comment's: never the story's
        position = bisect.bisect_left(layout.nonblank, line)
        previous = page.lines[layout.nonblank[position - 1]] if position > 0 else None
        short = _extra_chars(page.lines[line], date) <= settings.short_line_extra_chars
        if not short and _printed_twice(page, line, date.start - starts[line], date):
            continue  # a sentence printed twice: a gallery's caption, a template's text, never a dateline
        head_start = max(starts[line], previous_end if previous_line == line else 0)
        # a cue is a label of a byline or dateline; "on April 26, 2023" in a caption is no cue
        cue = _cue(text[head_start : date.start], previous, settings) if short else None
        previous_line, previous_end = line, date.end
        read.append(_Read(date, line, position, short, cue))
    # lines that date something else: another day, with no cue saying it is this story's
    listed = {r.line: r.found.date for r in read if r.cue is None and r.short}
    date_only = {r.line for r in read if _is_date_only(page.lines[r.line], r.found, settings)}
    templates = {i: (_template(page.lines[i]), page.lines[i].strip()) for i in date_only}

    weights = _weights(settings)
    result = []
    for date, line, position, short, cue in ((r.found, r.line, r.position, r.short, r.cue) for r in read):
        kind = page.kinds[line]
        shape = settings.short_line_weight if short else settings.prose_weight
        window = layout.nonblank[
            max(0, position - settings.teaser_window_lines) : position + settings.teaser_window_lines + 1
        ]
        others = [i for i in window if i != line and i in listed and listed[i] != date.date]
        # a list of other stories: dated lines around it, the more so when they look alike
        # or date-only lines of one template, day or time apart ("2022.8.9(Tue) 8:15", "2022.8.9(Tue) 8:10")
        same_template = line in date_only and any(
            i in templates and templates[i][0] == templates[line][0] and templates[i][1] != templates[line][1]
            for i in window
        )
        # a byline over each of them does not make them this story's ("By Staff / 11/19/2019 11:40 PM")
        among_dated = len(others) >= settings.teaser_min_dates or (
            line in date_only and any(i in date_only for i in others)
        )
        teaser = (cue != "published" and same_template) or (cue not in ("published", "byline") and among_dated)
        zone = layout.zone(line, kind, lead_end)
        if zone is Zone.LEAD and cue is None and _after_phrase(page.lines[line], date.start - starts[line], settings):
            continue  # a caption or a teaser in the lead ("… bei den Kämpfen um Bachmut, 24. April 2023")
        score = _score(zone, cue, layout.distance(line), shape, teaser, settings=settings, weights=weights)
        result.append(Candidate(date, line, zone, cue, score, short and not teaser))
    return result


def _after_phrase(line: str, offset: int, settings: PrintedDateSettings) -> bool:
    """Whether words of a phrase, not names, stand before the date (at ``offset`` in its line): a
    byline the body's lead swallowed names a person, a place or an outlet ("Stefan Trunzik,
    26.04.2024"); a caption or a teaser says what happens ("… bei den Kämpfen um Bachmut, 24. April 2023")."""
    before = line[:offset].split()
    return sum(1 for word in before if word[0].islower()) >= settings.lead_phrase_words


def _printed_twice(page: Page, line: int, offset: int, date: FoundDate) -> bool:
    """Whether the sentence holding a date (at ``offset`` in its line) is printed on another line
    too: a photo caption shown beside the photo and again with "hide caption", a template's text."""
    if page.kinds[line] is LineKind.REPEATED:
        return True
    text = page.lines[line]
    start = text.rfind(". ", 0, max(offset, 0)) + 1
    end = text.find(".", offset + len(date.text))
    sentence = text[start : end + 1 if end >= 0 else len(text)].strip()
    return any(sentence in other for i, other in enumerate(page.lines) if i != line)


def _template(line: str) -> str:
    """A line's shape: its digits masked."""
    return _DIGITS.sub("0", line.strip())


def _extra_chars(line: str, date: FoundDate) -> int:
    """How much a line says besides the date in it (a byline's name, a cue, a time)."""
    return len(line.strip()) - len(date.text)


def _is_date_only(line: str, date: FoundDate, settings: PrintedDateSettings) -> bool:
    return _extra_chars(line, date) <= settings.date_only_extra_chars


def _evidence(best: Candidate, page: Page) -> str:
    """The dated line (with the name before it when a lone "|" line parts them: "Outlet | date"),
    then where it stood and which cue it had."""
    line = page.lines[best.line].strip()
    above = [page.lines[i].strip() for i in range(best.line - 1, -1, -1) if page.lines[i].strip()][:2]
    if len(above) == 2 and _BARE_SEPARATOR.match(above[0]):
        line = f"{above[1]} {above[0]} {line}"
    cue = f", cue {best.cue}" if best.cue else ""
    note = f", {best.found.note}" if best.found.note else ""
    return f"{line} ({best.zone.value}{cue}{note})"


def _chosen(page: Page, language: str | None, settings: PrintedDateSettings) -> tuple[Candidate | None, str | None]:
    """The best candidate, or None with the reason when two lines date the article equally well.

    Two days on one line at equal weight are an original and its update ("Published 4 May · Updated
    5 May" with no cue read), and the earlier wins; on two lines they are two stories' datelines (a
    list of bylined teasers, "By Staff / 11/19/2019 11:40 PM" over and over), and no day is the
    article's: an honest "not found" beats a guess."""
    found = candidates(page, language, settings)
    scored = [c for c in found if c.score >= settings.min_score]
    if not scored:
        # nothing above or in the body dates the article: a "published" dateline after it does, in
        # the block of facts some sites print below the story ("Datum 28.04.2023", "Publisert: 05.08.24")
        below = [c for c in found if c.zone is Zone.BELOW and c.cue == "published" and c.dateline]
        if len({c.found.date for c in below}) == 1:
            return min(below, key=lambda c: c.line), None
    if any(c.zone is Zone.HEADER for c in scored):
        # a date in the lead or the body is the article's byline only where the header between headline
        # and body dates nothing; under a dated header it is a caption's, a quoted or related story's
        scored = [c for c in scored if c.zone not in (Zone.LEAD, Zone.BODY)]
    if not scored:
        return None, None
    best = max(scored, key=lambda c: (c.score, -c.found.date.toordinal(), -c.line))
    rival = next(
        (c for c in scored if c.score == best.score and c.line != best.line and c.found.date != best.found.date), None
    )
    if rival is None:
        return best, None
    first, second = (f"“{page.lines[c.line].strip()}”" for c in sorted((best, rival), key=lambda c: c.line))
    return None, f"not found: two lines date the article equally well ({first} and {second})"


def best_candidate(page: Page, language: str | None, settings: PrintedDateSettings = PRINTED) -> Candidate | None:
    """The date the page prints for its article, or None when none is clear."""
    return _chosen(page, language, settings)[0]


def printed_date(page: Page, language: str | None, settings: PrintedDateSettings = PRINTED) -> Published:
    """The publish date the page prints for its article, or an empty Published (with the reason
    when dates conflict) when none is clear."""
    best, reason = _chosen(page, language, settings)
    if best is None:
        return Published(evidence=reason)
    return Published(date=best.found.date, method="text", evidence=_evidence(best, page))


def settle(given: tuple[dt.date, str] | None, found: Published, default: dt.date | None = None) -> Published:
    """The cascade's answer: a date the user gave for the input wins over any the reader found
    (metadata, else printed in the page); a default the user gave fills in only where none was found."""
    if given is not None:
        return Published(date=given[0], method="given", evidence=given[1])
    if found.date is None and default is not None:
        return Published(date=default, method="given", evidence=f"--default-published {default.isoformat()}")
    return found
