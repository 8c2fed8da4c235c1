"""The HTML page in a real browser: every event visible, no console errors, no network, a screenshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline.models import Timeline
from timeline.render import render
from timeline.render.markdown import event_anchor

chromium = pytest.importorskip("tests.render.chromium", reason="websocket-client is not installed")

pytestmark = pytest.mark.skipif(
    not chromium.CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
)

VISIBLE_EVENTS = """JSON.stringify([...document.querySelectorAll('.timeline-event')].map(item => {
  const box = item.getBoundingClientRect();
  const time = item.querySelector('time');
  return {id: item.id, visible: item.checkVisibility() && box.width > 0 && box.height > 0,
          datetime: time && time.getAttribute('datetime'), date: time && time.textContent};
}))"""


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "seed-timeline" / "timeline.json"


@pytest.fixture(params=["fixture", "example"])
def timeline_to_show(request: pytest.FixtureRequest, seed_timeline: Timeline) -> Timeline:
    """The hand-made fixture, and the seed timeline the pipeline built (examples/regenerate.sh)."""
    if request.param == "fixture":
        return seed_timeline
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} not generated yet (examples/regenerate.sh)")
    return Timeline.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))


def test_page_in_headless_chromium(timeline_to_show: Timeline, tmp_path: Path) -> None:
    page_path = tmp_path / "timeline.html"
    page_path.write_text(render(timeline_to_show, "html"), encoding="utf-8")
    url = page_path.as_uri()
    with chromium.open_page(tmp_path / "profile") as page:
        page.send("Page.navigate", url=url)
        page.wait_for("Page.loadEventFired")
        shown = json.loads(page.evaluate(VISIBLE_EVENTS))
        screenshot = Path(os.environ.get("TIMELINE_SCREENSHOT", tmp_path / "timeline.png"))
        page.screenshot(screenshot)
        events = page.events
    assert sorted(item["id"] for item in shown) == sorted(event_anchor(event) for event in timeline_to_show.events)
    assert all(item["visible"] and item["datetime"] and item["date"] for item in shown), shown
    errors = [
        e
        for e in events
        if e.get("method") in ("Runtime.exceptionThrown", "Log.entryAdded", "Runtime.consoleAPICalled")
    ]
    assert errors == []
    requested = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    assert requested == [url]
    assert screenshot.stat().st_size > 10_000


def test_fixture_dates_reach_the_browser(seed_timeline: Timeline, tmp_path: Path) -> None:
    page_path = tmp_path / "timeline.html"
    page_path.write_text(render(seed_timeline, "html"), encoding="utf-8")
    with chromium.open_page(tmp_path / "profile") as page:
        page.send("Page.navigate", url=page_path.as_uri())
        page.wait_for("Page.loadEventFired")
        shown = json.loads(page.evaluate(VISIBLE_EVENTS))
    week = {"id": "event-2025-w08-riyadh", "visible": True, "datetime": "2025-W08", "date": "week of 17 Feb 2025"}
    assert week in shown


def test_page_fits_a_phone_screen(seed_timeline: Timeline, tmp_path: Path) -> None:
    page_path = tmp_path / "timeline.html"
    page_path.write_text(render(seed_timeline, "html"), encoding="utf-8")
    with chromium.open_page(tmp_path / "profile", width=375, height=800) as page:
        page.send("Page.navigate", url=page_path.as_uri())
        page.wait_for("Page.loadEventFired")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        page.screenshot(tmp_path / "phone.png")
    assert overflow <= 0


WHERE = """(() => {{
  const time = document.querySelector('#{anchor} time');
  time.scrollIntoView();
  const box = time.getBoundingClientRect();
  return JSON.stringify({{x: box.left + box.width / 2, y: box.top + box.height / 2}});
}})()"""
UNDER_POINTER = """JSON.stringify((() => {
  const hovered = [...document.querySelectorAll(':hover')].pop();
  const focused = document.activeElement;
  return {hovered: hovered && hovered.getAttribute('title'), focused: focused && focused.getAttribute('title'),
          cursor: hovered && getComputedStyle(hovered).cursor};
})())"""


def test_pointing_at_a_date_shows_the_words_and_anchor_behind_it(seed_timeline: Timeline, tmp_path: Path) -> None:
    """Hover over the Riyadh meeting's date, then click it: the page says "“Last week”: published 2025-02-24"."""
    page_path = tmp_path / "timeline.html"
    page_path.write_text(render(seed_timeline, "html"), encoding="utf-8")
    with chromium.open_page(tmp_path / "profile") as page:
        page.send("Page.navigate", url=page_path.as_uri())
        page.wait_for("Page.loadEventFired")
        point = json.loads(page.evaluate(WHERE.format(anchor="event-2025-w08-riyadh")))
        page.send("Input.dispatchMouseEvent", type="mouseMoved", **point)
        for kind in ("mousePressed", "mouseReleased"):
            page.send("Input.dispatchMouseEvent", type=kind, button="left", clickCount=1, **point)
        shown = json.loads(page.evaluate(UNDER_POINTER))
    explanation = "“Last week”: published 2025-02-24 (inferred)"
    assert shown == {"hovered": explanation, "focused": explanation, "cursor": "help"}
