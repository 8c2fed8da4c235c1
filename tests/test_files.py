"""Files in and out: no input stalls a run, no failure costs the previous output, no output is read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.files import OutputError, write_output
from timeline.ingest import read_inputs
from timeline.markdown_plugin import fence_html

ARTICLE = "---\ntitle: Call\ndate: 2025-02-24\n---\nXi and Putin held a video call on Monday.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in a subprocess, so a blocking open would show as a timeout, not a hung suite."""
    command = [sys.executable, "-c", "from timeline.cli import main; main()", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
    )


def test_a_fifo_among_the_inputs_is_skipped_with_the_reason_not_waited_on(corpus: Path) -> None:
    os.mkfifo(corpus / "pipe.txt")
    result = run_cli("build", str(corpus), "--format", "json", timeout=30)
    assert result.returncode == 0, result.stderr
    assert "skipped " + str(corpus / "pipe.txt") + ": a FIFO (named pipe), not read" in result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a"]


def test_a_device_named_as_input_is_skipped() -> None:
    ingested = read_inputs(["/dev/zero"])
    assert [(r.status, r.reason) for r in ingested.inputs] == [("skipped", "a character device, not read")]


def test_a_fifo_named_in_a_markdown_fence_is_an_error_box_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "events.yaml")
    html = fence_html("events.yaml", base_dir=tmp_path)
    assert 'class="timeline-error"' in html and "FIFO" in html


def test_output_into_a_missing_folder_creates_it(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "site" / "data" / "timeline.json"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["articles"][0]["id"] == "a"


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/dev/full", "/dev/full: cannot write: No space left on device"),
        ("/proc/version", "/proc/version: cannot create files in /proc"),
        ("/proc/no-such-folder/t.md", "cannot create the folder /proc/no-such-folder"),
    ],
)
def test_unwritable_outputs_are_one_clear_line(corpus: Path, target: str, message: str) -> None:
    if not Path("/proc/version").exists():
        pytest.skip("no /proc on this system")
    result = run_cli("build", str(corpus), "-o", target)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failed_write_leaves_the_previous_output_whole(tmp_path: Path) -> None:
    out = tmp_path / "timeline.md"
    out.write_text("the good timeline\n", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot be written as UTF-8"):
        write_output(out, "half written \udc21 then a lone surrogate")
    assert out.read_text(encoding="utf-8") == "the good timeline\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["timeline.md"]  # no temporary left behind


def test_output_replaces_the_file_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "timeline.md"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    write_output(out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert out.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("command", ["build", "render"])
def test_output_naming_an_input_is_refused_and_the_input_kept(corpus: Path, tmp_path: Path, command: str) -> None:
    source = corpus / "a.md"
    if command == "render":
        source = tmp_path / "events.yaml"
        source.write_text("events: []\n", encoding="utf-8")
    before = source.read_bytes()
    result = CliRunner().invoke(cli, [command, str(source), "-o", str(source)])
    assert result.exit_code == 1
    assert "this is one of the inputs" in result.stderr
    assert source.read_bytes() == before


def test_output_naming_a_file_inside_an_input_folder_is_refused(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(corpus / "a.md")])
    assert result.exit_code == 1 and "this is one of the inputs" in result.stderr
    assert (corpus / "a.md").read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("fmt", ["markdown", "json", "html", "html-fragment", "timelinejs", "ics"])
def test_own_outputs_in_the_input_folder_are_not_read_back(corpus: Path, fmt: str, tmp_path: Path) -> None:
    first = CliRunner().invoke(cli, ["build", str(corpus), "--format", fmt])
    assert first.exit_code == 0
    # Under a name that says nothing: recognized by content.
    suffix = {"json": ".json", "timelinejs": ".json", "ics": ".txt", "markdown": ".md"}.get(fmt, ".html")
    (corpus / f"notes{suffix}").write_text(first.stdout, encoding="utf-8")
    again = CliRunner().invoke(cli, ["build", str(corpus), "--format", "json"])
    assert again.exit_code == 0, again.stderr
    assert [a["id"] for a in json.loads(again.stdout)["articles"]] == ["a"]
    assert "written by timeline, not an article" in again.stderr
