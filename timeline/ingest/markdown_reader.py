"""Markdown with YAML front matter: metadata from the front matter, the body as plain text."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from timeline.errors import InputError
from timeline.ingest.draft import Draft, without_heading
from timeline.ingest.metadata import read_metadata
from timeline.safe_yaml import load_yaml

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TEXT_TOKENS = frozenset({"text", "code_inline"})
_BREAK_TOKENS = frozenset({"softbreak", "hardbreak"})


def markdown_to_text(markdown: str) -> str:
    """The words of a Markdown document, one paragraph or heading per block, markup removed."""
    blocks = []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "inline" and token.children is not None:
            parts = [c.content if c.type in _TEXT_TOKENS else " " for c in token.children if _is_text(c.type)]
            blocks.append("".join(parts).strip())
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.strip())
    return "\n\n".join(b for b in blocks if b)


def _is_text(token_type: str) -> bool:
    return token_type in _TEXT_TOKENS or token_type in _BREAK_TOKENS


def split_front_matter(text: str, source: str) -> tuple[dict[str, object], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    data = load_yaml(match.group(1), source=source, label="front matter is not valid YAML", first_line=2) or {}
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping of fields", source=source)
    return data, text[match.end() :]


def read_markdown(text: str, stem: str, source: str) -> list[Draft | InputError]:
    front, body = split_front_matter(text, source)
    meta = read_metadata(front, "front matter")
    return [Draft.of(meta, stem, without_heading(markdown_to_text(body), meta.title))]
