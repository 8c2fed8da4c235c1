"""`timeline render FILE --format F`: a built timeline or a curated events file in any format."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli
from timeline.models import Timeline
from timeline.render import render

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render"


def test_renders_a_timeline_file_as_build_would(seed_timeline: Timeline, tmp_path: Path) -> None:
    output = tmp_path / "timeline.ics"
    result = CliRunner().invoke(
        cli, ["render", str(FIXTURES / "seed_timeline.json"), "--format", "ics", "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    assert output.read_bytes() == render(seed_timeline, "ics").encode()


def test_renders_a_curated_events_file_to_stdout() -> None:
    result = CliRunner().invoke(cli, ["render", str(FIXTURES / "curated_events.yaml")])
    assert result.exit_code == 0
    assert result.output.startswith("# Xi and Putin, a short chronology\n")


def test_invalid_file_is_a_clear_error() -> None:
    result = CliRunner().invoke(cli, ["render", str(FIXTURES / "invalid" / "bad_date.yaml"), "--format", "html"])
    assert result.exit_code == 1
    assert 'bad_date.yaml: /events/0/date/earliest: "2025-02-30" is not a date' in result.output
