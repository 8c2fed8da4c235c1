"""The HTML page in a real browser: every event visible, no console errors, no network, a screenshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline.models import Timeline
from timeline.render import render

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


def test_page_in_headless_chromium(seed_timeline: Timeline, tmp_path: Path) -> None:
    page_path = tmp_path / "timeline.html"
    page_path.write_text(render(seed_timeline, "html"), encoding="utf-8")
    url = page_path.as_uri()
    with chromium.open_page(tmp_path / "profile") as page:
        page.send("Page.navigate", url=url)
        page.wait_for("Page.loadEventFired")
        shown = json.loads(page.evaluate(VISIBLE_EVENTS))
        screenshot = Path(os.environ.get("TIMELINE_SCREENSHOT", tmp_path / "timeline.png"))
        page.screenshot(screenshot)
        events = page.events
    assert sorted(item["id"] for item in shown) == sorted(f"event-{event.id}" for event in seed_timeline.events)
    assert all(item["visible"] for item in shown), [item for item in shown if not item["visible"]]
    assert {
        "id": "event-2025-w08-riyadh",
        "visible": True,
        "datetime": "2025-W08",
        "date": "week of 17 Feb 2025",
    } in shown
    errors = [
        e
        for e in events
        if e.get("method") in ("Runtime.exceptionThrown", "Log.entryAdded", "Runtime.consoleAPICalled")
    ]
    assert errors == []
    requested = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    assert requested == [url]
    assert screenshot.stat().st_size > 10_000


def test_page_fits_a_phone_screen(seed_timeline: Timeline, tmp_path: Path) -> None:
    page_path = tmp_path / "timeline.html"
    page_path.write_text(render(seed_timeline, "html"), encoding="utf-8")
    with chromium.open_page(tmp_path / "profile", width=375, height=800) as page:
        page.send("Page.navigate", url=page_path.as_uri())
        page.wait_for("Page.loadEventFired")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        page.screenshot(tmp_path / "phone.png")
    assert overflow <= 0
