"""JSON output: the contract of DESIGN.md, byte-identical for the same input.

Template openers in strings are written as \\u escapes (safety.inert_json): the data is unchanged,
but a site generator that runs the file itself through a template engine finds no code in it.
"""

from __future__ import annotations

import json

from timeline.models import Timeline
from timeline.render.ordering import sorted_events
from timeline.render.safety import inert_json


def render(timeline: Timeline) -> str:
    ordered = timeline.model_copy(update={"events": sorted_events(timeline.events)})
    return inert_json(json.dumps(ordered.model_dump(mode="json"), ensure_ascii=False, indent=2)) + "\n"
