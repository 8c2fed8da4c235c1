"""Issue 13's command-line frictions, each as a user meets it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
COMMANDS = ("build", "render", "validate", "schema", "articles", "tag")


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_build_pipes_into_render_and_validate_through_stdin() -> None:
    command = [sys.executable, "-c", "from timeline.cli import main; main()"]
    built = subprocess.run([*command, "build", str(SEEDS), "--format", "json"], capture_output=True, check=True)
    rendered = subprocess.run(
        [*command, "render", "-", "--format", "html"], input=built.stdout, capture_output=True, check=False
    )
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout.startswith(b"<!DOCTYPE html>") and b"Xi" in rendered.stdout
    validated = subprocess.run([*command, "validate", "-"], input=built.stdout, capture_output=True, check=False)
    assert validated.returncode == 0, validated.stderr


def test_render_reads_a_yaml_events_file_on_stdin() -> None:
    events = "events:\n  - date: 2024-03-12\n    text: The law passed.\n    sources: [{title: Gazette}]\n"
    result = invoke("render", "-", "--format", "json", stdin=events)
    assert result.exit_code == 0, result.output
    (event,) = json.loads(result.stdout)["events"]
    assert (event["date"]["value"], event["date"]["earliest"], event["date"]["latest"]) == (
        "2024-03-12",
        "2024-03-12",
        "2024-03-12",
    )


def test_tag_reads_plain_text_on_stdin_dated_by_published() -> None:
    result = invoke("tag", "--published", "2025-02-26", stdin="Xi and Putin spoke on Monday.\n")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    answer = json.loads(line)
    assert answer["id"] == "stdin"
    assert [(m["text"], m["value"]) for m in answer["mentions"]] == [("Monday", "2025-02-24")]


def test_tag_reads_plain_text_files_each_with_its_publish_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks began yesterday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The talks began yesterday.", encoding="utf-8")
    result = invoke("tag", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--published", "a.txt=2025-02-26")
    assert result.exit_code == 0, result.output
    a, b = (json.loads(line) for line in result.stdout.splitlines())
    assert [m["value"] for m in a["mentions"]] == ["2025-02-25"]
    assert b["mentions"] == [] and [u["text"] for u in b["unanchored"]] == ["yesterday"]


def test_tag_finds_a_file_named_by_its_absolute_path_in_published(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks began yesterday.", encoding="utf-8")
    path = str((tmp_path / "a.txt").resolve())
    result = invoke("tag", str(tmp_path / "a.txt"), "--published", f"{path}=2025-02-26")
    assert result.exit_code == 0, result.output
    assert [m["value"] for m in json.loads(result.stdout)["mentions"]] == ["2025-02-25"]


def test_tag_refuses_a_published_path_that_names_no_file_tagged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks began yesterday.", encoding="utf-8")
    result = invoke("tag", str(tmp_path / "a.txt"), "--published", "b.txt=2025-02-26")
    assert result.exit_code == 2
    assert "'b.txt', which is not among the files tagged" in result.output


def test_tag_language_option_is_case_insensitive_like_the_json_field() -> None:
    result = invoke("tag", "--language", "DE", "--published", "2025-02-26", stdin="Am Montag trat er zurück.\n")
    assert result.exit_code == 0, result.output
    assert [m["value"] for m in json.loads(result.stdout)["mentions"]] == ["2025-02-24"]


def test_tag_does_not_choose_a_language_by_digits_alone() -> None:
    """English reads "2000" before "people" as a count; a short line is not handed to another grammar that
    would read it as a year: digits say nothing of the language."""
    result = invoke("tag", "--published", "2025-03-12", stdin="The company employs 2000 people.\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["mentions"] == []


def test_tag_still_speaks_json_lines() -> None:
    line = json.dumps({"id": "1", "text": "He left on Monday.", "published": "2025-02-26"})
    result = invoke("tag", stdin=line + "\n")
    assert json.loads(result.stdout)["mentions"][0]["value"] == "2025-02-24"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_has_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    examples = result.stdout.split("Examples:", 1)[1]
    assert f"timeline {command}" in examples


def test_missing_input_file_of_render_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = invoke("render", str(tmp_path / "nope.json"))
    assert result.exit_code == 1
    assert "nope.json: cannot read: No such file or directory" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_the_run_report_does_not_call_an_inferred_date_missing() -> None:
    result = invoke("build", str(SEEDS), "--format", "json")
    inferred = [a["id"] for a in json.loads(result.stdout)["articles"] if a["published"]["method"] == "inferred"]
    assert inferred  # the seed corpus has articles dated from the others
    for article_id in inferred:
        notes = [line for line in result.stderr.splitlines() if f"warning: {article_id}:" in line]
        assert notes == [f"        warning: {article_id}: publish date inferred from other articles"]


def test_readme_points_only_to_files_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "DESIGN.md" not in readme
    assert (ROOT / "docs" / "architecture.md").exists()
    assert "docs/architecture.md" in readme


def test_validate_on_stdin_names_stdin_and_the_field() -> None:
    events = '{"events": [{"date": "2025-02-30", "text": "The law passed.", "sources": [{"title": "Gazette"}]}]}'
    result = invoke("validate", "-", stdin=events)
    assert result.exit_code == 1
    assert result.stdout.startswith('stdin: /events/0/date: "2025-02-30" is not a date')


def test_tag_on_a_fifo_is_one_line_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = invoke("tag", str(fifo))
    assert result.exit_code == 1
    assert f"{fifo}: cannot read: a FIFO (named pipe), not read" in result.stderr
