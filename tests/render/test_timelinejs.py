"""TimelineJS3 output, checked against the rules TimelineJS3's TimelineConfig applies on load."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from timeline.models import Timeline
from timeline.render import render

DATE_KEYS = ("year", "month", "day")


def as_date(parts: dict[str, int]) -> dt.date:
    return dt.date(parts["year"], parts.get("month", 1), parts.get("day", 1))


def assert_accepted_by_timelinejs(document: dict[str, Any]) -> None:
    """TimelineConfig.addEvent: start_date required (with a year); _processDates: an end equal to the start is
    redundant; _assignID: unique_ids unique (slugified, so keep them slugs); text fields are strings."""
    ids = [slide["unique_id"] for slide in document["events"]]
    assert len(ids) == len(set(ids))
    for slide in document["events"]:
        start = slide["start_date"]
        assert isinstance(start["year"], int)
        assert set(start) <= set(DATE_KEYS)
        as_date(start)
        if "end_date" in slide:
            assert slide["end_date"] != start
            assert as_date(slide["end_date"]) >= as_date(start)
        assert isinstance(slide["text"]["headline"], str) and isinstance(slide["text"]["text"], str)
        assert isinstance(slide["display_date"], str) and isinstance(slide["group"], str)


def test_output_follows_timelinejs_rules(seed_timeline: Timeline) -> None:
    document = json.loads(render(seed_timeline, "timelinejs"))
    assert_accepted_by_timelinejs(document)
    assert len(document["events"]) == len(seed_timeline.events)
    assert document["title"]["text"]["headline"] == "Xi and Putin reaffirm their alliance (Feb 2025)"


def test_dates_only_to_known_precision(seed_timeline: Timeline) -> None:
    slides = {slide["unique_id"]: slide for slide in json.loads(render(seed_timeline, "timelinejs"))["events"]}
    call = slides["event-2025-02-24-call"]
    assert call["start_date"] == {"year": 2025, "month": 2, "day": 24}
    assert "end_date" not in call
    week = slides["event-2025-w08-riyadh"]
    assert (week["start_date"], week["end_date"]) == (
        {"year": 2025, "month": 2, "day": 17},
        {"year": 2025, "month": 2, "day": 23},
    )
    early = slides["event-2022-early-feb-olympics"]
    assert early["start_date"] == {"year": 2022, "month": 2}
    assert "end_date" not in early
    assert early["display_date"] == "early Feb 2022"
    assert slides["event-2019-good-neighbours"]["start_date"] == {"year": 2019}
    decade = slides["event-1970s-sino-soviet"]
    assert (decade["start_date"], decade["end_date"], decade["display_date"]) == (
        {"year": 1970},
        {"year": 1979},
        "1970s",
    )


def test_groups_headline_and_sources(seed_timeline: Timeline) -> None:
    slides = {slide["unique_id"]: slide for slide in json.loads(render(seed_timeline, "timelinejs"))["events"]}
    assert slides["event-2025-05-moscow-visit"]["group"] == "Planned and expected"
    assert slides["event-2025-02-24-call"]["group"] == "Events"
    munich = slides["event-2025-02-early-munich"]
    assert munich["text"]["headline"].endswith(" …")
    assert len(munich["text"]["headline"]) <= 92
    text = slides["event-2025-02-24-call"]["text"]["text"]
    assert text.count("<li>") == 3
    assert '<a href="https://potusnews.example/2025/02/24/xi-reaffirms-ties-with-russia"' in text
    assert "The Straits Times, 26 Feb 2025" in text
