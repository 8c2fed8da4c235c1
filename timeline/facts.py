"""Dated statements: each anchored expression with the clause it dates and the sentence around it.

A sentence with two dates yields two facts, each with its own clause: the sentence is cut into
segments at clause punctuation, and each segment holding a date owns the undated segments that
follow it (a fronted "on Feb 24," owns the main clause after it); a clause that starts with a verb
("said on Monday") is led by the short clause before it, its subject. Everything is one pass over the
text; nothing backtracks.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from timeline.lexicon import ClauseWords, clause_words
from timeline.models import (
    AnniversaryMeaning,
    Article,
    EventStatus,
    Fact,
    Mention,
    ShiftMeaning,
    Source,
    TimeValue,
    Unanchored,
    UndatedKind,
)
from timeline.temporal.recognize import SENTENCE_END

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.$")
_NUMBER_COMMA = re.compile(r"\d,\d")
_TRIM = " \t\n,;:-–—()"
_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_SENTENCE_CHARS = 1000  # longer runs without a sentence end are cut, so quotes (and the work) stay bounded
MIN_CLAUSE_WORDS = 2  # a clause with fewer content words than this is only its date
MAX_SUBJECT_WORDS = 5  # a clause this short just before a verb-led one is its subject ("Dmitri S. Peskov")
_QUOTES = "\"“”‘’'"
_OPENING_QUOTES = '"“'
_CLOSING_QUOTE = re.compile('["”]')
DATES_FOLLOWING_WORDS = "following"  # Mention.meaning["dates"]: the expression dates the words after it
DAY_UNIT = "D"  # a ShiftMeaning's unit of days
PUBLISHED_ANCHOR = "published"  # a ShiftMeaning counted from the publish date

NOT_AN_EVENT = "not an event"  # undated_reasons key of the template "{kind}, not a point in time ({value})"
PRESENT = "present"  # undated_reasons key of "today" meaning nowadays
UNDATED_KINDS = {"DURATION": UndatedKind.DURATION, "SET": UndatedKind.REPEATED}  # by TIMEX3 type; others vague


@cache
def _clause_break(words: ClauseWords) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words.clause_breaks)))


@cache
def _leading_conjunction(words: ClauseWords) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(words.leading_conjunctions) + r")\s+(?=\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def sentences(text: str, language: str | None = None) -> list[Span]:
    """Sentence spans of ``text``, stripped of surrounding space; abbreviations and initials (of
    ``language``, None: the default language) do not end one."""
    words = clause_words(language)
    spans: list[Span] = []
    start = 0
    for match in SENTENCE_END.finditer(text):  # candidate ends, abbreviations told apart below
        if match.group().startswith("\n") or _ends_sentence(text, match, words):
            _append_stripped(spans, text, start, match.end())
            start = match.end()
    _append_stripped(spans, text, start, len(text))
    return spans


def _ends_sentence(text: str, match: re.Match[str], words: ClauseWords) -> bool:
    following = text[match.end() : match.end() + 3].lstrip()
    if following[:1].islower():
        return False
    if (
        words.ordinal_points
        and match.group() == "."
        and _DAY_NUMBER_BEFORE.search(text, max(0, match.start() - 2), match.start() + 1)
    ):
        return False  # am 3. März
    if match.group().startswith(".") and len(match.group().rstrip("\"”’')]")) == 1:
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
        if before:
            word = before.group(1)
            return not (word.lower() in words.abbreviations or (len(word) == 1 and word.isupper()))
    return True


def _append_stripped(spans: list[Span], text: str, start: int, end: int) -> None:
    """Append the span without its surrounding space, cut at spaces into pieces of at most MAX_SENTENCE_CHARS."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append_stripped(spans, text, start, cut)
        start = cut
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(Span(start + lead, start + lead + len(stripped)))


def clause_segments(text: str, sentence: Span, words: ClauseWords) -> list[Span]:
    """The sentence cut at clause punctuation (a comma inside a number such as 1,000 does not cut)."""
    cuts = [sentence.start]
    for match in _clause_break(words).finditer(text, sentence.start, sentence.end):
        if match.group() == "," and _NUMBER_COMMA.match(text, match.start() - 1):
            continue
        cuts.append(match.end())
    cuts.append(sentence.end)
    return [Span(a, b) for a, b in pairwise(cuts) if b > a]


