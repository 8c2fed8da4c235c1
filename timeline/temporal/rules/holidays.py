"""Holidays: Christmas, Thanksgiving 2012, New Year's Eve, the Fourth of July, Easter (the rules are data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from timeline.models import TimexType
from timeline.temporal.rules.base import SENTENCE_OPENERS, Parse, Reading, Words

POSSESSIVE_MARKS = frozenset({"'", "’"})


class Holidays(Words):
    def holiday(self, i: int) -> Parse | None:
        """A holiday's name as written (capitalised), with its year if one follows: Christmas 2012."""
        named = self.holiday_name(i)
        if named is None:  # "thanksgiving 2016", "new year's eve 2019": in lower case only before its year
            lower = self.phrase(i, self.lex.holidays_in_lower_case, self.as_written_lower)
            named = lower if lower is not None and self.year_after(lower[0], self.of_or_comma) else None
        longer = named is not None and named[0] < len(self.t) and self.t.raw[named[0]][:1].isupper()
        if named is None or (longer and not self.lex.capitalised_nouns) or self.qualified(i):
            return None  # none, or part of a longer name: Easter Island, Christmas Carol
        j = named[0]
        meaning: Reading = {"kind": "date", "holiday": dict(cast(Mapping[str, object], named[1]))}
        year = self.year_after(j, self.of_or_comma)
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    def as_written_lower(self, j: int) -> str:
        """Token ``j`` as written, lower-cased (its apostrophe as "'")."""
        return self.as_written(j).lower()

    def qualified(self, i: int) -> bool:
        """Orthodox Christmas, Canadian Thanksgiving, Ukraine's Independence Day: a name before the holiday
        makes it another calendar's or country's, on another day; a capitalised word opening a sentence
        ("On Christmas") does not, unless possessive."""
        raw, t = self.t.raw, self.t
        if i >= 3 and raw[i - 1] in self.w["possessive_endings"] and t.word(i - 2) in POSSESSIVE_MARKS:
            return raw[i - 3][:1].isupper()
        named = i >= 1 and raw[i - 1][:1].isupper() and raw[i - 1].isalpha() and t.word(i - 2) not in SENTENCE_OPENERS
        named = named and t.word(i - 1) not in self.w["greeting_words"]  # Merry Christmas, Happy Holi
        return named and not self.lex.capitalised_nouns

    def holiday_name(self, i: int) -> tuple[int, object] | None:
        """The longest holiday name at ``i``, its tokens compared as written."""
        return self.phrase(i, self.lex.holidays, self.as_written)
