"""A long text is read a window of tokens at a time and its mentions handed on one at a time (issue 14: memory);
the answer must be the one a reading of the whole text at once gives."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path

import pytest

from timeline.tagging import tag_document, tag_line
from timeline.temporal import find, recognize, tag

SEEDS = sorted((Path(__file__).resolve().parents[2] / "examples" / "seeds").glob("*.txt"))
WEDNESDAY = dt.date(2025, 2, 26)
RECOGNIZE = importlib.import_module("timeline.temporal.recognize")  # the package exports the function of that name


@pytest.mark.parametrize("window", [1, 7, 100])
def test_a_text_read_window_by_window_reads_as_a_whole(monkeypatch, window):
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    whole = list(find(text))
    monkeypatch.setattr(RECOGNIZE, "WINDOW_TOKENS", window)
    assert list(find(text)) == whole
    assert len(whole) > 100


def test_every_anniversary_of_a_long_text_finds_the_date_of_its_sentence():
    sentence = "On Monday, the third anniversary of the invasion of Ukraine. "
    (monday, anniversary) = tag(sentence, WEDNESDAY)
    mentions = tag(sentence * 3_000, WEDNESDAY)
    assert len(mentions) == 6_000
    assert {(m.value.value, m.anchor) for m in mentions[1::2]} == {(anniversary.value.value, anniversary.anchor)}
    assert anniversary.anchor == "reference 2025-02-24 ('Monday')" and monday.value.value == "2025-02-24"


def test_the_tag_line_is_the_json_of_the_answer():
    text = "On Monday he left. On Tuesday he came back. " * 1_500 + "Two days later."
    line = tag_line({"n": 1}, text, None)
    assert line == json.dumps(tag_document({"n": 1}, text, None), ensure_ascii=True)
    assert len(json.loads(line)["unanchored"]) == 3_001  # no publish date: every weekday, and the anaphor


def test_equal_readings_share_one_meaning():
    first, second = recognize("On May 5 and again on May 5.")
    assert first.meaning is second.meaning
