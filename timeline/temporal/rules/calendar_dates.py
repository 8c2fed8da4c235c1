"""Calendar dates: Feb. 24, 2025; 24 February 2025; 2025-02-24; 1988; the 1990s; the 20th century;
third-quarter; the first half of 1990; this spring."""

from __future__ import annotations

import re

from timeline.models import TimexType
from timeline.temporal.rules.base import BARE_YEARS, COMMA, DATED_YEARS, SENTENCE_OPENERS, Parse, Reading, Words, roman

# Bounded repetitions only, anchored where a token starts: it cannot backtrack far.
NUMERIC_DATE = re.compile(
    r"(?:(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"|(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<us_year>\d{4}|\d{2})"
    r"|(?P<dot_day>\d{1,2})\.(?P<dot_month>\d{1,2})\.(?P<dot_year>\d{4}|\d{2})"
    r"|(?P<month>\d{1,2})/(?P<day>\d{1,2}))(?![-/]?\d)"
)
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32})  # 1/2, 3/4, 5/8: fractions, not days


QUARTER_DIGITS = frozenset("1234")
RANGE_REACH = 16  # tokens from a day to the month its range or list names: am 3., 4., 5., 6. und 7. Oktober
DAY_LIST_REACH = 24  # tokens back from a day to the month its list opened with: May 2 - 3, 9 - 10, 16 - 17, 23 - 24
CENTURY = 100
LIST_JOINERS_IN_A_ROW = 2  # words joining two listed days: "-", "and", ", and"
TENS_OF_A_CENTURY = (20, 90)  # los años 20 ... 90: the 1920s to the 1990s ("los años 10" could be either century's)
SHORT_YEAR_PIVOT = 30  # '29 is 2029, '30 is 1930


