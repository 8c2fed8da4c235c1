"""JSON output: the contract of DESIGN.md, byte-identical for the same input.

``stream`` writes the document piece by piece from iterables of already-dumped items; ``render``
is that writer over a Timeline in memory (a build's timeline is ranked whole before it is written,
docs/store.md). ``lines`` is JSON Lines: one
event per line, for jq and databases.

Template openers in strings are written as \\u escapes (safety.inert_json): the data is unchanged,
but a site generator that runs the file itself through a template engine finds no code in it. Each
piece is escaped alone: a string never spans two pieces, and no piece ends inside an opener.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping

import orjson
from pydantic import BaseModel

from timeline.models import Timeline
from timeline.render.ordering import sorted_events
from timeline.render.safety import inert_json

INDENT = "  "


def render(timeline: Timeline) -> str:
    return "".join(pieces(timeline))


def pieces(timeline: Timeline) -> Iterator[str]:
    """The document piece by piece, each article, event and record dumped as it is written, so the
    whole document is never held as one dict or one string (an archive's runs to hundreds of MB)."""
    ordered = timeline.model_copy(update={"events": sorted_events(timeline.events)})
    lists: dict[str, Iterable[BaseModel]] = {name: value for name, value in ordered if isinstance(value, list)}
    shell = ordered.model_copy(update={name: [] for name in lists})
    return stream(shell, {name: (item.model_dump(mode="json") for item in items) for name, items in lists.items()})


def render_lines(timeline: Timeline) -> str:
    return "".join(line_pieces(timeline))


def line_pieces(timeline: Timeline) -> Iterator[str]:
    """JSON Lines one event at a time, each dumped as it is written."""
    return lines(event.model_dump(mode="json") for event in sorted_events(timeline.events))


def stream(shell: Timeline, lists: Mapping[str, Iterable[object]]) -> Iterator[str]:
    """``json.dumps(document, ensure_ascii=False, indent=2)`` plus a newline, with the lists given as
    iterables: the shell's fields in order, each list field taken from ``lists``."""
    document = shell.model_dump(mode="json")
    yield "{"
    for number, (key, value) in enumerate(document.items()):
        yield inert_json(("," if number else "") + f"\n{INDENT}{json.dumps(key, ensure_ascii=False)}: ")
        if key in lists:
            yield from map(inert_json, _array(lists[key]))
        else:
            yield inert_json(_nested(value, 1))
    yield "\n}\n"


def lines(items: Iterable[object]) -> Iterator[str]:
    for item in items:
        yield inert_json(json.dumps(item, ensure_ascii=False)) + "\n"


def _array(items: Iterable[object]) -> Iterator[str]:
    empty = True
    for item in items:
        yield ("[" if empty else ",") + f"\n{INDENT * 2}" + _nested(item, 2)
        empty = False
    yield "[]" if empty else f"\n{INDENT}]"


def _nested(value: object, depth: int) -> str:
    """A value as json.dumps(indent=2) writes it ``depth`` levels in (strings never hold raw newlines).

    orjson writes the same bytes about 17 times faster (its one difference, floats under 1e-4 in
    exponent form, cannot occur: salience is rounded to 4 digits); text with a lone surrogate (bad
    input) is refused by orjson and written by the standard library as before.
    """
    try:
        text = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:
        text = json.dumps(value, ensure_ascii=False, indent=len(INDENT))
    return text.replace("\n", "\n" + INDENT * depth)
