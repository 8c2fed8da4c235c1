"""Hand-curated events files become timelines that render like built ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.curated import timeline_from_document
from timeline.render import FORMATS, render
from timeline.validation import InvalidDocument, load_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render"


def test_events_file_becomes_a_timeline() -> None:
    timeline = timeline_from_document(load_document(FIXTURES / "curated_events.yaml"))
    assert timeline.title == "Xi and Putin, a short chronology"
    assert [article.outlet for article in timeline.articles] == ["The Straits Times", "POTUS News"]
    call = timeline.events[1]
    assert [source.article for source in call.sources] == ["source-1", "source-2"]
    assert call.sources[0].quote.startswith("Three years to the day")
    assert timeline.events[2].status == "planned"
    assert timeline.articles[1].published.method == "given"


def test_ids_are_stable_and_every_format_renders() -> None:
    first = timeline_from_document(load_document(FIXTURES / "curated_events.yaml"))
    second = timeline_from_document(load_document(FIXTURES / "curated_events.yaml"))
    assert [event.id for event in first.events] == [event.id for event in second.events]
    assert all(event.id.startswith("curated-") for event in first.events)
    for fmt in FORMATS:
        assert render(first, fmt)


def test_invalid_document_lists_its_problems() -> None:
    with pytest.raises(InvalidDocument) as raised:
        timeline_from_document({"events": [{"text": 1}]}, source="mine.yaml")
    assert [str(problem) for problem in raised.value.problems] == [
        '/events/0: missing required fields "date", "sources"',
        "/events/0/text: expected text, found 1",
    ]
    assert str(raised.value).startswith("mine.yaml: ")
