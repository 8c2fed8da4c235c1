"""Tense of the clause around a mention: future clauses ("will", "is set to") look forward, past ones back."""

from __future__ import annotations

import re

from timeline.temporal.lexicon import Lexicon

CLAUSE_BREAKS = re.compile(r"[.;!?\n]")
WINDOW = 120


def clause_tense(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """ "future", "past" or None (no marker) for the clause holding text[start:end]; looked for
    within a bounded window so the cost does not grow with the text."""
    left_window = text[max(0, start - WINDOW) : start]
    breaks = list(CLAUSE_BREAKS.finditer(left_window))
    left = left_window[breaks[-1].end() :] if breaks else left_window
    right_window = text[end : end + WINDOW // 2]
    stop = CLAUSE_BREAKS.search(right_window)
    clause = left + " " + (right_window[: stop.start()] if stop else right_window)
    if lex.future_markers.search(clause):
        return "future"
    if lex.past_markers.search(clause):
        return "past"
    return None
