"""`timeline articles`: one JSON line per article on stdout, the run report on stderr."""

from __future__ import annotations

import json

from click.testing import CliRunner

from timeline.cli import cli

FIELDS = {"id", "title", "outlet", "url", "language", "published", "text"}


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, ["articles", *args], input=stdin)


def test_one_json_line_per_article_with_the_contract_fields(seeds):
    result = run(str(seeds))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert len(lines) == 5
    assert all(set(line) == FIELDS for line in lines)
    assert lines[0]["published"] == {
        "date": "2025-02-26",
        "method": "text",
        "evidence": "The Straits Times | February 26, 2025 (header)",
    }
    assert "5 read, 0 skipped, 0 error of 5 input(s)" in result.stderr
    assert "warning: 002_f34e8722ec8e6ff4: no publish date printed or given" in result.stderr


def test_bad_inputs_are_reported_on_stderr_not_printed_and_do_not_fail_the_run(fixtures):
    result = run(str(fixtures / "empty.txt"), str(fixtures / "binary.txt"), str(fixtures / "article.md"))
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["article"]
    assert "empty.txt: empty" in result.stderr
    assert "binary.txt: binary" in result.stderr


def test_exit_code_when_nothing_could_be_read_or_strict(fixtures):
    assert run(str(fixtures / "empty.txt")).exit_code == 1
    assert run("--strict", str(fixtures / "feed.jsonl")).exit_code == 1
    assert run(str(fixtures / "feed.jsonl")).exit_code == 0


def test_published_option_for_one_path_and_bad_value(fixtures):
    note = str(fixtures / "mixed" / "a-note.txt")
    result = run(note, "--published", f"{note}=2025-03-04")
    assert json.loads(result.stdout)["published"]["method"] == "given"
    bad = run(note, "--published", "March 4")
    assert bad.exit_code == 2
    assert "expected [PATH=]YYYY-MM-DD" in bad.stderr


def test_stdin_dash():
    result = run("-", stdin='{"id": "piped", "text": "Piped in on Monday, as a test."}')
    assert json.loads(result.stdout)["id"] == "piped"


def test_report_counts_kept_and_dropped_characters_and_verbose_lists_dropped_lines(fixtures):
    path = str(fixtures / "two_pasted_pages.txt")
    result = run(path)
    assert "2 article(s)" in result.stderr and "characters kept" in result.stderr
    assert "dropped as page chrome" in result.stderr and "dropped (" not in result.stderr
    verbose = run(path, "-v")
    assert "dropped (repeated): Gå ubegrenset med Magzter GOLD" in verbose.stderr


def test_default_published_fills_in_only_where_none_is_found(seeds):
    result = run(str(seeds), "--default-published", "2020-01-01")
    published = {json.loads(line)["id"]: json.loads(line)["published"] for line in result.stdout.splitlines()}
    assert published["000_d590fcc5af1471fb"]["date"] == "2025-02-26"
    assert published["002_f34e8722ec8e6ff4"] == {
        "date": "2020-01-01",
        "method": "given",
        "evidence": "--default-published 2020-01-01",
    }


def test_published_for_a_path_that_is_not_an_input_is_an_error(seeds):
    result = run(str(seeds / "000_d590fcc5af1471fb.txt"), "--published", "nothere.txt=2020-01-01")
    assert result.exit_code == 2
    assert "'nothere.txt', which is not among the inputs read" in result.output
    assert not result.stdout.strip().startswith("{")
