"""Full dates (day, month and year) printed in text, in any common form and the pages' languages.

The forms are templates in timeline/languages/<code>/page.yaml ("{d}. {month} {y}", "{y}年{m}月{d}日"), compiled into
one pattern; month names are CLDR's (page_languages). A name several languages give different
months is read in the page's language, else left out. Day-month order of 03/04/2020 is decided by
the other numeric dates on the page (one with a part above 12 shows it), else by the page's
language, and the date is dated so in `FoundDate.note`. Nothing is filled in: "February 2025" and
"Feb 24" are not dates here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.ingest.page_languages import page_languages

YEAR = r"(?:19|20)\d\d"  # a year as news pages print it: this century's or the last's
# a printed year, or a numeric date with a two-digit year ("12.16.14"); "(?=\d)" first lets the
# search skip the letters at C speed (2.4x faster on page dumps)
_YEAR = re.compile(rf"(?=\d)(?:(?<!\d){YEAR}(?!\d)|(?<![\d.])\d\d?([./-])\d\d?\1\d\d(?![\d.]\d|\d))")
_ORDER_NAMES = {"mdy": "month first", "dmy": "day first", "ymd": "year first"}
_NEARER_FACTOR = 4  # a reading four times nearer the page's other dates than the other one is the page's
_CENTURY_PIVOT = 70  # a two-digit year below this is 20yy, else 19yy: news pages are this century's or the last's
_WINDOW_BEFORE = 40  # the longest form before its year: "{d} de septiembre de {y}" with spaces to spare
_WINDOW_AFTER = 16  # the longest form after its year: "{y}. {m}. {d}." or "{y}年 {m}月 {d}日"
# dateparser settings that refuse a date with a missing part instead of filling it from today.
# No "relative-time" parser: "yesterday" in a date field would be read against the clock, and the
# output would change with the day of the run. Such a value is ignored with a warning instead.
_STRICT = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    text: str
    note: str = ""  # how an ambiguous form was read


# Each placeholder of a date form: its group's letter, what it matches, what must follow it.
# "{suffixes}" is the day suffixes of all languages ("st", "nd"; "." for German and others).
_PLACEHOLDERS: dict[str, tuple[str, str, str]] = {
    "y": ("y", YEAR, ""),
    "yy": ("y", r"\d\d", r"(?![.,]?\d)"),
    "m": ("m", r"1[0-2]|0?[1-9]", ""),
    "d": ("d", r"3[01]|[12]\d|0?[1-9]", r"(?:{suffixes}|\.)?"),
    "a": ("a", r"\d\d?", ""),
    "b": ("b", r"\d\d?", ""),
    "month": ("n", r"[^\W\d_]{2,}\.?", ""),
}


def _placeholder(name: str, index: int, suffixes: str) -> str:
    group, matches, after = _PLACEHOLDERS[name]
    return f"(?P<{group}{index}>{matches}){after.replace('{suffixes}', suffixes)}"


def _compile_form(form: str, index: int, suffixes: str) -> str:
    parts = []
    for token in re.split(r"(\{\w+\}|\s+|,)", form):
        if not token:
            continue
        if token.startswith("{"):
            parts.append(_placeholder(token[1:-1], index, suffixes))
        elif token.isspace():
            parts.append(r"\s+")
        elif token == ",":
            parts.append(",?")
        else:
            parts.append(re.escape(token))
    start = r"(?<![\d.])" if form.startswith(("{y}", "{d}", "{m}", "{a}")) else r"(?<![^\W\d_])"
    end = r"(?!\d)" if form.endswith("}") else ""  # "2024年04月24日23:52": a mark ends the date
    return rf"(?P<f{index}>{start}{''.join(parts)}{end})"


_DIGIT_LED = ("{y}", "{yy}", "{d}", "{m}", "{a}")


@cache
def date_pattern() -> re.Pattern[str]:
    """Every form of every language, as one alternation; group f<i> tells which form matched.

    The forms that open with a number and those that open with a month name are tried only where a
    number or a word starts: a position inside a word costs one look, not one per form (4x faster)."""
    data = page_languages()
    suffixes = "|".join(re.escape(s) for s in sorted(data.day_suffixes, key=len, reverse=True)) or "(?!)"
    compiled = [(form, _compile_form(form, i, rf"(?:{suffixes})(?![^\W\d_])")) for i, form in enumerate(data.forms)]
    by_number = [c for form, c in compiled if form.startswith(_DIGIT_LED)]
    by_name = [c for form, c in compiled if form.startswith("{month}")]
    others = [c for form, c in compiled if not form.startswith((*_DIGIT_LED, "{month}"))]
    groups = [
        rf"(?<![\d.])(?=\d)(?:{'|'.join(by_number)})" if by_number else "",
        rf"(?<![^\W\d_])(?=[^\W\d_])(?:{'|'.join(by_name)})" if by_name else "",
        *others,
    ]
    return re.compile("|".join(g for g in groups if g), re.IGNORECASE)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around each printed year, merged: the only places a full date can be."""
    spans: list[tuple[int, int]] = []
    for match in _YEAR.finditer(text):
        start, end = max(0, match.start() - _WINDOW_BEFORE), match.end() + _WINDOW_AFTER
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _month_name(match: re.Match[str], group: str, language: str | None) -> tuple[int, int] | None:
    """(month, offset of the name's start) for a month-name group; a name glued after lower-case
    letters ("potusFebruary") is read from its capital."""
    name = match.group(group)
    number = page_languages().month(name, language)
    if number is not None:
        return number, 0
    for split in range(1, len(name) - 2):
        if name[split].isupper() and name[split - 1].islower():
            number = page_languages().month(name[split:], language)
            if number is not None:
                return number, split
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000 if year < _CENTURY_PIVOT else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@cache
def _groups_of_form(index: int) -> tuple[str, ...]:
    """The named groups form ``index`` of the date pattern has ("y3", "n3", "d3")."""
    placeholders = re.findall(r"\{(\w+)\}", page_languages().forms[index])
    return tuple(f"{_PLACEHOLDERS[name][0]}{index}" for name in placeholders)


