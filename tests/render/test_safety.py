"""Hostile article text, titles and URLs produce no executable markup in any format."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt

from timeline.models import Timeline
from timeline.render import render
from timeline.render.safety import link_url
from timeline.render.words import SECTION_HEADINGS as SECTIONS

from .hostile import HOSTILE_TEXTS, HOSTILE_URLS, hostile_timeline

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "div", "h1", "h2", "h3", "h4", "h5", "h6",
    "p", "ul", "ol", "li", "a", "strong", "em", "time", "span", "script", "code", "blockquote",
}  # fmt: skip
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
WEB_LINKS = {link_url(url) for url in HOSTILE_URLS} - {None}


class Inspector(HTMLParser):
    """Collects what a browser would act on: tags, attributes, links, script bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.scripts: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]
        if tag == "script":
            assert dict(attrs).get("type") == "application/ld+json"
            self.in_script = True

    def handle_endtag(self, tag: str) -> None:
        self.in_script = self.in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.scripts.append(data)


def assert_inert_html(html: str) -> set[str]:
    """Fails on anything executable; returns the external links."""
    inspector = Inspector()
    inspector.feed(html)
    assert set(inspector.tags) <= ALLOWED_TAGS, set(inspector.tags) - ALLOWED_TAGS
    names = {name for name, _ in inspector.attributes}
    assert not {name for name in names if name.startswith("on")}
    assert "src" not in names
    links = {value for name, value in inspector.attributes if name == "href"}
    assert all(link.startswith(("https://", "http://", "#")) for link in links), links
    for script in inspector.scripts:
        assert "<" not in script
        json.loads(script)
    assert not DIRECTION_CONTROLS.search(html)
    return {link for link in links if not link.startswith("#")}


@pytest.fixture(scope="module")
def hostile() -> Timeline:
    return hostile_timeline()


@pytest.mark.parametrize("fmt", ["html", "html-fragment"])
def test_html_formats_are_inert_and_link_only_web_urls(hostile: Timeline, fmt: str) -> None:
    html = render(hostile, fmt)
    assert assert_inert_html(html) == WEB_LINKS
    assert "&amp;lt;script&amp;gt;" in html  # an entity in the source is shown as written, not decoded


def test_markdown_has_no_html_but_our_anchors_and_no_unsafe_links(hostile: Timeline) -> None:
    text = render(hostile, "markdown")
    tokens = MarkdownIt("commonmark").parse(text)
    inline = [child for token in tokens for child in (token.children or [])]
    raw_html = [token.content for token in [*tokens, *inline] if token.type in ("html_inline", "html_block")]
    assert all(re.fullmatch(r'<a id="(event|article)-[A-Za-z0-9_-]+">|</a>', html) for html in raw_html), raw_html
    assert not [token for token in inline if token.type == "image"]
    hrefs = {str(token.attrGet("href")) for token in inline if token.type == "link_open"}
    assert {href for href in hrefs if not href.startswith("#")} == WEB_LINKS
    headings = [tokens[index + 1].content for index, token in enumerate(tokens) if token.type == "heading_open"]
    key_dates, *sections = SECTIONS  # key dates come first, before the chronology
    assert headings == ["\\<script\\>alert(1)\\</script\\>", key_dates, "2025", "February 2025", *sections]
    assert assert_inert_html(MarkdownIt("commonmark").render(text)) == WEB_LINKS


def test_timelinejs_html_fields_are_inert(hostile: Timeline) -> None:
    document = json.loads(render(hostile, "timelinejs"))
    links: set[str] = set()
    for slide in [document["title"], *document["events"]]:
        links |= assert_inert_html(slide["text"]["headline"] + slide["text"]["text"])
        assert "<" not in slide.get("display_date", "") + slide.get("group", "")
        assert re.fullmatch(r"[a-z0-9-]+", slide.get("unique_id", "title"))
    assert links <= WEB_LINKS


def test_calendar_text_has_no_markup_and_urls_are_web_urls(hostile: Timeline) -> None:
    calendar = Calendar.from_ical(render(hostile, "ics"))
    events = calendar.walk("VEVENT")
    assert len(events) == len(hostile.events)
    for event in events:
        for name in ("SUMMARY", "DESCRIPTION", "UID"):
            assert not re.search(r"[<>\u202a-\u202e\u2066-\u2069]", str(event[name]))
        if "URL" in event:
            assert str(event["URL"]) in WEB_LINKS


def test_json_keeps_the_data_exactly(hostile: Timeline) -> None:
    document = json.loads(render(hostile, "json"))
    assert {event["text"] for event in document["events"]} == set(HOSTILE_TEXTS)
    assert [article["url"] for article in document["articles"]] == list(HOSTILE_URLS)
