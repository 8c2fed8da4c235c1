"""Render time of every format for timelines of growing size: medians, and the 10x-size ratio.

    python -m benchmarks.bench_render [--events 1000 10000] [--repeat 3]   (from the repository root)

Timelines are the render fixture's events repeated with shifted days and fresh ids, so sizes
differ only in how many events there are. A ratio near 10 means time grows linearly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from timeline.models import Timeline
from timeline.render import FORMATS, render

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "render" / "seed_timeline.json"


def grown(seed: Timeline, size: int) -> Timeline:
    events = []
    for number in range(size):
        event = seed.events[number % len(seed.events)]
        shift = dt.timedelta(days=number // len(seed.events))
        date = event.date.model_copy(
            update={"earliest": event.date.earliest + shift, "latest": event.date.latest + shift}
        )
        events.append(event.model_copy(update={"id": f"{event.id}-{number}", "date": date}))
    return seed.model_copy(update={"events": events})


def median_seconds(timeline: Timeline, fmt: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        render(timeline, fmt)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs=2, default=(1000, 10000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seed = Timeline.model_validate_json(FIXTURE.read_text(encoding="utf-8"))
    small, large = (grown(seed, size) for size in args.events)
    print(f"{'format':<14} {args.events[0]:>8} ev (s) {args.events[1]:>8} ev (s)  ratio  events/s")
    for fmt in FORMATS:
        small_time, large_time = (median_seconds(t, fmt, args.repeat) for t in (small, large))
        rate = args.events[1] / large_time
        print(f"{fmt:<14} {small_time:>15.3f} {large_time:>15.3f} {large_time / small_time:>6.1f} {rate:>9.0f}")


if __name__ == "__main__":
    main()
