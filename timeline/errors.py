"""The project's errors: each names the file, line or field at fault."""

from __future__ import annotations

import json


class TimelineError(Exception):
    """Base of every error the tool reports to a user."""


class InputError(TimelineError, ValueError):
    """Bad input: names where it is (file, line, field) and what is wrong."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = ":".join(str(part) for part in (source, line) if part is not None)
        super().__init__(f"{where}: {message}" if where else message)


REPRODUCER_CHARS = 300  # text kept before an expression in its reproducer: a paragraph of discourse, not a page


def internal_error_reason(error: BaseException, doing: str, text: str, end: int, published: object = None) -> str:
    """The reason an expression (or article) is listed unanchored after a bug: the error, and a `timeline
    tag` line that reproduces it (the text up to the expression, and the publish date)."""
    start = max(0, end - REPRODUCER_CHARS)
    published_text = None if published is None else str(published)
    line = json.dumps({"id": "repro", "text": text[start:end], "published": published_text})
    return f"internal error while {doing} ({type(error).__name__}: {error}); reproduce with `timeline tag` on {line}"
