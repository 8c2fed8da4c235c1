"""HTML page and fragment: the Markdown's content, with the timeline's classes, times and JSON-LD."""

from __future__ import annotations

import json
import re
from html import unescape

from markdown_it import MarkdownIt

from timeline.models import Timeline
from timeline.render import render
from timeline.render.html import render_fragment


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.DOTALL)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_page_says_what_the_markdown_says(seed_timeline: Timeline) -> None:
    page = render(seed_timeline, "html").split("<body>")[1]
    plain = visible_text(MarkdownIt("commonmark").render(render(seed_timeline, "markdown")))
    assert visible_text(page).replace(" — ", " ").split() == plain.replace(" — ", " ").split()


def test_page_is_standalone(seed_timeline: Timeline) -> None:
    page = render(seed_timeline, "html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<title>Xi and Putin reaffirm their alliance (Feb 2025)</title>" in page
    assert "<style>" in page and "@media print" in page
    assert not re.search(r"(src|href)=\"(https?:)?//|@import|url\(|<link\b", page.split("</head>")[0])


def test_events_carry_time_and_classes(seed_timeline: Timeline) -> None:
    page = render(seed_timeline, "html")
    assert re.search(
        r'<li id="event-2025-w08-riyadh" class="timeline-event"><time class="timeline-date" '
        r'datetime="2025-W08" title="“Last week”: published 2025-02-24 \(inferred\)" tabindex="0">'
        r"week of 17 Feb 2025</time>",
        page,
    )
    assert re.search(r'<time class="timeline-date" datetime="1970" title="[^"]+" tabindex="0">1970s</time>', page)
    assert '<h2 class="timeline-period">2022</h2>' in page
    assert '<h3 class="timeline-month">February 2025</h3>' in page
    planned = '<li id="event-2025-05-moscow-visit" class="timeline-event timeline-event--planned">'
    assert planned in page
    assert '<ul class="timeline-events timeline-events--planned">' in page
    assert page.count('class="timeline-event"') + page.count('class="timeline-event ') == len(seed_timeline.events)


def test_sources_are_links_within_the_page(seed_timeline: Timeline) -> None:
    page = render(seed_timeline, "html")
    targets = set(re.findall(r'href="#([^"]+)"', page))
    ids = set(re.findall(r' id="([^"]+)"', page))
    assert targets and targets <= ids
    assert '<a href="https://potusnews.example/2025/02/24/xi-reaffirms-ties-with-russia" rel="nofollow' in page


def test_fragment_has_prefixed_ids_demoted_headings_and_json_ld(seed_timeline: Timeline) -> None:
    fragment = render_fragment(seed_timeline, id_prefix="t1-")
    assert fragment.startswith('<div class="timeline">\n<h2 class="timeline-title">')
    assert "<h1" not in fragment
    assert set(re.findall(r'href="#([^"]+)"', fragment)) <= set(re.findall(r' id="([^"]+)"', fragment))
    assert all(value.startswith("t1-") for value in re.findall(r' id="([^"]+)"', fragment))
    data = json.loads(fragment.split('<script type="application/ld+json">')[1].split("</script>")[0])
    events = data["@graph"]
    assert len(events) == len(seed_timeline.events)
    call = next(event for event in events if event["identifier"] == "2025-02-24-call")
    assert call["@type"] == "Event"
    assert call["startDate"] == "2025-02-24"
    assert "endDate" not in call
    assert [article["publisher"]["name"] for article in call["subjectOf"] if "publisher" in article] == [
        "The Straits Times",
        "POTUS News",
    ]
    week = next(event for event in events if event["identifier"] == "2025-w08-riyadh")
    assert (week["startDate"], week["endDate"]) == ("2025-W08", "2025-02-23")
    planned = next(event for event in events if event["identifier"] == "2025-05-moscow-visit")
    assert planned["eventStatus"] == "https://schema.org/EventScheduled"


def test_html_is_deterministic(seed_timeline: Timeline) -> None:
    assert render(seed_timeline, "html") == render(seed_timeline, "html")
    assert render(seed_timeline, "html-fragment") == render(seed_timeline, "html-fragment")
