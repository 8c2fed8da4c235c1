"""Recognition: find temporal expressions and give each an underspecified meaning.

One scanner regex cuts the text into tokens; the grammar (``grammar.py``, rule families in ``rules/``)
is tried only at tokens that can start an expression, and each rule looks at a bounded number of tokens
around its hit, so the work is linear in the text's length whatever the input. At each position the
longest reading wins.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from itertools import islice

from pydantic import TypeAdapter

from timeline.errors import internal_error_reason, tag_reproducer
from timeline.languages import DEFAULT
from timeline.models import Meaning, Mention, TimeValue, TimexType
from timeline.temporal.grammar import Grammar, capitalised_starts, known_words, starting_words
from timeline.temporal.lexicon import TOKEN_PATTERN, Lexicon, lexicon
from timeline.temporal.rules.base import COMMA, Parse, Reading
from timeline.temporal.tense import clause_tense, narrated_in_past
from timeline.temporal.tokens import LOOKAHEAD, Tokens, tokens_of

ASIDE_REACH = 40  # characters before a dated expression in which an "until" makes it a side remark
SCENE_REACH = 12  # characters before a year in which its sentence's opening "In" is looked for
QUOTES = "\"'“‘"
SENTENCE_ENDS = frozenset(".!?\n" + QUOTES)
# Where a sentence may end: terminal punctuation, with the closing quotes or brackets after it, before a space or
# the text's end; or line breaks. Abbreviations and initials ("Mr.", "J. Smith") are for a caller that must tell
# them apart to check (facts.sentences); here a period after one ends the sentence too.
SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s|$)|\n+")
SENTENCE_REACH = 400  # characters either side of an anniversary its sentence may span (a long news sentence)
MEANING: TypeAdapter[Meaning] = TypeAdapter(Meaning)
# Tokens read from the text at a time: the token lists of a window cost about 200 bytes a token, so a window
# this long holds a few MB whatever the text's length (a whole 5 MB text's tokens took 200-280 MB).
WINDOW_TOKENS = 20_000
MENTION_FIELDS = set(Mention.model_fields)  # every field is given when a Found becomes a Mention
BEHIND = LOOKAHEAD  # tokens kept before the reading position when the window moves on (rules look a few back)


@dataclass(frozen=True, slots=True)
class Found:
    """A recognized expression in compact form: its span, TIMEX3 type and meaning (None with a reason when a
    rule broke on it). A long text has hundreds of thousands of these; a Mention model costs about 2 KB, this
    about 100 bytes (equal meanings are one shared object), so the engine keeps these and makes a Mention
    only when it hands one on."""

    start: int
    end: int
    type: TimexType
    meaning: Meaning | None
    reason: str | None = None

    def mention(
        self,
        text: str,
        *,
        value: TimeValue | None = None,
        anchor: str | None = None,
        reason: str | None = None,
        future: bool = False,
    ) -> Mention:
        """The Mention of it in ``text``, with what resolution found. Its fields are typed here already, so it is
        made without validation and with one shared record of the fields given (pydantic's own costs 700 bytes a
        model, a third of a resolved mention)."""
        return Mention.model_construct(
            MENTION_FIELDS,
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            type=self.type,
            meaning=self.meaning,
            value=value,
            anchor=anchor,
            reason=reason or self.reason,
            future=future,
        )


def _found(
    text: str,
    tokens: Tokens,
    start: int,
    parse: Parse,
    lex: Lexicon,
    *,
    meanings: dict[Hashable, Meaning],
    before: Found | None,
) -> Found:
    """The expression of a reading, its meaning typed and told what the text says around it: the clause's
    tense, whether it sets the story's year, whether it ends a range opened by the expression before it or is
    listed after it.
    ``meanings`` holds the meanings made so far by reading, so equal ones are one object."""
    begin, end = tokens.starts[start], tokens.ends[parse[0] - 1]
    reading: Reading = dict(parse[1])
    if before is not None and before.type == TimexType.SET and _listed_weekday(text[before.end : begin], reading, lex):
        parse = (parse[0], {"kind": "set", "value": f"XXXX-WXX-{reading['weekday']}"}, TimexType.SET)
        reading = dict(parse[1])  # "every Monday, Wednesday and Thursday": each listed day recurs
    kind, bare_year = reading["kind"], parse[1].keys() == {"kind", "year"}
    if "of_span" in reading:
        span = reading.pop("of_span")
        reading["of"] = text[span[0] : span[1]]  # "" when no words follow "of": still said
    if kind == "anniversary":
        reading["sentence_start"], reading["sentence_end"] = _sentence_bounds(text, begin, end)
    if _sets_the_scene(text, begin, end, reading, lex):
        reading["sets_scene"] = True
    tense = clause_tense(text, begin, end, lex, weekday=kind == "weekday")
    if tense is None and reading.get("current") and narrated_in_past(text, begin, end, lex):
        tense = "past"  # "marched this weekend", said on a Thursday: the weekend gone by
    if tense is not None:
        reading["tense"] = tense
    dated = kind == "date" and "year" in parse[1]
    reading.update(_beside_the_story(text, begin, end, tense, lex, bare_year=bare_year, dated=dated))
    if before is not None and _range_between(text[before.end : begin], lex):
        reading["ends_range"] = True
    elif before is not None and text[before.end : begin].strip().lower() in lex.word_sets["conjunctions"]:
        reading["listed"] = True
    return Found(begin, end, TimexType(parse[2]), _typed(reading, meanings))


def _listed_weekday(between: str, reading: Reading, lex: Lexicon) -> bool:
    """Whether a plain weekday follows a recurring time in a list ("every mon, wed, thur")."""
    joined = between.strip().lower() in lex.word_sets["conjunctions"] | COMMA
    return joined and reading["kind"] == "weekday" and reading.keys() <= {"kind", "weekday", "direction"}


def _typed(reading: Reading, meanings: dict[Hashable, Meaning]) -> Meaning:
    """The meaning of a reading, validated once per distinct reading (a reading holding a table is not shared)."""
    key: Hashable = tuple(reading.items())
    try:
        meaning = meanings.get(key)
    except TypeError:  # unhashable: a holiday's rule table
        return MEANING.validate_python(reading)
    if meaning is None:
        meaning = meanings[key] = MEANING.validate_python(reading)
    return meaning


def _failed(text: str, tokens: Tokens, start: int, error: Exception) -> Found:
    """The token a rule broke on, as an unanchored mention whose reason names the error and its reproducer
    (no meaning: resolution passes it by)."""
    begin, end = tokens.starts[start], tokens.ends[start]
    reach = tokens.ends[min(start + LOOKAHEAD, len(tokens) - 1)]  # the furthest a rule may have read
    reason = internal_error_reason(error, "reading the expression here", tag_reproducer(text, reach))
    return Found(begin, end, TimexType.DATE, None, reason)


def _range_between(between: str, lex: Lexicon) -> bool:
    """Whether the words between two mentions join them into a range: "-", "to", "bis zum"."""
    words = between.strip().lower().split()
    connectors, fillers = lex.word_sets["range_connectors"], lex.word_sets["range_fillers"]
    return bool(words) and words[0] in connectors and all(word in connectors or word in fillers for word in words)


def _sets_the_scene(text: str, start: int, end: int, reading: Reading, lex: Lexicon) -> bool:
    """ "In 1995, he moved to Paris. In March, he married.": a bare year opening its sentence after "In" (and
    set off by a comma) is the year the story goes on in; a year elsewhere ("since 1980", "through 1993") is a
    side remark that leaves the story where it was."""
    if reading.keys() != {"kind", "year"} or text[end : end + 1] != ",":
        return False
    head = text[max(0, start - SCENE_REACH) : start].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    opener = word.lstrip(QUOTES)
    before = head[: len(head) - len(opener)].rstrip()
    opens_sentence = not before or before[-1] in SENTENCE_ENDS
    return opens_sentence and opener.lower() in lex.word_sets["scene_prepositions"] and opener[:1].isupper()


def _beside_the_story(
    text: str, begin: int, end: int, tense: str | None, lex: Lexicon, *, bare_year: bool, dated: bool
) -> dict[str, bool]:
    """ "a campaign planned for 1976", "lasted until the fall of Budapest in February 1945": a bare year in a
    future clause, or a date with its year a few words after "until", "since", is aside from the story, which goes
    on in its own year; "France was soon divided": in past
    narration "soon" orders the story's events (after a modal, "they may soon seek", it is still ahead)."""
    flags = {}
    if (bare_year and tense == "future") or (dated and _after_aside_word(text, begin, lex)):
        flags["aside"] = True
    past = tense == "past" or _past_form(_word_after(text, end), lex)  # "the Germans soon intervened"
    if past and text[begin:end].lower() in lex.word_sets["soon_words"]:
        flags["orders_story"] = _word_before(text, begin) not in lex.word_sets["verb_cues"]
    return flags


