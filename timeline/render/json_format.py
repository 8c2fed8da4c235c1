"""JSON output: the contract of DESIGN.md, byte-identical for the same input."""

from __future__ import annotations

import json

from timeline.models import Timeline


def render(timeline: Timeline) -> str:
    return json.dumps(timeline.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
