"""Recognition: find temporal expressions and give each an underspecified meaning.

One scanner regex cuts the text into tokens; the grammar (``grammar.py``, rule families in ``rules/``)
is tried only at tokens that can start an expression, and each rule looks at a bounded number of tokens
around its hit, so the work is linear in the text's length whatever the input. At each position the
longest reading wins.
"""

from __future__ import annotations

import re

from pydantic import TypeAdapter

from timeline.errors import internal_error_reason, tag_reproducer
from timeline.languages import DEFAULT
from timeline.models import DateMeaning, Meaning, Mention, ShiftMeaning, TimexType, WeekdayMeaning
from timeline.temporal.grammar import Grammar, capitalised_starts, known_words, starting_words
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.rules.base import Parse, Reading
from timeline.temporal.tense import clause_tense
from timeline.temporal.tokens import LOOKAHEAD, Tokens, tokenize

ASIDE_REACH = 40  # characters before a dated expression in which an "until" makes it a side remark
SCENE_REACH = 12  # characters before a year in which its sentence's opening "In" is looked for
QUOTES = "\"'“‘"
SENTENCE_ENDS = frozenset(".!?\n" + QUOTES)
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
SENTENCE_REACH = 400  # characters either side of an anniversary its sentence may span (a long news sentence)
MEANING: TypeAdapter[Meaning] = TypeAdapter(Meaning)


def _mention(text: str, tokens: Tokens, start: int, parse: Parse, lex: Lexicon, *, before: Mention | None) -> Mention:
    """The mention of a reading, its meaning typed and told what the text says around it: the clause's
    tense, whether it sets the story's year, whether it ends a range opened by the mention before it or is listed
    after it."""
    begin, end = tokens.starts[start], tokens.ends[parse[0] - 1]
    reading: Reading = dict(parse[1])
    kind, bare_year = reading["kind"], parse[1].keys() == {"kind", "year"}
    if "of_span" in reading:
        span = reading.pop("of_span")
        reading["of"] = text[span[0] : span[1]]  # "" when no words follow "of": still said
    if kind == "anniversary":
        reading["sentence_start"], reading["sentence_end"] = _sentence_bounds(text, begin, end)
    if _sets_the_scene(text, begin, end, reading, lex):
        reading["sets_scene"] = True
    tense = clause_tense(text, begin, end, lex, weekday=kind == "weekday")
    if tense is not None:
        reading["tense"] = tense
    if _bare_clock(reading) and tense != "past" and not _after_a_day_in_its_sentence(text, begin, before):
        reading["anchor"] = "published"  # "départ à 9 h" in a listing or an announcement: the day it is read
    dated = kind == "date" and "year" in parse[1]
    reading.update(_beside_the_story(text, begin, end, tense, lex, bare_year=bare_year, dated=dated))
    if before is not None and _range_between(text[before.end : begin], lex):
        reading["ends_range"] = True
    elif before is not None and text[before.end : begin].strip().lower() in lex.word_sets["conjunctions"]:
        reading["listed"] = True
    meaning = MEANING.validate_python(reading)
    return Mention(start=begin, end=end, text=text[begin:end], type=TimexType(parse[2]), meaning=meaning)


def _bare_clock(reading: Reading) -> bool:
    """A time of day said without its day ("vers 18 h 55"): the clock rule leaves it on the text's day."""
    return reading["kind"] == "shift" and "clock" in reading and reading["anchor"] == "reference"


def _after_a_day_in_its_sentence(text: str, begin: int, before: Mention | None) -> bool:
    """ "Dimanche 5 janvier, à 9 h 15", "Hier, vers midi", "Nous avons ouvert vendredi jusqu'à 17 h": a day (or a
    time on one) named before a clock time in its sentence is the clock's day; across a sentence end, in a list of
    events or announcements, it is not ("im Kulturhaus, 20 Uhr." after an entry for tomorrow)."""
    if before is None or before.meaning is None or SENTENCE_BREAK.search(text, before.end, begin):
        return False
    meaning = before.meaning
    if isinstance(meaning, ShiftMeaning):
        return meaning.unit == "D" and meaning.from_day is None
    if isinstance(meaning, DateMeaning):
        return meaning.day is not None or meaning.holiday is not None
    return isinstance(meaning, WeekdayMeaning)


def _failed(text: str, tokens: Tokens, start: int, error: Exception) -> Mention:
    """The token a rule broke on, as an unanchored mention whose reason names the error and its reproducer
    (no meaning: resolution passes it by)."""
    begin, end = tokens.starts[start], tokens.ends[start]
    reach = tokens.ends[min(start + LOOKAHEAD, len(tokens) - 1)]  # the furthest a rule may have read
    reason = internal_error_reason(error, "reading the expression here", tag_reproducer(text, reach))
    return Mention(start=begin, end=end, text=text[begin:end], type=TimexType.DATE, reason=reason)


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
    sentence_start = max(text.rfind(". ", reach_start, start), text.rfind("\n", reach_start, start), reach_start - 1)
    ends = (text.find(". ", end, reach_end), text.find("\n", end, reach_end))
    return sentence_start, min((p for p in ends if p >= 0), default=reach_end)


def recognize(text: str, language: str = DEFAULT) -> list[Mention]:
    """Every temporal expression in ``text`` with its span and underspecified meaning (value None)."""
    lex = lexicon(language)
    tokens = tokenize(text)
    grammar = Grammar(text, tokens, lex)
    triggers, capitalised = starting_words(lex), capitalised_starts(lex)
    known, leads = known_words(lex), lex.word_sets["lead_words"]
    mentions: list[Mention] = []
    i, count = 0, len(tokens)
    while i < count:
        current = tokens.word(i)
        if current in leads and tokens.word(i + 1) not in known and not tokens.word(i + 1)[:1].isdecimal():
            i += 1  # "the company", "a statement": no reading starts here
            continue
        if current[0].isdecimal() and _inside_a_code(tokens, i):
            i += 1  # HWW1HR, CN1111FC: digits inside a code or hashtag are no date
            continue
        triggered = current in triggers and (current not in capitalised or tokens.raw[i][0].isupper())
        if triggered or current[0].isdecimal():
            try:
                parse = grammar.at(i)
            except Exception as error:  # a bug in one expression costs only that expression
                mentions.append(_failed(text, tokens, i, error))
                i += 1
                continue
            if parse is not None and parse[0] > i:
                mentions.append(_mention(text, tokens, i, parse, lex, before=mentions[-1] if mentions else None))
                i = parse[0]
                continue
        i += 1
    return mentions
