"""JSON output: the contract of DESIGN.md, byte-identical for the same input."""

from __future__ import annotations

import json

from timeline.models import Timeline
from timeline.render.ordering import sorted_events


def render(timeline: Timeline) -> str:
    ordered = timeline.model_copy(update={"events": sorted_events(timeline.events)})
    return json.dumps(ordered.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
