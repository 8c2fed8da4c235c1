"""The token stream the grammar walks: lower-cased words, digit runs and punctuation with offsets (the
matches of lexicon.TOKEN_PATTERN)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

LOOKAHEAD = 32  # no rule looks further than this many tokens from where it starts


@dataclass(frozen=True)
class Tokens:
    """Parallel lists, indexed by token number; ``raw`` keeps the case (month names must be capitalised)."""

    raw: list[str]
    low: list[str]
    starts: list[int]
    ends: list[int]
    word: Callable[[int], str] = field(init=False)

    def __post_init__(self) -> None:
        # ``word(i)`` is the lower-cased token, "" before the start and past the end (padding makes
        # index -1 and the lookahead land on ""), as a plain list lookup: it is the hot path.
        padded = [*self.low, *([""] * LOOKAHEAD)]
        object.__setattr__(self, "word", padded.__getitem__)

    def __len__(self) -> int:
        return len(self.low)

    def glued(self, index: int) -> bool:
        """Whether token ``index`` touches the one before it (no space): '1990' 's', 'third' '-'."""
        return 0 < index < len(self.low) and self.starts[index] == self.ends[index - 1]

    def number(self, index: int) -> int | None:
        """The value of a digit token, else None."""
        word = self.word(index)
        return int(word) if word.isdecimal() and len(word) <= 9 else None


def tokens_of(matches: Sequence[re.Match[str]]) -> Tokens:
    """The tokens of TOKEN_PATTERN's matches (a window of the text: see recognize.find)."""
    raw = [match.group() for match in matches]
    starts = [match.start() for match in matches]
    ends = [match.end() for match in matches]
    return Tokens(raw, [token.lower() for token in raw], starts, ends)
