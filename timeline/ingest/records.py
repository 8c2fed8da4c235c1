"""JSON exports: one article object or a list of them (.json), one object a line (.jsonl).

A record needs "text" or "html"; the other fields are read through metadata.FIELD_ALIASES.
A bad record is reported with its position and the rest are still read. An export that wraps
its list in an object ({"articles": [...]}) is read as the list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from timeline.errors import InputError
from timeline.ingest.draft import Draft
from timeline.ingest.encoding import replace_lone_surrogates
from timeline.ingest.html_reader import extract_html
from timeline.ingest.metadata import Metadata, read_metadata

CONTAINER_KEYS = ("articles", "items", "documents", "results", "data")


def _merge(primary: Metadata, fallback: Metadata) -> Metadata:
    """The record's own fields, completed by what the embedded HTML says."""
    return Metadata(
        id=primary.id,
        title=primary.title or fallback.title,
        outlet=primary.outlet or fallback.outlet,
        url=primary.url or fallback.url,
        author=primary.author or fallback.author,
        published=primary.published if primary.published.date else fallback.published,
        warnings=primary.warnings + fallback.warnings,
    )


def draft_from_record(record: object, default_id: str, source: str, line: int | None = None) -> Draft:
    """One article record as a Draft; InputError naming the file, line and field when it is unusable."""
    if not isinstance(record, Mapping):
        raise InputError(f"expected an article object, got {type(record).__name__}", source=source, line=line)
    meta = read_metadata(record, "JSON field")
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        body = text.strip()
    elif isinstance(record.get("html"), str):
        body, page = extract_html(str(record["html"]), source)
        meta = _merge(meta, page)
    else:
        raise InputError('the record has no "text" or "html" field with content', source=source, line=line)
    return Draft.of(meta, default_id, body)


def _parse(text: str, source: str, line: int | None = None) -> object:
    """The JSON value; a lone surrogate escape becomes U+FFFD (shown as �), since no output can hold it."""
    try:
        return replace_lone_surrogates(json.loads(text))
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", source=source, line=where) from exc
    except (ValueError, RecursionError) as exc:  # a number past Python's digit limit; absurd nesting
        raise InputError(f"not readable JSON: {exc}", source=source, line=line) from exc


def _attempt(record: object, default_id: str, source: str, line: int | None) -> Draft | InputError:
    try:
        return draft_from_record(record, default_id, source, line)
    except InputError as error:
        return error


def read_json(text: str, stem: str, source: str) -> list[Draft | InputError]:
    try:
        data = _parse(text, source)
    except InputError as error:
        return [error]
    if isinstance(data, Mapping) and "text" not in data and "html" not in data:
        data = next((data[key] for key in CONTAINER_KEYS if isinstance(data.get(key), list)), data)
    if isinstance(data, list):
        return [_attempt(item, f"{stem}-{n}", f"{source}[{n - 1}]", None) for n, item in enumerate(data, 1)]
    return [_attempt(data, stem, source, None)]


def read_jsonl(text: str, stem: str, source: str) -> list[Draft | InputError]:
    results: list[Draft | InputError] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                results.append(_attempt(_parse(line, source, number), f"{stem}-{number}", source, number))
            except InputError as error:
                results.append(error)
    return results
