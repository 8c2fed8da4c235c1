"""Benchmark `timeline build` end to end on one core: throughput, growth from 1,000 to 10,000 articles, memory.

The corpus is TimeBank's documents repeated with shifted publish dates (each copy a day later
than the last), written as one .jsonl input. Each run is a fresh `python -m timeline build`
process pinned to one CPU; its wall time and peak RSS are measured. Prints medians.

    /work/venv/bin/python benchmarks/bench_build.py [--sizes 1000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEBANK = ROOT / ".." / "shared" / "eval" / "data" / "timebank.jsonl.gz"
TARGET = 250_000  # chars/s end to end
MAX_GROWTH_RATIO = 11.0


def corpus(size: int) -> list[dict[str, str]]:
    """``size`` articles: TimeBank's documents over and over, each copy published one day later."""
    with gzip.open(TIMEBANK, "rt", encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines]
    articles = []
    for n in range(size):
        document = documents[n % len(documents)]
        shift = dt.timedelta(days=n // len(documents))
        published = dt.date.fromisoformat(document["published"][:10]) + shift
        articles.append(
            {
                "id": f"{document['id']}.{n // len(documents)}",
                "title": document.get("title") or document["id"],
                "text": document["text"],
                "published": published.isoformat(),
            }
        )
    return articles


def run_build(path: Path, output: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes) of one `timeline build` process (it inherits the one-CPU pinning)."""
    command = [sys.executable, "-m", "timeline", "build", str(path), "--format", "json", "-o", str(output)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed: {stderr[-2000:]}")
    return elapsed, usage.ru_maxrss * 1024


def measure(size: int, repeat: int, workdir: Path) -> dict[str, float]:
    articles = corpus(size)
    path = workdir / f"timebank-{size}.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    chars = sum(len(a["text"]) for a in articles)
    runs = [run_build(path, workdir / f"timeline-{size}.json") for _ in range(repeat)]
    seconds = statistics.median(r[0] for r in runs)
    events = len(json.loads((workdir / f"timeline-{size}.json").read_text(encoding="utf-8"))["events"])
    return {
        "articles": size,
        "chars": chars,
        "seconds": seconds,
        "chars_per_second": chars / seconds,
        "peak_mb": statistics.median(r[1] for r in runs) / 2**20,
        "events": events,
    }


def _verdict(ok: bool) -> str:
    return f"target {'met' if ok else 'NOT met'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(1000, 10000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; medians are printed")
    args = parser.parse_args()
    if not TIMEBANK.exists():
        sys.exit(f"TimeBank data not found at {TIMEBANK} (the benchmark needs ../shared next to the project)")
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for this process and its children
    with tempfile.TemporaryDirectory() as tmp:
        small, large = (measure(size, args.repeat, Path(tmp)) for size in args.sizes)
    for row in (small, large):
        print(
            f"{row['articles']:>6} articles {row['chars']:>11,} chars: median {row['seconds']:7.2f} s, "
            f"{row['chars_per_second']:>10,.0f} chars/s, peak RSS {row['peak_mb']:6.1f} MB, {row['events']:,} events"
        )
    throughput = large["chars_per_second"]
    ratio = large["seconds"] / small["seconds"]
    print(f"throughput at {large['articles']:,} articles: {throughput:,.0f} chars/s ({_verdict(throughput >= TARGET)})")
    print(
        f"time {large['articles']:,} / {small['articles']:,} articles: {ratio:.2f} "
        f"(at most {MAX_GROWTH_RATIO}: {_verdict(ratio <= MAX_GROWTH_RATIO)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