def is_dated(mention: Mention) -> bool:
    """Anchored to calendar bounds: only such mentions can date an event."""
    value = mention.value
    return value is not None and value.earliest is not None and value.latest is not None


def undated(mention: Mention) -> tuple[UndatedKind, str]:
    """Why a mention dates no event: the reason a stage gave, or the kind of value it has (in the words of
    the default language, which the output speaks)."""
    reasons = _reasons()
    if mention.reason or mention.value is None:
        return UndatedKind.NOT_ANCHORED, mention.reason or reasons[UndatedKind.NOT_ANCHORED]
    kind = UNDATED_KINDS.get(mention.type, UndatedKind.VAGUE)
    return kind, reasons[NOT_AN_EVENT].format(kind=reasons[kind], value=mention.value.value)


def joined_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "From 2004 to 2006", "from July 4 to July 6": the two ends `tag` gives (the second marked
    ``ends_range``) become one mention dating one happening over the whole range, valued as an ISO 8601
    interval ("2004/2006"). Ends with a mod ("early 2004") or out of order stay apart."""
    joined: list[Mention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if first is not None and _ends_range_of(first, mention):
            joined[-1] = _range(text, first, mention)
        else:
            joined.append(mention)
    return joined


def _ends_range_of(first: Mention, last: Mention) -> bool:
    if last.meaning is None or not last.meaning.ends_range or not (is_dated(first) and is_dated(last)):
        return False
    start, end = first.value, last.value
    assert start is not None and end is not None and start.earliest is not None and end.latest is not None
    return start.mod is None and end.mod is None and start.type == end.type and start.earliest < end.latest


def _range(text: str, first: Mention, last: Mention) -> Mention:
    start, end = first.value, last.value
    assert start is not None and end is not None
    value = start.model_copy(
        update={
            "value": f"{start.value}/{end.value}",
            "latest": end.latest,
            "approximate": start.approximate or end.approximate,
        }
    )
    return first.model_copy(
        update={
            "end": last.end,
            "text": text[first.start : last.end],
            "value": value,
            "anchor": first.anchor or last.anchor,
            "future": first.future or last.future,
        }
    )


def _reasons() -> dict[str, str]:
    return clause_words(None).undated_reasons


def means_nowadays(text: str, mention: Mention, words: ClauseWords) -> bool:
    """ "Ties between China and Russia today are at a high": the present day named inside its clause, with
    no tense of its own, just before a present-tense state verb means nowadays, not the publish date."""
    meaning = mention.meaning
    if not (isinstance(meaning, ShiftMeaning) and meaning.unit == DAY_UNIT and meaning.amount == 0):
        return False
    if meaning.tense is not None or meaning.anchor != PUBLISHED_ANCHOR:
        return False
    before, after = text[max(0, mention.start - 2) : mention.start], _WORD.match(text[mention.end :].lstrip())
    inside_clause = len(before) == 2 and before[1].isspace() and before[0].isalnum()
    return inside_clause and after is not None and after.group().lower() in words.present_state_verbs


def extract_facts(
    article: Article, mentions: list[Mention], *, spans: list[Span] | None = None
) -> tuple[list[Fact], list[Unanchored]]:
    """Every mention becomes a fact (when dated) or an unanchored entry (with the reason); none is dropped.

    ``spans`` are the text's sentences when the caller has them already.
    """
    facts: list[Fact] = []
    unanchored: list[Unanchored] = []
    words = clause_words(article.language)
    spans = sentences(article.text, article.language) if spans is None else spans
    starts = [span.start for span in spans]
    for sentence, told_in_sentence in mentions_by_sentence(article.text, mentions, spans):
        in_sentence = joined_ranges(article.text, told_in_sentence)
        quote = article.text[sentence.start : sentence.end]
        dated = [m for m in in_sentence if is_dated(m) and not means_nowadays(article.text, m, words)]
        told = _clauses_of(article.text, sentence, dated, words)
        speaker = _speaker(article.text, spans, bisect_right(starts, sentence.start) - 1, words) if told else None
        if speaker:
            told = [f"{speaker}: {clause}" for clause in told]
        clauses = dict(zip(map(id, dated), told, strict=True))
        for mention in in_sentence:
            if id(mention) in clauses:
                facts.append(_fact(article.id, quote, clauses[id(mention)], mention, article.published.date))
            else:
                nowadays = is_dated(mention)  # a dated mention not in clauses means the present
                kind, reason = (UndatedKind.VAGUE, _reasons()[PRESENT]) if nowadays else undated(mention)
                unanchored.append(
                    Unanchored(
                        article=article.id,
                        quote=quote,
                        expression=mention.text,
                        start=mention.start,
                        end=mention.end,
                        reason=reason,
                        kind=kind,
                    )
                )
    return facts, unanchored


def mentions_by_sentence(
    text: str, mentions: list[Mention], spans: list[Span] | None = None
) -> Iterator[tuple[Span, list[Mention]]]:
    """Each sentence with the mentions that start in it, in one walk over both sorted lists."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    spans = sentences(text) if spans is None else spans
    index = 0
    for position, sentence in enumerate(spans):
        last = position == len(spans) - 1
        bucket: list[Mention] = []
        while index < len(ordered) and (last or ordered[index].start < spans[position + 1].start):
            bucket.append(ordered[index])
            index += 1
        if bucket:
            yield _widen(sentence, bucket), bucket
    if index < len(ordered):  # only when the text has no sentence at all
        yield Span(0, len(text)), ordered[index:]


