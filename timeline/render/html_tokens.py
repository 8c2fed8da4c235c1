"""Markdown → HTML for every HTML format: markdown-it-py plus one core rule that adds the structure.

The rule turns our Markdown's tokens into the timeline's HTML vocabulary: stable class names,
``<time datetime>`` for each event's date, ids (optionally prefixed so several timelines fit on
one page), and demoted headings for fragments. Raw HTML other than our own empty anchors is
turned back into text, so nothing executable survives even if escaping upstream were to fail.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from timeline.models import Event, Timeline
from timeline.render import markdown, words
from timeline.render.dates import machine_date
from timeline.render.safety import EXTERNAL_LINK_REL, clean_text, inert_html

OUR_ANCHOR = re.compile(r'<a id="((?:event|article)-[A-Za-z0-9_-]+)">')
SECTION_CLASSES = {
    words.KEY_DATES_HEADING: "key-dates",
    words.PLANNED_HEADING: "planned",
    words.UNANCHORED_HEADING: "unanchored",
    words.SOURCES_HEADING: "sources",
    words.UNDATED_ARTICLES_HEADING: "undated-articles",
}


@dataclass
class HtmlOptions:
    """How one timeline is laid into HTML: heading levels to shift, and a prefix for its ids."""

    heading_shift: int = 0
    id_prefix: str = ""
    events: dict[str, Event] = field(default_factory=dict)


def timeline_html(timeline: Timeline, *, heading_shift: int = 0, id_prefix: str = "", all_undated: bool = False) -> str:
    """The timeline's Markdown rendered to HTML with the timeline's classes and ids; markdown-it turns
    the Markdown's escapes back into template openers, so they are broken again here."""
    options = HtmlOptions(heading_shift, id_prefix, {markdown.event_anchor(e): e for e in timeline.events})
    return inert_html(_parser().render(markdown.render(timeline, all_undated=all_undated), {"timeline": options}))


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True})
    parser.core.ruler.push("timeline_structure", _structure)
    return parser


def _structure(state: StateCore) -> None:
    options: HtmlOptions = state.env["timeline"]
    section = ""
    tokens = state.tokens
    current_list = tokens[0]
    for index, token in enumerate(tokens):
        if token.type == "html_block":
            _neutralise(token)
        elif token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + options.heading_shift, 6)}"
            if token.type == "heading_open":
                section = _heading(token, tokens[index + 1].content, options)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            current_list = token
            if section not in ("", "summary"):
                token.attrSet("class", f"timeline-{section}")
        elif token.type == "paragraph_open" and section == "summary":
            token.attrSet("class", "timeline-summary")
            section = ""
        elif token.type == "inline":
            _inline(token, tokens[index - 2] if index >= 2 else token, current_list, options)


def _heading(token: Token, text: str, options: HtmlOptions) -> str:
    """Classes a heading by its role; returns the section it opens ("" for the chronology)."""
    level = int(token.tag[1]) - options.heading_shift
    if level == 1:
        token.attrSet("class", "timeline-title")
        return "summary"
    section = SECTION_CLASSES.get(text, "") if level == 2 else ""
    if section:
        token.attrSet("class", f"timeline-section timeline-section--{section}")
        token.attrSet("id", f"{options.id_prefix}{section}")
        return section
    token.attrSet("class", "timeline-period" if level == 2 else "timeline-month")
    return ""


def _inline(token: Token, item: Token, list_token: Token, options: HtmlOptions) -> None:
    """Links and raw HTML in a line; a line that starts with our anchor marks its list item and list."""
    children = token.children or []
    anchor = _take_anchor(children)
    for child in children:
        if child.type == "html_inline":
            _neutralise(child)
        elif child.type == "link_open":
            _link(child, options)
    if anchor is None or item.type != "list_item_open":
        return
    item.attrSet("id", options.id_prefix + anchor)
    event = options.events.get(anchor)
    if event is None:
        item.attrSet("class", "timeline-source")
        return
    planned = event.status == "planned"
    item.attrSet("class", "timeline-event timeline-event--planned" if planned else "timeline-event")
    list_token.attrSet("class", "timeline-events timeline-events--planned" if planned else "timeline-events")
    _date_as_time(children, event)


def _take_anchor(children: list[Token]) -> str | None:
    """Removes our leading ``<a id="..."></a>`` and returns the id it carried."""
    if len(children) < 2 or children[0].type != "html_inline" or children[1].content != "</a>":
        return None
    match = OUR_ANCHOR.fullmatch(children[0].content)
    if match is None:
        return None
    del children[:2]
    return match.group(1)


def _date_as_time(children: list[Token], event: Event) -> None:
    """The bold date at the start of an event line becomes ``<time class="timeline-date" datetime=...>``."""
    opening = next((child for child in children if child.type == "strong_open"), None)
    closing = next((child for child in children if child.type == "strong_close"), None)
    if opening is None or closing is None:
        return
    for token in (opening, closing):
        token.tag = "time"
    opening.attrSet("class", "timeline-date")
    datetime = machine_date(event.date)
    if datetime:
        opening.attrSet("datetime", datetime)
    opening.attrSet("title", clean_text(markdown.explanation(event)))  # hover: the words and anchor behind it
    opening.attrSet("tabindex", "0")  # and reachable by keyboard or a tap
    _separator_as_span(children, children.index(closing) + 1)


def _separator_as_span(children: list[Token], index: int) -> None:
    """The dash between date and text gets a class, so a layout that puts the date on its own line can hide it."""
    after = children[index] if index < len(children) else None
    if after is None or after.type != "text" or not after.content.startswith(markdown.SEPARATOR):
        return
    after.content = after.content.removeprefix(markdown.SEPARATOR)
    separator = Token("html_inline", "", 0)
    separator.content = f'<span class="timeline-separator">{html.escape(markdown.SEPARATOR)}</span>'
    children.insert(index, separator)


def _link(token: Token, options: HtmlOptions) -> None:
    href = str(token.attrGet("href") or "")
    if href.startswith("#event-"):  # a key date's link to its event
        token.attrSet("href", f"#{options.id_prefix}{href[1:]}")
        token.attrSet("class", "timeline-key")
    elif href.startswith("#"):
        token.attrSet("href", f"#{options.id_prefix}{href[1:]}")
        token.attrSet("class", "timeline-ref")
        token.attrSet("aria-label", f"source {href.rsplit('-', 1)[-1]}")
    else:
        token.attrSet("rel", EXTERNAL_LINK_REL)


def _neutralise(token: Token) -> None:
    """Raw HTML we did not write is shown as text, never passed through."""
    token.content = html.escape(token.content)
