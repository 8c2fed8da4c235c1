"""``timeline validate``: a timeline or hand-curated events file, JSON or YAML, checked against schemas/.

Every problem is reported with its JSON pointer and a plain sentence, so a curator editing a
YAML file by hand can find and fix each one. The checking itself is jsonschema's.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from jsonschema.exceptions import best_match

from timeline.errors import InputError
from timeline.models import ORDERED_BOUNDS
from timeline.schemas import schema

PARSERS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
FORMAT_WORDS = {"date": "a date written YYYY-MM-DD (a real calendar day)"}
TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "null",
}


@dataclass(frozen=True)
class Problem:
    """One validation error: where (JSON pointer) and what, in a sentence."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '(document)'}: {self.message}"


class InvalidDocument(InputError):
    """A document that breaks its schema; ``problems`` holds every error found."""

    def __init__(self, problems: list[Problem], *, source: str | None = None) -> None:
        self.problems = problems
        self.where = source or "document"
        super().__init__("; ".join(map(str, problems)), source=source)


class _DatesAsText(yaml.SafeLoader):
    """YAML loader that keeps 2025-02-24 as the text the schema expects, not a date object."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_document(path: Path) -> Any:
    """The parsed file; InputError names the file and, for syntax errors, the line."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        kind = path.suffix or "(no extension)"
        raise InputError(f"unknown file format {kind!r}: expected .json, .yaml or .yml", source=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}", source=str(path)) from error
    return parse_document(text, parser, source=str(path))


def parse_document(text: str, parser: str, *, source: str | None = None) -> Any:
    try:
        return json.loads(text) if parser == "json" else yaml.load(text, Loader=_DatesAsText)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} (column {error.colno})"
        raise InputError(message, source=source, line=error.lineno) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError(f"not valid YAML: {getattr(error, 'problem', error)}", source=source, line=line) from error


def document_kind(document: Any) -> str:
    """``schema_version`` marks a timeline (what ``build`` writes), slides with ``start_date`` TimelineJS
    output; anything else is an events file."""
    if isinstance(document, dict) and "schema_version" in document:
        return "timeline"
    events = document.get("events") if isinstance(document, dict) else None
    if isinstance(events, list) and events and isinstance(events[0], dict) and "start_date" in events[0]:
        return "timelinejs"
    return "events"


def problems(document: Any, kind: str | None = None) -> list[Problem]:
    """Every schema violation in the document, in document order."""
    validator = CHECKER(schema(kind or document_kind(document)), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
    found = (Problem(_pointer(error), _sentence(error)) for error in map(_most_specific, errors))
    return list(dict.fromkeys(found))


def check_file(path: Path, kind: str | None = None) -> list[Problem]:
    """Problems of one file; unreadable or unparsable files raise InputError."""
    return problems(load_document(path), kind)


def _most_specific(error: ValidationError) -> ValidationError:
    """For "one of these shapes" errors (an optional field), the error of the shape that was meant."""
    if not error.context:
        return error
    meant = [sub for sub in error.context if not (sub.validator == "type" and sub.validator_value == "null")]
    return _most_specific(best_match(meant or error.context))


def _pointer(error: ValidationError) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in error.absolute_path)


def _sentence(error: ValidationError) -> str:
    explain = SENTENCES.get(str(error.validator))
    return explain(error) if explain else error.message


def _quoted(values: Any) -> str:
    return ", ".join(json.dumps(value) for value in values)


def _required(error: ValidationError) -> str:
    present = error.instance if isinstance(error.instance, dict) else {}
    missing = [name for name in error.validator_value if name not in present]
    return f"missing required field{'s' if len(missing) > 1 else ''} {_quoted(missing)}"


def _unknown_fields(error: ValidationError) -> str:
    allowed = error.schema.get("properties", {})
    unknown = [name for name in error.instance if name not in allowed]
    return f"unknown field {_quoted(unknown)}; allowed fields: {_quoted(sorted(allowed))}"


def _wrong_type(error: ValidationError) -> str:
    expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    words = " or ".join(TYPE_WORDS.get(name, name) for name in expected)
    return f"expected {words}, found {json.dumps(error.instance, default=str)}"


SENTENCES = {
    "required": _required,
    "additionalProperties": _unknown_fields,
    "type": _wrong_type,
    "format": lambda error: f"{json.dumps(error.instance)} is not {FORMAT_WORDS.get(error.validator_value, 'valid')}",
    "enum": lambda error: f"{json.dumps(error.instance)} is not one of: {_quoted(error.validator_value)}",
    "const": lambda error: f"{json.dumps(error.instance)} is not supported; use {json.dumps(error.validator_value)}",
    "minItems": lambda error: f"needs at least {error.validator_value} item(s)",
}


def _ordered_bounds(
    validator: Any, names: list[str], instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """The schema keyword ``x-ordered-bounds``: the first named date is not after the second."""
    if not isinstance(instance, dict):
        return
    first, last = (_calendar_day(instance.get(name)) for name in names)
    if first is not None and last is not None and first > last:
        yield ValidationError(f"{names[0]} {first} is after {names[1]} {last}")


def _calendar_day(value: Any) -> dt.date | None:
    """A real day written YYYY-MM-DD, else None (the "format" keyword reports a bad one)."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


CHECKER = validators.extend(Draft202012Validator, {ORDERED_BOUNDS: _ordered_bounds})


def iter_file_reports(paths: list[Path], kind: str | None = None) -> Iterator[tuple[Path, list[str]]]:
    """For each file, its error lines, each naming the file (empty when valid): what ``validate`` prints."""
    for path in paths:
        try:
            yield path, [f"{path}: {problem}" for problem in check_file(path, kind)]
        except InputError as error:
            yield path, [str(error)]
