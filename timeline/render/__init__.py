"""Renderers: one module per output format; each sees only the Timeline model.

A format's module is imported when it is first used, so naming the formats costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module

from timeline.models import Timeline

RENDERERS: dict[str, tuple[str, str]] = {
    "markdown": ("markdown", "render"),
    "json": ("json_format", "render"),
    "jsonl": ("json_format", "render_lines"),
    "html": ("html", "render_page"),
    "html-fragment": ("html", "render_fragment"),
    "timelinejs": ("timelinejs", "render"),
    "ics": ("ics", "render"),
}
FORMATS = tuple(RENDERERS)
READABLE_FORMATS = ("markdown", "html", "html-fragment")  # those that summarize vague references


def render(timeline: Timeline, fmt: str, *, all_undated: bool = False) -> str:
    """The timeline in the named format; ValueError names the formats there are.

    ``all_undated`` lists every vague reference ("recently") in the readable formats, rather than
    one line per article; the data formats always hold them all.
    """
    try:
        module, function = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None
    renderer = getattr(import_module(f"timeline.render.{module}"), function)
    return renderer(timeline, all_undated=all_undated) if fmt in READABLE_FORMATS else renderer(timeline)


def render_pieces(timeline: Timeline, fmt: str, *, all_undated: bool = False) -> Iterator[str]:
    """``render`` piece by piece: JSON and JSON Lines, the formats of archives, are written as they are
    dumped; the other formats are written whole."""
    if fmt in ("json", "jsonl"):
        from timeline.render import json_format  # noqa: PLC0415 - formats load on use

        return json_format.pieces(timeline) if fmt == "json" else json_format.line_pieces(timeline)
    return iter([render(timeline, fmt, all_undated=all_undated)])
