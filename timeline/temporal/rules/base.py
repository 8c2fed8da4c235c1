"""The pieces every rule reads with: numbers, units, years, month names, multi-word phrases.

A rule is a method taking the index of a token and returning ``(end token, meaning, TIMEX3 type)``
or None; ``Words`` holds the token stream and the language data the rules share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from timeline.temporal.lexicon import Lexicon, Phrases
from timeline.temporal.tokens import Tokens

Reading = dict[str, Any]
"""The grammar's working meaning, cheap to build and extend ({**inner, "part": "END"}); recognition turns
each into its typed ``timeline.models`` meaning (one model per kind), which checks every key."""
Parse = tuple[int, Reading, str]


def longest(*parses: Parse | None) -> Parse | None:
    """The reading that reaches furthest; the first of equals."""
    best = None
    for parse in parses:
        if parse is not None and (best is None or parse[0] > best[0]):
            best = parse
    return best


BARE_YEARS = range(1000, 2200)  # a four-digit number alone is a year only here ("2500 people" is a count)
DATED_YEARS = range(1000, 10000)  # after a month and day ("December 31, 9999") any four digits are its year
COMMA = frozenset({","})
THOUSAND = 1000  # "two thousand (and six)": the multiplier that makes a spoken year
TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
DATE_UNITS = {"DE": "E", "CE": "C"}
SENTENCE_OPENERS = frozenset({"", ".", "!", "?", '"', "“", ":", "(", "—"})  # what a capitalised word may follow
APOSTROPHES = {"’": "'"}  # Valentine’s Day is written with either
MAX_ERA_YEAR_DIGITS = 4  # "480 BC", "AD 1066": a year told with its era may have fewer digits than four
HALVES = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "MIN"), "MIN": (30, "S")}


ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN_NUMERAL = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # I to CCCXCIX, well formed only


def roman(word: str) -> int | None:
    """The value of a Roman numeral written in capitals (XIX: 19), else None."""
    if not word or not ROMAN_NUMERAL.fullmatch(word):
        return None
    values = [ROMAN_DIGITS[letter] for letter in word]
    return sum(-value if value < after else value for value, after in zip(values, [*values[1:], 0], strict=True))


def duration_value(amount: int | None, code: str, *, half: bool = False, more: tuple[tuple[int, str], ...] = ()) -> str:
    """TIMEX3 duration: P3Y, PXM, PT2H, P1E (a decade), P2Y6M (2 1/2 years), PT1M30S (a minute and a half),
    P3Y4M (``more``: three years and four months)."""
    parts = [("X" if amount is None else str(amount), code), *((str(count), unit) for count, unit in more)]
    if half and amount is not None and code in HALVES:
        parts.append((str(HALVES[code][0]), HALVES[code][1]))
    date = "".join(f"{count}{DATE_UNITS.get(unit, unit)}" for count, unit in parts if unit not in TIME_UNITS)
    time = "".join(f"{count}{TIME_UNITS[unit]}" for count, unit in parts if unit in TIME_UNITS)
    return f"P{date}" + (f"T{time}" if time else "")


class Words:
    """The token stream and the language data, with the readers of the small pieces rules are made of."""

    def __init__(self, text: str, tokens: Tokens, lex: Lexicon) -> None:
        self.text = text
        self.t = tokens
        self.lex = lex
        self.w = lex.word_sets
        self.of = self.w["of_words"]  # what may stand between a name and its year: Feb. 24, 2025; March of 1996
        self.of_or_comma = self.of | COMMA

    if TYPE_CHECKING:  # rules of the other families, which one rule may call: Grammar (grammar.py) has them all

        def weekday(self, i: int) -> Parse | None: ...
        def holiday(self, i: int) -> Parse | None: ...
        def day_month(self, i: int) -> Parse | None: ...
        def numbered_day(self, i: int) -> Parse | None: ...
        def quarter(self, i: int) -> Parse | None: ...
        def month_date(self, i: int) -> Parse | None: ...
        def shifted(self, i: int) -> Parse | None: ...
        def with_article(self, j: int) -> Parse | None: ...

    def unit_is(self, i: int, code: str) -> bool:
        """Whether token ``i`` is the singular word of unit ``code`` (year, Jahr), whatever the language."""
        word = self.t.word(i)
        return self.lex.units.get(word) == code and word not in self.w["plural_units"]

    def quarter_noun(self, j: int) -> bool:
        """Whether token ``j`` is "quarter" or "period", what a report's quarter is called."""
        return self.unit_is(j, "Q") or self.t.word(j) in self.w["period_words"]

    def hyphen(self, i: int) -> int:
        """Index after a glued '-' at ``i`` (third-quarter), else ``i``."""
        return i + 1 if self.t.word(i) == "-" and self.t.glued(i) and self.t.glued(i + 1) else i

    def word_number(self, i: int) -> tuple[int, int] | None:
        numbers = self.lex.numbers
        word = self.t.word(i)
        if word not in numbers:
            return None
        value, j = numbers[word], i + 1
        if value >= 10 and value % 10 == 0:  # twenty-one, dix-huit
            k = self.hyphen(j)
            if numbers.get(self.t.word(k), 10) < 10:
                value, j = value + numbers[self.t.word(k)], k + 1
        if self.t.word(j) in self.lex.multipliers:
            value, j = value * self.lex.multipliers[self.t.word(j)], j + 1
        return j, value

    def number(self, i: int) -> tuple[int, int | None] | None:  # noqa: PLR0911 - one return per reading
        """A count: digits, number words, "a"/"an", "a couple of", or vague ("several", "a few") as None."""
        word = self.t.word(i)
        if word.isdecimal() and len(word) <= 6:
            if (
                self.t.word(i - 1) in {",", "."}
                and self.t.glued(i)
                and self.t.word(i - 2).isdecimal()
                and self.t.glued(i - 1)
            ):
                return None  # the "000" of "5,000", the "5" of "2.5": no number of their own
            grouped = self.thousands(i)
            if grouped is not None:
                return grouped
            if self.t.word(i + 1) in {",", "."} and self.t.glued(i + 1) and self.t.word(i + 2).isdecimal():
                return None
            return i + 1, int(word)
        if word in self.lex.article_one:
            nxt = self.t.word(i + 1)
            if nxt in self.w["couple_words"] and self.t.word(i + 2) in self.of:
                return i + 3, 2
            if nxt in self.lex.vague_numbers:
                return i + 2, None
            return (i + 2, self.lex.multipliers[nxt]) if nxt in self.lex.multipliers else (i + 1, 1)  # a hundred
        if word in self.lex.vague_numbers:
            return i + 1, None
        if word in self.w["couple_words"] and self.t.word(i + 1) in self.of:
            return i + 2, 2
        return self.word_number(i)

    def thousands(self, i: int) -> tuple[int, int] | None:
        """5,000 / 1,200,000: digits in comma-separated groups of three, read as one number."""
        t, j = self.t, i + 1
        value = int(t.word(i))
        group = t.word(j + 1)
        while t.word(j) == "," and t.glued(j) and t.glued(j + 1) and len(group) == 3 and group.isdecimal():
            value, j = value * 1000 + int(group), j + 2
            group = t.word(j + 1)
        return (j, value) if j > i + 1 and len(t.word(i)) <= 3 else None

    def unit(self, i: int) -> tuple[int, str, bool] | None:
        """A unit word or phrase ("fin de semana", "week-end"): (next index, unit code, plural)."""
        word = self.t.word(i)
        code = self.lex.units.get(word)
        if code is None:
            phrase = self.phrase(i, self.lex.unit_phrases) if word in self.lex.unit_phrases else None
            if phrase is None:
                return None
            written = self.text[self.t.starts[i] : self.t.ends[phrase[0] - 1]].lower()
            return phrase[0], str(phrase[1]), written in self.w["plural_units"]
        return i + 1, code, word in self.w["plural_units"]

    def as_written(self, j: int) -> str:
        """Token ``j`` with its case, either apostrophe as "'"; "" past the end."""
        raw = self.t.raw
        return APOSTROPHES.get(raw[j], raw[j]) if 0 <= j < len(raw) else ""

    def era_year(self, i: int) -> tuple[int, int] | None:
        """480 BC, 44 B.C.E., 70 AD, AD 70: a year told with its era, of any length; a year before Christ is
        negative (480 BC is -480, there being no year 0)."""
        word = self.t.word(i)
        if word.isdecimal() and len(word) <= MAX_ERA_YEAR_DIGITS and int(word) > 0:
            marked = self.phrase(i + 1, self.lex.eras["after_number"], self.as_written)
            if marked is None:
                shared = self.era_of_range_end(i)
                return (i + 1, int(word) * shared) if shared is not None else None
            return marked[0], int(word) * int(str(marked[1]))
        marked = self.phrase(i, self.lex.eras["before_number"], self.as_written)
        if marked is None:
            return None
        digits = self.t.word(marked[0])
        if digits.isdecimal() and len(digits) <= MAX_ERA_YEAR_DIGITS and int(digits) > 0:
            return marked[0] + 1, int(digits) * int(str(marked[1]))
        return None

    def era_of_range_end(self, i: int) -> int | None:
        """ "499-493 BC", "496 and 495 BC": the era (its sign) the year ending the range or pair after ``i`` is
        told in, which the first year shares."""
        t = self.t
        if t.word(i + 1) not in self.w["range_connectors"] | self.w["conjunctions"]:
            return None
        other = t.word(i + 2)
        if not other.isdecimal() or len(other) > MAX_ERA_YEAR_DIGITS:
            return None
        marked = self.phrase(i + 3, self.lex.eras["after_number"], self.as_written)
        return int(str(marked[1])) if marked else None

    def year(self, i: int, years: range = BARE_YEARS) -> tuple[int, int] | None:
        told = self.era_year(i)
        if told is not None:
            return told
        word = self.t.word(i)
        if len(word) == 4 and word.isdecimal() and int(word) in years:
            nxt = self.t.word(i + 1)
            if nxt == "%" or (nxt in {",", ".", ":"} and self.t.word(i + 2).isdecimal() and self.t.glued(i + 2)):
                return None
            if self.t.word(i - 1) in self.w["number_signs"] or self.names_a_thing(i):
                return None
            return i + 1, int(word)
        return self.word_year(i)

    def in_a_name(self, i: int) -> bool:
        """ "The Morning Show", "the Evening Standard": a capitalised time word before another capitalised word is
        part of a name."""
        if self.lex.capitalised_nouns:  # German capitalises every noun: case tells no name
            return False
        return self.t.raw[i][:1].isupper() and i + 1 < len(self.t) and self.t.raw[i + 1][:1].isupper()

    def after_a_name(self, i: int) -> bool:
        """the Long March, the Ice March, the Arab Spring: a capitalised word inside a sentence (not a time word)
        right before makes the month or season part of a name."""
        t, raw = self.t, self.t.raw
        if self.lex.capitalised_nouns or i < 1 or not raw[i - 1][:1].isupper() or not raw[i - 1].isalpha():
            return False
        before = t.word(i - 1)
        time_word = before in self.lex.shifters or before in self.lex.parts or before in self.lex.weekdays
        time_word = time_word or before in self.w["mid_words"] or before in self.w["scene_prepositions"]
        line_start = i < 2 or "\n" in self.text[t.ends[i - 2] : t.starts[i - 1]]  # a heading's or line's first word
        return t.word(i - 2) not in SENTENCE_OPENERS and not line_start and not time_word

    def names_a_thing(self, i: int) -> bool:
        """ "page 1999", "Resolution 1483", "the film 1917", "1600 Pennsylvania Avenue", a quoted "1917": a number
        that labels or names something is no year."""
        t, sets = self.t, self.lex.word_sets
        before = t.word(i - 1 - (t.word(i - 1) == "."))  # p. 1999, no. 1999
        if before in sets["label_nouns"] or before in sets["title_nouns"]:
            return True
        street = next((k for k in (i + 2, i + 3) if t.word(k) in sets["street_words"]), None)
        if street is not None and all(t.raw[k][:1].isupper() for k in range(i + 1, street + 1)):
            return True
        quotes = self.lex.word_sets["title_quotes"]
        return t.word(i - 1) in quotes and t.word(i + 1) in quotes and t.glued(i) and t.glued(i + 1)

    def year_after(self, j: int, joiners: frozenset[str] = COMMA, years: range = BARE_YEARS) -> tuple[int, int] | None:
        """The year at ``j`` or, past a joiner, at ``j + 1``: Feb. 24, 2025; March of 1996; Christmas 2012."""
        return self.year(j + 1, years) if self.t.word(j) in joiners else self.year(j, years)

    def year_offset_after(self, j: int) -> tuple[int, int] | None:
        """'(December) next year', '(the fourth quarter) of last year': (end, years from the publish year)."""
        k = j + 1 if self.t.word(j) in self.of else j
        direction = self.lex.deictic_year_shifters.get(self.t.word(k))
        return (k + 2, direction) if direction is not None and self.unit_is(k + 1, "Y") else None

    def reference_year_after(self, j: int) -> int | None:
        """'(August) of that year', '(November) of the same year': the end of the words naming the year the text
        is in, which resolution takes from the text."""
        told = self.phrase(j, self.lex.reference_year_phrases)
        return told[0] if told else None

    def word_year(self, i: int) -> tuple[int, int] | None:
        """'nineteen ninety-six', 'two thousand'."""
        century = self.lex.numbers.get(self.t.word(i))
        if century is not None and 10 <= century <= 20 and self.lex.multipliers.get(self.t.word(i + 1)) != THOUSAND:
            rest = self.word_number(i + 1)
            if rest and 10 <= rest[1] <= 99:
                return rest[0], century * 100 + rest[1]
            return None
        parsed = self.word_number(i)
        if parsed and 1900 <= parsed[1] <= 2100 and self.lex.multipliers.get(self.t.word(i + 1)) == THOUSAND:
            after_and = self.t.word(parsed[0]) in self.w["and_words"]
            more = self.word_number(parsed[0] + 1) if after_and else self.word_number(parsed[0])
            return (more[0], parsed[1] + more[1]) if more and more[1] < 100 else parsed
        return None

    def day_of_month(self, i: int) -> tuple[int, int] | None:
        word = self.t.word(i)
        if word.isdecimal() and len(word) <= 2 and 1 <= int(word) <= 31:
            j = i + 1
            if self.t.word(j) in self.lex.ordinal_suffixes and self.t.glued(j):
                j += 1
            if self.t.word(j) in {":", "-", "/", "%", "."} and self.t.glued(j) and self.t.glued(j + 1):
                return None
            return j, int(word)
        ordinal = self.ordinal(i)
        if ordinal and 0 < ordinal[1] <= 31:
            return ordinal
        return None

    def ordinal(self, i: int) -> tuple[int, int] | None:
        """3rd, third, twenty-first."""
        word = self.t.word(i)
        if word.isdecimal() and self.t.word(i + 1) in self.lex.ordinal_suffixes and self.t.glued(i + 1):
            return i + 2, int(word)
        if word in self.lex.ordinals:
            return i + 1, self.lex.ordinals[word]
        tens = self.lex.numbers.get(word, 0)
        j = self.hyphen(i + 1)
        unit = self.lex.ordinals.get(self.t.word(j), 0)
        if tens >= 20 and tens % 10 == 0 and j > i + 1 and 0 < unit < 10:
            return j + 1, tens + unit
        return None

    def month_name(self, i: int) -> tuple[int, int] | None:
        word = self.t.word(i)
        month = self.lex.months.get(word)
        lower_case_ok = not self.lex.capitalised_months or self.dated_in_lower_case(i)
        if month is None or not (self.t.raw[i][0].isupper() or lower_case_ok):
            return None
        j = i + 1
        if self.t.word(j) == "." and self.t.glued(j) and len(word) <= 4 and word not in self.w["whole_short_months"]:
            j += 1
        elif word in self.lex.abbreviations_need_period:
            return None
        return j, month

    def dated_in_lower_case(self, i: int) -> bool:
        """ "april 9 2016", "9 april", "april 2016": a month written in lower case is one only before its day and
        year, after its day, or right before a year; a word that is also a verb ("may", "march") only in the first."""
        t = self.t
        j = i + 1 + (t.word(i + 1) == ".")
        day = self.day_of_month(j) if t.word(j).isdecimal() else None
        if day is not None:
            return self.year_after(day[0]) is not None
        if t.word(i) in self.w["lower_case_month_verbs"]:
            return False
        if self.day_of_month(i - 1 - (t.word(i - 1) in self.of)) is not None and t.word(i - 1).isdecimal():
            return True
        return self.year(j) is not None

    def elided(self, j: int) -> int:
        """Past the apostrophe of an elided word at ``j`` (d'année, l'an), else ``j``."""
        return j + 1 if self.t.word(j) in self.w["elision_marks"] and self.t.glued(j) else j

    def past_article(self, j: int) -> int:
        """Past a definite article at ``j`` and its apostrophe (la, l'), else ``j``."""
        return self.elided(j + 1) if self.t.word(j) in self.w["definite_articles"] else j

    def weekday_name(self, i: int) -> tuple[int, int] | None:
        """A weekday's name at ``i``, of one token or several (segunda-feira): (next index, 1-7)."""
        found = self.phrase(i, self.lex.weekday_phrases)
        return None if found is None else (found[0], int(found[1]))  # type: ignore[call-overload]

    def after_quantity(self, k: int) -> bool:
        """Whether token ``k`` ends a quantity ("$2 million", "358,000", "700 seats", "100 miles": an amount or a
        counted plural): "a year" or "per hour" right after it is a rate of it (a price, a speed), not a time."""
        word, counter = self.t.word(k), self.t.word(k - 1)
        amounts = self.lex.word_sets["amount_words"]
        if word.isdecimal() or word in amounts:
            return True
        counted = word.endswith("s") and word.isalpha() and word not in self.lex.word_sets["phrase_end_words"]
        return counted and (counter.isdecimal() or counter in self.lex.numbers or counter in amounts)

    def phrase(self, i: int, table: Phrases, read: Callable[[int], str] | None = None) -> tuple[int, object] | None:
        """The longest multi-word entry of ``table`` starting at ``i``, tokens read by ``read`` (lower-cased
        by default)."""
        read = read or self.t.word
        best: tuple[int, object] | None = None
        node: Phrases = table
        j = i
        while (deeper := node.get(read(j))) is not None:
            node, j = deeper, j + 1
            if None in node:
                best = (j, node[None])
        return best
