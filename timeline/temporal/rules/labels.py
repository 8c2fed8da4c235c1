"""Expressions named by their words: now, recently, the future; every year, weekly; the third anniversary of X."""

from __future__ import annotations

from timeline.models import TimexType
from timeline.temporal.rules.base import Parse, Reading, Words, duration_value, roman


class Labels(Words):
    def anniversary(self, i: int) -> Parse | None:
        ordinal = self.ordinal(i)
        if ordinal is None or self.t.word(ordinal[0]) not in self.w["anniversary_words"]:
            return None
        j = ordinal[0] + 1
        meaning: Reading = {"kind": "anniversary", "years": ordinal[1]}
        if self.t.word(j) in self.of:
            meaning["of_span"] = self.event_phrase(j + 1)
        return j, meaning, TimexType.DATE

    def event_phrase(self, i: int) -> tuple[int, int]:
        """Offsets of the words naming what an anniversary is of: up to the clause's end, at most 8 tokens."""
        t = self.t
        j = i
        while j < len(t) and j < i + 8 and t.word(j) not in self.lex.word_sets["event_phrase_stops"]:
            j += 1
        return (t.starts[i], t.ends[j - 1]) if j > i else (t.starts[i], t.starts[i])

    def reference(self, i: int) -> Parse | None:
        phrase = self.phrase(i, self.lex.reference_phrases)
        if phrase and not self.prospects(phrase[0] - 1):
            return phrase[0], {"kind": "reference", "value": phrase[1]}, TimexType.DATE
        value = self.lex.references.get(self.t.word(i))
        soon = self.t.word(i) in self.w["soon_words"]  # not "as soon as", "soon after"
        if value is None or (soon and {self.t.word(i - 1), self.t.word(i + 1)} & self.w["soon_blockers"]):
            return None
        if self.discourse_marker(i) or self.prospects(i):
            return None
        return i + 1, {"kind": "reference", "value": value}, TimexType.DATE

    def prospects(self, i: int) -> bool:
        """ "su futuro", "el futuro de las pensiones": a reference noun that is someone's or something's prospects,
        not a time ("en el futuro", "proyecto de futuro" are)."""
        t = self.t
        if t.word(i) not in self.w["reference_nouns"]:
            return False
        return t.word(i - 1) in self.w["possessive_determiners"] or t.word(i + 1) in self.of

    def someday(self, i: int) -> Parse | None:
        """ "will one day be", "he one day follows": after a modal or a subject, "one day" is some time to come,
        not a day's length ("for one day", "followed by one day")."""
        phrase = self.phrase(i, self.lex.someday_phrases)
        if phrase is None or self.t.word(i - 1) not in self.lex.word_sets["someday_cues"]:
            return None
        return phrase[0], {"kind": "reference", "value": phrase[1]}, TimexType.DATE

    def this_moment(self, i: int) -> Parse | None:
        """ "at this moment", "at this crucial moment", "at this hour": now, as "at the moment" is."""
        t = self.t
        if t.word(i) not in self.w["this_words"] or t.word(i - 1) not in self.w["clock_prepositions"]:
            return None
        if self.unit_is(i + 1, "H"):
            return i + 2, {"kind": "reference", "value": "PRESENT_REF"}, TimexType.DATE
        moments = self.w["moment_words"]
        j = i + 2 if t.word(i + 1) not in moments and t.word(i + 1).isalpha() else i + 1
        if t.word(j) not in moments:
            return None
        return j + 1, {"kind": "reference", "value": "PRESENT_REF"}, TimexType.DATE

    def discourse_marker(self, i: int) -> bool:
        """ "Now, he says, ..." opens an argument, not a time: a capitalised "Now" set off by a comma."""
        now = self.t.word(i) in self.w["now_words"]
        return now and self.text[self.t.starts[i]].isupper() and self.t.word(i + 1) == ","

    def frequency(self, i: int) -> Parse | None:
        """twice a week, three times a year, once per day: a set (TimeML puts the count in ``freq``)."""
        t = self.t
        count = self.number(i) if t.word(i) not in self.lex.frequency_words else None
        if count is not None and t.word(count[0]) in self.w["times_words"]:
            j = count[0] + 1
        elif t.word(i) in self.lex.frequency_words:
            j = i + 1
        else:
            return None
        unit = self.unit(j + 1) if t.word(j) in self.lex.article_one | self.lex.set_quantifiers else None
        if unit is None or unit[2]:
            return None
        return unit[0], {"kind": "set", "value": duration_value(1, unit[1])}, TimexType.SET

    def recurrence(self, i: int) -> Parse | None:  # noqa: PLR0911 - one return per reading
        """every year, each Thursday, every summer, daily, weekly."""
        t = self.t
        word = t.word(i)
        if word in self.lex.set_words:
            adjective = word in self.w["adjective_set_words"]
            attributive = t.word(i + 1)[:1].isalpha() and not self.lex.adjectives_after_nouns
            if adjective and (attributive or t.word(i - 1) in self.w["adjective_determiners"]):
                return None  # an adjective: "quarterly dividend", "average daily volume"; a noun: "the daily"
            return i + 1, {"kind": "set", "value": self.lex.set_words[word]}, TimexType.SET
        if word not in self.lex.set_quantifiers or (word in self.w["rate_words"] and self.after_quantity(i - 1)):
            return None  # "15 million instructions per second": a rate, not a recurring time
        j = i + 2 if t.word(i + 1) in self.w["alternate_words"] else i + 1
        step = 2 if j == i + 2 else 1
        j = self.past_article(j)  # tous les jours, todos los lunes
        weekday = self.weekday_name(j) or (
            (j + 1, self.lex.weekday_plurals[t.word(j)]) if t.word(j) in self.lex.weekday_plurals else None
        )
        if weekday is not None:
            return weekday[0], {"kind": "set", "value": f"XXXX-WXX-{weekday[1]}"}, TimexType.SET
        named = self.month_name(j)
        if named:
            return named[0], {"kind": "set", "value": f"XXXX-{named[1]:02d}"}, TimexType.SET
        if t.word(j) in self.lex.seasons:  # every summer
            return j + 1, {"kind": "set", "value": f"XXXX-{self.lex.seasons[t.word(j)]}"}, TimexType.SET
        count = self.number(j) if t.word(j) not in self.lex.units else (j, step)
        unit = self.unit(count[0]) if count and count[1] else None
        if unit is None or (unit[0] < len(t) and roman(t.raw[unit[0]])):  # "(risale) al secolo XVIII": a century
            return None
        if t.word(count[0]) in self.lex.ordinals and t.word(unit[0]).isalpha():  # type: ignore[index]
            return None  # "ascendió al segundo puesto": the ordinal of a noun, not "per second"
        if t.word(unit[0]) in self.lex.postposed_shifters:
            return None  # "al día siguiente": the next day, not "per day"
        return unit[0], {"kind": "set", "value": duration_value(count[1], unit[1])}, TimexType.SET  # type: ignore[index]
