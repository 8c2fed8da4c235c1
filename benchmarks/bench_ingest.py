"""Ingestion speed: plain-text page dumps (target >= 5 MB/s on one core) and HTML extraction.

    python benchmarks/bench_ingest.py [--articles 10000] [--html-pages 300] [--runs 3]

Plain text: N generated page dumps of about 5 KB (menu, teaser list with dates, headline,
dateline, body paragraphs built from the seed articles' sentences, related posts, footer) are
written to a temporary directory and read with read_inputs(), files and all; the median of the
runs is printed, then the same pages read from memory, to tell the I/O apart.

HTML: generated article pages are read by timeline's extractor (trafilatura with metadata and
publish date), by trafilatura.extract() alone, and by trafilatura.baseline(), the simple
paragraph-markup extractor trafilatura's own evaluation times everything against. That
evaluation (docs/evaluation.rst, results of 2022-05-18, trafilatura 1.2.2) reports
trafilatura standard at 7.1x the baseline's time and fast mode at 4.8x; the ratios printed
here are measured the same way on these pages.
"""

from __future__ import annotations

import argparse
import calendar
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.ingest import read_inputs, read_text  # noqa: E402
from timeline.ingest.html_reader import extract_html  # noqa: E402

PUBLISHED_TRAFILATURA_RATIO = {"standard": 7.1, "fast": 4.8}
MONTHS = list(calendar.month_name)[1:]
MENU = ["Home", "World", "Politics", "Business", "Technology", "Sport", "Culture", "Opinion", "Science", "Health"]


def seed_sentences() -> list[str]:
    """Sentences of the seed articles' bodies, the material the generated pages are made of."""
    articles = read_inputs([ROOT / "examples" / "seeds"]).articles
    return [s.strip() + "." for a in articles for s in a.text.replace("\n", " ").split(". ") if len(s) > 40]


def random_date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"


def headline(rng: random.Random, sentences: list[str]) -> str:
    return " ".join(rng.choice(sentences).split()[:9]).rstrip(".,;")


def body_paragraphs(rng: random.Random, sentences: list[str], size: int) -> list[str]:
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(rng.sample(sentences, rng.randint(2, 4)))
        paragraphs.append(paragraph)
        total += len(paragraph)
    return paragraphs


def page_dump(rng: random.Random, sentences: list[str]) -> str:
    """A ~5 KB plain-text page dump with the chrome a saved news page has."""
    teasers = [line for _ in range(3) for line in (headline(rng, sentences), random_date(rng))]
    related = [line for _ in range(4) for line in (headline(rng, sentences), random_date(rng))]
    parts = [
        *(f"  • {item}" for item in rng.sample(MENU, 6)),
        "What's Hot",
        *teasers,
        headline(rng, sentences),
        f"The Daily Example | {random_date(rng)}",
        "Facebook Twitter LinkedIn Email",
        *body_paragraphs(rng, sentences, 3800),
        "Related Posts",
        *related,
        "© 2025 The Daily Example. All rights reserved.",
    ]
    return "\n\n".join(parts) + "\n"


def html_page(rng: random.Random, sentences: list[str]) -> str:
    title = headline(rng, sentences)
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body_paragraphs(rng, sentences, 6000))
    related = "".join(f"<li><a href='/r{i}'>{headline(rng, sentences)}</a> {random_date(rng)}</li>" for i in range(8))
    menu = "".join(f"<li><a href='/{m.lower()}'>{m}</a></li>" for m in MENU)
    return (
        f"<!DOCTYPE html><html><head><title>{title} | The Daily Example</title>"
        f"<meta property='og:site_name' content='The Daily Example'>"
        f"<meta property='article:published_time' content='2025-02-{rng.randint(10, 28)}T08:00:00Z'>"
        f"<meta name='author' content='A. Writer'></head><body><header><nav><ul>{menu}</ul></nav></header>"
        f"<main><article><h1>{title}</h1>\n{paragraphs}</article>"
        f"<aside><h2>Related stories</h2><ul>{related}</ul></aside></main>"
        f"<footer><p>© 2025 The Daily Example</p><ul>{menu}</ul></footer></body></html>"
    )


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median CPU seconds of this process: the one-core cost, steady when other work shares the machine."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def bench_plain(count: int, runs: int, sentences: list[str]) -> None:
    rng = random.Random(20250226)
    pages = [page_dump(rng, sentences) for _ in range(count)]
    megabytes = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    read_text(pages[0])  # load the language model and compile the patterns before timing
    with tempfile.TemporaryDirectory() as folder:
        for n, page in enumerate(pages):
            (Path(folder) / f"{n:05d}.txt").write_text(page, encoding="utf-8")
        result = read_inputs([folder])
        dated = sum(1 for a in result.articles if a.published.date)
        from_files = median_seconds(lambda: read_inputs([folder]), runs)
    in_memory = median_seconds(lambda: [read_text(p) for p in pages], runs)
    print(f"plain text: {count} page dumps, {megabytes:.1f} MB, mean {megabytes * 1e3 / count:.1f} KB")
    print(
        f"  read_inputs(directory): median {from_files:.2f} CPU s = {megabytes / from_files:.2f} MB/s, "
        f"{count / from_files:.0f} articles/s (target >= 5 MB/s: {'met' if megabytes / from_files >= 5 else 'NOT met'})"
    )
    print(f"  read_text(in memory):   median {in_memory:.2f} CPU s = {megabytes / in_memory:.2f} MB/s")
    print(f"  articles read {len(result.articles)}, with a dateline date {dated}")


def bench_html(count: int, runs: int, sentences: list[str]) -> None:
    rng = random.Random(20250224)
    pages = [html_page(rng, sentences) for _ in range(count)]
    megabytes = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    extract_html(pages[0], "warm-up")
    ours = median_seconds(lambda: [extract_html(p, "bench") for p in pages], runs)
    standard = median_seconds(lambda: [trafilatura.extract(p) for p in pages], runs)
    fast = median_seconds(lambda: [trafilatura.extract(p, fast=True) for p in pages], runs)
    baseline = median_seconds(lambda: [trafilatura.baseline(p) for p in pages], runs)
    print(f"html: {count} pages, {megabytes:.1f} MB, mean {megabytes * 1e3 / count:.1f} KB")
    rows = [
        ("timeline extract_html (text+metadata+date)", ours, None),
        ("trafilatura.extract (standard)", standard, "standard"),
        ("trafilatura.extract (fast)", fast, "fast"),
        ("trafilatura.baseline", baseline, None),
    ]
    for name, seconds, published in rows:
        ratio = f"{seconds / baseline:.1f}x baseline"
        if published:
            ratio += f" (trafilatura's published figure: {PUBLISHED_TRAFILATURA_RATIO[published]}x)"
        print(f"  {name:<44} {megabytes / seconds:6.2f} MB/s {count / seconds:7.0f} pages/s  {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--html-pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sentences = seed_sentences()
    bench_plain(args.articles, args.runs, sentences)
    bench_html(args.html_pages, args.runs, sentences)


if __name__ == "__main__":
    main()
