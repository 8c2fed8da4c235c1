"""Tense of the clause around a mention: future clauses ("will", "is set to") look forward."""

from __future__ import annotations

import re

CLAUSE_BREAKS = re.compile(r"[.;!?\n]")
WINDOW = 120


def is_future(text: str, start: int, end: int, markers: re.Pattern[str]) -> bool:
    """Whether the clause holding text[start:end] speaks of the future (a future marker in its sentence,
    looked for within a bounded window so the cost does not grow with the text)."""
    left_window = text[max(0, start - WINDOW) : start]
    breaks = list(CLAUSE_BREAKS.finditer(left_window))
    left = left_window[breaks[-1].end() :] if breaks else left_window
    right_window = text[end : end + WINDOW // 2]
    stop = CLAUSE_BREAKS.search(right_window)
    right = right_window[: stop.start()] if stop else right_window
    return markers.search(left) is not None or markers.search(right) is not None
