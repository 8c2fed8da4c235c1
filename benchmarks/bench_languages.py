"""Speed of the temporal engine per language: `timeline.temporal.tag` over each development corpus's texts.

    python benchmarks/bench_languages.py [--runs 3]

Each corpus of ../shared/eval/data/dev/ (and TimeBank for English) is tagged in this process, in its own
language, after one warm-up run that loads the language's tables; the median of the runs is printed in
characters per second. Start-up (imports, data files) is left out: `bench_tag.py` measures it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.temporal import tag  # noqa: E402

DATA = ROOT / ".." / "shared" / "eval" / "data"
CORPORA = {  # language: the corpus read in it
    "en": DATA / "timebank.jsonl.gz",
    "de": DATA / "dev" / "krauts_de.jsonl.gz",
    "fr": DATA / "dev" / "frtimebank_fr.jsonl.gz",
    "es": DATA / "dev" / "timebank_es.jsonl.gz",
    "pt": DATA / "dev" / "timebankpt_pt.jsonl.gz",
}
TARGET = 500_000  # chars/s a language must reach (issue 11)


def documents(path: Path) -> list[tuple[str, dt.date | None]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return [(r["text"], dt.date.fromisoformat(r["published"][:10]) if r.get("published") else None) for r in records]


def seconds(docs: list[tuple[str, dt.date | None]], language: str) -> float:
    start = time.perf_counter()
    for text, published in docs:
        tag(text, published, language)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| language | corpus | chars | chars/s (median) | ≥ 500,000 |")
    print("|---|---|---|---|---|")
    for language, path in CORPORA.items():
        docs = documents(path)
        chars = sum(len(text) for text, _ in docs)
        seconds(docs, language)  # warm-up: the language's tables
        rate = chars / statistics.median(seconds(docs, language) for _ in range(args.runs))
        print(f"| {language} | {path.name} | {chars:,} | {rate:,.0f} | {'yes' if rate >= TARGET else 'NO'} |")


if __name__ == "__main__":
    main()
