"""Renderers: one module per output format; each sees only the Timeline model."""

from __future__ import annotations

from collections.abc import Callable

from timeline.models import Timeline
from timeline.render import html, ics, json_format, markdown, timelinejs

RENDERERS: dict[str, Callable[[Timeline], str]] = {
    "markdown": markdown.render,
    "json": json_format.render,
    "html": html.render_page,
    "html-fragment": html.render_fragment,
    "timelinejs": timelinejs.render,
    "ics": ics.render,
}
FORMATS = tuple(RENDERERS)


def render(timeline: Timeline, fmt: str) -> str:
    """The timeline in the named format; ValueError names the formats there are."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None
    return renderer(timeline)
