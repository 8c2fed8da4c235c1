"""The grammar: every rule family together, the order they are tried in, and what may stand around a
core reading (an approximator, an article, early/mid/late, a possessive)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import fields
from functools import cache

from timeline.models import TimexType
from timeline.temporal.lexicon import TOKEN_PATTERN, Lexicon
from timeline.temporal.rules.base import COMMA, Parse, Reading, longest
from timeline.temporal.rules.calendar_dates import CalendarDates
from timeline.temporal.rules.days import Days
from timeline.temporal.rules.holidays import Holidays
from timeline.temporal.rules.labels import Labels
from timeline.temporal.rules.relative import Relative
from timeline.temporal.tokens import Tokens

# the quarter the text is about, a year before: "the quarter a year ago", "last year's quarter"
YEAR_EARLIER_QUARTER = {"kind": "shift", "unit": "Y", "amount": -1, "anchor": "reference", "counted": True}


class Grammar(CalendarDates, Days, Holidays, Relative, Labels):
    """All rules over one token stream; ``at`` reads the longest expression starting at a token."""

    # The rules a token may start, in the order they are tried: of two equally long readings the first wins.
    CORES: tuple[str, ...] = (
        "month_date",
        "day_month",
        "ordinal_day",
        "numbered_day",
        "week_of_month",
        "numeric_date",
        "marked_date",
        "year_or_decade",
        "short_year",
        "decade_word",
        "decade_of_years",
        "century",
        "roman_century",
        "quarter",
        "season",
        "holiday",
        "weekday",
        "day_word",
        "clock",
        "spoken_clock",
        "this_moment",
        "shifted",
        "someday",
        "count_units",
        "bare_units",
        "opening_span",
        "year_ago",
        "counted_back",
        "deictic_unit",
        "named_year",
        "unit_shifted_after",
        "duration_word",
        "day_part_alone",
        "the_unit",
        "anniversary",
        "reference",
        "frequency",
        "recurrence",
        "then",
        "vague_span",
    )

    def __init__(self, text: str, tokens: Tokens, lex: Lexicon) -> None:
        super().__init__(text, tokens, lex)
        self.number_rules = _number_rules(lex)
        self.range_joiners = self.w["range_connectors"] | self.w["conjunctions"] | COMMA
        self.dispatch = _rule_functions(lex)

    def core(self, i: int) -> Parse | None:
        """The longest reading of the rules that can start at token ``i`` (numbers: by the token after)."""
        word = self.t.word(i)
        if word[:1].isdecimal():
            names = self.number_rules.get(self.t.word(i + 1), ())
            if names and self.t.word(i + 1) in {"-", "/"}:
                names = ("count_units",) if self.t.word(i + 2) in self.lex.units else ("numeric_date", "clock")
                names = (*names, "day_month", "year_or_decade") if self.t.word(i + 1) == "-" else names
            if self.t.word(i - 1) in self.range_joiners:
                names = (*names, "range_end")  # April 8-12, May 4 and 5, 2007-08
            if len(word) == 4:
                names = ("year_or_decade", "numeric_date", *names)
            if self.t.word(i - 1) in self.w["clock_prepositions"]:
                names = (*names, "clock")
            return longest(*(getattr(self, name)(i) for name in names))
        return longest(*(rule(self, i) for rule in self.dispatch.get(word, ())))

    def part_of(self, i: int) -> Parse | None:  # noqa: PLR0911 - one return per reading
        """early/mid/late X, mid-1990s, the end of X, year-end, earlier/later this month."""
        t = self.t
        word = t.word(i)
        if word in self.lex.unit_phrases and self.unit(i) is not None:
            return None  # "fin de semana" is the weekend, not the end of the week
        if word in self.lex.day_parts and t.word(i + 1) in self.lex.day_words:
            inner = self.day_word(i + 1)
            return inner[0], {**inner[1], "day_part": self.lex.day_parts[word]}, TimexType.TIME  # type: ignore[index]
        if word in self.w["mid_words"] and t.word(i + 1) in self.lex.day_parts:
            return self.part_of(i + 1) or self.day_part_today(i + 2)
        if word in self.w["mid_words"] and t.word(i + 1) == "-" and t.word(i + 2) in self.lex.day_parts:
            return self.part_of(i + 2) or (
                i + 3,
                {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published", "day_part": "AF"},
                TimexType.TIME,
            )
        ends = self.w["end_words"]
        if self.unit_is(i, "Y") and (t.word(i + 1) in ends or t.word(i + 1) in {"-", *self.w["possessive_marks"]}):
            j = i + 2 if t.word(i + 1) in ends else i + 3 if t.word(i + 1) == "-" else i + 4  # year end, year-end, 's
            if t.word(j - 1) in ends:
                return j, {"kind": "shift", "unit": "Y", "amount": 0, "anchor": "published", "part": "END"}, "DATE"
        if word in self.lex.within_words:
            inner = self.core(i + 1)
            if inner and inner[1]["kind"] in {"shift", "weekday"}:
                return inner[0], {**inner[1], "within": self.lex.relative_words[word]}, inner[2]
            return None
        phrase = self.phrase(i, self.lex.part_phrases)  # a principios de (marzo), à la fin de
        part = phrase[1] if phrase else self.lex.parts.get(word)
        if part is None:
            return None
        j = phrase[0] if phrase else self.hyphen(i + 1)
        inner = self.part_target(i, j, phrase is not None)
        if inner is None or inner[1]["kind"] not in {"date", "shift", "weekday"}:
            return None
        return inner[0], {**inner[1], "part": part}, inner[2]

    def part_target(self, i: int, j: int, phrase: bool) -> Parse | None:
        """What the part word at ``i`` is a part of, read from ``j``: (the end of) March, (début) mars, (début)
        de mars, (fin) de l'année."""
        t = self.t
        if t.word(i) in self.w["parts_after_article"]:
            if t.word(i - 1) not in self.w["definite_articles"] or t.word(j) not in self.of:
                return None
            return self.core(j + 1)
        joined = not phrase and t.word(j) in self.of  # début de mars, inizio dell'anno
        j = self.elided(j + 1) if joined else j
        return self.part_of_unit(j, joined) or self.core(j)

    def part_of_unit(self, j: int, joined: bool) -> Parse | None:
        """(début) de l'année, (a finales) del año: the year or month the text is in, after a part and its
        of-word or article."""
        k = self.past_article(j)
        if not (joined or k > j) or not (self.unit_is(k, "Y") or self.unit_is(k, "M")):
            return None
        unit: Reading = {"kind": "shift", "unit": self.lex.units[self.t.word(k)], "amount": 0, "anchor": "published"}
        return self.shifted_after((k + 1, unit, TimexType.DATE))

    def day_part_today(self, j: int) -> Parse:
        meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published", "day_part": "AF"}
        return j, meaning, TimexType.TIME

    def possessive(self, parse: Parse) -> Parse | None:
        """this year's third quarter, 1997's first half, year's end, last year's quarter, today's meeting; "today's
        world" is the present age, not a day."""
        j = parse[0] + 2
        meaning = parse[1]
        if meaning.keys() == {"kind", "year"}:  # 1997's fourth quarter
            quarter = self.quarter(j)
            return (quarter[0], {**quarter[1], "year": meaning["year"]}, quarter[2]) if quarter else parse
        if meaning.get("unit") == "Y" and meaning["kind"] == "shift":
            quarter = self.quarter(j)
            if quarter:
                return quarter[0], {**quarter[1], "year_offset": meaning["amount"]}, quarter[2]
            if self.t.word(j) in self.w["end_words"]:
                return j + 1, {**meaning, "part": "END"}, parse[2]
            if self.quarter_noun(j) and meaning["amount"] == -1:  # last year's quarter
                return j + 1, {**YEAR_EARLIER_QUARTER, "quarter": True}, TimexType.DATE
        if meaning.get("unit") == "D" and meaning.get("amount") == 0:  # today's world: the present age, no day
            generic = {self.t.word(j), self.t.word(j + 1)} & self.w["generic_present_nouns"]
            return None if generic else parse  # today's service: that day
        return parse

    def year_before(self, parse: Parse | None) -> Parse | None:
        """the quarter a year ago, that period last year: the year-earlier twin of the quarter told."""
        if parse is None or parse[1]["kind"] != "quarter_ref":
            return parse
        t, end = self.t, parse[0]
        words = (t.word(end), t.word(end + 1), t.word(end + 2))
        signs = {**self.lex.ago_words, **self.lex.relative_words}
        if words[0] in self.lex.article_one and self.unit_is(end + 1, "Y") and signs.get(words[2]) == -1:
            end += 3
        elif self.lex.deictic_year_shifters.get(words[0]) == -1 and self.unit_is(end + 1, "Y"):
            end += 2
        else:
            return parse
        return end, {**YEAR_EARLIER_QUARTER, "quarter": True}, TimexType.DATE

    def takes_article(self, parse: Parse, start: int) -> bool:
        """Whether "the" belongs to the expression (the third quarter, the past two months, the 1990s) or
        only to the noun it modifies (the [third-quarter] results, the [Feb. 23] deadline, the [current] system)."""
        end, meaning = parse[0], parse[1]
        if self.t.word(end - 2) == "-" or meaning["kind"] == "weekday" or "clock" in meaning:
            return False
        if meaning["kind"] == "reference":
            return end > start + 1 and self.t.word(start) not in self.w["then_words"]  # the [then current] price
        if meaning["kind"] != "date" or {"part", "week_of_month"} & meaning.keys():
            return True
        return not ({"day", "month", "holiday"} & meaning.keys()) and (
            "year" not in meaning or bool({"quarter", "half", "season"} & meaning.keys())
        )

    def at(self, i: int) -> Parse | None:
        """The longest reading starting at token ``i``, with its approximator ("about") if any."""
        approximator = self.phrase(i, self.lex.approximators)
        if approximator is not None and self.t.word(i - 1) in self.w["suggestion_words"]:
            return None  # "how about Friday": a suggestion; the date is read from the next word
        if approximator is None:
            return self.year_before(self.with_article(i))
        if self.t.word(approximator[0]) in self.w["definite_articles"]:
            return None  # "over the past year": a preposition before "the", not an approximation
        parse = self.with_article(approximator[0])
        if parse is None or parse[1]["kind"] not in {"duration", "shift", "date", "weekday"}:
            return None
        if parse[1].keys() == {"kind", "year"} and self.counted_noun(parse[0]):
            return None  # rund 1500 Euro, about 1500 people: a quantity, not a year
        return parse[0], {**parse[1], "mod": approximator[1]}, parse[2]

    def counted_noun(self, j: int) -> bool:
        """Whether token ``j`` is a noun being counted (an amount's, or one the grammar does not read), not a time
        word."""
        word = self.t.word(j)
        return word.isalpha() and (word in self.w["amount_words"] or word not in known_words(self.lex))

    def with_article(self, j: int) -> Parse | None:
        """The longest reading at ``j``, taking a leading "the" only where it belongs to the expression."""
        start_article = self.t.word(j) in self.w["definite_articles"]
        k = self.past_article(j)
        parse = longest(self.part_of(k), self.core(k))
        if parse is None:
            unit = longest(self.reference(j), self.the_unit(j), self.compared_period(j)) if start_article else None
            return self.with_clock(unit) if unit is not None else None
        if start_article and not self.takes_article(parse, k):
            return None  # read again from the next token, without "the"
        if (
            self.t.word(parse[0]) in self.w["possessive_marks"]
            and self.t.word(parse[0] + 1) in self.w["possessive_endings"]
        ):
            return self.possessive(parse)
        return self.with_clock(parse)

    def with_clock(self, parse: Parse) -> Parse:
        """The day read, with the clock time after it: "tomorrow at 5pm", "the day after tomorrow at 9am",
        "Aug 3, 2019 11:30 AM"."""
        if self.t.word(parse[0]) in self.w["clock_prepositions"]:
            return self.day_with_clock(parse)
        return self.month_of_unit(self.shifted_after(self.stamped_clock(parse)))

    def month_of_unit(self, parse: Parse) -> Parse:
        """el mes de mayo, le mois de juin, il mese di marzo: the word "month" before a month's name is that month
        (el pasado mes de mayo: last May)."""
        end, meaning, _ = parse
        month_noun = meaning["kind"] == "shift" and meaning["unit"] == "M" and not meaning.get("counted")
        if not month_noun or self.t.word(end) not in self.of:
            return parse
        named = self.month_date(end + 1)
        if named is None or "day" in named[1]:
            return parse
        direction = {"direction": meaning["amount"]} if meaning["amount"] and "year" not in named[1] else {}
        return named[0], {**named[1], **direction}, named[2]

    def shifted_after(self, parse: Parse) -> Parse:
        """la semaine dernière, el lunes pasado, mai dernier, la semaine suivante: a shifter written after
        what it shifts (a unit the text is in, a weekday, a month or season without its year)."""
        end, meaning, kind = parse
        word = self.t.word(end)
        direction = self.lex.postposed_shifters.get(word)
        if direction is None:
            return parse
        anchor = "reference" if word in self.lex.anaphoric_shifters else "published"
        if meaning["kind"] == "shift" and meaning["amount"] == 0 and not meaning.get("counted"):
            return end + 1, {**meaning, "amount": direction, "anchor": anchor}, kind
        if meaning["kind"] == "weekday" and meaning["direction"] is None:
            return end + 1, {**meaning, "direction": direction, "anchor": anchor}, kind
        if meaning["kind"] == "date" and "year" not in meaning and {"month", "season"} & meaning.keys():
            return end + 1, {**meaning, "direction": direction}, kind
        return parse


