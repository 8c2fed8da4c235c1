"""A bug costs only the item it happens in: one expression, one `tag` line, one article, one input.

The bugs are injected (a rule or stage made to raise for one input); what is pinned is what the user sees:
the item listed with a reason naming the error and how to reproduce it, and everything else still done.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from typing import NoReturn

import pytest
from click.testing import CliRunner

from timeline import pipeline, tagging
from timeline.cli import cli
from timeline.ingest.readers import READERS
from timeline.models import Article, Published, TimeValue
from timeline.temporal import Kind, tag
from timeline.temporal.grammar import Grammar
from timeline.validation import problems

PUBLISHED = dt.date(2025, 2, 26)
RESOLVE = importlib.import_module("timeline.temporal.resolve")  # the package exports a function of that name


def broken(*args: object, **kwargs: object) -> NoReturn:
    raise ZeroDivisionError("injected")


def test_a_failing_resolution_costs_only_its_expression(monkeypatch):
    monkeypatch.setitem(RESOLVE.RESOLVERS, "weekday", broken)
    mentions = tag("On Monday he left. Two years ago he came.", PUBLISHED)
    monday, years = mentions
    assert monday.value is None
    assert monday.reason.startswith("internal error while resolving it (ZeroDivisionError: injected)")
    assert '"text": "On Monday"' in monday.reason and '"published": "2025-02-26"' in monday.reason
    assert years.value is not None and years.value.value == "2023"


def test_a_failing_rule_costs_only_its_expression(monkeypatch):
    original = Grammar.at

    def at(self: Grammar, i: int) -> object:
        return broken() if self.t.word(i) == "monday" else original(self, i)

    monkeypatch.setattr(Grammar, "at", at)
    mentions = tag("On Monday he left. Two years ago he came.", PUBLISHED)
    assert [(m.text, m.value and m.value.value) for m in mentions] == [("Monday", None), ("Two years ago", "2023")]
    assert "internal error while reading the expression here (ZeroDivisionError: injected)" in mentions[0].reason


def test_tag_reports_a_failing_line_and_tags_the_next(monkeypatch):
    original = tagging.tag_line

    def tag_line(doc_id: object, text: str, published: dt.date | None, language: str, kind: Kind) -> str:
        return broken() if doc_id == "bad" else original(doc_id, text, published, language, kind)

    monkeypatch.setattr(tagging, "tag_line", tag_line)
    lines = [json.dumps({"id": name, "text": "On Monday.", "published": "2025-02-26"}) for name in ("a", "bad", "c")]
    result = CliRunner().invoke(cli, ["tag"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "c"]
    assert "stdin:2: internal error while tagging this line (ZeroDivisionError: injected)" in result.stderr


def test_build_reports_a_failing_article_and_keeps_the_others(monkeypatch, tmp_path):
    original = pipeline._Story.read.__func__

    def read(cls: type, article: Article, kind: Kind) -> object:
        return broken() if article.id == "bad" else original(cls, article, kind)

    monkeypatch.setattr(pipeline._Story, "read", classmethod(read))
    for name in ("good", "bad"):
        (tmp_path / f"{name}.txt").write_text("Published 2025-02-26\n\nOn Monday the talks began.\n")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    timeline = json.loads(result.stdout)
    assert [source["article"] for event in timeline["events"] for source in event["sources"]] == ["good"]
    assert "bad.txt: bad: internal error while dating this article (ZeroDivisionError: injected)" in result.stderr
    record = next(record for record in timeline["inputs"] if record["path"].endswith("bad.txt"))
    assert record["status"] == "error"


def test_build_goes_on_past_unreadable_inputs(tmp_path):
    """Issue 14: invalid front matter, a BOM before invalid bytes, a lone surrogate escape in JSON."""
    (tmp_path / "front.md").write_text("---\ntitle: [unclosed\ndate: 2025-02-26\n---\nOn Monday the talks began.\n")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfPublished 2025-02-26\n\nOn Monday \xff the talks began.\n")
    lone = '{"id": "lone", "text": "On Monday \\udc21 he left.", "published": "2025-02-26"}'
    (tmp_path / "lone.json").write_text(lone)
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    texts = sorted(event["text"] for event in json.loads(result.stdout)["events"])
    assert texts == ["On Monday \ufffd he left.", "On Monday \ufffd the talks began."]
    assert "error   " in result.stderr and "front matter is not valid YAML" in result.stderr
    assert "invalid bytes replaced" in result.stderr


def test_a_time_value_never_ends_before_it_starts():
    with pytest.raises(ValueError, match="earliest 2025-03-02 is after latest 2025-03-01"):
        TimeValue(value="2025-03", earliest=dt.date(2025, 3, 2), latest=dt.date(2025, 3, 1))
    value = TimeValue(value="2025-03", earliest=dt.date(2025, 3, 1), latest=dt.date(2025, 3, 31))
    with pytest.raises(ValueError, match="is after latest"):
        value.model_copy(update={"earliest": dt.date(2025, 4, 1)})


def test_the_schema_refuses_bounds_out_of_order():
    date = {"value": "2025-03", "earliest": "2025-03-02", "latest": "2025-03-01"}
    events = {"events": [{"date": date, "text": "x", "sources": [{"title": "t"}]}]}
    assert [str(problem) for problem in problems(events, "events")] == [
        "/events/0/date: earliest 2025-03-02 is after latest 2025-03-01"
    ]


def test_the_pipeline_keeps_a_failing_article_in_the_report(monkeypatch):
    monkeypatch.setattr(pipeline.temporal, "find", broken)
    article = Article(id="a", text="On Monday.", path="a.txt", published=Published(date=PUBLISHED, method="given"))
    timeline = pipeline.build_timeline([article], [])
    assert timeline.events == []
    assert timeline.inputs[0].status == "error" and "ZeroDivisionError" in (timeline.inputs[0].reason or "")
    assert "internal error while dating this article" in timeline.articles[0].warnings[-1]


def test_articles_reports_an_input_a_reader_bug_stopped(monkeypatch, tmp_path):
    monkeypatch.setitem(READERS, ".md", broken)
    (tmp_path / "a.md").write_text("---\ndate: 2025-02-26\n---\nOn Monday the talks began.\n")
    (tmp_path / "b.txt").write_text("Published 2025-02-26\n\nOn Monday the talks began.\n")
    result = CliRunner().invoke(cli, ["articles", str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b"]
    assert "a.md: internal error while reading this input (ZeroDivisionError: injected)" in result.stderr
