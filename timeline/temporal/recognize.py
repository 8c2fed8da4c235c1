"""Recognition: find temporal expressions and give each an underspecified meaning.

One scanner regex cuts the text into tokens; the grammar (``grammar.py``, rule families in ``rules/``)
is tried only at tokens that can start an expression, and each rule looks at a bounded number of tokens
around its hit, so the work is linear in the text's length whatever the input. At each position the
longest reading wins.
"""

from __future__ import annotations

from timeline.models import Mention, TimexType
from timeline.temporal.grammar import Grammar, capitalised_starts, known_words, starting_words
from timeline.temporal.lexicon import lexicon
from timeline.temporal.rules.base import Parse
from timeline.temporal.tokens import Tokens, tokenize


def _mention(text: str, tokens: Tokens, start: int, parse: Parse) -> Mention:
    begin, end = tokens.starts[start], tokens.ends[parse[0] - 1]
    meaning = parse[1]
    if "of_span" in meaning:
        span = meaning.pop("of_span")
        meaning["of"] = text[span[0] : span[1]] or None
    return Mention(start=begin, end=end, text=text[begin:end], type=TimexType(parse[2]), meaning=meaning)


def recognize(text: str, language: str = "en") -> list[Mention]:
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
            parse = grammar.at(i)
            if parse is not None and parse[0] > i:
                mentions.append(_mention(text, tokens, i, parse))
                i = parse[0]
                continue
        i += 1
    return mentions