@cache
def _number_rules(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The rules a number can start, by the token that follows it: a number is temporal only as a year
    or next to a unit, month, ordinal suffix, meridian or separator. Skipping the rest keeps long runs
    of numbers cheap."""
    by_follower: dict[str, set[str]] = {
        "-": {"numeric_date", "count_units", "year_or_decade"},
        "/": {"numeric_date"},
        ".": {"numeric_date"},  # 27.03.15
        ":": {"clock"},
        ",": {"count_units"},  # 5,000 years
        "1": {"count_units"},  # 2 1/2 years
        "q": {"quarter"},  # 3Q
    }
    words = lex.word_sets
    groups_of_words = (
        (lex.minute_separators, {"clock"}),  # 7:30
        ({str(word) for word in lex.clock_suffixes}, {"clock"}),  # 10 o'clock, 20 Uhr
        (words["decade_suffixes"], {"year_or_decade"}),  # 1990s
        (words["count_range_words"], {"count_units"}),  # 12 to 18 months
        (words["range_connectors"] | words["conjunctions"], {"day_month", "year_or_decade"}),  # 3 to 5 March
        (words["times_words"], {"frequency"}),  # 3 times a week
        ({str(word) for word in lex.local_time}, {"clock"}),  # 1415 local time
        (words["clock_day_followers"], {"clock"}),  # around 3 this morning, at 7 tonight
        (words["of_words"], {"day_month"}),  # 3 de marzo
        (words["range_connectors"] | words["conjunctions"], {"day_month"}),  # el 9 y 10 de junio, del 2 al 28 de abril
        (set(lex.date_markers), {"marked_date"}),  # 2025年, 2月
        ({str(marker).lower() for marker in lex.eras["after_number"]}, {"year_or_decade"}),  # 480 BC, 70 A.D.
        (_digit_led_words(lex.day_words), {"day_word"}),  # 2nite, 2moro
    )
    for followers, rule_names in groups_of_words:
        for follower in followers:
            by_follower.setdefault(follower, set()).update(rule_names)
    for modifier in lex.word_sets["count_unit_modifiers"]:  # 20 more years, 8 trading days
        by_follower[modifier] = {"count_units"}
    groups = (
        (set(lex.units), {"count_units"}),
        (set(lex.months), {"day_month"}),
        (lex.ordinal_suffixes, {"day_month", "ordinal_day", "week_of_month", "century", "quarter", "anniversary"}),
        (set(lex.meridians) | lex.word_sets["timezones"] | set(lex.weekdays), {"clock"}),  # at 10 Tuesday night
    )
    for followers, names in groups:
        for follower in followers:
            by_follower.setdefault(follower, set()).update(names)
    order = Grammar.CORES
    return {follower: tuple(n for n in order if n in names) for follower, names in by_follower.items()}


def _digit_led_words(words: dict[str, int]) -> set[str]:
    """The letters after the digit of words spelt with one ("2nite": "nite"), the token a number rule looks at."""
    tokens = (TOKEN_PATTERN.findall(word) for word in words)
    return {found[1] for found in tokens if len(found) > 1 and found[0].isdecimal()}


DETECTION_ONLY = frozenset({"common_words"})  # word sets that tell a text's language, read by no rule


@cache
def known_words(lex: Lexicon) -> frozenset[str]:
    """Every word the grammar can read: the lexicon's words and the rules' starting words. A lead word
    ("the", "a", "that") begins a reading only before one of these, so before any other it is skipped."""
    sets = {name: words for name, words in lex.word_sets.items() if name not in DETECTION_ONLY}
    words = {word for entry in fields(lex) if entry.name != "word_sets" for word in _words_in(getattr(lex, entry.name))}
    return frozenset(words | set(_words_in(sets)) | starting_words(lex))


def _words_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from TOKEN_PATTERN.findall(value.lower())
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _words_in(key)
            yield from _words_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _words_in(item)


@cache
def year_words(lex: Lexicon) -> frozenset[str]:
    """The singular words for a year ("year", "Jahr"): "the year 1998", "fiscal year"."""
    return frozenset(
        word for word, code in lex.units.items() if code == "Y" and word not in lex.word_sets["plural_units"]
    )


@cache
def prefix_words(lex: Lexicon) -> frozenset[str]:
    """The words that start a reading before its core: an approximator, an article, a part (mid, early)."""
    prefixes = {str(word) for word in lex.approximators} | set(lex.parts) | set(lex.within_words) | set(lex.day_parts)
    prefixes |= {str(word) for word in lex.part_phrases}
    words = lex.word_sets
    years = year_words(lex)
    return frozenset(prefixes | words["definite_articles"] | years | words["mid_words"])


@cache
def starting_words(lex: Lexicon) -> frozenset[str]:
    """The words a reading can start with: a rule's first word, an approximator, an article or a part."""
    return frozenset(set(_dispatch(lex)) | prefix_words(lex))


@cache
def capitalised_starts(lex: Lexicon) -> frozenset[str]:
    """Starting words whose every rule wants them capitalised (month names, holidays): written in lower
    case ("may", "new", "good") they start nothing, and the scan can pass them by."""
    case_sensitive: set[str] = set()  # months and holidays may be in lower case beside a day or year: april 9 2016
    prefixes = prefix_words(lex)  # "mid" starts "mid-June" in lower case even if it also starts "Mid-Autumn"
    return frozenset(
        word for word, names in _dispatch(lex).items() if set(names) <= case_sensitive and word not in prefixes
    )


@cache
def _rule_functions(lex: Lexicon) -> dict[str, tuple[Callable[[Grammar, int], Parse | None], ...]]:
    """The rules of each starting word as plain functions, looked up once per lexicon, not per document."""
    return {word: tuple(getattr(Grammar, name) for name in names) for word, names in _dispatch(lex).items()}


@cache
def _dispatch(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Which rules can start at a word (digit runs under "0"), so each token tries only those."""
    words = lex.word_sets
    ordinals, numbers = (
        set(lex.ordinals),
        set(lex.numbers) | lex.article_one | lex.vague_numbers | words["couple_words"],
    )
    years = year_words(lex)
    eras_before = {str(era).lower() for era in lex.eras["before_number"]}  # AD 70
    starts: dict[str, AbstractSet[str]] = {
        "month_date": set(lex.months),
        "day_month": {"0"} | ordinals | numbers,
        "ordinal_day": {"0"},
        "numbered_day": set(words["day_number_nouns"]),
        "week_of_month": {"0"} | ordinals,
        "numeric_date": {"0"},
        "marked_date": {"0"},
        "year_or_decade": {"0", "'"} | lex.fiscal | set(lex.numbers) | eras_before,
        "short_year": {"'"},
        "decade_word": set(lex.decade_words),
        "decade_of_years": set(words["decade_nouns"]),
        "century": {"0"} | ordinals | numbers,
        "roman_century": {word for word, code in lex.units.items() if code == "CE"} - words["plural_units"],
        "quarter": {"0", "q"} | ordinals | lex.fiscal,
        "season": set(lex.seasons),
        "holiday": {str(word).lower() for word in lex.holidays},
        "weekday": {str(word) for word in lex.weekday_phrases} | set(lex.weekday_plurals) | set(lex.weekday_parts),
        "day_word": {str(word) for word in lex.day_word_phrases},
        "clock": {"0"} | set(lex.clock_words),
        "spoken_clock": set(lex.clock_fractions) | lex.article_one | set(lex.numbers),
        "shifted": set(lex.shifters),
        "someday": {str(word) for word in lex.someday_phrases},
        "count_units": {"0"} | numbers,
        "bare_units": set(words["plural_units"]),
        "opening_span": lex.word_sets["opening_words"],
        "year_ago": years,
        "counted_back": {str(word) for word in lex.ago_prepositions},
        "deictic_unit": set(lex.deictic_units),
        "named_year": years,
        "unit_shifted_after": (set(lex.units) | {str(word) for word in lex.unit_phrases}) - words["plural_units"]
        if lex.postposed_shifters
        else set(),
        "duration_word": set(lex.duration_words),
        "day_part_alone": set(lex.day_parts),
        "the_unit": words["definite_articles"] | words["demonstratives"],
        "anniversary": {"0"} | ordinals,
        "reference": set(lex.references) | {str(word) for word in lex.reference_phrases},
        "this_moment": set(words["this_words"]),
        "frequency": {"0"} | set(lex.numbers) | lex.frequency_words,
        "recurrence": set(lex.set_words) | lex.set_quantifiers,
        "then": set(words["then_words"]),
        "vague_span": {str(word) for word in lex.vague_spans},
    }
    table: dict[str, list[str]] = {}
    for name in Grammar.CORES:
        for word in starts[name]:
            table.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in table.items()}
