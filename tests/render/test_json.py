"""JSON output: DESIGN.md's contract, sorted, byte-identical, valid against schemas/."""

from __future__ import annotations

import json
import random

from timeline.models import Timeline
from timeline.render import render
from timeline.render.ordering import sorted_events
from timeline.validation import problems


def shuffled(timeline: Timeline, seed: int) -> Timeline:
    events = list(timeline.events)
    random.Random(seed).shuffle(events)
    return timeline.model_copy(update={"events": events})


def test_events_sorted_by_earliest_latest_id(seed_timeline: Timeline) -> None:
    events = json.loads(render(shuffled(seed_timeline, 1), "json"))["events"]
    keys = [(event["date"]["earliest"], event["date"]["latest"], event["id"]) for event in events]
    assert keys == sorted(keys)
    week = [event["id"] for event in events if event["date"]["value"] == "2025-W08"]
    assert week == ["2025-w08-inform-partners", "2025-w08-riyadh"]


def test_byte_identical_whatever_the_input_order(seed_timeline: Timeline) -> None:
    outputs = {render(shuffled(seed_timeline, seed), "json").encode() for seed in range(5)}
    assert len(outputs) == 1


def test_contract_fields(seed_timeline: Timeline) -> None:
    document = json.loads(render(seed_timeline, "json"))
    assert document["schema_version"] == "1"
    article = document["articles"][0]
    assert {"id", "title", "outlet", "url", "published"} <= article.keys()
    assert article["published"] == {"date": "2025-02-26", "method": "text", "evidence": "February 26, 2025"}
    event = document["events"][0]
    assert {"id", "date", "text", "sources"} <= event.keys()
    assert {"value", "earliest", "latest", "granularity", "approximate"} <= event["date"].keys()
    assert {"article", "quote", "expression", "start", "end", "anchor"} <= event["sources"][0].keys()
    assert {"article", "quote", "expression", "reason"} <= document["unanchored"][0].keys()


def test_output_validates_and_reads_back(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "json")
    assert problems(json.loads(text)) == []
    assert Timeline.model_validate_json(text).events == sorted_events(seed_timeline.events)
