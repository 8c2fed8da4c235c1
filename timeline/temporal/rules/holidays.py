"""Holidays: Christmas, Thanksgiving 2012, New Year's Eve, the Fourth of July, Easter (the rules are data)."""

from __future__ import annotations

from timeline.models import TimexType
from timeline.temporal.rules.base import Parse, Reading, Words

APOSTROPHES = {"’": "'"}  # Valentine’s Day is written with either
POSSESSIVE_MARKS = frozenset({"'", "’"})
SENTENCE_OPENERS = frozenset({"", ".", "!", "?", '"', "“", ":", "(", "—"})  # what a capitalised word may follow


class Holidays(Words):
    def holiday(self, i: int) -> Parse | None:
        """A holiday's name as written (capitalised), with its year if one follows: Christmas 2012."""
        named = self.holiday_name(i)
        longer = named is not None and named[0] < len(self.t) and self.t.raw[named[0]][:1].isupper()
        if named is None or (longer and not self.lex.capitalised_nouns) or self.qualified(i):
            return None  # none, or part of a longer name: Easter Island, Christmas Carol
        j = named[0]
        meaning: Reading = {"kind": "date", "holiday": dict(named[1])}
        year = self.year_after(j, self.of_or_comma)
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    def qualified(self, i: int) -> bool:
        """Orthodox Christmas, Canadian Thanksgiving, Ukraine's Independence Day: a name before the holiday
        makes it another calendar's or country's, on another day; a capitalised word opening a sentence
        ("On Christmas") does not, unless possessive."""
        raw, t = self.t.raw, self.t
        if i >= 3 and raw[i - 1] in self.w["possessive_endings"] and t.word(i - 2) in POSSESSIVE_MARKS:
            return raw[i - 3][:1].isupper()
        named = i >= 1 and raw[i - 1][:1].isupper() and raw[i - 1].isalpha() and t.word(i - 2) not in SENTENCE_OPENERS
        return named and not self.lex.capitalised_nouns

    def holiday_name(self, i: int) -> tuple[int, object] | None:
        """The longest holiday name at ``i``, its tokens compared as written."""
        return self.phrase(i, self.lex.holidays, self.as_written)

    def as_written(self, j: int) -> str:
        """Token ``j`` with its case, either apostrophe as "'"; "" past the end."""
        raw = self.t.raw
        return APOSTROPHES.get(raw[j], raw[j]) if j < len(raw) else ""
