"""The ```timeline fence for markdown-it-py and MkDocs: a fragment, or a visible error box."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from timeline.markdown_plugin import superfences_formatter, timeline_plugin
from timeline.models import Timeline
from timeline.render import render

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render"
INLINE_EVENTS = """```timeline
- date: {value: "2025-02-24", earliest: 2025-02-24, latest: 2025-02-24, granularity: day}
  text: Xi and Putin hold a call.
  sources: [{title: The Straits Times report, url: "https://example.org/st", published: 2025-02-26}]
```
"""


def markdown(base_dir: Path = FIXTURES) -> MarkdownIt:
    return MarkdownIt("commonmark").use(timeline_plugin, base_dir=base_dir)


def test_inline_yaml_events_render_as_fragment() -> None:
    html = markdown().render("# My page\n\n" + INLINE_EVENTS + "\nAfter.\n")
    assert html.startswith('<h1>My page</h1>\n<div class="timeline">')
    assert re.search(
        r'<time class="timeline-date" datetime="2025-02-24" title="[^"]+" tabindex="0">24 Feb 2025</time>', html
    )
    assert '<a href="https://example.org/st" rel="nofollow noopener noreferrer">' in html
    assert html.endswith("<p>After.</p>\n")


def test_json_events_file_and_timeline_paths(seed_timeline: Timeline, tmp_path: Path) -> None:
    (tmp_path / "timeline.json").write_text(render(seed_timeline, "json"), encoding="utf-8")
    (tmp_path / "events.json").write_text(
        '{"events": [{"date": {"value": "2022", "earliest": "2022-01-01", "latest": "2022-12-31", '
        '"granularity": "year"}, "text": "A year.", "sources": [{"title": "Src"}]}]}',
        encoding="utf-8",
    )
    html = markdown(tmp_path).render("```timeline\ntimeline.json\n```\n\n```timeline\nevents.json\n```\n")
    assert html.count('<div class="timeline">') == 2
    assert len(re.findall(r'<li [^>]*class="timeline-event\b', html)) == len(seed_timeline.events) + 1
    assert 'id="timeline-1-event-2025-02-24-call"' in html  # ids prefixed per block: no clashes
    assert 'id="timeline-2-article-1"' in html


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            "- date: {value: '2025-02-30', earliest: 2025-02-30}\n  text: x\n  sources: [{title: a}]\n",
            "timeline block /events/0/date/earliest: &quot;2025-02-30&quot; is not a date written YYYY-MM-DD",
        ),
        ("events:\n  - text: no date\n    sources: [{title: a}]\n", "missing required field &quot;date&quot;"),
        ("", "the block is empty"),
        ("missing.json\n", "missing.json: cannot read"),
        ("notes.txt\n", "unknown file format &#x27;.txt&#x27;"),
        ("events: [unclosed\n", "timeline block:2: not valid YAML"),
        ("<script>alert(1)</script>\n", "unknown file format"),
    ],
)
def test_invalid_block_shows_an_error_box(block: str, message: str) -> None:
    html = markdown().render(f"```timeline\n{block}```\n")
    assert html.startswith('<div class="timeline-error" role="alert"><p><strong>This timeline could not be shown')
    assert message in html
    assert "<script>" not in html


def test_other_fences_are_left_alone() -> None:
    assert markdown().render("```python\nprint(1)\n```\n") == MarkdownIt("commonmark").render(
        "```python\nprint(1)\n```\n"
    )


def test_superfences_formatter_renders_the_same_fragment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    html = superfences_formatter("curated_events.yaml\n", "timeline", "timeline", {}, None)
    assert html.startswith('<div class="timeline">\n<h2 class="timeline-title">Xi and Putin, a short chronology</h2>')


def test_mkdocs_superfences_custom_fence(monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration docs/static-sites.md gives for MkDocs, run through Python-Markdown."""
    markdown_module = pytest.importorskip("markdown", reason="pymdown-extensions is not installed")
    pytest.importorskip("pymdownx.superfences", reason="pymdown-extensions is not installed")
    monkeypatch.chdir(FIXTURES)
    fence = {"name": "timeline", "class": "timeline", "format": superfences_formatter}
    html = markdown_module.markdown(
        "# Page\n\n```timeline\ncurated_events.yaml\n```\n\n```timeline\nevents: []\nbad: 1\n```\n",
        extensions=["pymdownx.superfences"],
        extension_configs={"pymdownx.superfences": {"custom_fences": [fence]}},
    )
    assert '<h2 class="timeline-title">Xi and Putin, a short chronology</h2>' in html
    assert re.search(r'<time class="timeline-date" datetime="2025-05" title="[^"]+" tabindex="0">May 2025</time>', html)
    assert "unknown field &quot;bad&quot;" in html