def _after_aside_word(text: str, begin: int, lex: Lexicon) -> bool:
    """ "lasted until the fall of Budapest in February 1945": an "until", "since" a few words before the date in
    its clause puts it beside the story."""
    words = text[max(0, begin - ASIDE_REACH) : begin].split()
    if len(words) > 1:
        words = words[1:]  # the first may be cut
    tail = []
    for word in reversed(words):
        if word[-1:] in ",;:.!?":
            break
        tail.append(word.lower())
    return any(word in lex.word_sets["aside_year_prepositions"] for word in tail)


def _word_after(text: str, end: int) -> str:
    """The lower-cased word right after ``end`` (within a few characters), or ""."""
    words = text[end : end + SCENE_REACH].split()
    return words[0].lower().strip(".,;:") if words else ""


def _past_form(word: str, lex: Lexicon) -> bool:
    """A past form: a marker ("became", "fell") or a regular one ("intervened")."""
    form = lex.governing_past
    regular = (
        form is not None and word.isalpha() and len(word) > len(form["suffix"]) + 2 and word.endswith(form["suffix"])
    )
    return regular or lex.past_markers.fullmatch(word) is not None


CODE_PREFIX = 3  # letters glued before digits that make a code (HWW1HR, COVID19); FY2010 is still a year