class CalendarDates(Words):
    def month_date(self, i: int) -> Parse | None:
        """Feb. 24, 2025 / February 2025 / Feb 24 / May (with a cue) / March of 1996."""
        named = self.month_name(i)
        if named is None:
            return None
        j, month = named
        meaning: Reading = {"kind": "date", "month": month}
        day = self.day_of_month(j) or self.day_before_a_month(j)
        days = day or self.day_range(j)
        if days:
            j = day[0] if day else j + 1  # April 8-12: the first day; the last is a mention of its own (range_end)
            meaning["day"] = days[1]
            year = self.year_after(days[0], years=DATED_YEARS)  # April 13-15, 1915: the range's year
        else:
            short = self.short_year(j)  # June '05
            year = self.year_after(j, self.of_or_comma) or (short and (short[0], short[1]["year"]))
        after = days[0] if days else j  # what names the year follows the range's last day
        offset = None if year else self.year_offset_after(after)
        told = None if year or offset else self.reference_year_after(after)
        if year:
            j = j if days and not day else year[0]
            meaning["year"] = year[1]
        elif offset:
            j, meaning["year_offset"] = offset
        elif told:
            j, meaning["year_of_reference"] = told, True
        shared = None if year or offset or told or (days and not day) else self.shared_year(j)
        if shared is not None:
            meaning["year"] = shared
        elif (
            not (year or offset or told or days)
            and self.t.word(i) in self.w["ambiguous_months"]
            and self.t.word(i - 1) not in self.w["month_cues"]
        ):
            return None
        if not (year or offset or told or days) and self.after_a_name(i):
            return None  # the Long March, the Ice March
        return j, meaning, TimexType.DATE

    def day_before_a_month(self, j: int) -> tuple[int, int] | None:
        """(March) 19-April 30: a day glued by a dash to the month that ends the range."""
        t = self.t
        if not self.day_number(j) or t.word(j + 1) != "-" or self.month_name(j + 2) is None:
            return None
        return j + 1, int(t.word(j))

    def shared_year(self, j: int) -> int | None:
        """ "April and June 1955", "August/September 1956", "May-August 1950", "March 19-April 30, 2003": a month or
        day joined to a later one takes its year."""
        joiner = self.t.word(j)
        if joiner not in self.w["and_words"] | self.w["or_words"] | self.w["range_connectors"] | {"/"}:
            return None
        other = self.month_date(j + 1) if self.month_name(j + 1) else None
        return other[1].get("year") if other else None

    def day_of_a_range(self, day: tuple[int, int]) -> Parse | None:
        """vom 5. bis zum 9. Juni, am 10. und 11. Februar, 3 to 5 March, el 5 y el 6 de junio: a day whose month
        (and year) the last day of its range or list names; only day numbers and the words that join them may
        stand between."""
        t = self.t
        joiners = self.w["range_connectors"] | self.w["conjunctions"] | self.w["range_fillers"] | COMMA
        joiners |= self.w["definite_articles"]  # el 5 y el 6 de junio
        k = day[0]
        if t.word(k) not in joiners:
            return None
        while k < day[0] + RANGE_REACH and (t.word(k) in joiners or self.day_of_month(k)):
            later = self.day_month(k) if t.word(k).isdecimal() else None
            if later is not None and "month" in later[1]:
                shared: Reading = {key: later[1][key] for key in ("month", "year", "direction") if key in later[1]}
                return day[0], {"kind": "date", **shared, "day": day[1]}, TimexType.DATE
            step = self.day_of_month(k)
            k = step[0] if step else k + 1
        return None

    def range_end(self, i: int) -> Parse | None:
        """April 8-12, May 4 and 5, 2007-08: the last day (or year) of a range or list whose month (or century) was
        told at its start, a date of its own, as TimeML marks each end."""
        return self.short_year_end(i) or self.listed_day(i)

    def short_year_end(self, i: int) -> Parse | None:
        """2007-08, 1995-96, 1947-54: a year's last two digits glued to a year before it by a dash, in its century
        (a later year than the first: 2011-02 is no range)."""
        t, digits = self.t, self.t.word(i)
        if len(digits) != 2 or not digits.isdecimal() or t.word(i - 1) != "-" or not (t.glued(i) and t.glued(i - 1)):
            return None
        start = t.word(i - 2)
        if len(start) != 4 or not start.isdecimal() or int(start) not in BARE_YEARS:
            return None
        if t.word(i + 1) in {"-", "/"} and t.glued(i + 1):
            return None  # 2007-08-15: a numeric date
        first = int(start)
        if int(digits) <= first % CENTURY:
            return None
        return i + 1, {"kind": "date", "year": first - first % CENTURY + int(digits)}, TimexType.DATE

    def listed_day(self, i: int) -> Parse | None:
        """(April) 8-12, (May) 4 and 5, (May) 2 - 3, 9 - 10: a day number after a range word or in a list that began
        with a month's name and day; the month (and a year told after the day) are its."""
        t = self.t
        if not self.day_number(i) or (t.word(i + 1) in {":", "."} and t.word(i + 2).isdecimal() and t.glued(i + 2)):
            return None  # 5:30, 5.30: a clock time
        joiners = self.w["range_connectors"] | self.w["conjunctions"]
        if t.word(i - 1) not in joiners and not (t.word(i - 1) in COMMA and t.word(i + 1) in joiners):
            return None  # "On March 3, 5 people died": a count after a date
        k, run = i - 1, 0  # run: joiners in a row (", and" at most), so a run of dashes ends the search at once
        while k > i - DAY_LIST_REACH and run <= LIST_JOINERS_IN_A_ROW:
            if self.day_number(k):
                run = 0
            elif t.word(k) in joiners | COMMA:
                run += 1
            else:
                break
            k -= 1
        k += run > LIST_JOINERS_IN_A_ROW  # stopped inside a run of joiners: no list there
        if not self.day_number(k + 1):
            return None
        named = next((m for m in (self.month_name(k), self.month_name(k - 1)) if m and m[0] == k + 1), None)
        if named is None:
            return None
        meaning: Reading = {"kind": "date", "month": named[1], "day": int(t.word(i))}
        year = self.year_after(i + 1, self.of_or_comma, DATED_YEARS)
        j = i + 1
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    def day_number(self, k: int) -> bool:
        """Whether token ``k`` is a day of the month in digits."""
        word = self.t.word(k)
        return word.isdecimal() and len(word) <= 2 and 1 <= int(word) <= 31

    def day_range(self, j: int) -> tuple[int, int] | None:
        """(March) 20-22: days of the month named before them: the end of the range and its first day."""
        t = self.t
        first, last = t.word(j), t.word(j + 2)
        if t.word(j + 1) != "-" or not (t.glued(j + 1) and t.glued(j + 2) and first.isdecimal() and last.isdecimal()):
            return None
        if len(first) > 2 or len(last) > 2 or not 1 <= int(first) < int(last) <= 31:
            return None
        return j + 3, int(first)

    def day_month(self, i: int) -> Parse | None:
        """24 February 2025 / the 24th of February / the 15th (day) of next month."""
        day = self.day_of_month(i)
        if day is None and self.day_number(i) and self.t.word(i + 1) == "-" and self.day_number(i + 2):
            return self.day_of_a_range((i + 1, int(self.t.word(i))))  # 10-12 October
        if day is None:
            return None
        told_day = (
            self.unit_is(day[0], "D")
            and self.t.word(day[0] + 1) in self.of
            and self.t.word(i - 1) in self.w["definite_articles"]
        )
        j = day[0] + told_day  # the 15th day of next month
        j = j + 1 if self.t.word(j) in self.of else j
        named = self.month_name(j)
        offset = self.month_offset(j) if named is None and j > day[0] else None
        if offset is not None:  # the 15th of next month
            return j + 2, {"kind": "date", "day": day[1], "month_offset": offset}, TimexType.DATE
        if named is None:
            return self.day_of_a_range(day)
        meaning: Reading = {"kind": "date", "month": named[1], "day": day[1]}
        j = named[0]
        year = self.year_after(j, self.of_or_comma)  # 24 February, 2025; 3 de marzo de 2025
        told = None if year else self.reference_year_after(j)
        if year:
            j, meaning["year"] = year
        elif told:
            j, meaning["year_of_reference"] = told, True
        return j, meaning, TimexType.DATE

    def month_offset(self, j: int) -> int | None:
        """'next month', 'last month', 'this month' at ``j``: months from the publish date's."""
        direction = self.lex.deictic_year_shifters.get(self.t.word(j))
        return direction if self.unit_is(j + 1, "M") else None

    def week_of_month(self, i: int) -> Parse | None:
        """the first week of March, the last week of June 2012: a week told by its place in a month."""
        if not (self.unit_is(i + 1, "W") or self.unit_is(i + 2, "W")):
            return None
        ordinal = self.ordinal(i)
        if ordinal is None or not (ordinal[1] == -1 or 1 <= ordinal[1] <= 5):
            return None
        j = ordinal[0]
        if not self.unit_is(j, "W") or self.t.word(j + 1) not in self.of:
            return None
        named = self.month_date(j + 2)
        if named is None or "day" in named[1]:
            return None
        return named[0], {**named[1], "week_of_month": ordinal[1]}, TimexType.DATE

    def ordinal_day(self, i: int) -> Parse | None:
        """(on) the 15th: a day of a month left to the context; not "the 15th floor" (a noun follows)."""
        t = self.t
        ordinal = self.ordinal(i)
        article = t.word(i - 1) in self.w["definite_articles"]
        if ordinal is None or not t.word(i).isdecimal() or not article or not 1 <= ordinal[1] <= 31:
            return None
        follower = t.word(ordinal[0])
        ends = self.lex.word_sets["phrase_end_words"] | self.lex.word_sets["day_of_month_followers"]
        if follower[:1].isalnum() and follower not in ends:
            return None
        return ordinal[0], {"kind": "date", "day": ordinal[1]}, TimexType.DATE

    def marked_date(self, i: int) -> Parse | None:
        """2025年2月24日, 2月24日, 2025年: numbers each followed by the mark of its field, in the order year, month,
        day; at least the month or the year, and no day without its month."""
        fields: dict[str, int] = {}
        j, order = i, ("year", "month", "day")
        while self.t.word(j).isdecimal() and (field := self.lex.date_markers.get(self.t.word(j + 1))) is not None:
            if field in fields or (fields and order.index(field) <= order.index(max(fields, key=order.index))):
                break
            fields[field], j = int(self.t.word(j)), j + 2
        if not fields or ("day" in fields and "month" not in fields):
            return None
        if not (1 <= fields.get("month", 1) <= 12 and 1 <= fields.get("day", 1) <= 31):
            return None
        if "year" in fields and not 1 <= fields["year"] <= 9999:
            return None
        return j, {"kind": "date", **fields}, TimexType.DATE

    def numbered_day(self, i: int) -> Parse | None:
        """el día 8, o dia 3 de outubro: a day of the month after the word "day"."""
        if self.t.word(i) not in self.w["day_number_nouns"]:
            return None
        dated = self.day_month(i + 1)
        if dated:
            return dated
        day = self.day_of_month(i + 1)
        if day is None or not self.t.word(i + 1).isdecimal() or self.lex.units.get(self.t.word(day[0])):
            return None
        return day[0], {"kind": "date", "day": day[1]}, TimexType.DATE

    def numeric_date(self, i: int) -> Parse | None:
        """2025-02-24, 02/24/2025 (month first unless the first number cannot be a month), on 12/25."""
        if self.t.word(i - 1) in {"-", "/"} and self.t.glued(i):
            return None  # inside a longer run of numbers
        match = NUMERIC_DATE.match(self.text, self.t.starts[i])
        if match is None:
            return self.dashed_date(i)
        if match["month"]:
            return self.short_date(i, int(match["month"]), int(match["day"]))
        if match["iso_year"]:
            year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
        elif match["dot_year"]:  # 27.03.15: dots put the day first
            year, month, day = self.full_year(match["dot_year"]), int(match["dot_month"]), int(match["dot_day"])
        else:
            first, second, year = int(match["first"]), int(match["second"]), self.full_year(match["us_year"])
            month, day = (first, second) if first <= 12 else (second, first)  # 5/6/17: the month first, as in US
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return i + 5, {"kind": "date", "year": year, "month": month, "day": day}, TimexType.DATE

    @staticmethod
    def full_year(digits: str) -> int:
        """'98 is 1998, '17 2017 (two digits below the pivot are this century's); four digits as written."""
        short = int(digits)
        return short if len(digits) == 4 else short + (2000 if short < SHORT_YEAR_PIVOT else 1900)

    def dashed_date(self, i: int) -> Parse | None:
        """14-Feb-98, 3-mar-2021: a day, a month's name and a year joined by dashes (in any case: the form is
        unambiguous)."""
        t = self.t
        if not all(t.glued(k) for k in range(i + 1, i + 5)) or t.word(i + 1) != "-" or t.word(i + 3) != "-":
            return None
        month, day, digits = self.lex.months.get(t.word(i + 2)), t.number(i), t.word(i + 4)
        if month is None or day is None or not 1 <= day <= 31 or len(digits) not in {2, 4} or not digits.isdecimal():
            return None
        return i + 5, {"kind": "date", "year": self.full_year(digits), "month": month, "day": day}, TimexType.DATE

    def short_date(self, i: int, month: int, day: int) -> Parse | None:
        """(on, by, until) 12/25: month/day without a year, read as a date only after such a preposition and
        when it cannot be a fraction (by 3/4, on 1/2 of the days)."""
        if self.t.word(i - 1) not in self.lex.word_sets["short_date_cues"] or not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if month < day and day in FRACTION_DENOMINATORS:
            return None
        return i + 3, {"kind": "date", "month": month, "day": day}, TimexType.DATE

    def year_or_decade(self, i: int) -> Parse | None:
        """1988, fiscal 1989, the 1990s, '80s, nineteen ninety-six, the 1988 period."""
        t = self.t
        apostrophe = t.word(i) == "'"
        if t.word(i + 1 + apostrophe) in self.w["decade_suffixes"]:  # '80s, the 90s; not a possessive's
            short = self.short_decade(i + apostrophe)
            if short and (apostrophe or t.word(i - 1) in self.lex.word_sets["decade_cues"]):
                return short
        fiscal = self.t.word(i) in self.lex.fiscal
        year = self.year(i + 1 if fiscal else i)
        if year is None:
            return None
        j, value = year
        if t.word(j) in self.w["decade_suffixes"] and t.glued(j):
            decade = (self.decade_years(j + 1), {"kind": "date", "decade": value // 10}, TimexType.DATE)
            return None if self.counts_many(i, j + 1) else decade
        quarter = self.quarter(j)
        if quarter:
            quarter[1]["year"] = value
            return quarter
        if self.quarter_noun(j):
            return j + 1, {"kind": "date", "year": value, "quarter_of_reference": True}, TimexType.DATE
        counted = not fiscal and self.counts_a_noun(i, j)  # with 1500 officers
        return None if counted else (j, {"kind": "date", "year": value}, TimexType.DATE)

    def counts_a_noun(self, i: int, j: int) -> bool:
        """ "with 1500 officers", "more than 2000 people": a bare number right before a plural noun, with no word
        before it that leads to a year ("In 1999 prices rose", "by 2008 prices had doubled") and not opening its
        sentence ("1999 was"), counts that noun; after a margin ("won by 2008 votes") it does even so."""
        t = self.t
        if not self.quantity_cued(i) and (
            t.word(i - 1) in self.w["month_cues"] or t.word(i - 1) in SENTENCE_OPENERS or i == 0
        ):
            return False
        noun = t.raw[j] if j < len(t) else ""
        if noun in self.w["counted_nouns"]:  # as written: German nouns are capitalised (mit 1500 Beamten)
            return True
        if not (noun.isalpha() and noun.islower()) or noun in self.lex.units or noun in self.w["definite_articles"]:
            return False
        plural = any(noun.endswith(ending) and len(noun) > len(ending) + 1 for ending in self.w["plural_endings"])
        return plural and noun not in self.w["verbs_with_plural_endings"]

    def quantity_cued(self, i: int) -> bool:
        """Whether the words before the number at ``i`` make it a quantity: a cue of the language ("won by 2008
        votes", "despidió a 1500 trabajadores") or an approximator ("cerca de 2000 pessoas")."""
        t, cues = self.t, self.w["quantity_cues"]
        if t.word(i - 1) in cues or f"{t.word(i - 2)} {t.word(i - 1)}" in cues:
            return True
        for k in (i - 2, i - 1):
            found = self.phrase(k, self.lex.approximators)
            if found is not None and found[0] == i:
                return True
        return False

    def counts_many(self, i: int, j: int) -> bool:
        """ "10s of 1000s", "1000s of people": a plural number joined to a count by "of" is a quantity, no decade."""
        t = self.t
        plural = self.w["decade_suffixes"]
        return t.word(j) in self.of or (
            t.word(i - 1) in self.of and t.word(i - 2) in plural and t.word(i - 3).isdecimal()
        )

    def short_year(self, i: int) -> Parse | None:
        """(in, since, of) '94: a year by its last two digits, '00 to '29 in the 2000s and the rest in the 1900s;
        only after a word that leads to a date, so that a quote mark before a number is not one."""
        t = self.t
        digits = t.word(i + 1)
        if t.word(i) != "'" or len(digits) != 2 or not digits.isdecimal() or not t.glued(i + 1):
            return None
        if t.word(i - 1) not in self.lex.word_sets["month_cues"] and t.word(i - 1) not in self.lex.months:
            return None
        if t.word(i + 2) in {"-", "/", ":", "%", "."} and t.glued(i + 2) and t.word(i + 3)[:1].isdecimal():
            return None
        return i + 2, {"kind": "date", "year": self.full_year(digits)}, TimexType.DATE

    def short_decade(self, i: int) -> Parse | None:
        """'80s, the 90s: a decade of the 1900s by its last two digits."""
        t = self.t
        digits = t.word(i)
        suffix = t.word(i + 1) in self.w["decade_suffixes"]
        if len(digits) != 2 or not digits.isdecimal() or not suffix or not t.glued(i + 1):
            return None
        if (t.word(i - 1) != "'" and digits[1] != "0") or self.age_before(i):
            return None  # the 95s: not a decade
        return self.decade_years(i + 2), {"kind": "date", "decade": 190 + int(digits) // 10}, TimexType.DATE

    def decade_years(self, j: int) -> int:
        """The end of a decade's name, past the word for years that may follow it: die neunziger Jahre, the 90er
        Jahren (English has no such word after "the 1990s")."""
        return j + 1 if self.lex.units.get(self.t.word(j)) == "Y" and self.t.word(j) in self.w["plural_units"] else j

    def age_before(self, i: int) -> bool:
        """ "in her early 30s", "in their mid-twenties": an age, not the 1930s or the 1920s."""
        return bool({self.t.word(k) for k in range(i - 3, i)} & self.lex.word_sets["age_possessives"])

    def decade_word(self, i: int) -> Parse | None:
        decade = self.lex.decade_words.get(self.t.word(i))
        if decade is None or self.t.word(i - 1) not in self.lex.word_sets["decade_cues"] or self.age_before(i):
            return None
        return self.decade_years(i + 1), {"kind": "date", "decade": 190 + decade}, TimexType.DATE

    def decade_of_years(self, i: int) -> Parse | None:
        """los años 30, la década de los noventa, les années 1980, gli anni '80: a decade told by the noun for years
        or decades, then (past an of-word, an article, the years noun again) its tens in digits or a number word."""
        t = self.t
        nouns = self.w["decade_nouns"]
        if t.word(i - 1) not in self.w["definite_articles"] | self.w["decade_cues"]:
            return None
        j = i + 1
        j = self.past_article(j + 1) if t.word(j) in self.of else j
        j += t.word(j) in nouns
        j += t.word(j) == "'" and t.glued(j + 1)
        word = t.word(j)
        year_digits = word.isdecimal() and len(word) == 4  # los años 1990; "diez", "cien" are number words
        tens = int(word) if word.isdecimal() and len(word) in {2, 4} else self.lex.numbers.get(word)
        if tens is None or tens % 10 or (not year_digits and not TENS_OF_A_CENTURY[0] <= tens <= TENS_OF_A_CENTURY[1]):
            return None
        decade = tens // 10 if year_digits else 190 + tens // 10  # a decade of the 1900s by its tens
        return j + 1, {"kind": "date", "decade": decade}, TimexType.DATE

    def century(self, i: int) -> Parse | None:
        """the 20th century, the twenty-first century, the 5th century BC (century -5: before Christ)."""
        ordinal = self.ordinal(i)
        if ordinal is None or not self.unit_is(ordinal[0], "CE") or ordinal[1] < 1:
            return None
        j = ordinal[0] + 1
        era = self.phrase(j, self.lex.eras["after_number"], self.as_written)
        if era is not None and int(str(era[1])) < 0:
            return era[0], {"kind": "date", "century": -ordinal[1]}, TimexType.DATE
        return (era[0] if era else j), {"kind": "date", "century": ordinal[1] - 1}, TimexType.DATE

    def roman_century(self, i: int) -> Parse | None:
        """el siglo XIX, o século XX, il secolo XV: the century's word and its number in Roman numerals."""
        if not self.unit_is(i, "CE") or i + 1 >= len(self.t):
            return None
        number = roman(self.t.raw[i + 1])
        return None if number is None else (i + 2, {"kind": "date", "century": number - 1}, TimexType.DATE)

    def quarter(self, i: int) -> Parse | None:
        """third-quarter, the fiscal first quarter, the fiscal-first quarter, first half (of 1990)."""
        j = self.hyphen(i + 1) if self.t.word(i) in self.lex.fiscal else i
        if "q" in (self.t.word(j), self.t.word(j + 1)):
            return self.quarter_code(j)
        ordinal = self.ordinal(j)
        if ordinal is None:
            return None
        j = self.hyphen(ordinal[0])
        noun = self.t.word(j)
        quarters, half = self.lex.units.get(noun) == "Q", noun in self.w["half_words"]
        number = ordinal[1] if ordinal[1] > 0 else 4 if self.unit_is(j, "Q") else 2 if half else 0  # the last quarter
        ordinal = (ordinal[0], number)
        if quarters and 1 <= ordinal[1] <= 4:
            meaning: Reading = {"kind": "date", "quarter": ordinal[1]}
        elif half and 1 <= ordinal[1] <= 2:
            meaning = {"kind": "date", "half": ordinal[1]}
        else:
            return None
        j += 1
        of = self.t.word(j) in self.of
        year = self.year(j + 1) if of else None
        offset = None if year else self.year_offset_after(j) if of else None
        if year:
            j, meaning["year"] = year
        elif offset:
            j, meaning["year_offset"] = offset
        elif half and of:
            return self.half_of_decade(j + 1, ordinal[1]) or (j, meaning, TimexType.DATE)
        if noun in self.w["plural_units"]:  # the third quarters: every third quarter
            return j, {"kind": "set", "value": f"XXXX-Q{ordinal[1]}"}, TimexType.SET
        return j, meaning, TimexType.DATE

    def half_of_decade(self, i: int, half: int) -> Parse | None:
        """(the last half of) the '80s: the decade's end, told as the decade with its part, there being no
        TIMEX3 value for half a decade."""
        j = i + 1 if self.t.word(i) in self.w["definite_articles"] else i
        decade = self.year_or_decade(j) or self.decade_word(j)
        if decade is None or "decade" not in decade[1]:
            return None
        return decade[0], {**decade[1], "part": "START" if half == 1 else "END"}, decade[2]

    def quarter_code(self, i: int) -> Parse | None:
        """Q3, 3Q, Q3 2014: a quarter written as a code, "Q" capitalised and glued to its digit."""
        t = self.t
        letter = i if t.word(i) == "q" else i + 1
        digit = i + 1 if letter == i else i
        if t.raw[letter : letter + 1] != ["Q"] or t.word(digit) not in QUARTER_DIGITS or not t.glued(i + 1):
            return None
        if t.glued(i + 2) and t.word(i + 2)[:1].isalnum():
            return None  # part of a longer code: Q3X, 3Q4
        meaning: Reading = {"kind": "date", "quarter": int(t.word(digit))}
        year = self.year(i + 2)
        return (year[0], {**meaning, "year": year[1]}, TimexType.DATE) if year else (i + 2, meaning, TimexType.DATE)

    def season(self, i: int) -> Parse | None:
        """the spring, this fall, Summer 1962, the winter of 1920, (the spring and) summer."""
        t = self.t
        code = self.lex.seasons.get(t.word(i))
        if code is None:
            return None
        j = i + 1
        cued = t.word(i - 1) in self.lex.word_sets["season_cues"] or self.year_after(j, self.of) is not None
        listed = t.word(i - 1) in self.w["conjunctions"] and t.word(i - 2) in self.lex.seasons  # spring and summer
        if not (cued or listed):
            return None
        names = not self.lex.capitalised_nouns
        if names and self.t.raw[i][0].isupper() and j < len(self.t) and self.t.raw[j][0].isupper():
            return None  # part of a name: the Winter Olympics, the Spring Festival
        of = i - 1 - (self.t.word(i - 1) in self.w["elision_marks"])
        if names and self.t.word(of) in self.of and self.after_a_name(of):
            return None  # a name's of-phrase: les Jeux Olympiques d'hiver, el Palacio de Invierno
        year = self.year_after(j, self.of)
        meaning: Reading = {"kind": "date", "season": code}
        told = None if year else self.reference_year_after(j)
        offset = None if year or told else self.year_offset_after(j)
        if year:
            j, meaning["year"] = year
        elif told:
            j, meaning["year_of_reference"] = told, True
        elif offset:
            j, meaning["year_offset"] = offset
        elif self.t.word(j) in self.of:
            return None  # the fall of Saigon, the spring of discontent: a noun, not a season
        else:
            shared = self.season_shared_year(j)
            meaning.update({"year": shared} if shared is not None else {})
        return j, meaning, TimexType.DATE

    def season_shared_year(self, j: int) -> int | None:
        """ "the spring and early summer of 1943", "the winter-spring of 1920": a season joined to a later one told
        with its year takes that year."""
        t = self.t
        if t.word(j) not in self.w["and_words"] | self.w["or_words"] | self.w["range_connectors"]:
            return None
        k = j + 1 + (t.word(j + 1) in self.lex.parts)  # early summer
        other = self.season(k) if t.word(k) in self.lex.seasons else None
        return other[1].get("year") if other else None
