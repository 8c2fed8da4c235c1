"""Recognition: find temporal expressions and give each an underspecified meaning.

One scanner regex cuts the text into tokens; the grammar (``grammar.py``, rule families in ``rules/``)
is tried only at tokens that can start an expression, and each rule looks at a bounded number of tokens
around its hit, so the work is linear in the text's length whatever the input. At each position the
longest reading wins.
"""

from __future__ import annotations

from pydantic import TypeAdapter

from timeline.errors import internal_error_reason, tag_reproducer
from timeline.languages import DEFAULT
from timeline.models import Meaning, Mention, TimexType
from timeline.temporal.grammar import Grammar, capitalised_starts, known_words, starting_words
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.rules.base import Parse, Reading
from timeline.temporal.tense import clause_tense
from timeline.temporal.tokens import LOOKAHEAD, Tokens, tokenize

SCENE_REACH = 12  # characters before a year in which its sentence's opening "In" is looked for
QUOTES = "\"'“‘"
SENTENCE_ENDS = frozenset(".!?\n" + QUOTES)
SENTENCE_REACH = 400  # characters either side of an anniversary its sentence may span (a long news sentence)
MEANING: TypeAdapter[Meaning] = TypeAdapter(Meaning)


def _mention(text: str, tokens: Tokens, start: int, parse: Parse, lex: Lexicon, *, before: Mention | None) -> Mention:
    """The mention of a reading, its meaning typed and told what the text says around it: the clause's
    tense, whether it sets the story's year, whether it ends a range opened by the mention before it."""
    begin, end = tokens.starts[start], tokens.ends[parse[0] - 1]
    reading: Reading = dict(parse[1])
    kind = reading["kind"]
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
    if before is not None and _range_between(text[before.end : begin], lex):
        reading["ends_range"] = True
    meaning = MEANING.validate_python(reading)
    return Mention(start=begin, end=end, text=text[begin:end], type=TimexType(parse[2]), meaning=meaning)


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