def _starts(tokens: Tokens, first: int, limit: int, triggers: frozenset[str]) -> list[int]:
    """The tokens from ``first`` to ``limit`` a reading may start at: a rule's starting word, or a number.
    Picked in one pass, so the four tokens in five that start nothing cost the scan almost nothing."""
    if limit <= first:
        return []  # (a negative limit would slice from the end)
    return [i for i, word in enumerate(tokens.low[first:limit], first) if word in triggers or word[0].isdecimal()]


def _inside_a_code(tokens: Tokens, i: int) -> bool:
    """HWW1HR, CN1111FC, Yg2BC6O: digits glued to letters before them (three or more, or more letters or
    digits after) are part of a code or hashtag, no date."""
    before = tokens.word(i - 1)
    if i == 0 or not tokens.glued(i) or not (before.isascii() and before.isalpha()):
        return False  # 在2025年: scripts without spaces glue their words to digits
    after = tokens.word(i + 1)
    after_glued = i + 1 < len(tokens) and tokens.glued(i + 1) and after[:1].isascii() and after[:1].isalnum()
    return len(before) >= CODE_PREFIX or after_glued


def _word_before(text: str, start: int) -> str:
    """The lower-cased word right before ``start`` (within a few characters), or ""."""
    words = text[max(0, start - SCENE_REACH) : start].split()
    return words[-1].lower() if words else ""


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets just before and at the end of the sentence holding text[start:end], looked for within
    SENTENCE_REACH characters either side (so unpunctuated text costs no more per mention than prose)."""
    reach_start, reach_end = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    sentence_start = reach_start - 1
    for before in SENTENCE_END.finditer(text, reach_start, start):
        sentence_start = before.start()
    after = SENTENCE_END.search(text, end, reach_end)
    return sentence_start, after.start() if after else reach_end


def recognize(text: str, language: str = DEFAULT) -> list[Mention]:
    """Every temporal expression in ``text`` with its span and underspecified meaning (value None)."""
    return [found.mention(text) for found in find(text, language)]


def find(text: str, language: str = DEFAULT) -> Iterator[Found]:
    """Every temporal expression in ``text``, in text order, in compact form. The text is tokenized a window
    at a time, and the window moves on while no rule can read past it (LOOKAHEAD tokens ahead, BEHIND back),
    so the result is the same as over the whole text's tokens and the memory is the window's."""
    lex = lexicon(language)
    triggers, capitalised = starting_words(lex), capitalised_starts(lex)
    known, leads = known_words(lex), lex.word_sets["lead_words"]
    meanings: dict[Hashable, Meaning] = {}
    matches = TOKEN_PATTERN.finditer(text)
    window: list[re.Match[str]] = []
    before: Found | None = None
    i = 0
    while True:
        held = len(window)
        window += islice(matches, WINDOW_TOKENS)
        last = len(window) - held < WINDOW_TOKENS  # the text's last tokens are in
        tokens = tokens_of(window)
        grammar = Grammar(text, tokens, lex)
        count = len(tokens)
        limit = count if last else count - 2 * LOOKAHEAD  # a reading starting before it ends inside the window
        resume = i  # the token after the last reading: the next may start there
        for start in _starts(tokens, i, limit, triggers):
            if start < resume:
                continue  # inside the reading before
            current = tokens.word(start)
            if current in leads and tokens.word(start + 1) not in known and not tokens.word(start + 1)[:1].isdecimal():
                continue  # "the company", "a statement": no reading starts here
            number = current[0].isdecimal()
            if number and _inside_a_code(tokens, start):
                continue  # HWW1HR, CN1111FC: digits inside a code or hashtag are no date
            if not number and current in capitalised and not tokens.raw[start][0].isupper():
                continue  # "may", "new": in lower case, they start nothing
            try:
                parse = grammar.at(start)
            except Exception as error:  # a bug in one expression costs only that expression
                before = _failed(text, tokens, start, error)
                yield before
                resume = start + 1
                continue
            if parse is not None and parse[0] > start:
                before = _found(text, tokens, start, parse, lex, meanings=meanings, before=before)
                yield before
                resume = parse[0]
        i = max(resume, limit)
        if last:
            return
        kept = max(0, i - BEHIND)
        del window[:kept]
        i -= kept
