"""The grammar: every rule family together, the order they are tried in, and what may stand around a
core reading (an approximator, an article, early/mid/late, a possessive)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields
from functools import cache

from timeline.models import TimexType
from timeline.temporal.lexicon import TOKEN_PATTERN, Lexicon
from timeline.temporal.rules.base import Parse, longest
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
        "week_of_month",
        "numeric_date",
        "year_or_decade",
        "short_year",
        "decade_word",
        "century",
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
        self.dispatch = _rule_functions(lex)

    def core(self, i: int) -> Parse | None:
        """The longest reading of the rules that can start at token ``i`` (numbers: by the token after)."""
        word = self.t.word(i)
        if word[:1].isdecimal():
            names = self.number_rules.get(self.t.word(i + 1), ())
            if names and self.t.word(i + 1) in {"-", "/"}:
                names = ("count_units",) if self.t.word(i + 2) in self.lex.units else ("numeric_date",)
            if len(word) == 4:
                names = ("year_or_decade", "numeric_date", *names)
            if self.t.word(i - 1) == "at":
                names = (*names, "clock")
            return longest(*(getattr(self, name)(i) for name in names))
        return longest(*(rule(self, i) for rule in self.dispatch.get(word, ())))

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
        """this year's third quarter, 1997's first half, year's end, last year's quarter; "today's world" is not a
        date."""
        j = parse[0] + 2
        meaning = parse[1]
        if meaning.keys() == {"kind", "year"}:  # 1997's fourth quarter
            quarter = self.quarter(j)
            return (quarter[0], {**quarter[1], "year": meaning["year"]}, quarter[2]) if quarter else parse
        if meaning.get("unit") == "Y" and meaning["kind"] == "shift":
            quarter = self.quarter(j)
            if quarter:
                return quarter[0], {**quarter[1], "year_offset": meaning["amount"]}, quarter[2]
            if self.t.word(j) == "end":
                return j + 1, {**meaning, "part": "END"}, parse[2]
            if self.t.word(j) in {"quarter", "period"} and meaning["amount"] == -1:  # last year's quarter
                return j + 1, {**YEAR_EARLIER_QUARTER, "quarter": True}, TimexType.DATE
        if meaning.get("unit") == "D" and meaning.get("amount") == 0:
            return None
        return parse

    def year_before(self, parse: Parse | None) -> Parse | None:
        """the quarter a year ago, that period last year: the year-earlier twin of the quarter told."""
        if parse is None or parse[1]["kind"] != "quarter_ref":
            return parse
        t, end = self.t, parse[0]
        words = (t.word(end), t.word(end + 1), t.word(end + 2))
        signs = {**self.lex.ago_words, **self.lex.relative_words}
        if words[0] in self.lex.article_one and words[1] == "year" and signs.get(words[2]) == -1:
            end += 3
        elif words[:2] == ("last", "year"):
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
            return end > start + 1 and self.t.word(start) != "then"  # the [then current] price
        if meaning["kind"] != "date" or {"part", "week_of_month"} & meaning.keys():
            return True
        return not ({"day", "month", "holiday"} & meaning.keys()) and (
            "year" not in meaning or bool({"quarter", "half"} & meaning.keys())
        )

    def at(self, i: int) -> Parse | None:
        """The longest reading starting at token ``i``, with its approximator ("about") if any."""
        approximator = self.phrase(i, self.lex.approximators)
        if approximator is None:
            return self.year_before(self.with_article(i))
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
        parse = longest(self.part_of(k), self.core(k))
        if parse is None:
            return longest(self.reference(j), self.the_unit(j), self.compared_period(j)) if start_article else None
        if start_article and not self.takes_article(parse, k):
            return None  # read again from the next token, without "the"
        if self.t.word(parse[0]) == "'" and self.t.word(parse[0] + 1) == "s":
            return self.possessive(parse)
        if self.t.word(parse[0]) == "at":
            return self.day_with_clock(parse)
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
        "o": {"clock"},  # 10 o'clock
        "s": {"year_or_decade"},
        "to": {"count_units"},
        "or": {"count_units"},
        ",": {"count_units"},  # 5,000 years
        "1": {"count_units"},  # 2 1/2 years
        "q": {"quarter"},  # 3Q
        "times": {"frequency"},  # 3 times a week
        "local": {"clock"},  # 1415 local time
        "this": {"clock"},  # around 3 this morning
        "tonight": {"clock"},  # at 7 tonight
    }
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


@cache
def known_words(lex: Lexicon) -> frozenset[str]:
    """Every word the grammar can read: the lexicon's words and the rules' starting words. A lead word
    ("the", "a", "that") begins a reading only before one of these, so before any other it is skipped."""
    words = {word for entry in fields(lex) for word in _words_in(getattr(lex, entry.name))}
    return frozenset(words | starting_words(lex))


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
def starting_words(lex: Lexicon) -> frozenset[str]:
    """The words a reading can start with: a rule's first word, an approximator, an article or a part."""
    prefixes = {str(word) for word in lex.approximators} | set(lex.parts) | set(lex.within_words) | set(lex.day_parts)
    return frozenset(set(_dispatch(lex)) | prefixes | {"the", "year", "mid"})


@cache
def capitalised_starts(lex: Lexicon) -> frozenset[str]:
    """Starting words whose every rule wants them capitalised (month names, holidays): written in lower
    case ("may", "new", "good") they start nothing, and the scan can pass them by."""
    case_sensitive = {"month_date", "holiday"}
    prefixes = starting_words(lex) - set(_dispatch(lex))
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
    ordinals, numbers = set(lex.ordinals), set(lex.numbers) | lex.article_one | lex.vague_numbers | {"couple"}
    starts: dict[str, set[str]] = {
        "month_date": set(lex.months),
        "day_month": {"0"} | ordinals,
        "ordinal_day": {"0"},
        "week_of_month": {"0"} | ordinals,
        "numeric_date": {"0"},
        "year_or_decade": {"0", "'"} | lex.fiscal | set(lex.numbers),
        "short_year": {"'"},
        "decade_word": set(lex.decade_words),
        "century": {"0"} | ordinals,
        "quarter": {"0", "q"} | ordinals | lex.fiscal,
        "season": set(lex.seasons),
        "holiday": {str(word).lower() for word in lex.holidays},
        "weekday": set(lex.weekdays) | set(lex.weekday_plurals),
        "day_word": set(lex.day_words),
        "clock": {"0"} | set(lex.clock_words),
        "spoken_clock": set(lex.clock_fractions) | lex.article_one | set(lex.numbers),
        "shifted": set(lex.shifters),
        "someday": {"one"},
        "count_units": {"0"} | numbers,
        "bare_units": {word for word in lex.units if word.endswith("s") or word in {"centuries", "millennia"}},
        "opening_span": lex.word_sets["opening_words"],
        "year_ago": {"year"},
        "the_unit": {"the", "that"},
        "anniversary": {"0"} | ordinals,
        "reference": set(lex.references) | {str(word) for word in lex.reference_phrases},
        "this_moment": {"this"},
        "frequency": {"0"} | set(lex.numbers) | lex.frequency_words,
        "recurrence": set(lex.set_words) | lex.set_quantifiers,
        "then": {"then"},
        "vague_span": {str(word) for word in lex.vague_spans},
    }
    table: dict[str, list[str]] = {}
    for name in Grammar.CORES:
        for word in starts[name]:
            table.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in table.items()}
