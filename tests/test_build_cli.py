"""`timeline build`: inputs to a timeline on stdout or in a file, the run report on stderr."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
CHECK = ROOT / ".." / "shared" / "seeds" / "check.py"

CALL = (
    "---\ntitle: {title}\ndate: {date}\n---\n"
    "Xi and Putin held a video call on Monday. Xi is set to visit Moscow in May.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(CALL.format(title="Call", date="2025-02-24"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Xi praised the partnership on Tuesday.\n", encoding="utf-8")
    return tmp_path


def build(*args: str) -> object:
    return CliRunner().invoke(cli, ["build", *args])


def test_json_on_stdout_and_the_run_report_on_stderr(corpus: Path) -> None:
    result = build(str(corpus / "a.md"), str(corpus / "b.txt"), "--format", "json", "--title", "Talks")
    assert result.exit_code == 0, result.stderr
    timeline = json.loads(result.stdout)
    assert timeline["title"] == "Talks"
    assert [a["id"] for a in timeline["articles"]] == ["a", "b"]
    assert [(e["date"]["value"], e["status"]) for e in timeline["events"]] == [
        ("2025-02-24", "occurred"),
        ("2025-05", "planned"),
    ]
    assert [(u["article"], u["reason"]) for u in timeline["unanchored"]] == [("b", "no publish date")]
    assert "a.md" in result.stderr and "2 read" in result.stderr


def test_markdown_is_the_default_and_output_can_go_to_a_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.md"
    result = build(str(corpus / "a.md"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "Moscow" in out.read_text(encoding="utf-8")


def test_published_option_dates_an_undated_input(corpus: Path) -> None:
    result = build(str(corpus / "b.txt"), "--format", "json", "--published", "2025-02-26")
    timeline = json.loads(result.stdout)
    assert timeline["articles"][0]["published"]["method"] == "given"
    assert [e["date"]["value"] for e in timeline["events"]] == ["2025-02-25"]


def test_a_bad_published_date_is_a_usage_error_naming_the_option(corpus: Path) -> None:
    result = build(str(corpus / "b.txt"), "--published", "26/02/2025")
    assert result.exit_code == 2
    assert "--published" in result.stderr


def test_an_unreadable_input_is_reported_and_only_strict_fails(corpus: Path) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    lenient = build(str(corpus / "a.md"), str(corpus / "empty.txt"), "--format", "json")
    assert lenient.exit_code == 0
    assert "empty.txt" in lenient.stderr
    strict = build(str(corpus / "a.md"), str(corpus / "empty.txt"), "--format", "json", "--strict")
    assert strict.exit_code == 1


def test_nothing_readable_fails(corpus: Path) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    assert build(str(corpus / "empty.txt")).exit_code == 1


def test_an_unknown_format_is_refused_with_the_choices(corpus: Path) -> None:
    result = build(str(corpus / "a.md"), "--format", "pdf")
    assert result.exit_code == 2
    assert "json" in result.stderr


def test_the_seed_timeline_passes_every_must_of_the_shared_check() -> None:
    """The quality gate of issue 4: every 'must', at least 6 'should', no page chrome."""
    if not CHECK.exists() or not SEEDS:
        pytest.skip(f"seed check not found at {CHECK} or seeds missing under examples/seeds")
    spec = importlib.util.spec_from_file_location("seed_check", CHECK)
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    result = build(*map(str, SEEDS), "--format", "json")
    tally, lines = check.check(
        json.loads(result.stdout), json.loads(CHECK.with_name("expected.json").read_text()), False
    )
    assert tally["must"][0] == tally["must"][1], lines
    assert tally["should"][0] >= 6, lines
    assert (tally["chrome"], tally["forbidden"]) == (0, 0), lines
    assert tally["articles"][0] == tally["articles"][1], lines
