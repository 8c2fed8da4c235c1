"""`timeline validate`: every error with its JSON pointer and a plain sentence, exit 1 on any."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.models import Timeline
from timeline.render import render

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["validate", *args])
    return result.exit_code, result.output


def test_valid_files_pass(seed_timeline: Timeline, tmp_path: Path) -> None:
    written = tmp_path / "timeline.json"
    written.write_text(render(seed_timeline, "json"), encoding="utf-8")
    code, output = run(str(written), str(FIXTURES / "curated_events.yaml"), str(FIXTURES / "seed_timeline.json"))
    assert code == 0, output
    assert output.count(": valid") == 3


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bad_date.yaml", '/events/0/date/earliest: "2025-02-30" is not a date written YYYY-MM-DD'),
        ("missing_field.json", '/events/0: missing required field "text"'),
        ("unknown_format.csv", "unknown file format '.csv': expected .json, .yaml or .yml"),
        ("unknown_granularity.yaml", '/events/0/date/granularity: "fortnight" is not one of: "time", "day"'),
    ],
)
def test_invalid_file_gets_a_pointed_message(name: str, expected: str) -> None:
    code, output = run(str(FIXTURES / "invalid" / name))
    assert code == 1
    assert f"{FIXTURES / 'invalid' / name}: {expected}" in output


def test_every_error_is_reported_and_one_bad_file_fails_the_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "events:\n"
        "  - date: {value: '2025-02-24', earliest: 2025-02-24, granularity: daily}\n"
        "    text: 3\n"
        "    sources: [{title: A, colour: red}]\n",
        encoding="utf-8",
    )
    code, output = run(str(FIXTURES / "curated_events.yaml"), str(bad))
    assert code == 1
    lines = [line.removeprefix(f"{bad}: ") for line in output.splitlines() if line.startswith(str(bad))]
    assert lines == [
        '/events/0/date/granularity: "daily" is not one of: "time", "day", "week", "month", "quarter", '
        '"half", "season", "year", "decade", "century"',
        '/events/0/sources/0: unknown field "colour"; allowed fields: "outlet", "published", "quote", "title", "url"',
        "/events/0/text: expected text, found 3",
    ]


def test_timeline_with_wrong_version_and_broken_source(seed_timeline: Timeline, tmp_path: Path) -> None:
    text = render(seed_timeline, "json").replace('"schema_version": "1"', '"schema_version": "2"', 1)
    text = text.replace('"quote": "Shortly before', '"quotation": "Shortly before', 1)
    path = tmp_path / "timeline.json"
    path.write_text(text, encoding="utf-8")
    code, output = run(str(path))
    assert code == 1
    assert '/schema_version: "2" is not supported; use "1"' in output
    assert '/events/3/sources/1: missing required field "quote"' in output


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"events": [\n  {"text": "x",}\n]}\n', encoding="utf-8")
    code, output = run(str(path))
    assert code == 1
    assert f"{path}:2: not valid JSON" in output


def test_every_json_format_the_tool_writes_validates(seed_timeline: Timeline, tmp_path: Path) -> None:
    for fmt, kind in (("json", ()), ("timelinejs", ("--kind", "timelinejs"))):
        path = tmp_path / f"{fmt}.json"
        path.write_text(render(seed_timeline, fmt), encoding="utf-8")
        code, output = run(str(path), *kind)
        assert code == 0, output
        assert output.count(": valid") == 1


def test_timelinejs_slide_without_a_year_is_an_error(seed_timeline: Timeline, tmp_path: Path) -> None:
    path = tmp_path / "slides.json"
    path.write_text(render(seed_timeline, "timelinejs").replace('"year": ', '"years": ', 1), encoding="utf-8")
    code, output = run(str(path))
    assert code == 1
    assert '/events/0/start_date: missing required field "year"' in output
