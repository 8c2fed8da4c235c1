"""Holidays: Christmas, Thanksgiving 2012, New Year's Eve, the Fourth of July, Easter (the rules are data)."""

from __future__ import annotations

from timeline.models import TimexType
from timeline.temporal.meaning import Meaning
from timeline.temporal.rules.base import Parse, Words

APOSTROPHES = {"’": "'"}  # Valentine’s Day is written with either


class Holidays(Words):
    def holiday(self, i: int) -> Parse | None:
        """A holiday's name as written (capitalised), with its year if one follows: Christmas 2012."""
        named = self.holiday_name(i)
        if named is None:
            return None
        j, rule = named
        if j < len(self.t) and self.t.raw[j][:1].isupper():
            return None  # part of a longer name: Easter Island, Christmas Carol
        meaning: Meaning = {"kind": "date", "holiday": dict(rule)}
        year = self.year(j + 1) if self.t.word(j) in {",", "of"} else self.year(j)
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    def holiday_name(self, i: int) -> tuple[int, dict[str, object]] | None:
        """The longest holiday name at ``i``, its tokens compared as written."""
        best, node, j, raw = None, self.lex.holidays, i, self.t.raw
        while j < len(raw) and (node := node.get(APOSTROPHES.get(raw[j], raw[j]))) is not None:
            j += 1
            if None in node:
                best = (j, node[None])
        return best
