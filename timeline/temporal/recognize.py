"""Recognition: find temporal expressions and give each an underspecified meaning.

One scanner regex cuts the text into tokens; the grammar is tried only at tokens the language data
lists as triggers, and each rule looks at a bounded number of tokens around its hit, so the work is
linear in the text's length whatever the input. Rules return ``(end token, meaning, TIMEX3 type)``;
at each position the longest reading wins.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.models import Mention, TimexType
from timeline.temporal.lexicon import Lexicon, Phrases, lexicon
from timeline.temporal.meaning import Meaning
from timeline.temporal.tokens import Tokens, tokenize

Parse = tuple[int, Meaning, str]
CALENDAR_UNITS = frozenset({"D", "W", "M", "Q", "Y", "DE"})
# Bounded repetitions only, anchored where a token starts: it cannot backtrack far.
NUMERIC_DATE = re.compile(
    r"(?:(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"|(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<us_year>\d{4}))(?![-/]?\d)"
)


def _longest(*parses: Parse | None) -> Parse | None:
    best = None
    for parse in parses:
        if parse is not None and (best is None or parse[0] > best[0]):
            best = parse
    return best


class Grammar:
    """The rules, over one token stream."""

    def __init__(self, text: str, tokens: Tokens, lex: Lexicon) -> None:
        self.text = text
        self.t = tokens
        self.lex = lex
        self.number_rules = _number_rules(lex)
        self.dispatch = {word: [getattr(self, name) for name in names] for word, names in _dispatch(lex).items()}

    # ------------------------------------------------------------ small pieces

    def hyphen(self, i: int) -> int:
        """Index after a glued '-' at ``i`` (third-quarter), else ``i``."""
        return i + 1 if self.t.word(i) == "-" and self.t.glued(i) and self.t.glued(i + 1) else i

    def word_number(self, i: int) -> tuple[int, int] | None:
        numbers = self.lex.numbers
        word = self.t.word(i)
        if word not in numbers:
            return None
        value, j = numbers[word], i + 1
        if value >= 20 and value % 10 == 0:
            k = self.hyphen(j)
            if numbers.get(self.t.word(k), 10) < 10:
                value, j = value + numbers[self.t.word(k)], k + 1
        if self.t.word(j) in self.lex.multipliers:
            value, j = value * self.lex.multipliers[self.t.word(j)], j + 1
        return j, value

    def number(self, i: int) -> tuple[int, int | None] | None:  # noqa: PLR0911 - one return per reading
        """A count: digits, number words, "a"/"an", "a couple of", or vague ("several", "a few") as None."""
        word = self.t.word(i)
        if word.isdigit() and len(word) <= 6:
            if self.t.word(i + 1) in {",", "."} and self.t.glued(i + 1) and self.t.word(i + 2).isdigit():
                return None
            return i + 1, int(word)
        if word in self.lex.article_one:
            nxt = self.t.word(i + 1)
            if nxt == "couple" and self.t.word(i + 2) == "of":
                return i + 3, 2
            if nxt in self.lex.vague_numbers:
                return i + 2, None
            return i + 1, 1
        if word in self.lex.vague_numbers:
            return i + 1, None
        if word == "couple" and self.t.word(i + 1) == "of":
            return i + 2, 2
        return self.word_number(i)

    def unit(self, i: int) -> tuple[int, str, bool] | None:
        """A unit word: (next index, unit code, plural)."""
        word = self.t.word(i)
        code = self.lex.units.get(word)
        if code is None:
            return None
        return i + 1, code, word.endswith("s") or word in {"centuries", "millennia"}

    def year(self, i: int) -> tuple[int, int] | None:
        word = self.t.word(i)
        if len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2199:
            nxt = self.t.word(i + 1)
            if nxt == "%" or (nxt in {",", ".", ":"} and self.t.word(i + 2).isdigit() and self.t.glued(i + 2)):
                return None
            if self.t.word(i - 1) in {"$", "#", "no", "no."}:
                return None
            return i + 1, int(word)
        return self.word_year(i)

    def word_year(self, i: int) -> tuple[int, int] | None:
        """'nineteen ninety-six', 'two thousand'."""
        century = self.lex.numbers.get(self.t.word(i))
        if century is not None and 10 <= century <= 20 and self.t.word(i + 1) != "thousand":
            rest = self.word_number(i + 1)
            if rest and 10 <= rest[1] <= 99:
                return rest[0], century * 100 + rest[1]
            return None
        parsed = self.word_number(i)
        if parsed and 1900 <= parsed[1] <= 2100 and self.t.word(i + 1) == "thousand":
            more = self.word_number(parsed[0]) if self.t.word(parsed[0]) != "and" else self.word_number(parsed[0] + 1)
            return (more[0], parsed[1] + more[1]) if more and more[1] < 100 else parsed
        return None

    def day_of_month(self, i: int) -> tuple[int, int] | None:
        word = self.t.word(i)
        if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31:
            j = i + 1
            if self.t.word(j) in self.lex.ordinal_suffixes and self.t.glued(j):
                j += 1
            if self.t.word(j) in {":", "-", "/", "%", "."} and self.t.glued(j) and self.t.glued(j + 1):
                return None
            return j, int(word)
        ordinal = self.lex.ordinals.get(word)
        if ordinal and ordinal > 0:
            return i + 1, ordinal
        return None

    def ordinal(self, i: int) -> tuple[int, int] | None:
        word = self.t.word(i)
        if word.isdigit() and self.t.word(i + 1) in self.lex.ordinal_suffixes and self.t.glued(i + 1):
            return i + 2, int(word)
        if word in self.lex.ordinals:
            return i + 1, self.lex.ordinals[word]
        return None

    def month_name(self, i: int) -> tuple[int, int] | None:
        word = self.t.word(i)
        month = self.lex.months.get(word)
        if month is None or not self.t.raw[i][0].isupper():
            return None
        j = i + 1
        if self.t.word(j) == "." and self.t.glued(j) and len(word) <= 4 and word not in {"may", "june", "july"}:
            j += 1
        elif word in self.lex.abbreviations_need_period:
            return None
        return j, month

    # ------------------------------------------------------------ calendar dates

    def month_date(self, i: int) -> Parse | None:
        """Feb. 24, 2025 / February 2025 / Feb 24 / May (with a cue) / March of 1996."""
        named = self.month_name(i)
        if named is None:
            return None
        j, month = named
        meaning: Meaning = {"kind": "date", "month": month}
        day = self.day_of_month(j)
        if day:
            j = day[0]
            meaning["day"] = day[1]
            year = self.year(j + 1) if self.t.word(j) == "," else self.year(j)
        else:
            year = self.year(j + 1) if self.t.word(j) in {"of", ","} else self.year(j)
        if year:
            j = year[0]
            meaning["year"] = year[1]
        elif self.t.word(j) in self.lex.shifters and self.t.word(j + 1) == "year":
            meaning["year_offset"] = self.lex.shifters[self.t.word(j)]
            j += 2
        elif not day and self.t.word(i) == "may" and self.t.word(i - 1) not in self.lex.word_sets["month_cues"]:
            return None
        return j, meaning, TimexType.DATE

    def day_month(self, i: int) -> Parse | None:
        """24 February 2025 / the 24th of February."""
        day = self.day_of_month(i)
        if day is None:
            return None
        j = day[0] + 1 if self.t.word(day[0]) == "of" else day[0]
        named = self.month_name(j)
        if named is None:
            return None
        meaning: Meaning = {"kind": "date", "month": named[1], "day": day[1]}
        j = named[0]
        year = self.year(j + 1) if self.t.word(j) == "," else self.year(j)
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    def numeric_date(self, i: int) -> Parse | None:
        """2025-02-24 and 02/24/2025 (month first unless the first number cannot be a month)."""
        if self.t.word(i - 1) in {"-", "/"} and self.t.glued(i):
            return None  # inside a longer run of numbers
        match = NUMERIC_DATE.match(self.text, self.t.starts[i])
        if match is None:
            return None
        if match["iso_year"]:
            year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
        else:
            first, second, year = int(match["first"]), int(match["second"]), int(match["us_year"])
            month, day = (first, second) if first <= 12 else (second, first)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return i + 5, {"kind": "date", "year": year, "month": month, "day": day}, TimexType.DATE

    def year_or_decade(self, i: int) -> Parse | None:
        """1988, fiscal 1989, the 1990s, '80s, nineteen ninety-six, the 1988 period."""
        t = self.t
        if t.word(i) == "'" and len(t.word(i + 1)) == 2 and t.word(i + 2) == "s" and t.glued(i + 2):
            return i + 3, {"kind": "date", "decade": 190 + int(t.word(i + 1)) // 10}, TimexType.DATE
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

    def decade_word(self, i: int) -> Parse | None:
        decade = self.lex.decade_words.get(self.t.word(i))
        if decade is None or self.t.word(i - 1) not in self.lex.word_sets["decade_cues"]:
            return None
        return i + 1, {"kind": "date", "decade": 190 + decade}, TimexType.DATE

    def century(self, i: int) -> Parse | None:
        ordinal = self.ordinal(i)
        if ordinal is None or self.t.word(ordinal[0]) != "century" or ordinal[1] < 1:
            return None
        return ordinal[0] + 1, {"kind": "date", "century": ordinal[1] - 1}, TimexType.DATE

    def quarter(self, i: int) -> Parse | None:
        """third-quarter, the fiscal first quarter, first half (of 1990)."""
        j = i + 1 if self.t.word(i) in self.lex.fiscal else i
        ordinal = self.ordinal(j)
        if ordinal is None:
            return None
        j = self.hyphen(ordinal[0])
        noun = self.t.word(j)
        number = ordinal[1] if ordinal[1] > 0 else {"quarter": 4, "half": 2}.get(noun, 0)
        ordinal = (ordinal[0], number)
        if noun in {"quarter", "quarters"} and 1 <= ordinal[1] <= 4:
            meaning: Meaning = {"kind": "date", "quarter": ordinal[1]}
        elif noun == "half" and 1 <= ordinal[1] <= 2:
            meaning = {"kind": "date", "half": ordinal[1]}
        else:
            return None
        j += 1
        year = self.year(j + 1) if self.t.word(j) == "of" else None
        if year:
            j, meaning["year"] = year
        if noun == "quarters":
            return j, {"kind": "set", "value": f"XXXX-Q{ordinal[1]}"}, TimexType.SET
        return j, meaning, TimexType.DATE

    def season(self, i: int) -> Parse | None:
        code = self.lex.seasons.get(self.t.word(i))
        if code is None or self.t.word(i - 1) not in self.lex.word_sets["season_cues"]:
            return None
        j = i + 1
        if self.t.raw[i][0].isupper() and j < len(self.t) and self.t.raw[j][0].isupper():
            return None  # part of a name: the Winter Olympics, the Spring Festival
        year = self.year(j + 1) if self.t.word(j) == "of" else self.year(j)
        meaning: Meaning = {"kind": "date", "season": code}
        if year:
            j, meaning["year"] = year
        return j, meaning, TimexType.DATE

    # ------------------------------------------------------------ days, weekdays, times

    def weekday(self, i: int) -> Parse | None:
        word = self.t.word(i)
        weekday = self.lex.weekdays.get(word)
        if weekday is None:
            return None
        j = i + 1
        if self.t.word(j) == "." and self.t.glued(j) and len(word) <= 5:
            j += 1
        elif word in self.lex.abbreviations_need_period or (len(word) <= 4 and not self.t.raw[i][0].isupper()):
            return None
        date = self.month_date(j + 1 if self.t.word(j) == "," else j)
        if date:
            return date[0], {**date[1], "weekday": weekday}, date[2]
        return self.with_day_part(j, {"kind": "weekday", "weekday": weekday, "direction": None})

    def with_day_part(self, j: int, meaning: Meaning) -> Parse:
        part = self.lex.day_parts.get(self.t.word(j))
        if part is None:
            return j, meaning, TimexType.DATE
        return j + 1, {**meaning, "day_part": part}, TimexType.TIME

    def day_word(self, i: int) -> Parse | None:
        word = self.t.word(i)
        offset = self.lex.day_words.get(word)
        if offset is None:
            return None
        meaning: Meaning = {"kind": "shift", "unit": "D", "amount": offset, "anchor": "published"}
        if word == "overnight":
            return i + 1, {**meaning, "day_part": "NI"}, TimexType.TIME
        if word == "tonight":
            return i + 1, {**meaning, "day_part": "NI"}, TimexType.TIME
        return self.with_day_part(i + 1, meaning)

    def clock(self, i: int) -> Parse | None:
        """10 p.m., 7:15 p.m. EST, noon, midnight; optionally followed by the day (10 p.m. Wednesday)."""
        t = self.t
        word = t.word(i)
        if word in self.lex.clock_words:
            hour, minute, j = self.lex.clock_words[word], 0, i + 1
        else:
            hour_minute = self.hour_minute(i)
            if hour_minute is None:
                return None
            j, hour, minute = hour_minute
        if t.word(j) in self.lex.word_sets["timezones"]:
            j += 1
        meaning: Meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published"}
        after_comma = j + 1 if t.word(j) == "," else j
        day = self.weekday(after_comma) or self.day_word(j) or self.month_date(after_comma)
        if day:
            j, meaning = day[0], day[1]
        return j, {**meaning, "clock": f"{hour:02d}:{minute:02d}" if hour < 24 else "24"}, TimexType.TIME

    def hour_minute(self, i: int) -> tuple[int, int, int] | None:
        t = self.t
        hour = t.number(i)
        if hour is None or hour > 23 or len(t.word(i)) > 2:
            return None
        j, minute = i + 1, 0
        if t.word(j) == ":" and t.glued(j) and len(t.word(j + 1)) == 2 and t.glued(j + 1):
            minute, j = int(t.word(j + 1)), j + 2
        meridian = self.lex.meridians.get(t.word(j))
        if meridian is None:
            return None if j == i + 1 or t.word(i - 1) != "at" else (j, hour, minute)
        if hour > 12:
            return None
        return j + 1, (hour % 12) + meridian, minute

    # ------------------------------------------------------------ relative expressions

    def shifted(self, i: int) -> Parse | None:
        """last week, next year, this month, the previous Friday, last April, this past spring, the past two months."""
        t = self.t
        word = t.word(i)
        direction = self.lex.shifters.get(word)
        if direction is None:
            return None
        anaphoric = word in self.lex.anaphoric_shifters or (word == "next" and t.word(i - 1) == "the")
        anchor = "reference" if anaphoric else "published"
        j = i + 1
        if word == "this" and t.word(j) in {"past", "coming"}:
            direction, j = self.lex.shifters[t.word(j)], j + 1
        if t.word(j) in self.lex.fiscal:
            j += 1
        target = self.shift_target(j, direction, anchor, word)
        if target is None:
            return None
        return target

    def shift_target(self, j: int, direction: int, anchor: str, word: str) -> Parse | None:
        t = self.t
        if t.word(j) in self.lex.weekdays:
            weekday = self.weekday(j)
            if weekday and weekday[1]["kind"] == "weekday":
                return weekday[0], {**weekday[1], "direction": direction, "anchor": anchor}, weekday[2]
            if weekday:
                return weekday  # "this coming Sunday, March eighth": the date says which
        named = self.month_name(j) or (None if t.word(j) not in self.lex.seasons else (j + 1, 0))
        if named:
            key, value = ("month", named[1]) if named[1] else ("season", self.lex.seasons[t.word(j)])
            return named[0], {"kind": "date", key: value, "direction": direction}, TimexType.DATE
        if t.word(j) in self.lex.day_parts and word in {"this", "last"}:
            part = self.lex.day_parts[t.word(j)]
            amount = -1 if word == "last" and part == "NI" else 0
            meaning = {"kind": "shift", "unit": "D", "amount": amount, "anchor": "published", "day_part": part}
            return j + 1, meaning, TimexType.TIME
        if t.word(j) in {"quarter", "period"} and word in {"latest", "current", "this"}:
            kind = "quarter_ref" if word == "latest" or t.word(j) == "period" else "shift"
            return j + 1, {"kind": kind, "unit": "Q", "amount": 0, "anchor": anchor}, TimexType.DATE
        return self.shifted_units(j, direction, anchor, word)

    def shifted_units(self, j: int, direction: int, anchor: str, word: str) -> Parse | None:
        unit = self.unit(j)
        if unit and not unit[2]:
            meaning = {"kind": "shift", "unit": unit[1], "amount": direction, "anchor": anchor}
            return unit[0], meaning, TimexType.DATE
        if unit and unit[1] in self.lex.vague_plural_units.get(word, ()):
            return unit[0], {"kind": "duration", "value": duration_value(None, unit[1])}, TimexType.DURATION
        if unit and word in self.lex.plural_references:
            return unit[0], {"kind": "reference", "value": self.lex.plural_references[word]}, TimexType.DATE
        count = self.number(j)
        if count is None or word in {"this", "current", "latest", "present"}:
            return None
        duration = self.count_units(j)
        if duration is None or duration[1]["kind"] != "duration":
            return None
        return duration

    def count_units(self, i: int) -> Parse | None:
        """three years (ago / earlier / later), a few days, two-year, 2 1/2 years, 12 to 18 months."""
        t = self.t
        count = self.number(i)
        if count is None:
            return None
        j, amount = count
        if t.word(j) in {"to", "or"} and self.number(j + 1) and self.unit(self.number(j + 1)[0]):  # type: ignore[index]
            j, amount = self.number(j + 1)[0], None  # type: ignore[index]
        adjective = self.hyphen(j) != j
        j = self.hyphen(j)
        if t.word(j) == "more":
            j += 1
        unit = self.unit(j)
        if unit is None or (amount == 1 and unit[2] and t.word(i) in self.lex.article_one):
            return None
        if self.year_ago(j) or not self.plausible_count(i, j, unit[1], adjective):
            return None
        j, code, _ = unit
        if t.word(j) == "or" and t.word(j + 1) == "so":
            j += 2
        parse = self.relative_or_duration(j, amount, code, adjective)
        ahead = t.word(i - 1) in self.lex.word_sets["ahead_prepositions"] and not adjective
        if ahead and parse[1]["kind"] == "duration" and amount is not None and code in CALENDAR_UNITS:
            # "redeemed in five years": a date that far after publication, unless the clause is past
            meaning = {"kind": "shift", "unit": code, "amount": amount, "anchor": "published", "counted": True}
            return parse[0], {**meaning, "duration_if_past": parse[1]["value"]}, TimexType.DATE
        return parse

    def relative_or_duration(self, j: int, amount: int | None, code: str, adjective: bool) -> Parse:
        t = self.t
        word = t.word(j)
        ahead = word == "from" and t.word(j + 1) == "now"
        if not adjective and (word in self.lex.ago_words or ahead):
            sign, end = (1, j + 2) if ahead else (self.lex.ago_words[word], j + 1)
            if amount is None:  # "a few years ago": before now, by an amount the words do not give
                return end, {"kind": "reference", "value": "PAST_REF" if sign < 0 else "FUTURE_REF"}, TimexType.DATE
            meaning = {"kind": "shift", "unit": code, "amount": amount * sign, "anchor": "published"}
            return end, {**meaning, "counted": True}, TimexType.DATE
        if (
            not adjective
            and amount is not None
            and word in self.lex.relative_words
            and t.word(j + 1) not in {"the", "a", "an"}
        ):
            meaning = {"kind": "shift", "unit": code, "amount": amount * self.lex.relative_words[word]}
            return j + 1, {**meaning, "anchor": "reference", "counted": True}, TimexType.DATE
        if not adjective and word == "to" and t.word(j + 1) == "the" and t.word(j + 2) == "day" and code == "Y":
            return j + 3, {"kind": "anniversary", "years": amount}, TimexType.DATE
        return j, {"kind": "duration", "value": duration_value(amount, code)}, TimexType.DURATION

    def plausible_count(self, i: int, unit_index: int, code: str, adjective: bool) -> bool:
        """Rule out what only looks like a count of time: ages (52 years old, 136-year-old),
        fractions (three-quarters, a quarter of), rates after amounts ($2 million a year), ordinals (a second)."""
        t = self.t
        after = t.word(unit_index + 1)
        ages = self.lex.word_sets["age_words"]
        if after in ages or (after == "-" and t.word(unit_index + 2) in ages):
            return False
        article = t.word(i) in self.lex.article_one
        if code in {"Q", "S"} and (article or adjective or after == "of"):
            return False
        before = t.word(i - 1)
        rate = article and (before.isdigit() or before in self.lex.word_sets["amount_words"])
        return not rate or after in self.lex.ago_words or after in self.lex.relative_words

    def opening_span(self, i: int) -> Parse | None:
        """the first nine months, the first two years: a duration counted from a period's start."""
        if self.t.word(i) not in self.lex.word_sets["opening_words"]:
            return None
        duration = self.count_units(i + 1)
        return duration if duration and duration[1]["kind"] == "duration" else None

    def year_ago(self, i: int) -> Parse | None:
        """year-ago, year-earlier (quarter): the same period a year before the one the text is about."""
        t = self.t
        if t.word(i) != "year" or t.word(i + 1) != "-" or t.word(i + 2) not in self.lex.year_ago_words:
            return None
        j = i + 3
        meaning: Meaning = {"kind": "shift", "unit": "Y", "amount": -1, "anchor": "reference", "counted": True}
        ordinal = self.quarter(j)
        if ordinal:
            return ordinal[0], {**ordinal[1], "year_shift": -1}, ordinal[2]
        if t.word(j) in {"quarter", "period"}:
            j += 1
        return j, meaning, TimexType.DATE

    def the_unit(self, i: int) -> Parse | None:  # noqa: PLR0911 - one return per reading
        """the year, the quarter, the week, that year: the unit the text is in."""
        t = self.t
        word, noun = t.word(i), t.word(i + 1)
        if word not in {"the", "that"} or t.word(i + 2) == "-":
            return None
        if noun in {"quarter", "period"} and word in {"the", "that"}:
            return i + 2, {"kind": "quarter_ref"}, TimexType.DATE
        fiscal = noun in {"full", "fiscal"} and t.word(i + 2) == "year"
        if (fiscal or noun == "year") and t.word(i + 2 + fiscal) in self.lex.word_sets["period_end_words"]:
            return i + 2 + fiscal, {"kind": "duration", "value": "P1Y"}, TimexType.DURATION
        if fiscal and word == "the":
            return i + 3, {"kind": "shift", "unit": "Y", "amount": 0, "anchor": "published"}, TimexType.DATE
        if noun == "year" and self.year(i + 2):
            return self.year(i + 2)[0], {"kind": "date", "year": self.year(i + 2)[1]}, TimexType.DATE  # type: ignore[index]
        if noun in self.lex.day_parts and word == "the":
            meaning = {
                "kind": "shift",
                "unit": "D",
                "amount": 0,
                "anchor": "reference",
                "day_part": self.lex.day_parts[noun],
            }
            return i + 2, meaning, TimexType.TIME
        if noun == "day" and word == "the" and t.word(i + 2) in {"before", "after", "of"} | {".", ","}:
            return i + 2, {"kind": "shift", "unit": "D", "amount": 0, "anchor": "reference"}, TimexType.DATE
        if noun in {"year", "week", "weekend", "month"} or (word == "that" and noun == "day"):
            anchor = "reference" if word == "that" else "published"
            unit = self.lex.units[noun]
            return i + 2, {"kind": "shift", "unit": unit, "amount": 0, "anchor": anchor}, TimexType.DATE
        return None

    def anniversary(self, i: int) -> Parse | None:
        ordinal = self.ordinal(i)
        if ordinal is None or self.t.word(ordinal[0]) != "anniversary":
            return None
        j = ordinal[0] + 1
        meaning: Meaning = {"kind": "anniversary", "years": ordinal[1]}
        if self.t.word(j) == "of":
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
        if phrase:
            return phrase[0], {"kind": "reference", "value": phrase[1]}, TimexType.DATE
        value = self.lex.references.get(self.t.word(i))
        if value is None or (self.t.word(i) == "soon" and {self.t.word(i - 1), self.t.word(i + 1)} & {"as", "after"}):
            return None
        return i + 1, {"kind": "reference", "value": value}, TimexType.DATE

    def phrase(self, i: int, table: Phrases) -> tuple[int, object] | None:
        """The longest multi-word entry of ``table`` starting at ``i``."""
        best, node, j = None, table, i
        while (node := node.get(self.t.word(j))) is not None:
            j += 1
            if None in node:
                best = (j, node[None])
        return best

    def recurrence(self, i: int) -> Parse | None:  # noqa: PLR0911 - one return per reading
        """every year, each Thursday, daily, weekly."""
        t = self.t
        word = t.word(i)
        if word in self.lex.set_words:
            if t.word(i + 1)[:1].isalpha() or t.word(i - 1) in {"the", "a", "its", "their"}:
                return None  # an adjective: "quarterly dividend", "average daily volume"
            return i + 1, {"kind": "set", "value": self.lex.set_words[word]}, TimexType.SET
        if word not in self.lex.set_quantifiers:
            return None
        j = i + 2 if t.word(i + 1) == "other" else i + 1
        step = 2 if j == i + 2 else 1
        if t.word(j) in self.lex.weekdays:
            return j + 1, {"kind": "set", "value": f"XXXX-WXX-{self.lex.weekdays[t.word(j)]}"}, TimexType.SET
        named = self.month_name(j)
        if named:
            return named[0], {"kind": "set", "value": f"XXXX-{named[1]:02d}"}, TimexType.SET
        count = self.number(j) if t.word(j) not in self.lex.units else (j, step)
        unit = self.unit(count[0]) if count and count[1] else None
        if unit is None:
            return None
        return unit[0], {"kind": "set", "value": duration_value(count[1], unit[1])}, TimexType.SET  # type: ignore[index]

    # ------------------------------------------------------------ modifiers around a core

    CORES: tuple[str, ...] = (
        "month_date",
        "day_month",
        "numeric_date",
        "year_or_decade",
        "decade_word",
        "century",
        "quarter",
        "season",
        "weekday",
        "day_word",
        "clock",
        "shifted",
        "count_units",
        "opening_span",
        "year_ago",
        "the_unit",
        "anniversary",
        "reference",
        "recurrence",
    )

    def core(self, i: int) -> Parse | None:
        word = self.t.word(i)
        if word[:1].isdigit():
            names = self.number_rules.get(self.t.word(i + 1), ())
            if names and self.t.word(i + 1) in {"-", "/"}:
                names = ("count_units",) if self.t.word(i + 2) in self.lex.units else ("numeric_date",)
            if len(word) == 4:
                names = ("year_or_decade", "numeric_date", *names)
            if self.t.word(i - 1) == "at":
                names = (*names, "clock")
            return _longest(*(getattr(self, name)(i) for name in names))
        return _longest(*(rule(i) for rule in self.dispatch.get(word, ())))

    def part_of(self, i: int) -> Parse | None:  # noqa: PLR0911 - one return per reading
        """early/mid/late X, mid-1990s, the end of X, year-end, earlier/later this month."""
        t = self.t
        word = t.word(i)
        if word in self.lex.day_parts and t.word(i + 1) in self.lex.day_words:
            inner = self.day_word(i + 1)
            return inner[0], {**inner[1], "day_part": self.lex.day_parts[word]}, TimexType.TIME  # type: ignore[index]
        if word == "mid" and t.word(i + 1) in self.lex.day_parts:
            return self.part_of(i + 1) or self.day_part_today(i + 2)
        if word == "mid" and t.word(i + 1) == "-" and t.word(i + 2) in self.lex.day_parts:
            return self.part_of(i + 2) or (
                i + 3,
                {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published", "day_part": "AF"},
                TimexType.TIME,
            )
        if word == "year" and t.word(i + 1) in {"end", "-", "'"}:
            j = {"end": i + 2, "-": i + 3, "'": i + 4}[t.word(i + 1)]
            if t.word(j - 1) == "end":
                return j, {"kind": "shift", "unit": "Y", "amount": 0, "anchor": "published", "part": "END"}, "DATE"
        if word in self.lex.within_words:
            inner = self.core(i + 1)
            if inner and inner[1]["kind"] in {"shift", "weekday"}:
                return inner[0], {**inner[1], "within": self.lex.relative_words[word]}, inner[2]
            return None
        part = self.lex.parts.get(word)
        if part is None:
            return None
        j = self.hyphen(i + 1)
        if word in {"beginning", "start", "middle", "end", "close", "dawn"}:
            if t.word(i - 1) != "the" or t.word(j) != "of":
                return None
            j += 1
        inner = self.core(j)
        if inner is None or inner[1]["kind"] not in {"date", "shift", "weekday"}:
            return None
        return inner[0], {**inner[1], "part": part}, inner[2]

    def day_part_today(self, j: int) -> Parse:
        meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published", "day_part": "AF"}
        return j, meaning, TimexType.TIME

    def possessive(self, parse: Parse) -> Parse | None:
        """this year's third quarter, year's end; "today's world" is not a date."""
        j = parse[0] + 2
        meaning = parse[1]
        if meaning.get("unit") == "Y" and meaning["kind"] == "shift":
            quarter = self.quarter(j)
            if quarter:
                return quarter[0], {**quarter[1], "year_offset": meaning["amount"]}, quarter[2]
            if self.t.word(j) == "end":
                return j + 1, {**meaning, "part": "END"}, parse[2]
        if meaning.get("unit") == "D" and meaning.get("amount") == 0:
            return None
        return parse

    def takes_article(self, parse: Parse, start: int) -> bool:
        """Whether "the" belongs to the expression (the third quarter, the past two months, the 1990s) or
        only to the noun it modifies (the [third-quarter] results, the [Feb. 23] deadline, the [current] system)."""
        end, meaning = parse[0], parse[1]
        if self.t.word(end - 2) == "-" or meaning["kind"] == "weekday":
            return False
        if meaning["kind"] == "reference":
            return end > start + 1
        if meaning["kind"] != "date" or "part" in meaning:
            return True
        return not ({"day", "month"} & meaning.keys()) and (
            "year" not in meaning or bool({"quarter", "half"} & meaning.keys())
        )

    def at(self, i: int) -> Parse | None:
        """The longest reading starting at token ``i``, with its approximator ("about") if any."""
        approximator = self.phrase(i, self.lex.approximators)
        if approximator is None:
            return self.with_article(i)
        if self.t.word(approximator[0]) == "the":
            return None  # "over the past year": a preposition before "the", not an approximation
        parse = self.with_article(approximator[0])
        if parse is None or parse[1]["kind"] not in {"duration", "shift", "date", "weekday"}:
            return None
        return parse[0], {**parse[1], "mod": approximator[1]}, parse[2]

    def with_article(self, j: int) -> Parse | None:
        """The longest reading at ``j``, taking a leading "the" only where it belongs to the expression."""
        start_article = self.t.word(j) == "the"
        k = j + 1 if start_article else j
        parse = _longest(self.part_of(k), self.core(k))
        if parse is None:
            return _longest(self.reference(j), self.the_unit(j)) if start_article else None
        if start_article and not self.takes_article(parse, k):
            return None  # read again from the next token, without "the"
        if self.t.word(parse[0]) == "'" and self.t.word(parse[0] + 1) == "s":
            return self.possessive(parse)
        return parse


@cache
def _number_rules(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The rules a number can start, by the token that follows it: a number is temporal only as a year
    or next to a unit, month, ordinal suffix, meridian or separator. Skipping the rest keeps long runs
    of numbers cheap."""
    by_follower: dict[str, set[str]] = {
        "-": {"numeric_date", "count_units", "year_or_decade"},
        "/": {"numeric_date"},
        ":": {"clock"},
        "s": {"year_or_decade"},
        "to": {"count_units"},
        "or": {"count_units"},
        "more": {"count_units"},
    }
    groups = (
        (set(lex.units), {"count_units"}),
        (set(lex.months), {"day_month"}),
        (lex.ordinal_suffixes, {"day_month", "century", "quarter", "anniversary"}),
        (set(lex.meridians) | lex.word_sets["timezones"], {"clock"}),
    )
    for followers, names in groups:
        for follower in followers:
            by_follower.setdefault(follower, set()).update(names)
    order = Grammar.CORES
    return {follower: tuple(n for n in order if n in names) for follower, names in by_follower.items()}


@cache
def _triggers(lex: Lexicon) -> frozenset[str]:
    """The words a reading can start with: a rule's first word, an approximator, an article or a part."""
    prefixes = {str(word) for word in lex.approximators} | set(lex.parts) | set(lex.within_words) | set(lex.day_parts)
    return frozenset(set(_dispatch(lex)) | prefixes | {"the", "year", "mid"})


@cache
def _dispatch(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Which rules can start at a word (digit runs under "0"), so each token tries only those."""
    ordinals, numbers = set(lex.ordinals), set(lex.numbers) | lex.article_one | lex.vague_numbers | {"couple"}
    starts: dict[str, set[str]] = {
        "month_date": set(lex.months),
        "day_month": {"0"} | ordinals,
        "numeric_date": {"0"},
        "year_or_decade": {"0", "'"} | lex.fiscal | set(lex.numbers),
        "decade_word": set(lex.decade_words),
        "century": {"0"} | ordinals,
        "quarter": {"0"} | ordinals | lex.fiscal,
        "season": set(lex.seasons),
        "weekday": set(lex.weekdays),
        "day_word": set(lex.day_words),
        "clock": {"0"} | set(lex.clock_words),
        "shifted": set(lex.shifters),
        "count_units": {"0"} | numbers,
        "opening_span": lex.word_sets["opening_words"],
        "year_ago": {"year"},
        "the_unit": {"the", "that"},
        "anniversary": {"0"} | ordinals,
        "reference": set(lex.references) | {str(word) for word in lex.reference_phrases},
        "recurrence": set(lex.set_words) | lex.set_quantifiers,
    }
    table: dict[str, list[str]] = {}
    for name in Grammar.CORES:
        for word in starts[name]:
            table.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in table.items()}


def duration_value(amount: int | float | None, code: str) -> str:
    """TIMEX3 duration: P3Y, PXM, PT2H, P10Y for a decade, P1E... as TimeBank writes them."""
    count = "X" if amount is None else str(amount)
    if code in {"H", "MIN", "S"}:
        return f"PT{count}{'M' if code == 'MIN' else code}"
    scaled = {"DE": ("E", 1), "CE": ("C", 1), "WE": ("WE", 1)}.get(code)
    if scaled:
        return f"P{count}{scaled[0]}"
    return f"P{count}{code}"


def _mention(text: str, tokens: Tokens, start: int, parse: Parse) -> Mention:
    begin, end = tokens.starts[start], tokens.ends[parse[0] - 1]
    meaning = parse[1]
    if "of_span" in meaning:
        span = meaning.pop("of_span")
        meaning["of"] = text[span[0] : span[1]] or None
    return Mention(start=begin, end=end, text=text[begin:end], type=TimexType(parse[2]), meaning=meaning)


def recognize(text: str, language: str = "en") -> list[Mention]:
    """Every temporal expression in ``text`` with its span and underspecified meaning (value None)."""
    lex = lexicon(language)
    tokens = tokenize(text)
    grammar = Grammar(text, tokens, lex)
    triggers = _triggers(lex)
    mentions: list[Mention] = []
    i, count = 0, len(tokens)
    while i < count:
        current = tokens.word(i)
        if current in triggers or current[0].isdigit():
            parse = grammar.at(i)
            if parse is not None and parse[0] > i:
                mentions.append(_mention(text, tokens, i, parse))
                i = parse[0]
                continue
        i += 1
    return mentions