def _readings(match: re.Match[str], language: str | None) -> tuple[dict[str, dt.date], int]:
    """What a match can mean: {"": date} for a plain one, {"mdy": …, "dmy": …} for 03/04/2020 (the
    possible ones only); and how many characters of its start to skip."""
    index = match.lastgroup[1:] if match.lastgroup else ""
    parts = {name: match.group(name) for name in _groups_of_form(int(index))}  # not groupdict: 80 groups
    year = int(parts[f"y{index}"])
    if parts.get(f"n{index}") is not None:
        found = _month_name(match, f"n{index}", language)
        date = _date(year, found[0], int(parts[f"d{index}"])) if found else None
        return ({"": date} if date else {}), found[1] if found else 0
    if parts.get(f"a{index}") is not None:
        first, second = int(parts[f"a{index}"]), int(parts[f"b{index}"])
        both = {"mdy": _date(year, first, second), "dmy": _date(year, second, first)}
        if year < 100:  # "19.03.02": a two-digit year may come first, as Japanese and Korean pages write it
            both["ymd"] = _date(first, second, year)
        readings = {order: date for order, date in both.items() if date is not None}
        if len(readings) > 1 and len(set(readings.values())) == 1:  # 05/05/2020
            return {"": next(iter(readings.values()))}, 0
        return readings, 0
    date = _date(year, int(parts[f"m{index}"]), int(parts[f"d{index}"]))
    return ({"": date} if date else {}), 0


def _choose(
    readings: dict[str, dt.date], shown: str | None, others: list[dt.date], language: str | None
) -> tuple[dt.date, str]:
    """One reading of an ambiguous numeric date, and why: the order the page's other numeric dates
    show, else the reading near the page's other dates, else the page language's order."""
    if len(readings) == 1:
        (date,) = readings.values()
        return date, ""
    if shown is not None:
        return readings[shown], f"read {_ORDER_NAMES[shown]}, as the page's other numeric dates are"
    if others:
        middle = sorted(others)[len(others) // 2]
        near = sorted(readings, key=lambda order: abs((readings[order] - middle).days))
        closer, farther = (abs((readings[o] - middle).days) for o in near[:2])
        if closer * _NEARER_FACTOR < farther:
            return readings[near[0]], f"read {_ORDER_NAMES[near[0]]}, nearer the page's other dates"
    order = page_languages().order(language)
    if order not in readings:  # a page language writing year first, and a date whose year is last
        order = page_languages().order(None) if page_languages().order(None) in readings else next(iter(readings))
    return readings[order], f"read {_ORDER_NAMES[order]}, as the page's language writes dates"


def find_dates(text: str, language: str | None = None) -> list[FoundDate]:
    """Every full date printed in ``text``, in order, with its span."""
    pattern = date_pattern()
    matches: list[re.Match[str]] = []
    for start, end in _windows(text):
        matches += [m for m in pattern.finditer(text, start, end) if not matches or m.start() >= matches[-1].end()]
    read = [(match, *_readings(match, language)) for match in matches]
    orders = {next(iter(r)) for _, r, _ in read if len(r) == 1 and next(iter(r))}
    shown = orders.pop() if len(orders) == 1 else None  # 13/04/2020 on the page shows day first
    plain = [next(iter(r.values())) for _, r, _ in read if len(r) == 1]
    found = []
    for match, readings, offset in read:
        if readings:
            date, note = _choose(readings, shown, plain, language)
            found.append(FoundDate(date, match.start() + offset, match.end(), match.group()[offset:], note))
    return found


@lru_cache(maxsize=8192)  # the per-line date check: teaser lists and datelines repeat the same few dates
def contains_date(text: str) -> str | None:
    """The first full date printed in ``text``, as printed, or None: the first match that is a real
    day, without weighing the page's other dates (which reading it is does not matter here)."""
    pattern = date_pattern()
    for start, end in _windows(text):
        for match in pattern.finditer(text, start, end):
            readings, offset = _readings(match, None)
            if readings:
                return match.group()[offset:]
    return None


@lru_cache(maxsize=4096)  # metadata repeats the same few dates; dateparser takes ~2 ms a call
def parse_date_text(text: str) -> dt.date | None:
    """A date string in any known language, or None when a part is missing or it is no date."""
    found = find_dates(text)
    if found:
        return found[0].date
    iso = re.fullmatch(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?\s*", text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    import dateparser  # noqa: PLC0415 - slow to import; only a metadata value in no form of ours needs it

    parsed = dateparser.parse(text, settings=_STRICT)
    return parsed.date() if parsed else None


def coerce_date(value: object) -> dt.date | None:
    """A metadata value (ISO string, datetime, date, or printed date) as a date, or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        return parse_date_text(value)
    return None
