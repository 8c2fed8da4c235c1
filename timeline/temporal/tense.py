"""Tense of the clause around a mention: future clauses ("will", "is set to") look forward, past ones back."""

from __future__ import annotations

import re
import string

from timeline.temporal.lexicon import Lexicon

# A period ends a clause unless it ends an initial or a title (Mr., P., Corp.). The period comes
# first so the look-behinds run only at periods.
CLAUSE_BREAKS = re.compile(
    r"[;!?\n]|\.(?<![A-Z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<!Jr\.)(?<!Co\.)(?<!Mrs\.)(?<!Inc\.)(?<!Ltd\.)(?=\s)"
)
WINDOW = 120
# Markers are ASCII words; lowering only ASCII letters keeps every offset where it was.
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def clause_tense(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """ "future", "past" or None (no marker) for the clause holding text[start:end]; looked for
    within a bounded window so the cost does not grow with the text."""
    left_window = text[max(0, start - WINDOW) : start]
    breaks = list(CLAUSE_BREAKS.finditer(left_window))
    left = left_window[breaks[-1].end() :] if breaks else left_window
    right_window = text[end : end + WINDOW // 2]
    stop = CLAUSE_BREAKS.search(right_window)
    right = right_window[: stop.start()] if stop else right_window
    if lex.deadline_prepositions.search(left[-12:]):
        return "deadline"
    left, right = left.translate(ASCII_LOWER), right.translate(ASCII_LOWER)
    nearest: tuple[int, str] | None = None
    for tense, pattern in (("future", lex.future_markers), ("past", lex.past_markers)):
        for match in pattern.finditer(left):
            if not _passive(left, match.start()):
                nearest = min(nearest or (len(left) - match.end(), tense), (len(left) - match.end(), tense))
        match = next((m for m in pattern.finditer(right) if not _passive(right, m.start())), None)
        if match:
            nearest = min(nearest or (match.start(), tense), (match.start(), tense))
    return nearest[1] if nearest else None


def _passive(clause: str, start: int) -> bool:
    """ "will be named", "had been scheduled": a participle after "be" says nothing of the time; the verb before
    does."""
    return clause[max(0, start - 3) : start] == "be " or clause[max(0, start - 5) : start] == "been "
