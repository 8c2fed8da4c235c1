"""`validate` accepts exactly what `render` renders; YAML and JSON that could hurt are refused by line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.curated import timeline_from_document
from timeline.errors import InputError
from timeline.markdown_plugin import fence_html
from timeline.render import FORMATS, render
from timeline.validation import InvalidDocument, check_file, parse_document, problems

ROOT = Path(__file__).resolve().parents[2]


def events_file(date: object) -> dict[str, object]:
    return {"events": [{"date": date, "text": "The law passed.", "sources": [{"title": "Gazette"}]}]}


@pytest.mark.parametrize(
    ("date", "pointer", "words"),
    [
        ({"value": "2025-02-30", "earliest": "2025-02-24", "latest": "2025-02-24", "granularity": "day"},
         "/events/0/date/value", "cannot be read as a day"),
        ({"value": "2025-W60", "earliest": "2025-02-24", "latest": "2025-03-02", "granularity": "week"},
         "/events/0/date/value", "cannot be read as a week"),
        ({"value": "2025-02-24", "earliest": "2025-02-26", "latest": "2025-02-24", "granularity": "day"},
         "/events/0/date", "earliest 2025-02-26 is after latest 2025-02-24"),
        ("2025-02-30", "/events/0/date", "is not a date"),
    ],
)  # fmt: skip
def test_what_render_cannot_show_is_refused_by_validate_with_its_pointer(
    date: object, pointer: str, words: str
) -> None:
    (problem,) = problems(events_file(date))
    assert problem.pointer == pointer and words in problem.message
    with pytest.raises(InvalidDocument):
        timeline_from_document(events_file(date))


def test_an_event_lasting_to_the_end_of_9999_validates_and_renders_everywhere() -> None:
    document = events_file({"value": "2025-02-24", "earliest": "2025-02-24", "latest": "9999-12-31"})
    assert problems(document) == []
    timeline = timeline_from_document(document)
    days = (dt.date.max - dt.date(2025, 2, 24)).days + 1
    assert f"DURATION:P{days}D" in render(timeline, "ics")  # DTEND would be 10000-01-01, no date
    assert all(render(timeline, fmt) for fmt in FORMATS)


def test_a_plain_date_is_that_day() -> None:
    timeline = timeline_from_document(events_file("2024-03-12"))
    (event,) = timeline.events
    assert (event.date.value, event.date.earliest, event.date.latest) == (
        "2024-03-12",
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 12),
    )
    assert "12 Mar 2024" in render(timeline, "markdown")


def test_the_projects_own_timelinejs_file_is_refused_with_a_reason_and_checkable_as_timelinejs() -> None:
    path = ROOT / "examples" / "seed-timeline" / "timelinejs.json"
    (problem,) = check_file(path)
    assert "cannot be rendered again" in problem.message
    assert check_file(path, "timelinejs") == []


DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date.max)
VALUES = st.one_of(
    DAYS.map(dt.date.isoformat),
    st.from_regex(r"\A\d{4}-(W\d{2}|\d{2}|\d{2}-\d{2}|Q[1-5]|H[1-3]|SP|SU|FA|WI)\Z"),
    st.from_regex(r"\A\d{2,3}\Z"),
    st.sampled_from(["PRESENT_REF", "P3Y", "2025-02-24T10:00"]),
)
TIME_VALUES = st.fixed_dictionaries(
    {"value": VALUES},
    optional={
        "earliest": DAYS.map(dt.date.isoformat),
        "latest": DAYS.map(dt.date.isoformat),
        "granularity": st.sampled_from(
            ["time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]
        ),
        "mod": st.sampled_from(["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN"]),
        "approximate": st.booleans(),
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TIME_VALUES, DAYS.map(dt.date.isoformat)))
def test_every_file_validate_accepts_renders_in_every_format(date: object) -> None:
    document = events_file(date)
    if problems(document):
        return
    timeline = timeline_from_document(document)
    for fmt in FORMATS:
        render(timeline, fmt)


def test_the_seed_timeline_validates_and_renders() -> None:
    document = json.loads((ROOT / "examples" / "seed-timeline" / "timeline.json").read_text(encoding="utf-8"))
    assert problems(document) == []
    assert all(render(timeline_from_document(document), fmt) for fmt in FORMATS)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: !!timestamp 2025-02-24\n", 1, "tag tag:yaml.org,2002:timestamp is not supported"),
        ("a: 1\nb: !!float 1.5\n", 2, "tag tag:yaml.org,2002:float is not supported"),
        ("a: !!binary aGVsbG8=\n", 1, "not supported"),
        ("a: !!set {x, y}\n", 1, "not supported"),
        ("a: &x [*x]\n", 1, "circular alias"),
        ("a: " + "1" * 5000 + "\n", 1, "more than 4300 digits"),
        ("a: " + "[" * 100 + "]" * 100 + "\n", 1, "nested more than 64 levels"),
        ("a: &a [x, x, x, x, x, x]\n"
         + "".join(f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
                   for p, n in zip("abcdefgh", "bcdefghi", strict=True)), 8, "expand it past 1,000,000 values"),
    ],
)  # fmt: skip
def test_yaml_that_could_hurt_is_refused_with_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_document(text, "yaml", source="events.yaml")
    assert caught.value.line == line and words in str(caught.value) and "events.yaml" in str(caught.value)


def test_alias_budget() -> None:
    text = "a: &a x\nb: [" + ", ".join(["*a"] * 51) + "]\n"
    with pytest.raises(InputError, match="more than 50 aliases"):
        parse_document(text, "yaml", source="events.yaml")
    assert parse_document("a: &a x\nb: [*a, *a]\n", "yaml") == {"a": "x", "b": ["x", "x"]}


@pytest.mark.parametrize(
    ("text", "words"),
    [('{"a": ' + "9" * 5000 + "}", "more than 4300 digits"), ("[" * 100_000 + "]" * 100_000, "nested more than")],
)
def test_json_that_could_hurt_is_refused(text: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        parse_document(text, "json", source="t.json")


def test_a_markdown_fence_with_an_alias_bomb_is_an_error_box_at_once() -> None:
    lines = ["a: &a [x, x, x, x, x, x]"]
    lines += [f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}]" for p, n in zip("abcdefgh", "bcdefghi", strict=True)]
    html = fence_html("\n".join(lines))
    assert 'class="timeline-error"' in html and "expand it past 1,000,000 values" in html
