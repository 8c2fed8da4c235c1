"""Per-language page-date data (timeline/languages/<code>/page.yaml), loaded once and checked.

Each file gives the date forms a language prints beyond the common ones, its day suffixes, how it
reads 03/04/2020, the cue words that stand before a date (published, updated, byline) and the
words of page furniture. Month names are not listed by hand: they are CLDR's, generated through
babel by tools/build_month_names.py into data/month_names.json, for every language with a file and
for the extra ones the common file (timeline/languages/page.yaml) names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import yaml

from timeline.languages import LanguageDataError

CueKind = Literal["published", "updated", "byline", "expires"]
CUE_KINDS: tuple[CueKind, ...] = ("published", "updated", "byline", "expires")
FURNITURE_WORDS = ("copyright", "credit", "comment")
_ORDERS = ("mdy", "dmy", "ymd")
COMMON = ""  # the forms and defaults every page may print, whatever its language (timeline/languages/page.yaml)


@dataclass(frozen=True)
class PageLanguages:
    """Everything the page-date finder knows, over all languages."""

    forms: tuple[str, ...]
    day_suffixes: tuple[str, ...]
    slash_order: dict[str, str]  # language -> "mdy" | "dmy"; "" is the default
    aliases: dict[str, str]
    months: dict[str, dict[str, int]]  # lower-case name, no trailing dot -> {language: month}
    cues: dict[str, CueKind]  # lower-case cue phrase -> its kind
    furniture: dict[str, tuple[str, ...]]  # "copyright" | "credit" | "comment" -> lower-case words

    def language(self, code: str | None) -> str:
        return self.aliases.get(code or "", code or "")

    def order(self, code: str | None) -> str:
        return self.slash_order.get(self.language(code), self.slash_order[""])

    def month(self, name: str, code: str | None) -> int | None:
        """The month a name means on a page in ``code``; None when unknown, or when languages
        disagree and the page's own does not say."""
        meanings = self.months.get(name.lower().rstrip("."))
        if not meanings:
            return None
        own = meanings.get(self.language(code))
        if own is not None:
            return own
        numbers = set(meanings.values())
        return numbers.pop() if len(numbers) == 1 else None


def _source(code: str) -> str:
    """Where a language's page data lives, as an error message names it."""
    return "timeline/languages/page.yaml" if code == COMMON else f"timeline/languages/{code}/page.yaml"


def page_files() -> dict[str, dict[str, object]]:
    """Every page.yaml: the common one (as COMMON), then each language folder's, by code (also what
    tools/build_month_names.py generates month names for)."""
    root = resources.files("timeline.languages")
    entries = [(COMMON, root.joinpath("page.yaml"))]
    folders = sorted((entry for entry in root.iterdir() if entry.is_dir()), key=lambda e: e.name)
    entries += [(entry.name, entry.joinpath("page.yaml")) for entry in folders if entry.joinpath("page.yaml").is_file()]
    loaded = {}
    for code, entry in entries:
        data = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise LanguageDataError(f"{_source(code)}: expected a mapping of fields")
        loaded[code] = data
    return loaded


def _strings(data: dict[str, object], key: str, source: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(f"{_source(source)}: {key!r} must be a list of strings")
    return value


@cache
def page_languages() -> PageLanguages:
    files = page_files()
    common = files.pop(COMMON)
    forms = _strings(common, "forms", COMMON)
    suffixes: list[str] = []
    orders = {"": str(common["slash_order"])}
    cue_map: dict[str, CueKind] = {}
    furniture: dict[str, list[str]] = {kind: [] for kind in FURNITURE_WORDS}
    months: dict[str, dict[str, int]] = {}
    cldr = json.loads(resources.files(__package__).joinpath("data/month_names.json").read_text(encoding="utf-8"))
    for code, names in cldr.items():
        for name, number in names.items():
            months.setdefault(name, {})[code] = number
    for code, data in files.items():
        forms += [f for f in _strings(data, "forms", code) if f not in forms]
        suffixes += [s for s in _strings(data, "day_suffixes", code) if s not in suffixes]
        if "slash_order" in data:
            if data["slash_order"] not in _ORDERS:
                raise LanguageDataError(f"{_source(code)}: slash_order must be one of {_ORDERS}")
            orders[code] = str(data["slash_order"])
        extra = data.get("extra_month_names", {})
        if not isinstance(extra, dict):
            raise LanguageDataError(f"{_source(code)}: extra_month_names must map a name to a number")
        for name, number in extra.items():
            months.setdefault(str(name).lower(), {})[code] = int(number)
        for kind in CUE_KINDS:
            for cue in _strings(data, kind, code):
                cue_map.setdefault(cue.lower(), kind)
        for word_kind in FURNITURE_WORDS:
            known = furniture[word_kind]
            known += [w.lower() for w in _strings(data, word_kind, code) if w.lower() not in known]
    raw_aliases = common.get("aliases") or {}
    if not isinstance(raw_aliases, dict):
        raise LanguageDataError(f"{_source(COMMON)}: aliases must map a code to a code")
    aliases = {str(k): str(v) for k, v in raw_aliases.items()}
    words = {kind: tuple(sorted(found, key=len, reverse=True)) for kind, found in furniture.items()}
    return PageLanguages(tuple(forms), tuple(suffixes), orders, aliases, months, cue_map, words)