def _widen(sentence: Span, mentions: list[Mention]) -> Span:
    """A mention reaching past the stripped sentence still lies inside its quote."""
    return Span(min(sentence.start, mentions[0].start), max(sentence.end, *(m.end for m in mentions)))


def _clauses_of(text: str, sentence: Span, dated: list[Mention], words: ClauseWords) -> list[str]:
    """The clause each dated mention dates: its segment and the undated segments after it.

    A clause that is little more than its date ("Unlike 53 years ago,") takes in the next one too;
    a mention that dates the words after it ("a week after X") dates X alone.
    """
    if not dated:
        return []
    segments = clause_segments(text, sentence, words)
    segment_ends = [segment.end for segment in segments]
    owner = [min(bisect_right(segment_ends, m.start), len(segments) - 1) for m in dated]
    firsts = sorted(set(owner))
    starts = [segments[seg].start if k else sentence.start for k, seg in enumerate(firsts)]
    ends = [segments[nxt].start if nxt is not None else sentence.end for nxt in [*firsts[1:], None]]
    owned: dict[int, list[str]] = {}
    for mention, seg in zip(dated, owner, strict=True):
        owned.setdefault(seg, []).append(mention.text)
    for k in reversed(range(len(firsts) - 1)):
        if _content_words(text[starts[k] : ends[k]], owned[firsts[k]], words) < MIN_CLAUSE_WORDS:
            ends[k] = ends[k + 1]
    spans = {seg: Span(starts[k], ends[k]) for k, seg in enumerate(firsts)}
    quotation_end = _attributed_quotation_end(text, segments, words)
    led: dict[str, str] = {}  # each clause stripped once and held once: a dense sentence holds hundreds of
    # dates owning one segment, whose facts would otherwise each carry a copy of the same clause
    clauses = []
    for mention, seg in zip(dated, owner, strict=True):
        clause = _with_subject(text, segments, seg if spans[seg].start > sentence.start else 0, spans[seg], words)
        if mention.end <= quotation_end:
            clause = text[sentence.start : sentence.end]  # what was said and who said it
        if _dates_following_words(mention):
            following = min(bisect_right(segment_ends, mention.end), len(segments) - 1)
            clause = text[mention.end : segments[following].end].strip(_TRIM) or clause
        if clause not in led:
            led[clause] = _leading_conjunction(words).sub("", clause.strip(_TRIM))
        clauses.append(_noted(mention, led[clause] or mention.text))
    return clauses


def _dates_following_words(mention: Mention) -> bool:
    """The expression dates the words after it: "a week after X", and "three years to the day X" (an
    anniversary the sentence's own date ties to an earlier happening, which the words after it tell)."""
    meaning = mention.meaning
    if isinstance(meaning, AnniversaryMeaning):
        return meaning.of is None
    return meaning is not None and meaning.dates == DATES_FOLLOWING_WORDS


