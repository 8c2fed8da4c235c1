"""Fuzz the whole tool in-process: generated `tag` inputs, and generated small corpora through ingest, build,
every renderer and `validate`; exceptions and invariant failures are counted by kind.

    python benchmarks/fuzz.py [--tag 1000000] [--corpora 5000] [--seed 0] [--examples 3]

Kinds are the exception type and the line of the tool's code it came from (an exception that escaped), or
"caught: <type>" for a bug an error boundary caught and listed (a mention, line, article or input whose
reason begins "internal error"), or the invariant broken:

- earliest <= latest on every value;
- a mention's text is the input at its offsets; an event source's expression is its article's text at
  its offsets, and its quote holds the expression;
- event ids and article ids unique; the JSON output valid against schemas/timeline.schema.json.

Every kind is printed with its count and the first few inputs that produced it (their seeds regenerate
them). The goal (issue 14) is no kind at all. Inputs come from tests/fuzz_inputs.py, the generator the
hypothesis tests use.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # the checkout, for tests/fuzz_inputs.py

from tests.fuzz_inputs import SENTENCES, date_like_text, publish_date
from timeline.ingest import read_inputs
from timeline.models import Timeline, TimeValue
from timeline.pipeline import build_timeline
from timeline.render import FORMATS, render
from timeline.tagging import mention_record
from timeline.temporal import tag
from timeline.validation import problems

INTERNAL = "internal error"
ARTICLES_PER_CORPUS = (1, 6)  # a corpus holds this many articles, so corpus dating (inference, offsets) runs
PARAGRAPHS_PER_ARTICLE = (1, 8)


class Findings:
    """Kinds of failure, with a count and the first examples of each."""

    def __init__(self, examples: int, every: int = 0) -> None:
        self.every = every
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)
        self.keep = examples

    def add(self, kind: str, example: str) -> None:
        self.counts[kind] += 1
        if len(self.examples[kind]) < self.keep:
            self.examples[kind].append(example[:400])

    def progress(self, done: int, what: str) -> None:
        """A line on stderr now and then, so a long run that is stopped still says how far it got."""
        if self.every and done and done % self.every == 0:
            print(
                f"{done:,} {what} done, {sum(self.counts.values())} failures of {len(self.counts)} kinds, "
                f"{time.process_time():.0f} CPU s",
                file=sys.stderr,
                flush=True,
            )

    def exception(self, error: BaseException, example: str) -> None:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if "/timeline/" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        self.add(f"exception {type(error).__name__} at {where}", f"{example} -> {error}")


def _bounds(value: TimeValue | None, where: str, findings: Findings, example: str) -> None:
    if value is not None and value.earliest and value.latest and value.earliest > value.latest:
        findings.add(f"earliest > latest ({where})", f"{example} -> {value.value} {value.earliest}..{value.latest}")


def _caught(reason: str | None, where: str, findings: Findings, example: str) -> None:
    if reason and INTERNAL in reason:
        kind = reason.split("(", 1)[1].split(":", 1)[0] if "(" in reason else "?"
        findings.add(f"caught {kind} ({where})", f"{example} -> {reason}")


def fuzz_tag(count: int, seed: int, findings: Findings) -> None:
    for number in range(count):
        findings.progress(number, "tag inputs")
        rng = random.Random(f"tag-{seed}-{number}")
        text, published = date_like_text(rng), publish_date(rng)
        example = f"seed tag-{seed}-{number}: " + json.dumps({"text": text, "published": str(published)})
        try:
            mentions = tag(text, published)
            json.dumps([mention_record(m) for m in mentions], ensure_ascii=True)
        except Exception as error:
            findings.exception(error, example)
            continue
        for mention in mentions:
            if text[mention.start : mention.end] != mention.text:
                findings.add("mention text is not the input at its offsets", example)
            _bounds(mention.value, "tag", findings, example)
            _caught(mention.reason, "tag", findings, example)


def _article_file(rng: random.Random, directory: Path, number: int) -> None:
    paragraphs = [
        rng.choice(SENTENCES) if rng.random() < 0.3 else date_like_text(rng, max_pieces=25)
        for _ in range(rng.randint(*PARAGRAPHS_PER_ARTICLE))
    ]
    body, published = "\n\n".join(paragraphs), publish_date(rng)
    kind = rng.choice(("txt", "md", "json"))
    if kind == "json":
        record = {"id": f"a{number}", "text": body, "published": published and published.isoformat()}
        (directory / f"a{number}.json").write_text(json.dumps(record), encoding="ascii")
        return
    header = f"---\ndate: {published.isoformat()}\n---\n" if kind == "md" and published else ""
    dateline = f"Published {published.isoformat()}\n\n" if kind == "txt" and published else ""
    clean = body.encode("utf-8", "replace").decode("utf-8")  # a file cannot hold a lone surrogate
    (directory / f"a{number}.{kind}").write_text(header + dateline + clean, encoding="utf-8")


def _check_timeline(timeline: Timeline, texts: dict[str, str], findings: Findings, example: str) -> None:
    ids = [event.id for event in timeline.events]
    if len(ids) != len(set(ids)):
        findings.add("event ids not unique", example)
    article_ids = [article.id for article in timeline.articles]
    if len(article_ids) != len(set(article_ids)):
        findings.add("article ids not unique", example)
    for event in timeline.events:
        _bounds(event.date, "event", findings, example)
        for source in event.sources:
            text = texts.get(source.article, "")
            if text[source.start : source.end] != source.expression:
                findings.add("source expression is not the article at its offsets", example)
            if source.expression not in source.quote:
                findings.add("source quote does not hold its expression", example)
    for record in timeline.inputs:
        _caught(record.reason, "input", findings, example)
    for entry in timeline.unanchored:
        _caught(entry.reason, "unanchored", findings, example)


def fuzz_corpora(count: int, seed: int, findings: Findings) -> None:
    for number in range(count):
        rng = random.Random(f"corpus-{seed}-{number}")
        example = f"seed corpus-{seed}-{number}"
        with tempfile.TemporaryDirectory(prefix="timeline-fuzz-") as folder:
            directory = Path(folder)
            for article in range(rng.randint(*ARTICLES_PER_CORPUS)):
                _article_file(rng, directory, article)
            _run_corpus(directory, findings, example)
        findings.progress(number + 1, "corpora")


def _run_corpus(directory: Path, findings: Findings, example: str) -> None:
    try:
        ingested = read_inputs([directory])
        timeline = build_timeline(ingested.articles, ingested.inputs)
    except Exception as error:
        findings.exception(error, example)
        return
    _check_timeline(timeline, {a.id: a.text for a in ingested.articles}, findings, example)
    for fmt in FORMATS:
        try:
            output = render(timeline, fmt)
        except Exception as error:
            findings.exception(error, f"{example} ({fmt})")
            continue
        if fmt == "json":
            try:
                invalid = problems(json.loads(output), "timeline")
            except Exception as error:
                findings.exception(error, f"{example} (validate)")
                continue
            if invalid:
                findings.add("JSON output fails the schema", f"{example}: {invalid}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tag", type=int, default=1_000_000, help="generated `tag` inputs")
    parser.add_argument("--corpora", type=int, default=5_000, help="generated corpora through build and renderers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", type=int, default=3, help="inputs kept per kind")
    parser.add_argument("--progress", type=int, default=0, help="report counts on stderr every N inputs")
    args = parser.parse_args()
    findings = Findings(args.examples, args.progress)
    started = time.perf_counter()
    fuzz_tag(args.tag, args.seed, findings)
    tagged = time.perf_counter()
    fuzz_corpora(args.corpora, args.seed, findings)
    finished = time.perf_counter()
    print(f"{args.tag:,} tag inputs in {tagged - started:.0f} s; {args.corpora:,} corpora in {finished - tagged:.0f} s")
    print(f"{sum(findings.counts.values())} failures of {len(findings.counts)} kinds")
    for kind, count in findings.counts.most_common():
        print(f"\n{count:>8}  {kind}")
        for example in findings.examples[kind]:
            print(f"          {example}")
    sys.exit(1 if findings.counts else 0)


if __name__ == "__main__":
    main()
