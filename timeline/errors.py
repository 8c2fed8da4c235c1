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
INTERNAL_ERROR = "internal error"  # how every reason left by a caught bug begins, so a run can fail on it


def internal_error_reason(error: BaseException, doing: str, reproducer: str) -> str:
    """The reason an expression, line or article is listed as failed after a bug: the error, and how to
    reproduce it."""
    return f"{INTERNAL_ERROR} while {doing} ({type(error).__name__}: {error}); reproduce with {reproducer}"


def tag_reproducer(text: str, end: int, published: object = None) -> str:
    """A `timeline tag` line holding the text up to ``end`` (the discourse before it) and the publish date."""
    start = max(0, end - REPRODUCER_CHARS)
    published_text = None if published is None else str(published)
    line = json.dumps({"id": "repro", "text": text[start:end], "published": published_text})
    return f"`timeline tag` on {line}"


def is_internal_error(reason: str | None) -> bool:
    return bool(reason) and INTERNAL_ERROR in reason  # type: ignore[operator]
