"""Seconds per MB of `tag` and `build` on adversarial shapes at several sizes: is the work linear in the input?

    python benchmarks/adversarial.py [--sizes 0.5 1 2 5] [--shapes NAME ...] [--modes tag build] [--timeout 300]

Each measurement runs in a fresh interpreter (so one shape's caches and memory do not flatter the next) and
takes the CPU time (not wall time, which on a shared machine measures the neighbours) of, in-process,
`timeline.tagging.tag_line` (what `timeline tag` does per JSON line) or
`timeline.pipeline.build_timeline` plus the JSON renderer's pieces written to the null device (what
`timeline build -o FILE` does after reading: it writes the JSON as it dumps it, never as one string), on
text made by repeating the shape's unit up to the size. Peak memory is the child's maximum resident set.
A measurement past --timeout is killed and shown as ">T". The last column is the largest size's s/MB over
the smallest's: 1.0 is linear; issue 14 asks for at most 1.5 (and at most 500 MB for a 5 MB article).
CPU time is steadier than wall time but still noisy on a busy machine: compare ratios within one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import time

from timeline.models import Article, Published
from timeline.pipeline import build_timeline
from timeline.render import render_pieces
from timeline.tagging import tag_line

MB = 1_000_000
PUBLISHED = dt.date(2025, 2, 26)
TINY_FILES = 10_000  # the "10,000 tiny files" shape: the size is spread over this many articles
NEWS = (
    "Russian President Vladimir Putin said on Monday that talks with the United States went well. "
    "Three years ago, on Feb. 24, 2022, Russia invaded Ukraine; the next day Kyiv was shelled. "
    "The ministers will meet again next week, and a summit is planned for May 5.\n\n"
)
SHAPES: dict[str, str] = {
    "news": NEWS,
    "anniversary": "On Monday, the third anniversary of the invasion of Ukraine. ",
    "anaphora": "Two days later, the day after, that week. ",
    "event offsets": "Shortly before the invasion of Ukraine, weeks after the election. ",
    "stutter": "May May 5 5 , , the the last last ",
    "no punctuation": "talks went on in may and on monday the third week of march two years ago and so on ",
    "digit runs": "2025 12 31 1999 0 44 ",
    "long digits": "20252025202520252025202520252025",
    "brackets": "[[[[(((( May 5 ",
    "newlines": "\n" * 200 + "On May 5\n",
    "glued months": "MayJuneJulyMonday5thMarch2020",
    "modifiers": "about nearly some early late mid the last first ",
    "tiny files": "On Monday, May 5, talks began.",
}


def text_of(shape: str, size: float) -> str:
    unit = SHAPES[shape]
    chars = int(size * MB)
    return (unit * (chars // len(unit) + 1))[:chars]


def measure(shape: str, size: float, mode: str) -> tuple[float, float]:
    """Seconds and peak MB of one run, in this process (the child's side)."""
    published = Published(date=PUBLISHED, method="given")
    if shape == "tiny files":
        each = text_of(shape, size / TINY_FILES)
        articles = [Article(id=f"a{n:05d}", text=each, published=published) for n in range(TINY_FILES)]
    else:
        articles = [Article(id="a", text=text_of(shape, size), published=published)]
    started = time.process_time()
    if mode == "tag":
        for article in articles:
            tag_line(article.id, article.text, PUBLISHED)
    else:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            sink.writelines(render_pieces(build_timeline(articles, []), "json"))
    seconds = time.process_time() - started
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(shape: str, size: float, mode: str, timeout: float) -> tuple[float, float] | None:
    command = [sys.executable, __file__, "--child", shape, str(size), mode]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"{shape} {size} MB {mode} failed:\n{error.stderr}") from None
    seconds, peak = done.stdout.split()
    return float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 5], help="sizes in MB")
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--modes", nargs="+", default=["tag", "build"], choices=["tag", "build"])
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a measurement is given up")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        seconds, peak = measure(args.child[0], float(args.child[1]), args.child[2])
        print(f"{seconds:.3f} {peak:.0f}")
        return
    sizes = " | ".join(f"{size:g} MB s/MB" for size in args.sizes)
    print(f"| shape | mode | {sizes} | peak MB at {args.sizes[-1]:g} MB | largest/smallest s/MB |")
    print("|---|---|" + "---|" * (len(args.sizes) + 2))
    for shape in args.shapes:
        for mode in args.modes:
            if shape == "tiny files" and mode == "tag":
                continue  # one line per file is what tag already does; the shape is about build
            cells, rates, peak = [], [], 0.0
            for size in args.sizes:
                result = run_child(shape, size, mode, args.timeout)
                if result is None:
                    cells.append(f">{args.timeout / size:.1f}")
                    break
                rates.append(result[0] / size)
                peak = result[1]
                cells.append(f"{rates[-1]:.2f}")
            cells += ["-"] * (len(args.sizes) - len(cells))
            ratio = f"{rates[-1] / rates[0]:.2f}" if len(rates) == len(args.sizes) and rates[0] else "-"
            peak_cell = f"{peak:.0f}" if len(rates) == len(args.sizes) else "-"
            print(f"| {shape} | {mode} | {' | '.join(cells)} | {peak_cell} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
