"""``timeline validate``: a timeline or hand-curated events file, JSON or YAML, checked against schemas/.

Every problem is reported with its JSON pointer and a plain sentence, so a curator editing a
YAML file by hand can find and fix each one. The checking itself is jsonschema's.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from jsonschema.exceptions import best_match

from timeline.errors import InputError
from timeline.files import read_regular_file
from timeline.ingest.encoding import replace_lone_surrogates
from timeline.models import ORDERED_BOUNDS, TimeValue
from timeline.render.dates import granularity_of, machine_date, readable_date
from timeline.safe_yaml import INTEGER_DIGIT_LIMIT, NESTING_LIMIT, load_yaml
from timeline.schemas import schema

# TimelineJS files are an output for TimelineJS: `validate --kind timelinejs` checks one, render takes none.
RENDER_REFUSES = "timelinejs"
NOT_RENDERABLE = (
    "a TimelineJS file (what --format timelinejs writes) cannot be rendered again: render takes a timeline "
    "JSON or an events file; check a TimelineJS file with --kind timelinejs"
)
STDIN = "-"
STDIN_NAME = "stdin"
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


def load_document(path: Path) -> Any:
    """The parsed file (``-``: stdin, JSON or YAML); InputError names the file and, for syntax errors, the line."""
    if str(path) == STDIN:
        return _load_stdin()
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        kind = path.suffix or "(no extension)"
        raise InputError(f"unknown file format {kind!r}: expected .json, .yaml or .yml", source=str(path))
    try:
        text = read_regular_file(path).decode("utf-8-sig")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=str(path)) from error
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", source=str(path)) from error
    return parse_document(text, parser, source=str(path))


def source_name(path: Path) -> str:
    """How messages name a document: its path, or "stdin" for ``-``."""
    return STDIN_NAME if str(path) == STDIN else str(path)


def _load_stdin() -> Any:
    try:
        text = sys.stdin.buffer.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", source=STDIN_NAME) from error
    parser = "json" if text.lstrip().startswith(("{", "[")) else "yaml"
    return parse_document(text, parser, source=STDIN_NAME)


def parse_document(text: str, parser: str, *, source: str | None = None) -> Any:
    """The data of a JSON or YAML text (YAML through safe_yaml: alias budget, no tags, bounded)."""
    if parser != "json":
        return load_yaml(text, source=source)
    try:
        document = json.loads(text, parse_int=lambda digits: _json_int(digits, text, source))
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} (column {error.colno})"
        raise InputError(message, source=source, line=error.lineno) from error
    except RecursionError as error:
        raise InputError(f"not valid JSON: nested more than {NESTING_LIMIT} levels deep", source=source) from error
    _check_nesting(document, source)
    return replace_lone_surrogates(document)


def _json_int(digits: str, text: str, source: str | None) -> int:
    if len(digits) > INTEGER_DIGIT_LIMIT:
        line = text.count("\n", 0, max(text.find(digits), 0)) + 1
        raise InputError(f"a number with more than {INTEGER_DIGIT_LIMIT} digits", source=source, line=line)
    return int(digits)


def _check_nesting(document: Any, source: str | None) -> None:
    """InputError naming the JSON pointer of the first value nested past NESTING_LIMIT levels."""
    stack: list[tuple[Any, str, int]] = [(document, "", 0)]
    while stack:
        value, pointer, depth = stack.pop()
        if depth > NESTING_LIMIT:
            raise InputError(f"{pointer}: nested more than {NESTING_LIMIT} levels deep", source=source)
        if isinstance(value, dict):
            stack.extend((item, f"{pointer}/{_escaped(key)}", depth + 1) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, f"{pointer}/{index}", depth + 1) for index, item in enumerate(value))


def _escaped(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


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
    """Every schema violation in the document, in document order, then every date the renderers
    could not show (a value its granularity cannot read)."""
    guessed = document_kind(document)
    validator = CHECKER(schema(kind or guessed), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
    found = list(dict.fromkeys(Problem(_pointer(error), _sentence(error)) for error in map(_most_specific, errors)))
    if found or kind == RENDER_REFUSES:
        return found
    if guessed == RENDER_REFUSES:
        return [Problem("", NOT_RENDERABLE)]
    return [problem for pointer, value in _time_values(document, "") for problem in date_problems(value, pointer)]


def date_problems(value: TimeValue, pointer: str) -> list[Problem]:
    """What keeps a schema-valid time value from being rendered, each at its field's pointer."""
    found = []  # earliest after latest is the schema's x-ordered-bounds
    try:
        readable_date(value)
        machine_date(value)
    except (ValueError, OverflowError) as error:
        granularity = granularity_of(value).value
        found.append(Problem(f"{pointer}/value", f'"{value.value}" cannot be read as a {granularity}: {error}'))
    return found


def _time_values(document: Any, pointer: str) -> Iterator[tuple[str, TimeValue]]:
    """Every time value in a schema-valid document (a mapping under a "date" key), with its pointer."""
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield from _time_values(item, f"{pointer}/{index}")
    elif isinstance(document, dict):
        for key, item in document.items():
            where = f"{pointer}/{_escaped(key)}"
            if key == "date" and isinstance(item, dict) and "value" in item:
                yield where, TimeValue.model_validate(item)
            else:
                yield from _time_values(item, where)


def check_file(path: Path, kind: str | None = None) -> list[Problem]:
    """Problems of one file; unreadable or unparsable files raise InputError."""
    return problems(load_document(path), kind)


def _most_specific(error: ValidationError) -> ValidationError:
    """For "one of these shapes" errors (an optional field), the error of the shape that was meant."""
    if not error.context:
        return error
    # The shape that was meant is the one whose error is not about the value's type (a string given
    # where a date string or a mapping may go failed as a date, not as a mapping).
    meant = [sub for sub in error.context if sub.validator != "type"] or [
        sub for sub in error.context if not (sub.validator == "type" and sub.validator_value == "null")
    ]
    return _most_specific(best_match(meant or error.context))


def _pointer(error: ValidationError) -> str:
    return "".join("/" + _escaped(part) for part in error.absolute_path)


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
    words = " or ".join(TYPE_WORDS.get(str(name), str(name)) for name in expected)
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
        name = source_name(path)
        try:
            yield path, [f"{name}: {problem}" for problem in check_file(path, kind)]
        except InputError as error:
            yield path, [str(error)]
