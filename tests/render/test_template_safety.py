"""Article text that is template code stays text in every format, and bare URLs in it stay unlinked.

Static-site generators run pages, includes and sometimes data files through a template engine
(Hugo's Go templates, Jekyll's Liquid, Eleventy's Nunjucks/Liquid, MkDocs macros' Jinja), so an
article saying "{{ site.Params.apiKey }}" must reach the reader as those characters, never as code.
Each engine is run over every format and must give the text back unchanged. The Hugo site build is
in test_hugo_site.py.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from timeline.ingest import read_inputs
from timeline.models import Timeline
from timeline.pipeline import build_timeline
from timeline.render import render

from .conftest import FIXTURES

CORPUS = FIXTURES / "template-payloads"
PAYLOADS = (
    "{{ site.Params.apiKey }}",
    "{{ now.Year }}",
    '{{ errorf "stop the build" }}',
    "{{< param apiKey >}}",
    "{{% param apiKey %}}",
    "{% include secret.html %}",
    "{{ site.secret }}",
    "{% assign leaked = site.secret %}{{ leaked }}",
    "{# a comment #}",
    "${process.env.HOME}",
    "{{{ triple }}}",
    "${{ both }}",
)
TEMPLATE_OPENERS = re.compile(r"\{\{|\{%|\{#|\$\{")
TEXT_FORMATS = ("markdown", "json", "html", "html-fragment", "timelinejs")
EVIL_HOSTS = ("evil.example",)
SECRET = "LIQUID-SECRET-7f3a"


def build_corpus(directory: Path = CORPUS) -> Timeline:
    ingested = read_inputs([str(directory)])
    return build_timeline(ingested.articles, ingested.inputs)


@pytest.fixture(scope="module")
def payload_timeline() -> Timeline:
    return build_corpus()


class VisibleText(HTMLParser):
    """The text a browser shows (character references decoded), without script/style bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_corpus_carries_every_payload(payload_timeline: Timeline) -> None:
    written = json.dumps(payload_timeline.model_dump(mode="json"), ensure_ascii=False)
    assert all(payload.replace('"', '\\"') in written for payload in PAYLOADS)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_no_template_opener_survives_in_any_format(payload_timeline: Timeline, fmt: str) -> None:
    output = render(payload_timeline, fmt)
    assert not TEMPLATE_OPENERS.findall(output)


@pytest.mark.parametrize("fmt", ["html", "html-fragment"])
def test_html_reader_sees_every_payload_as_written(payload_timeline: Timeline, fmt: str) -> None:
    shown = visible_text(render(payload_timeline, fmt))
    assert all(payload in shown for payload in PAYLOADS), [p for p in PAYLOADS if p not in shown]


def test_markdown_reader_sees_every_payload_as_written(payload_timeline: Timeline) -> None:
    shown = visible_text(MarkdownIt("commonmark").render(render(payload_timeline, "markdown")))
    assert all(payload in shown for payload in PAYLOADS), [p for p in PAYLOADS if p not in shown]


@pytest.mark.parametrize("fmt", ["json", "timelinejs"])
def test_data_files_parse_back_to_the_article_text(payload_timeline: Timeline, fmt: str) -> None:
    document = json.loads(render(payload_timeline, fmt))
    if fmt == "json":
        assert document == json.loads(payload_timeline.model_dump_json())  # the escapes change no value
        return
    shown = " ".join(visible_text(slide["text"]["text"]) for slide in document["events"])
    assert all(payload in shown for payload in PAYLOADS)


def test_liquid_renders_every_format_as_itself(payload_timeline: Timeline, tmp_path: Path) -> None:
    """Jekyll renders pages and includes through Liquid before Markdown: our output must be a no-op."""
    liquid = pytest.importorskip("liquid", reason="python-liquid is not installed (pip install -e '.[dev]')")
    (tmp_path / "secret.html").write_text(SECRET, encoding="utf-8")
    environment = liquid.Environment(loader=liquid.CachingFileSystemLoader(tmp_path))
    site = {"site": {"secret": SECRET, "data": {}}}
    control = environment.from_string("{{ site.secret }} {% include 'secret.html' %}").render(**site)
    assert control.count(SECRET) == 2  # the engine does evaluate such payloads
    for fmt in TEXT_FORMATS:
        output = render(payload_timeline, fmt)
        assert environment.from_string(output).render(**site) == output, fmt


def test_jinja_renders_every_format_as_itself(payload_timeline: Timeline) -> None:
    """MkDocs' macros plugin runs pages through Jinja2, whose syntax Eleventy's Nunjucks shares."""
    jinja2 = pytest.importorskip("jinja2", reason="jinja2 is not installed (pip install -e '.[dev]')")
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined)
    site = {"site": {"secret": SECRET}}
    assert environment.from_string("{{ site.secret }}{# gone #}").render(**site) == SECRET  # it does evaluate
    for fmt in TEXT_FORMATS:
        output = render(payload_timeline, fmt)
        assert environment.from_string(output).render(**site) == output.removesuffix("\n"), fmt


def test_bare_urls_are_not_linked_by_github_markdown(payload_timeline: Timeline) -> None:
    """cmark-gfm is GitHub's own Markdown library: its autolink extension finds nothing in article text."""
    cmarkgfm = pytest.importorskip("cmarkgfm", reason="cmarkgfm is not installed (pip install -e '.[dev]')")
    markdown = render(payload_timeline, "markdown")
    html = cmarkgfm.github_flavored_markdown_to_html(markdown)
    hrefs = re.findall(r'href="([^"]*)"', html)
    # E-mail addresses are linked by GitHub whatever is escaped (docs/static-sites.md says so).
    assert not [href for href in hrefs if "evil.example" in href and not href.startswith("mailto:")], hrefs
    assert "https://evil.example/statement" in visible_text(html)
    assert "www.evil.example/mirror" in visible_text(html)
    control = cmarkgfm.github_flavored_markdown_to_html("see https://evil.example/x and www.evil.example")
    assert control.count("<a ") == 2  # the extension is on


# TimelineJS 3.9.11's linkify (src/js/core/Util.js), applied to slide text before it becomes innerHTML.
TIMELINEJS_LINKIFY = (
    re.compile(r"\b(?:https?|ftp):\/\/([a-z0-9-+&@#\/%?=~_|!:,.;]*[a-z0-9-+&@#\/%=~_|])", re.I | re.M | re.A),
    re.compile(r"(^|[^\/>])(www\.[\S]+(\b|$))", re.I | re.M | re.A),
    re.compile(r"([a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+)", re.I | re.M | re.A),
)


def timelinejs_would_link(html: str) -> list[str]:
    found = []
    for pattern in TIMELINEJS_LINKIFY:
        for match in pattern.finditer(html):
            if match.start() and html[match.start() - 1] in "\"'=":  # it skips URLs in attributes
                continue
            found.append(match.group())
    return found


def test_bare_urls_are_not_linked_by_timelinejs(payload_timeline: Timeline) -> None:
    document = json.loads(render(payload_timeline, "timelinejs"))
    texts = [slide["text"][field] for slide in document["events"] for field in ("headline", "text")]
    linked = [found for text in texts for found in timelinejs_would_link(text)]
    assert not [found for found in linked if "evil.example" in found], linked
    assert any("https://evil.example/statement" in visible_text(text) for text in texts)
    assert any("press@evil.example" in visible_text(text) for text in texts)
    assert timelinejs_would_link("at https://evil.example/x, www.evil.example and a@evil.example") != []
