"""Relative expressions: last week, the previous Friday, three years ago, two days later, in five years,
the past two months, a year-earlier quarter, the year, that week."""

from __future__ import annotations

from timeline.models import TimexType
from timeline.temporal.rules.base import Parse, Reading, Words, duration_value

CALENDAR_UNITS = frozenset({"D", "W", "M", "Q", "Y", "DE"})
UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")  # a span told in several units names the larger first
HALF_YEAR_SPANS = frozenset({"P2Q", "P6M"})
SAME_UNITS = frozenset({"D", "W", "M", "Y"})  # the same day, week, month, year
THE_UNITS = frozenset({"Y", "W", "WE", "M", "DE"})  # the year, the week, the weekend, the month, the decade
NEGATION_REACH = 8  # tokens between "haven't" and the "in" of "haven't played pool with them in 3 days"
SUPERLATIVE_REACH = 5  # words between a superlative and the "in" of "the highest level ever recorded in five years"
LONG_UNIT_YEARS = {"DE": 10, "CE": 100, "L": 1000}  # "the past decade" is a span, not the previous decade


class Relative(Words):
    def shifted(self, i: int) -> Parse | None:
        """last week, next year, this month, the previous Friday, last April, this past spring, the past two months."""
        t = self.t
        word = t.word(i)
        direction = self.lex.shifters.get(word)
        if direction is None or self.last_as_verb(i):
            return None
        after_article = word in self.w["anaphoric_after_article"] and t.word(i - 1) in self.w["definite_articles"]
        anaphoric = word in self.lex.anaphoric_shifters or after_article
        anchor = "reference" if anaphoric else "published"
        j = self.elided(i + 1)  # quest'anno
        if word in self.w["this_words"] and t.word(j) in self.w["this_modifiers"]:
            direction, j = self.lex.shifters[t.word(j)], j + 1
        if t.word(j) in self.lex.fiscal:
            j += 1
        target = self.shift_target(j, direction, anchor, word)
        if target is not None and direction == 0 and target[1].get("unit") == "WE":  # this weekend: under way or coming
            return target[0], {**target[1], "current": True}, target[2]
        return target

    def last_as_verb(self, i: int) -> bool:
        """ "talks could last two days", "expected to last three weeks": the verb, whose duration follows; not
        "the last two days" nor "compared to last week"."""
        t = self.t
        verb = t.word(i) in self.w["verb_shifters"]
        return verb and t.word(i - 1) in self.lex.word_sets["verb_cues"] and self.number(i + 1) is not None

    def shift_target(self, j: int, direction: int, anchor: str, word: str) -> Parse | None:  # noqa: PLR0911
        t = self.t
        if self.weekday_name(j) is not None:
            weekday = self.weekday(j)
            if weekday and weekday[1]["kind"] == "weekday":
                return weekday[0], {**weekday[1], "direction": direction, "anchor": anchor}, weekday[2]
            if weekday:
                return weekday  # "this coming Sunday, March eighth": the date says which
        named = self.named_date(j)
        if named:
            return named[0], {**named[1], "direction": direction}, named[2]
        if t.word(j) in self.lex.day_parts and anchor == "reference" and direction != 0:  # the next morning
            meaning = {"kind": "shift", "unit": "D", "amount": direction, "anchor": anchor}
            return j + 1, {**meaning, "day_part": self.lex.day_parts[t.word(j)]}, TimexType.TIME
        if t.word(j) in self.lex.day_parts and word in self.w["day_part_shifters"]:
            part = self.lex.day_parts[t.word(j)]
            amount = -1 if self.lex.shifters[word] < 0 and part == "NI" else 0  # last night: yesterday's
            meaning = {"kind": "shift", "unit": "D", "amount": amount, "anchor": "published", "day_part": part}
            return j + 1, meaning, TimexType.TIME
        if self.quarter_noun(j) and word in self.w["quarter_shifters"]:
            if word in self.w["latest_words"] or t.word(j) in self.w["period_words"]:
                latest = word in self.w["latest_words"]  # "the latest period" is the last reported quarter
                said_period = {} if latest or t.word(j) not in self.w["period_words"] else {"period": True}
                return j + 1, {"kind": "quarter_ref", **said_period}, TimexType.DATE
            return j + 1, {"kind": "shift", "unit": "Q", "amount": 0, "anchor": anchor}, TimexType.DATE
        return self.shifted_units(j, direction, anchor, word)

    def named_date(self, j: int) -> Parse | None:
        """What "last", "next" or "this" can pick the year of: a month, a season, a holiday, a day of a month."""
        holiday = self.holiday(j) if self.t.raw[j : j + 1] and self.t.raw[j][:1].isupper() else None
        if holiday:
            return holiday
        day = self.day_month(j) if self.t.word(j).isdecimal() else self.numbered_day(j)  # el pasado (día) 2 de marzo
        if day and "year" not in day[1]:
            return day
        named = self.month_name(j) or (None if self.t.word(j) not in self.lex.seasons else (j + 1, 0))
        if named is None:
            return None
        key, value = ("month", named[1]) if named[1] else ("season", self.lex.seasons[self.t.word(j)])
        return named[0], {"kind": "date", key: value}, TimexType.DATE

    def shifted_units(self, j: int, direction: int, anchor: str, word: str) -> Parse | None:
        titled = j < len(self.t) and self.t.raw[j][:1].isupper() and not self.lex.capitalised_nouns  # ABC's "This Week"
        unit = None if titled else self.unit(j)
        if unit and not unit[2]:
            return self.past_span(unit, anchor) if word in self.w["past_words"] else self.shift(unit, direction, anchor)
        if unit and unit[1] in self.lex.vague_plural_units.get(word, ()):
            return unit[0], {"kind": "duration", "value": duration_value(None, unit[1])}, TimexType.DURATION
        if unit and word in self.lex.plural_references:
            return unit[0], {"kind": "reference", "value": self.lex.plural_references[word]}, TimexType.DATE
        count = self.number(j)
        if count is None or self.lex.shifters.get(word) == 0:
            return None
        duration = self.count_units(j)
        if duration is None or duration[1]["kind"] != "duration":
            return None
        return duration

    @staticmethod
    def shift(unit: tuple[int, str, bool], direction: int, anchor: str) -> Parse:
        return unit[0], {"kind": "shift", "unit": unit[1], "amount": direction, "anchor": anchor}, TimexType.DATE

    def past_span(self, unit: tuple[int, str, bool], anchor: str) -> Parse:
        """the past decade, the past century: the years up to now; the past year: the previous one."""
        if unit[1] not in LONG_UNIT_YEARS:
            return self.shift(unit, -1, anchor)
        return unit[0], {"kind": "duration", "value": duration_value(LONG_UNIT_YEARS[unit[1]], "Y")}, TimexType.DURATION

    def and_half(self, j: int) -> int | None:
        """The end of "and a half" at ``j`` (y medio, e meio: no article), else None."""
        t = self.t
        if t.word(j) not in self.w["and_words"]:
            return None
        k = j + 2 if t.word(j + 1) in self.lex.article_one else j + 1
        return k + 1 if t.word(k) in self.w["half_words"] else None

    def count_units(self, i: int) -> Parse | None:
        """three years (ago / earlier / later), a few days, two-year, 2 1/2 years, 12 to 18 months."""
        t = self.t
        count = self.number(i)
        if count is None:
            return None
        j, amount = count
        half = t.word(j) == "1" and t.word(j + 1) == "/" and t.word(j + 2) == "2" and t.glued(j + 2)
        j += 3 if half else 0
        upper = self.number(j + 1) if t.word(j) in self.w["count_range_words"] else None
        if upper and self.unit(upper[0]) and (amount is None or upper[1] is None or amount < upper[1]):
            j, amount = upper[0], None  # 12 to 18 months; not "(condenado) de 1971 a un año": a range goes up
        adjective = self.hyphen(j) != j
        j = self.hyphen(j)
        if t.word(j) in self.lex.word_sets["count_unit_modifiers"]:  # two more years, eight trading days
            j += 1
        unit = self.unit(j)
        if unit is None or (amount == 1 and unit[2] and t.word(i) in self.lex.article_one):
            return None
        if self.year_ago(j) or not self.plausible_count(i, j, unit[1], adjective):
            return None
        j, code, _ = unit
        tail = self.phrase(j, self.lex.approximate_tails)
        if tail:  # a year or so
            j = tail[0]
        elif t.word(j) in self.w["or_words"] and self.number(j + 1) and not self.unit(self.number(j + 1)[0]):  # type: ignore[index]
            j, amount = self.number(j + 1)[0], None  # type: ignore[index]  # a year or two
        and_half = self.and_half(j)
        if and_half:
            half, j = True, and_half
        parse = self.relative_or_duration(j, amount, code, adjective)
        if half and parse[1]["kind"] == "duration":
            parse = parse[0], {**parse[1], "value": duration_value(amount, code, half=True)}, parse[2]
        elif parse[1]["kind"] == "duration" and amount is not None and not adjective:
            parse = self.and_smaller_units(parse, amount, code)
        ahead = t.word(i - 1) in self.lex.word_sets["ahead_prepositions"] and not adjective
        ahead = ahead and not self.superlative_before(i - 1) and not self.negated_perfect_before(i - 1)
        if ahead and parse[1]["kind"] == "duration" and code in CALENDAR_UNITS:
            return self.ahead_of_publication(parse, amount, code)
        return parse

    def counted_back(self, i: int) -> Parse | None:
        """vor drei Jahren, il y a trois ans, hace tres años: the ago-word before the count (with an approximator
        between: vor mehr als zehn Jahren); before a count the words do not give (vor Jahren), some time ago."""
        ago = self.phrase(i, self.lex.ago_prepositions)
        if ago is None:
            return None
        j, sign = ago
        approximator = self.phrase(j, self.lex.approximators)
        k = approximator[0] if approximator else j
        count = self.number(k)
        unit = self.unit(count[0] if count else k)
        if unit is None or unit[1] not in CALENDAR_UNITS or (count is None and not unit[2]):
            return None
        amount = count[1] if count else None
        if amount is None:
            value = "PAST_REF" if int(sign) < 0 else "FUTURE_REF"  # type: ignore[call-overload]
            return unit[0], {"kind": "reference", "value": value}, TimexType.DATE
        meaning: Reading = {"kind": "shift", "unit": unit[1], "amount": int(sign) * amount, "anchor": "published"}  # type: ignore[call-overload]
        meaning["counted"] = True
        if approximator:
            meaning["mod"] = approximator[1]
        return unit[0], meaning, TimexType.DATE

    def deictic_unit(self, i: int) -> Parse | None:
        """heuer (this year), Vorjahr (last year), Wochenende: one word that is a unit counted from the publish date."""
        entry = self.lex.deictic_units.get(self.t.word(i))
        if entry is None:
            return None
        meaning = {"kind": "shift", "unit": entry["unit"], "amount": entry["amount"], "anchor": "published"}
        return i + 1, meaning, TimexType.DATE

    def duration_word(self, i: int) -> Parse | None:
        """jahrelang, tagelang: a span of a length the words leave open, in one word."""
        value = self.lex.duration_words.get(self.t.word(i))
        return None if value is None else (i + 1, {"kind": "duration", "value": value}, TimexType.DURATION)

    def day_part_alone(self, i: int) -> Parse | None:
        """(am) Abend, (gegen) Mittag: that part of the day the text is on."""
        part = self.lex.day_parts.get(self.t.word(i))
        if part is None or self.t.word(i - 1) not in self.w["day_part_prepositions"]:
            return None
        meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "reference", "day_part": part}
        return i + 1, meaning, TimexType.TIME

    def named_year(self, i: int) -> Parse | None:
        """(im) Jahr 2012, (in the) year 2000: the word "year" naming the year after it."""
        after_article = self.t.word(i - 1) in self.w["definite_articles"]  # "the year 2000": the_unit's
        year = self.year(i + 1) if self.unit_is(i, "Y") and not after_article else None
        return None if year is None else (year[0], {"kind": "date", "year": year[1]}, TimexType.DATE)

    def and_smaller_units(self, parse: Parse, amount: int, code: str) -> Parse:
        """three years and four months, zwei Jahre und neun Monate: one span of both counts."""
        t = self.t
        j, more = parse[0], list[tuple[int, str]]()
        while t.word(j) in self.w["and_words"] and (count := self.number(j + 1)) is not None and count[1] is not None:
            unit = self.unit(count[0])
            last = more[-1][1] if more else code
            if unit is None or unit[1] not in UNIT_ORDER or last not in UNIT_ORDER:
                break
            if UNIT_ORDER.index(unit[1]) <= UNIT_ORDER.index(last):
                break
            more.append((count[1], unit[1]))
            j = unit[0]
        if not more:
            return parse
        return j, {**parse[1], "value": duration_value(amount, code, more=tuple(more))}, parse[2]

    def unit_shifted_after(self, i: int) -> Parse | None:
        """(no) ano passado, semana próxima, (el) fin de semana pasado, (du) mois de juin: a unit without an article,
        and the shifter or the month's name written after it (the grammar reads them on from this unit)."""
        t = self.t
        unit = self.unit(i)
        if unit is None or unit[2]:
            return None
        j, code = unit[0], unit[1]
        # el día siguiente, le jour suivant; not "al día siguiente del 11 de septiembre" (the day after an event)
        day_after_day = code == "D" and t.word(j) in self.lex.anaphoric_shifters and t.word(j + 1) not in self.of
        if code not in THE_UNITS and not day_after_day:
            return None
        month_named = code == "M" and t.word(j) in self.of and self.month_name(j + 1) is not None
        if t.word(j) not in self.lex.postposed_shifters and not month_named:
            return None
        return j, {"kind": "shift", "unit": code, "amount": 0, "anchor": "published"}, TimexType.DATE

    @staticmethod
    def ahead_of_publication(parse: Parse, amount: int | None, code: str) -> Parse:
        """'redeemed in five years': a date that far after publication; 'in a year or two', 'in a few years':
        some time ahead (FUTURE_REF, as 'a few years ago' is PAST_REF); either is a span when the clause is past."""
        if amount is None:
            meaning: Reading = {"kind": "reference", "value": "FUTURE_REF"}
        else:
            meaning = {"kind": "shift", "unit": code, "amount": amount, "anchor": "published", "counted": True}
        return parse[0], {**meaning, "duration_if_past": parse[1]["value"]}, TimexType.DATE

    def superlative_before(self, k: int) -> bool:
        """'the highest level in five years', 'its first elections in 30 years', 'the third attack in a week': after
        a superlative or an ordinal, 'in N years' is the span looked back over, not a date ahead. Either follows a
        determiner here (the, its, 's), which keeps 'interest rates rise in five years' a date."""
        t = self.t
        suffixes = tuple(self.lex.word_sets["superlative_suffixes"])
        for j in range(k - 1, max(k - SUPERLATIVE_REACH, 0) - 1, -1):
            word = t.word(j)
            if not word.isalpha():
                return False
            superlative = word in self.lex.word_sets["superlative_words"] or (len(word) > 4 and word.endswith(suffixes))
            superlative = superlative or word in self.lex.ordinals  # the third attack in a week
            if superlative and t.word(j - 1) in self.lex.word_sets["superlative_determiners"]:
                return True
        return False

    def negated_perfect_before(self, k: int) -> bool:
        """ "Haven't run in 16 days", "had not seen him in three years": after a negated perfect, 'in N days' is the
        span looked back over, not a date ahead."""
        t = self.t
        for j in range(k - 1, max(k - NEGATION_REACH, 0) - 1, -1):
            word = t.word(j)
            if word in self.w["perfect_negations"]:
                return True
            if not (word.isalpha() or word in self.w["possessive_marks"]):
                return False
        return False

    def relative_or_duration(self, j: int, amount: int | None, code: str, adjective: bool) -> Parse:
        t = self.t
        word = t.word(j)
        start = self.lex.day_words.get(t.word(j + 1)) if t.word(j + 1) not in self.lex.day_parts else None
        ahead = word in self.w["from_words"] and (t.word(j + 1) in self.w["now_words"] or start is not None)
        if not adjective and (word in self.lex.ago_words or ahead):
            sign, end = (1, j + 2) if ahead else (self.lex.ago_words[word], j + 1)
            if amount is None:  # "a few years ago": before now, by an amount the words do not give
                return end, {"kind": "reference", "value": "PAST_REF" if sign < 0 else "FUTURE_REF"}, TimexType.DATE
            meaning = {"kind": "shift", "unit": code, "amount": amount * sign, "anchor": "published", "counted": True}
            if start is not None and ahead:  # "a week from tomorrow": a day, counted from the day named
                meaning["from_day"] = start
            return end, meaning, TimexType.DATE
        if (
            not adjective
            and amount is not None
            and word in self.lex.relative_words
            and t.word(j + 1) not in self.w["article_words"]
        ):
            meaning = {"kind": "shift", "unit": code, "amount": amount * self.lex.relative_words[word]}
            return j + 1, {**meaning, "anchor": "reference", "counted": True}, TimexType.DATE
        to_the_day = self.phrase(j, self.lex.anniversary_phrases) if not adjective and code == "Y" else None
        if to_the_day:
            return to_the_day[0], {"kind": "anniversary", "years": amount}, TimexType.DATE
        return j, {"kind": "duration", "value": duration_value(amount, code)}, TimexType.DURATION

    def bare_units(self, i: int) -> Parse | None:
        """for years, within weeks, over the years, weeks or months, months ago, the weeks ahead, days later,
        minutes after, months of talks: a span of a length the words do not give ("the days of the week" is
        none)."""
        t = self.t
        unit = self.unit(i)
        before = t.word(i - 2) if t.word(i - 1) in self.w["definite_articles"] else t.word(i - 1)
        if unit is None or not unit[2]:
            return None
        j = unit[0]
        span_end = t.word(j) in self.w["span_end_words"]
        counted_from = span_end or t.word(j) in self.lex.relative_words or t.word(j) in self.lex.day_sides
        filled = (  # "months of talks"; not "three quarters of sales", "the days of the week"
            t.word(j) in self.of
            and unit[1] != "Q"
            and t.word(j + 1)[:1].isalpha()
            and t.word(j + 1) not in self.lex.word_sets["definite_determiners"]
        )
        if before not in self.lex.word_sets["bare_unit_preceders"] and not (counted_from or filled):
            return None
        if t.word(j) in self.w["or_words"] and self.unit(j + 1) and self.unit(j + 1)[2]:  # type: ignore[index]
            j += 2
        elif span_end:
            j += 1
        return j, {"kind": "duration", "value": duration_value(None, unit[1])}, TimexType.DURATION

    def plausible_count(self, i: int, unit_index: int, code: str, adjective: bool) -> bool:
        """Rule out what only looks like a count of time: ages (52 years old, 136-year-old), fractions
        (three-quarters, a quarter of), rates ($2 million a year, 700 seats a week, 60 miles an hour), ordinals
        (a second)."""
        t = self.t
        after = t.word(unit_index + 1)
        ages = self.lex.word_sets["age_words"]
        if t.word(i - 1) in self.w["age_prepositions"]:
            return False  # mit 16 Jahren: at that age
        if after in ages or (after == "-" and t.word(unit_index + 2) in ages):
            return False
        if code == "Y" and self.age_apposed(i, unit_index):
            return False
        article = t.word(i) in self.lex.article_one
        vague = (
            t.word(i) in self.lex.vague_numbers and t.word(i) not in self.w["vague_circle_words"]
        )  # in some quarters
        if code in {"Q", "S"} and not vague and (article or adjective or after in self.of):
            return False
        rate = article and self.after_quantity(i - 1)
        return (
            not rate or after in self.lex.ago_words or after in self.lex.relative_words or after in self.lex.day_sides
        )

    def age_apposed(self, i: int, unit_index: int) -> bool:
        """ "Alain Parmentier, 53 ans, employé", "âgée de 90 ans": years that are someone's age, set off by commas
        after a name or after an age word and its of-word."""
        t = self.t
        ages = self.lex.word_sets["age_words"]
        if t.word(i - 1) in self.of and t.word(i - 2) in ages:
            return True
        return t.word(i - 1) == "," and t.word(i).isdecimal() and t.word(unit_index + 1) in {",", "."}

    def opening_span(self, i: int) -> Parse | None:
        """the first nine months, the first two years, the first hours: a duration counted from a period's start."""
        if self.t.word(i) not in self.lex.word_sets["opening_words"]:
            return None
        unit = self.unit(i + 1)
        if unit and unit[2]:
            return unit[0], {"kind": "duration", "value": duration_value(None, unit[1])}, TimexType.DURATION
        half = self.first_half_of_year(i + 1)
        if half:
            return half
        duration = self.count_units(i + 1)
        return duration if duration and duration[1]["kind"] == "duration" else None

    def first_half_of_year(self, i: int) -> Parse | None:
        """the first two quarters (six months) of 1990: a named year's first half, a date, where "the first
        nine months" alone is a span ("two quarters of" is no fraction here)."""
        count = self.number(i)
        unit = self.unit(count[0]) if count else None
        if count is None or unit is None or self.t.word(unit[0]) not in self.of:
            return None
        if duration_value(count[1], unit[1]) not in HALF_YEAR_SPANS:
            return None
        year = self.year(unit[0] + 1)
        if year is None:
            return None
        return year[0], {"kind": "date", "half": 1, "year": year[1]}, TimexType.DATE

    def year_ago(self, i: int) -> Parse | None:
        """year-ago, year-earlier (quarter, nine months): the same period a year before the one the text is about."""
        t = self.t
        if not self.unit_is(i, "Y") or t.word(i + 1) != "-" or t.word(i + 2) not in self.lex.year_ago_words:
            return None
        j = i + 3
        meaning: Reading = {"kind": "shift", "unit": "Y", "amount": -1, "anchor": "reference", "counted": True}
        ordinal = self.quarter(j)
        if ordinal:
            return ordinal[0], {**ordinal[1], "year_shift": -1}, ordinal[2]
        if self.unit_is(j, "Q"):
            return j + 1, {**meaning, "quarter": True}, TimexType.DATE
        span = self.count_units(j)
        if span and span[1]["kind"] == "duration":
            return span  # the year-earlier nine months: a span, as "the first nine months" is
        if t.word(j) in self.w["period_words"]:
            j += 1
        return j, meaning, TimexType.DATE

    def period_end(self, i: int) -> Reading:
        """'(the quarter) ended Sept. 30': the day a reported period ended, which says which quarter it was."""
        if self.t.word(i) not in self.lex.word_sets["period_end_words"]:
            return {}
        ended = self.month_date(i + 1)
        if ended is None or "day" not in ended[1]:
            return {}
        return {"ended": {key: ended[1][key] for key in ("month", "day", "year") if key in ended[1]}}

    def vague_span(self, i: int) -> Parse | None:
        """for a while, for some time: a span whose length the words leave open."""
        phrase = self.phrase(i, self.lex.vague_spans)
        if phrase is None or self.t.word(i - 1) not in self.lex.word_sets["bare_unit_preceders"]:
            return None
        return phrase[0], {"kind": "duration", "value": phrase[1]}, TimexType.DURATION

    def then(self, i: int) -> Parse | None:
        """until then, by then: the time the text last named; "the then current price": a present of the past."""
        t = self.t
        if t.word(i) not in self.w["then_words"]:
            return None
        j = self.hyphen(i + 1)
        if self.lex.references.get(t.word(j)) == "PRESENT_REF":
            return j + 1, {"kind": "reference", "value": "PAST_REF"}, TimexType.DATE
        if t.word(i - 1) not in self.lex.word_sets["then_prepositions"]:
            return None
        return i + 1, {"kind": "reference_time"}, TimexType.DATE

    def compared_period(self, i: int) -> Parse | None:
        """the corresponding period (last year), the comparable quarter: a quarter the text has told."""
        t = self.t
        if t.word(i + 1) not in self.lex.word_sets["comparison_words"] or not self.quarter_noun(i + 2):
            return None
        said_period = {"period": True} if t.word(i + 2) in self.w["period_words"] else {}  # a quarter once told
        return i + 3, {"kind": "quarter_ref", **said_period}, TimexType.DATE

    def part_of_day(self, i: int, part: str) -> Parse | None:
        """(the morning) of March 3, of Christmas Eve, of Monday: that part of the day named."""
        inner = self.with_article(i + 1) if self.t.word(i) in self.of else None
        if inner is None or not ({"day", "holiday", "weekday"} & inner[1].keys()) or "day_part" in inner[1]:
            return None
        return inner[0], {**inner[1], "day_part": part}, TimexType.TIME

    def day_beside(self, i: int) -> Parse | None:
        """the day after tomorrow, the day before yesterday; "the day before" ending its phrase (left the
        day before.) is a day from the reference time, but in "the day before the plunge" only "the day"
        is temporal: the rest names an event."""
        t = self.t
        side = self.lex.day_sides.get(t.word(i + 2))
        follower = t.word(i + 3)
        if side is None:
            return None
        if follower in self.lex.day_words and follower not in self.lex.day_parts:
            meaning = {"kind": "shift", "unit": "D", "amount": self.lex.day_words[follower] + side}
            return i + 4, {**meaning, "anchor": "published"}, TimexType.DATE
        if follower[:1].isalnum() and follower not in self.lex.word_sets["phrase_end_words"]:
            return None
        return i + 3, {"kind": "shift", "unit": "D", "amount": side, "anchor": "reference"}, TimexType.DATE

    def unit_beside(self, i: int) -> Parse | None:
        """ "the year before", "the week after" ending their phrase: a unit before or after the text's time (in
        "the year before the war" only "the year" is temporal, the rest names an event)."""
        side, follower = self.lex.day_sides.get(self.t.word(i + 2)), self.t.word(i + 3)
        if side is None or (follower[:1].isalnum() and follower not in self.lex.word_sets["phrase_end_words"]):
            return None
        unit = self.lex.units[self.t.word(i + 1)]
        return i + 3, {"kind": "shift", "unit": unit, "amount": side, "anchor": "reference", "counted": True}, "DATE"

    def the_unit(self, i: int) -> Parse | None:  # noqa: PLR0911 - one return per reading
        """the year, the quarter, the week, that year, the same day: the unit the text is in."""
        t = self.t
        word, noun = t.word(i), t.word(i + 1)
        article, demonstrative = word in self.w["definite_articles"], word in self.w["demonstratives"]
        if not (article or demonstrative) or t.word(i + 2) == "-":
            return None
        same = self.lex.units.get(t.word(i + 2), "")
        if noun in self.w["same_words"] and same in SAME_UNITS and self.unit_is(i + 2, same):  # that same day too
            meaning = {"kind": "shift", "unit": same, "amount": 0, "anchor": "reference"}  # the same day
            return i + 3, meaning, TimexType.DATE
        if self.quarter_noun(i + 1):
            period = noun in self.w["period_words"]
            meaning = {"kind": "quarter_ref", **self.period_end(i + 2), **({"period": True} if period else {})}
            return i + 2, meaning, TimexType.DATE
        fiscal = noun in self.w["whole_year_words"] and self.unit_is(i + 2, "Y")
        year_noun = self.unit_is(i + 1, "Y")
        if (fiscal or year_noun) and t.word(i + 2 + fiscal) in self.lex.word_sets["period_end_words"]:
            return i + 2 + fiscal, {"kind": "duration", "value": "P1Y"}, TimexType.DURATION
        if fiscal and article:
            return i + 3, {"kind": "shift", "unit": "Y", "amount": 0, "anchor": "published"}, TimexType.DATE
        if year_noun and self.year(i + 2):
            return self.year(i + 2)[0], {"kind": "date", "year": self.year(i + 2)[1]}, TimexType.DATE  # type: ignore[index]
        if noun in self.lex.day_parts and not self.in_a_name(i + 1):  # the morning, that afternoon
            part = self.lex.day_parts[noun]
            meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "reference", "day_part": part}
            return self.part_of_day(i + 2, part) or (i + 2, meaning, TimexType.TIME)
        after = t.word(i + 2)
        if (
            self.unit_is(i + 1, "D")
            and article
            and (after in self.lex.day_sides or after in self.of or after in {".", ","})
        ):
            day = (i + 2, {"kind": "shift", "unit": "D", "amount": 0, "anchor": "reference"}, TimexType.DATE)
            return self.day_beside(i) or day
        # "the century" only as the end of a period ("the end of the century"), not "the deal of the century"
        after_part = t.word(i - 2) in self.lex.parts
        units = THE_UNITS | ({"CE"} if after_part else set())
        code = self.lex.units.get(noun) if noun not in self.w["plural_units"] else None
        beside = self.unit_beside(i) if code in units and article else None
        if beside is not None:
            return beside
        if code in units or (demonstrative and code == "D"):
            anchor = "reference" if demonstrative else "published"
            return i + 2, {"kind": "shift", "unit": code, "amount": 0, "anchor": anchor}, TimexType.DATE
        return None
