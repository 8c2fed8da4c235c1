"""Recognition: find temporal expressions and give each an underspecified meaning.

One scanner regex cuts the text into tokens; the grammar is tried only at tokens the language data
lists as triggers, and each rule looks at a bounded number of tokens around its hit, so the work is
linear in the text's length whatever the input. Rules return ``(end token, meaning, TIMEX3 type)``;
at each position the longest reading wins.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from timeline.models import Mention, TimexType
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.meaning import Meaning
from timeline.temporal.tokens import Tokens, tokenize

Parse = tuple[int, Meaning, str]
MONTH_CUES = frozenset(
    [
        "in",
        "since",
        "until",
        "by",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "that",
        "during",
        "through",
        "from",
        "to",
        "before",
        "after",
        "-",
        ",",
        "the",
    ]
)
TIMEZONES = frozenset(["est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "et", "pt"])
PLURAL_UNITS_AS_DURATION = frozenset()  # bare "years" is almost never a timex on its own


def _longest(*parses: Parse | None) -> Parse | None:
    best = None
    for parse in parses:
        if parse is not None and (best is None or parse[0] > best[0]):
            best = parse
    return best


class Grammar:
    """The rules, over one token stream."""

    def __init__(self, tokens: Tokens, lex: Lexicon) -> None:
        self.t = tokens
        self.lex = lex
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
        elif not day and self.t.word(i) == "may" and self.t.word(i - 1) not in MONTH_CUES:
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
        t = self.t
        parts = [t.number(i)]
        j = i + 1
        separator = t.word(j)
        while len(parts) < 3 and t.word(j) == separator and separator in {"-", "/"} and t.glued(j):
            if not t.glued(j + 1) or t.number(j + 1) is None:
                return None
            parts.append(t.number(j + 1))
            j += 2
        if len(parts) < 3 or None in parts or (t.word(j) in {"-", "/"} and t.glued(j)):
            return None
        first, second, third = (int(p) for p in parts)  # type: ignore[arg-type]
        if separator == "-" and len(t.word(i)) == 4:
            year, month, day = first, second, third
        elif len(t.word(j - 1)) == 4:
            month, day, year = (first, second, third) if first <= 12 else (second, first, third)
        else:
            return None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return j, {"kind": "date", "year": year, "month": month, "day": day}, TimexType.DATE

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
            j += 1
        return j, {"kind": "date", "year": value}, TimexType.DATE

    def decade_word(self, i: int) -> Parse | None:
        decade = self.lex.decade_words.get(self.t.word(i))
        if decade is None or self.t.word(i - 1) not in {"the", "-", "mid", "early", "late"}:
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
        if code is None or self.t.word(i - 1) not in {"the", "this", "last", "next", "past", "in", "of"}:
            return None
        j = i + 1
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
            return date
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
        if t.word(j) in TIMEZONES:
            j += 1
        meaning: Meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published"}
        day = self.weekday(j + 1 if t.word(j) == "," else j) or self.day_word(j) or self.month_date(j)
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
        return self.relative_or_duration(j, amount, code, adjective)

    def relative_or_duration(self, j: int, amount: int | None, code: str, adjective: bool) -> Parse:
        t = self.t
        word = t.word(j)
        if not adjective and word in self.lex.ago_words:
            meaning = {"kind": "shift", "unit": code, "amount": _times(amount, self.lex.ago_words[word])}
            return j + 1, {**meaning, "anchor": "published", "counted": True}, TimexType.DATE
        if not adjective and word == "from" and t.word(j + 1) == "now":
            return j + 2, {"kind": "shift", "unit": code, "amount": amount, "anchor": "published"}, TimexType.DATE
        if not adjective and word in self.lex.relative_words and t.word(j + 1) not in {"the", "a", "an"}:
            meaning = {"kind": "shift", "unit": code, "amount": _times(amount, self.lex.relative_words[word])}
            return j + 1, {**meaning, "anchor": "reference", "counted": True}, TimexType.DATE
        if not adjective and word == "to" and t.word(j + 1) == "the" and t.word(j + 2) == "day" and code == "Y":
            return j + 3, {"kind": "anniversary", "years": amount}, TimexType.DATE
        if adjective and word == "-" and t.word(j + 1) == "old":
            j += 2
        return j, {"kind": "duration", "value": duration_value(amount, code)}, TimexType.DURATION

    def plausible_count(self, i: int, unit_index: int, code: str, adjective: bool) -> bool:
        """Rule out what only looks like a count of time: ages (52 years old, 136-year-old),
        fractions (three-quarters, a quarter of), rates after amounts ($2 million a year), ordinals (a second)."""
        t = self.t
        after = t.word(unit_index + 1)
        if after == "old" or (after == "-" and t.word(unit_index + 2) == "old"):
            return False
        article = t.word(i) in self.lex.article_one
        if code in {"Q", "S"} and (article or adjective or after == "of"):
            return False
        before = t.word(i - 1)
        return not (article and (before.isdigit() or before in {"million", "billion", "thousand", "%", "cents"}))

    def year_ago(self, i: int) -> Parse | None:
        """year-ago, year-earlier (quarter): the same period a year before the one the text is about."""
        t = self.t
        if t.word(i) != "year" or t.word(i + 1) != "-" or t.word(i + 2) not in {"ago", "earlier", "before"}:
            return None
        j = i + 3
        meaning: Meaning = {"kind": "shift", "unit": "Y", "amount": -1, "anchor": "reference", "counted": True}
        ordinal = self.quarter(j)
        if ordinal:
            return ordinal[0], {**ordinal[1], "year_shift": -1}, ordinal[2]
        if t.word(j) in {"quarter", "period"}:
            j += 1
        return j, meaning, TimexType.DATE

    def the_unit(self, i: int) -> Parse | None:
        """the year, the quarter, the week, that year: the unit the text is in."""
        t = self.t
        word, noun = t.word(i), t.word(i + 1)
        if word not in {"the", "that"} or t.word(i + 2) == "-":
            return None
        if noun in {"quarter", "period"} and word in {"the", "that"}:
            return i + 2, {"kind": "quarter_ref"}, TimexType.DATE
        if noun in {"full", "fiscal"} and t.word(i + 2) == "year" and word == "the":
            return i + 3, {"kind": "shift", "unit": "Y", "amount": 0, "anchor": "published"}, TimexType.DATE
        if noun == "year" and self.year(i + 2):
            return self.year(i + 2)[0], {"kind": "date", "year": self.year(i + 2)[1]}, TimexType.DATE  # type: ignore[index]
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
        while j < len(t) and j < i + 8 and t.word(j) not in {",", ".", ";", ":", "—", "(", "and", "on", "in", "when"}:
            j += 1
        return (t.starts[i], t.ends[j - 1]) if j > i else (t.starts[i], t.starts[i])

    def reference(self, i: int) -> Parse | None:
        phrase = self.phrase(i, self.lex.reference_phrases)
        if phrase:
            return phrase[0], {"kind": "reference", "value": phrase[1]}, TimexType.DATE
        value = self.lex.references.get(self.t.word(i))
        if value is None:
            return None
        return i + 1, {"kind": "reference", "value": value}, TimexType.DATE

    def phrase(self, i: int, table: dict[tuple[str, ...], object]) -> tuple[int, object] | None:
        """The longest multi-word entry of ``table`` starting at ``i``."""
        best = None
        first = self.t.word(i)
        for words, value in table.items():
            matches = first == words[0] and all(self.t.word(i + k) == w for k, w in enumerate(words))
            if matches and (best is None or len(words) > best[0] - i):
                best = (i + len(words), value)
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

    CORES: tuple[str, ...] = [
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
        "year_ago",
        "the_unit",
        "anniversary",
        "reference",
        "recurrence",
    ]

    def core(self, i: int) -> Parse | None:
        word = self.t.word(i)
        rules = self.dispatch.get("0" if word[:1].isdigit() else word, ())
        return _longest(*(rule(i) for rule in rules))

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

    def at(self, i: int) -> Parse | None:
        """The longest reading starting at token ``i``, with its approximator and article."""
        approximator = self.phrase(i, self.lex.approximators)
        j = approximator[0] if approximator else i
        start_article = self.t.word(j) == "the"
        k = j + 1 if start_article else j
        parse = _longest(self.part_of(k), self.core(k))
        if parse is not None and start_article and parse[1]["kind"] == "reference" and parse[0] == k + 1:
            return None
        if parse is not None and self.t.word(parse[0]) == "'" and self.t.word(parse[0] + 1) == "s":
            return self.possessive(parse)
        if parse is None:
            if start_article:
                return _longest(self.reference(j), self.the_unit(j))
            return None
        if approximator and parse[1]["kind"] in {"duration", "shift", "date", "weekday"}:
            return parse[0], {**parse[1], "mod": approximator[1]}, parse[2]
        return parse if not approximator else None


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
        "year_ago": {"year"},
        "the_unit": {"the", "that"},
        "anniversary": {"0"} | ordinals,
        "reference": set(lex.references) | {words[0] for words in lex.reference_phrases},
        "recurrence": set(lex.set_words) | lex.set_quantifiers,
    }
    table: dict[str, list[str]] = {}
    for name in Grammar.CORES:
        for word in starts[name]:
            table.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in table.items()}


def _times(amount: int | None, sign: int) -> int | None:
    return None if amount is None else amount * sign


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
    grammar = Grammar(tokens, lex)
    triggers = lex.triggers
    mentions: list[Mention] = []
    i, count = 0, len(tokens)
    while i < count:
        word = tokens.low[i]
        if word in triggers or word[0].isdigit():
            parse = grammar.at(i)
            if parse is not None and parse[0] > i:
                mentions.append(_mention(text, tokens, i, parse))
                i = parse[0]
                continue
        i += 1
    return mentions


RuleFunction = Callable[[Grammar, int], Parse | None]
