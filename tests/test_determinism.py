"""Same input, same bytes: whatever the hash seed, time zone, locale, input order or day of the run,
and no clock read for dates in metadata. Bytes that are not clean UTF-8 are repaired, not fatal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.ingest import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
FAKETIME = shutil.which("faketime")
CLEAN_ENV = {key: value for key, value in os.environ.items() if key not in ("PYTHONHASHSEED", "TZ", "LC_ALL", "LANG")}


def build(paths: list[Path], fmt: str, **env: str) -> bytes:
    command = [
        sys.executable,
        "-c",
        "from timeline.cli import main; main()",
        "build",
        *map(str, paths),
        "--format",
        fmt,
    ]
    prefix = [str(FAKETIME), env.pop("FAKE_DAY")] if "FAKE_DAY" in env else []
    result = subprocess.run([*prefix, *command], env={**CLEAN_ENV, **env}, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.mark.parametrize("fmt", ["json", "html", "ics"])
def test_output_is_byte_identical_across_seed_zone_locale_and_order(fmt: str) -> None:
    reference = build(SEEDS, fmt, PYTHONHASHSEED="0", TZ="UTC", LC_ALL="C.UTF-8")
    assert build(SEEDS[::-1], fmt, PYTHONHASHSEED="12345", TZ="Pacific/Kiritimati", LC_ALL="C") == reference
    assert (
        build(SEEDS[2:] + SEEDS[:2], fmt, PYTHONHASHSEED="random", TZ="America/Adak", LANG="de_DE.UTF-8") == reference
    )


@pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed (apt-get install faketime)")
def test_output_does_not_depend_on_the_day_of_the_run(tmp_path: Path) -> None:
    undated = tmp_path / "yesterday.md"
    undated.write_text("---\ntitle: Talks\ndate: yesterday\n---\nThe talks began on Monday.\n", encoding="utf-8")
    inputs = [*SEEDS, undated]
    days = ["2026-01-01 12:00:00", "2031-07-15 03:00:00"]
    first, second = (build(inputs, "json", FAKE_DAY=day, TZ="UTC") for day in days)
    assert first == second
    today = [sys.executable, "-c", "import datetime; print(datetime.date.today())"]
    control = subprocess.run(
        [str(FAKETIME), days[1], *today], capture_output=True, text=True, check=True, env=CLEAN_ENV
    )
    assert control.stdout.strip() == "2031-07-15"  # the clock really moved


def test_front_matter_date_yesterday_is_ignored_with_a_warning_not_read_from_the_clock(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Talks\ndate: yesterday\n---\nThe talks began on Monday.\n", encoding="utf-8")
    (article,) = read_inputs([path]).articles
    assert article.published.date is None
    assert any("'yesterday' is not a full date" in warning for warning in article.warnings)


def test_a_utf8_file_with_one_latin1_line_keeps_utf8_and_repairs_that_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Les élèves sont arrivés le 24 février 2025.\nOn Feb 24, 2025 the café opened.\n"
    path.write_bytes(text.encode("utf-8").replace("café".encode(), "café".encode("latin-1")))
    (article,) = read_inputs([path], published={None: __import__("datetime").date(2025, 2, 26)}).articles
    assert "élèves" in article.text and "café" in article.text
    assert "text decoded as utf-8 (line 2 read as cp1252)" in article.warnings


def test_a_bom_followed_by_invalid_bytes_is_read_with_the_bytes_repaired(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfOn Feb 24, 2025 the talks \xff began.\n")
    ingested = read_inputs([path])
    (article,) = ingested.articles
    assert article.text.startswith("On Feb 24, 2025 the talks")
    assert [record.status for record in ingested.inputs] == ["read"]


def test_a_lone_surrogate_escape_in_json_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    record = {"id": "x", "published": "2025-02-26", "text": "On Feb 24, 2025 the talks \\udc21 began."}
    path.write_text(json.dumps(record).replace("\\\\udc21", "\\udc21") + "\n", encoding="utf-8")
    assert "\\udc21" in path.read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", "from timeline.cli import main; main()", "build", str(path),
                             "--format", "json"], capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    (event,) = json.loads(result.stdout)["events"]
    assert "talks \ufffd began" in event["text"]


def test_duplicate_article_ids_are_settled_by_content_not_reading_order(tmp_path: Path) -> None:
    first, second = tmp_path / "one" / "a.md", tmp_path / "two" / "a.md"
    for path, day in ((first, "2025-02-24"), (second, "2025-02-25")):
        path.parent.mkdir()
        path.write_text(f"---\ntitle: Talks {day}\ndate: {day}\n---\nThe talks began on Monday.\n", encoding="utf-8")
    forward, backward = read_inputs([first, second]), read_inputs([second, first])
    assert sorted((a.id, a.title) for a in forward.articles) == sorted((a.id, a.title) for a in backward.articles)
    assert sorted(a.id for a in forward.articles) == ["a", "a-2"]
    renamed = next(a for a in backward.articles if a.id == "a-2")
    assert any("renamed 'a-2' (chosen by content)" in warning for warning in renamed.warnings)
    assert sorted(r.articles[0] for r in backward.inputs) == ["a", "a-2"]
    assert build([first, second], "json") == build([second, first], "json")
