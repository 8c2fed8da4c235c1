"""Calendar dates: Feb. 24, 2025; 24 February 2025; 2025-02-24; 1988; the 1990s; the 20th century;
third-quarter; the first half of 1990; this spring."""

from __future__ import annotations

import re

from timeline.models import TimexType
from timeline.temporal.rules.base import DATED_YEARS, OF, OF_OR_COMMA, Parse, Reading, Words

# Bounded repetitions only, anchored where a token starts: it cannot backtrack far.
NUMERIC_DATE = re.compile(
    r"(?:(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"|(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<us_year>\d{4})"
    r"|(?P<month>\d{1,2})/(?P<day>\d{1,2}))(?![-/]?\d)"
)
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32})  # 1/2, 3/4, 5/8: fractions, not days


QUARTER_DIGITS = frozenset("1234")
SHORT_YEAR_PIVOT = 30  # '29 is 2029, '30 is 1930


class CalendarDates(Words):
    def month_date(self, i: int) -> Parse | None:
        """Feb. 24, 2025 / February 2025 / Feb 24 / May (with a cue) / March of 1996."""
        named = self.month_name(i)
        if named is None:
            return None
        j, month = named
        meaning: Reading = {"kind": "date", "month": month}
        day = self.day_of_month(j) or self.day_range(j)
        if day:
            j = day[0]
            meaning["day"] = day[1]
            year = self.year_after(j, years=DATED_YEARS)
        else:
            short = self.short_year(j)  # June '05
            year = self.year_after(j, OF_OR_COMMA) or (short and (short[0], short[1]["year"]))
        offset = None if year else self.year_offset_after(j)
        if year:
            j = year[0]
            meaning["year"] = year[1]
        elif offset:
            j, meaning["year_offset"] = offset
        elif not day and self.t.word(i) == "may" and self.t.word(i - 1) not in self.lex.word_sets["month_cues"]:
            return None
        return j, meaning, TimexType.DATE

    def day_range(self, j: int) -> tuple[int, int] | None:
        """(March) 20-22: days of the month named before them, a span the expression keeps whole; its value is
        the first day, when the thing begins."""
        t = self.t
        first, last = t.word(j), t.word(j + 2)
        if t.word(j + 1) != "-" or not (t.glued(j + 1) and t.glued(j + 2) and first.isdecimal() and last.isdecimal()):
            return None
        if len(first) > 2 or len(last) > 2 or not 1 <= int(first) < int(last) <= 31:
            return None
        return j + 3, int(first)

    def day_month(self, i: int) -> Parse | None:
        """24 February 2025 / the 24th of February / the 15th of next month."""
        day = self.day_of_month(i)
        if day is None:
            return None
        j = day[0] + 1 if self.t.word(day[0]) == "of" else day[0]
        named = self.month_name(j)
        offset = self.month_offset(j) if named is None and j > day[0] else None
        if offset is not None:  # the 15th of next month
            return j + 2, {"kind": "date", "day": day[1], "month_offset": offset}, TimexType.DATE
        if named is None:
            return None
        meaning: Reading = {"kind": "date", "month": named[1], "day": day[1]}
        j = named[0]
        year = self.year_after(j)
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    def month_offset(self, j: int) -> int | None:
        """'next month', 'last month', 'this month' at ``j``: months from the publish date's."""
        direction = self.lex.deictic_year_shifters.get(self.t.word(j))
        return direction if self.t.word(j + 1) == "month" else None

    def week_of_month(self, i: int) -> Parse | None:
        """the first week of March, the last week of June 2012: a week told by its place in a month."""
        if "week" not in (self.t.word(i + 1), self.t.word(i + 2)):
            return None
        ordinal = self.ordinal(i)
        if ordinal is None or not (ordinal[1] == -1 or 1 <= ordinal[1] <= 5):
            return None
        j = ordinal[0]
        if self.t.word(j) != "week" or self.t.word(j + 1) != "of":
            return None
        named = self.month_date(j + 2)
        if named is None or "day" in named[1]:
            return None
        return named[0], {**named[1], "week_of_month": ordinal[1]}, TimexType.DATE

    def ordinal_day(self, i: int) -> Parse | None:
        """(on) the 15th: a day of a month left to the context; not "the 15th floor" (a noun follows)."""
        t = self.t
        ordinal = self.ordinal(i)
        if ordinal is None or not t.word(i).isdecimal() or t.word(i - 1) != "the" or not 1 <= ordinal[1] <= 31:
            return None
        follower = t.word(ordinal[0])
        ends = self.lex.word_sets["phrase_end_words"] | self.lex.word_sets["day_of_month_followers"]
        if follower[:1].isalnum() and follower not in ends:
            return None
        return ordinal[0], {"kind": "date", "day": ordinal[1]}, TimexType.DATE

    def numeric_date(self, i: int) -> Parse | None:
        """2025-02-24, 02/24/2025 (month first unless the first number cannot be a month), on 12/25."""
        if self.t.word(i - 1) in {"-", "/"} and self.t.glued(i):
            return None  # inside a longer run of numbers
        match = NUMERIC_DATE.match(self.text, self.t.starts[i])
        if match is None:
            return None
        if match["month"]:
            return self.short_date(i, int(match["month"]), int(match["day"]))
        if match["iso_year"]:
            year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
        else:
            first, second, year = int(match["first"]), int(match["second"]), int(match["us_year"])
            month, day = (first, second) if first <= 12 else (second, first)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return i + 5, {"kind": "date", "year": year, "month": month, "day": day}, TimexType.DATE

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
        if t.word(i + 1 + apostrophe) == "s":  # '80s, the 90s; not a possessive's
            short = self.short_decade(i + apostrophe)
            if short and (apostrophe or t.word(i - 1) in self.lex.word_sets["decade_cues"]):
                return short
        fiscal = self.t.word(i) in self.lex.fiscal
        year = self.year(i + 1 if fiscal else i)
        if year is None:
            return None
        j, value = year
        if t.word(j) == "s" and t.glued(j):
            return j + 1, {"kind": "date", "decade": value // 10}, TimexType.DATE
        quarter = self.quarter(j)
        if quarter:
            quarter[1]["year"] = value
            return quarter
        if t.word(j) in {"period", "quarter"}:
            return j + 1, {"kind": "date", "year": value, "quarter_of_reference": True}, TimexType.DATE
        return j, {"kind": "date", "year": value}, TimexType.DATE

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
        short = int(digits)
        return i + 2, {"kind": "date", "year": short + (2000 if short < SHORT_YEAR_PIVOT else 1900)}, TimexType.DATE

    def short_decade(self, i: int) -> Parse | None:
        """'80s, the 90s: a decade of the 1900s by its last two digits."""
        t = self.t
        digits = t.word(i)
        if len(digits) != 2 or not digits.isdecimal() or t.word(i + 1) != "s" or not t.glued(i + 1):
            return None
        if (t.word(i - 1) != "'" and digits[1] != "0") or self.age_before(i):
            return None  # the 95s: not a decade
        return i + 2, {"kind": "date", "decade": 190 + int(digits) // 10}, TimexType.DATE

    def age_before(self, i: int) -> bool:
        """ "in her early 30s", "in their mid-twenties": an age, not the 1930s or the 1920s."""
        return bool({self.t.word(k) for k in range(i - 3, i)} & self.lex.word_sets["age_possessives"])

    def decade_word(self, i: int) -> Parse | None:
        decade = self.lex.decade_words.get(self.t.word(i))
        if decade is None or self.t.word(i - 1) not in self.lex.word_sets["decade_cues"] or self.age_before(i):
            return None
        return i + 1, {"kind": "date", "decade": 190 + decade}, TimexType.DATE

    def century(self, i: int) -> Parse | None:
        ordinal = self.ordinal(i)
        if ordinal is None or self.t.word(ordinal[0]) != "century" or ordinal[1] < 1:
            return None
        return ordinal[0] + 1, {"kind": "date", "century": ordinal[1] - 1}, TimexType.DATE

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
        number = ordinal[1] if ordinal[1] > 0 else {"quarter": 4, "half": 2}.get(noun, 0)
        ordinal = (ordinal[0], number)
        if noun in {"quarter", "quarters"} and 1 <= ordinal[1] <= 4:
            meaning: Reading = {"kind": "date", "quarter": ordinal[1]}
        elif noun == "half" and 1 <= ordinal[1] <= 2:
            meaning = {"kind": "date", "half": ordinal[1]}
        else:
            return None
        j += 1
        year = self.year(j + 1) if self.t.word(j) == "of" else None
        offset = None if year else self.year_offset_after(j) if self.t.word(j) == "of" else None
        if year:
            j, meaning["year"] = year
        elif offset:
            j, meaning["year_offset"] = offset
        elif noun == "half" and self.t.word(j) == "of":
            return self.half_of_decade(j + 1, ordinal[1]) or (j, meaning, TimexType.DATE)
        if noun == "quarters":
            return j, {"kind": "set", "value": f"XXXX-Q{ordinal[1]}"}, TimexType.SET
        return j, meaning, TimexType.DATE

    def half_of_decade(self, i: int, half: int) -> Parse | None:
        """(the last half of) the '80s: the decade's end, told as the decade with its part, there being no
        TIMEX3 value for half a decade."""
        j = i + 1 if self.t.word(i) == "the" else i
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
        code = self.lex.seasons.get(self.t.word(i))
        if code is None or self.t.word(i - 1) not in self.lex.word_sets["season_cues"]:
            return None
        j = i + 1
        if self.t.raw[i][0].isupper() and j < len(self.t) and self.t.raw[j][0].isupper():
            return None  # part of a name: the Winter Olympics, the Spring Festival
        year = self.year_after(j, OF)
        meaning: Reading = {"kind": "date", "season": code}
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE
