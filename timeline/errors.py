"""The project's errors: each names the file, line or field at fault."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the tool reports to a user."""


class InputError(TimelineError, ValueError):
    """Bad input: names where it is (file, line, field) and what is wrong."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = ":".join(str(part) for part in (source, line) if part is not None)
        super().__init__(f"{where}: {message}" if where else message)
