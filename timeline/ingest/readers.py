"""Which reader reads which input: one declarative table, by file suffix, and a sniff for stdin."""

from __future__ import annotations

from collections.abc import Callable

from timeline.errors import InputError
from timeline.ingest.draft import Draft
from timeline.ingest.html_reader import read_html
from timeline.ingest.markdown_reader import read_markdown
from timeline.ingest.plain_reader import read_plain
from timeline.ingest.records import read_json, read_jsonl

Reader = Callable[[str, str, str], list[Draft | InputError]]

READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}


def sniff_kind(text: str) -> str:
    """The suffix a text without a file name most likely had."""
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        lines = [line for line in text.strip().splitlines() if line.strip()]
        return ".jsonl" if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines) else ".json"
    if head.startswith(("<!doctype html", "<html", "<head", "<article", "<body", "<meta")):
        return ".html"
    if head.startswith("---"):
        return ".md"
    return ".txt"
