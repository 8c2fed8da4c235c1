"""The page-chrome and byline cue data (data/cues.yaml), loaded once and compiled to lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Cues:
    section_end: frozenset[str]
    section_end_prefixes: tuple[str, ...]
    notice_prefixes: tuple[str, ...]
    terminal: frozenset[str]
    terminal_prefixes: tuple[str, ...]
    inline: frozenset[str]
    social_networks: frozenset[str]
    outlet_prefix: re.Pattern[str]
    author_role: re.Pattern[str]
    byline: re.Pattern[str]


def normalize(line: str) -> str:
    """The form cues are matched in: lower case, outer spaces and punctuation trimmed."""
    return line.strip().strip(".:!?|-–—•*»›>").strip().lower()


@cache
def cues() -> Cues:
    raw = yaml.safe_load(resources.files(__package__).joinpath("data/cues.yaml").read_text(encoding="utf-8"))
    prefixes = "|".join(re.escape(p) for p in sorted(raw["outlet_prefixes"], key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in raw["author_roles"])
    name = r"(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w&'’-]*){0,5}"
    return Cues(
        section_end=frozenset(raw["section_end"]),
        section_end_prefixes=tuple(raw["section_end_prefixes"]),
        notice_prefixes=tuple(raw["notice_prefixes"]),
        terminal=frozenset(raw["terminal"]),
        terminal_prefixes=tuple(raw["terminal_prefixes"]),
        inline=frozenset(raw["inline"]),
        social_networks=frozenset(raw["social_networks"]),
        outlet_prefix=re.compile(rf"^\s*(?:{prefixes})\s+(?P<name>\S.{{0,80}}?)\s*$", re.IGNORECASE),
        author_role=re.compile(rf"(?i:\b(?:{roles}))\s+(?:for|at|with)\s+(?P<name>{name})"),
        byline=re.compile(rf"^\s*(?:{'|'.join(map(re.escape, raw['byline_words']))})\s+\S", re.IGNORECASE),
    )
