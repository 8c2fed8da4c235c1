"""HTML output: a standalone page (``html``) and an embeddable fragment (``html-fragment``).

Both come from the Markdown renderer through markdown-it-py (render/html_tokens.py), so the page
says exactly what the Markdown says. The page needs no network: its CSS is inline, it loads no
fonts, images or scripts (the only script element is inert JSON-LD data).
"""

from __future__ import annotations

from importlib.resources import files

from timeline.models import Timeline
from timeline.render.html_tokens import timeline_html
from timeline.render.jsonld import script_element
from timeline.render.safety import html_text
from timeline.render.words import DEFAULT_TITLE

STYLESHEET = files("timeline.render").joinpath("timeline.css")
PAGE_STYLESHEET = files("timeline.render").joinpath("page.css")
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline-news">
<title>{title}</title>
<style>
{css}</style>
</head>
<body>
<main class="timeline timeline--page">
{body}</main>
</body>
</html>
"""


def render_fragment(timeline: Timeline, *, id_prefix: str = "", all_undated: bool = False) -> str:
    """A ``<div class="timeline">`` to embed in a page: headings start at h2, ids may be prefixed."""
    body = timeline_html(timeline, heading_shift=1, id_prefix=id_prefix, all_undated=all_undated)
    return f'<div class="timeline">\n{body}{script_element(timeline)}\n</div>\n'


def render_page(timeline: Timeline, *, all_undated: bool = False) -> str:
    body = timeline_html(timeline, all_undated=all_undated) + script_element(timeline) + "\n"
    title = html_text(timeline.title or DEFAULT_TITLE)
    css = stylesheet() + PAGE_STYLESHEET.read_text(encoding="utf-8")
    return PAGE.format(title=title, css=css, body=body)


def stylesheet() -> str:
    """The CSS of the ``.timeline`` classes, for a site that embeds fragments (docs/static-sites.md)."""
    return STYLESHEET.read_text(encoding="utf-8")