def _attributed_quotation_end(text: str, segments: list[Span], words: ClauseWords) -> int:
    """Where a quotation that opens the sentence closes, when a verb-led clause after it attributes it
    ("“The president last week spoke …,” Peskov said on Monday"): a date inside it dates the whole
    sentence, so the words said are not cut from their speaker. -1 for any other sentence."""
    opening = segments[0].start
    if text[opening : opening + 1] not in _OPENING_QUOTES:
        return -1
    closing = _CLOSING_QUOTE.search(text, opening + 1, segments[-1].end)
    if closing is None:
        return -1
    after = [segment for segment in segments if segment.start >= closing.end()]
    attributed = any(_starts_with_verb(text[segment.start : segment.end], words) for segment in after)
    return closing.start() if attributed else -1


def _speaker(text: str, spans: list[Span], index: int, words: ClauseWords) -> str | None:
    """Who speaks in a wholly quoted sentence, when the sentence before attributes its own quotation: the
    quote goes on, and "“… that process started today.”" is led by "Dmitri S. Peskov, said in a call …"."""
    if index < 1:
        return None
    sentence = spans[index]
    own = text[sentence.start : sentence.end]
    if own[:1] not in _OPENING_QUOTES or not _CLOSING_QUOTE.fullmatch(own.rstrip(".!?")[-1:]):
        return None
    before = spans[index - 1]
    closing = _attributed_quotation_end(text, clause_segments(text, before, words), words)
    if closing < 0:
        return None
    return text[closing + 1 : before.end].strip(_TRIM + _QUOTES + ".") or None


def _noted(mention: Mention, clause: str) -> str:
    """The clause, led by what the mention says it dates when that is not the clause's own event
    (``meaning["note"]``: "the previous call: The call was the second ... in just over a month")."""
    note = mention.meaning.note if mention.meaning is not None else None
    return f"{note}: {clause}" if note else clause


def _with_subject(text: str, segments: list[Span], first: int, clause: Span, words: ClauseWords) -> str:
    """The clause, led by its subject when it starts with a verb: the short clause just before it
    ("Dmitri S. Peskov") names who "said in a call with reporters on Monday". When the sentence opens
    with a quotation that closes before the verb, the verb introduces it: the whole sentence is the
    clause (what was said, who said it, when)."""
    own = text[clause.start : clause.end]
    if first == 0 or not _starts_with_verb(own, words):
        return own
    opening = segments[0].start
    if text[opening : opening + 1] in _OPENING_QUOTES and _CLOSING_QUOTE.search(text, opening + 1, clause.start):
        return text[opening : clause.end]
    before = segments[first - 1]
    subject = text[before.start : before.end].strip(_TRIM + _QUOTES)
    if not 0 < len(subject.split()) <= MAX_SUBJECT_WORDS or _starts_with_verb(subject, words):
        return own
    return f"{subject} {own.strip(_TRIM)}"


def _starts_with_verb(clause: str, words: ClauseWords) -> bool:
    first = [word.lower() for word in _WORD.findall(clause)[:2]]
    if first and first[0] in words.clause_verb_adverbs:
        first = first[1:]
    return bool(first) and first[0] in words.clause_verbs


def _content_words(clause: str, expressions: list[str], words: ClauseWords) -> int:
    for expression in expressions:
        clause = clause.replace(expression, " ", 1)
    return sum(1 for word in _WORD.findall(clause) if word.lower() not in words.stop_words)


def _fact(article_id: str, quote: str, clause: str, mention: Mention, published: dt.date | None) -> Fact:
    value: TimeValue = mention.value  # type: ignore[assignment]  # is_dated checked it
    source = Source(
        article=article_id,
        quote=quote,
        expression=mention.text,
        start=mention.start,
        end=mention.end,
        anchor=mention.anchor,
        text=clause,
        date=value,
    )
    return Fact(date=value, text=clause, status=_status(mention, value, published), source=source)


def _status(mention: Mention, value: TimeValue, published: dt.date | None) -> EventStatus:
    """Planned when its date begins after publication (nothing is reported before it happens: "could
    appear in court as early as tomorrow"), or when the clause speaks of the future and its date is not
    over before publication."""
    if published is None or value.earliest is None or value.latest is None:
        return "planned" if mention.future else "occurred"
    return "planned" if value.earliest > published or (mention.future and value.latest >= published) else "occurred"
