"""Benchmark `timeline build` on an archive: time, peak memory, jobs, the Dask engine and reruns.

The corpus is TimeBank's documents repeated with shifted publish dates (each copy a day later
than the last), written as .jsonl files of SHARD articles each (an archive of many inputs, so a
rerun can find most of them unchanged). Every run is a fresh `python -m timeline build` process;
its wall time and the peak RSS of its whole process tree (the main process and its workers,
sampled) are measured. Prints one table; timings on a shared machine are indicative.

    python benchmarks/bench_build.py --sizes 10000 100000                # time and memory, default jobs
    python benchmarks/bench_build.py --sizes 2000 --jobs 1 2             # --jobs 2 against --jobs 1
    python benchmarks/bench_build.py --sizes 2000 --dask                 # Dask LocalCluster
    python benchmarks/bench_build.py --sizes 10000 --rerun               # 1% of the inputs changed (100 shards)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEBANK = ROOT / ".." / "shared" / "eval" / "data" / "timebank.jsonl.gz"
SHARD = 100  # articles per input file
RERUN_SHARE = 0.01  # share of the inputs a rerun finds changed
SAMPLE_SECONDS = 0.2  # how often the process tree's memory is read
# Targets of issue 12, printed beside the figures.
MAX_SECONDS_AT_100K = 300.0
MAX_PEAK_MB = 1024.0
MAX_RSS_GROWTH = 1.2
MIN_JOBS_SPEEDUP = 1.8
MAX_DASK_RATIO = 1.3
MAX_RERUN_SHARE = 0.10


def corpus(size: int) -> Iterator[dict[str, str]]:
    """``size`` articles: TimeBank's documents over and over, each copy published one day later."""
    with gzip.open(TIMEBANK, "rt", encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines]
    for n in range(size):
        document = documents[n % len(documents)]
        shift = dt.timedelta(days=n // len(documents))
        published = dt.date.fromisoformat(document["published"][:10]) + shift
        yield {
            "id": f"{document['id']}.{n // len(documents)}",
            "title": document.get("title") or document["id"],
            "text": document["text"],
            "published": published.isoformat(),
        }


def write_corpus(size: int, folder: Path) -> int:
    """The corpus as shard files in ``folder``; returns its characters."""
    folder.mkdir(parents=True, exist_ok=True)
    chars, shard, lines = 0, 0, []
    for article in corpus(size):
        chars += len(article["text"])
        lines.append(json.dumps(article, ensure_ascii=False) + "\n")
        if len(lines) == SHARD:
            (folder / f"shard-{shard:05d}.jsonl").write_text("".join(lines), encoding="utf-8")
            shard, lines = shard + 1, []
    if lines:
        (folder / f"shard-{shard:05d}.jsonl").write_text("".join(lines), encoding="utf-8")
    return chars


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a running process has used, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu() -> float:
    """CPU seconds of this process's finished children and their descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CPU: dict[str, float] = {}  # CPU seconds of the last run: "main" (the build process alone) and "all" (with workers)


def run_build(arguments: list[str]) -> tuple[float, int]:
    """Wall seconds and peak tree RSS (bytes) of one `timeline build` process; its CPU seconds in CPU.

    On a shared machine wall time depends on the load; CPU seconds do not: the main process's
    share of all CPU seconds is the serial part that bounds what more workers can gain."""
    command = [sys.executable, "-m", "timeline", "build", *arguments, "-q", "--format", "json"]
    cpu_before = tree_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    main_cpu = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, main_cpu
        while not done.wait(SAMPLE_SECONDS):
            peak = max(peak, tree_rss(process.pid))
            main_cpu = max(main_cpu, cpu_seconds(process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"build failed: {stderr.decode(errors='replace')[-2000:]}")
    CPU.update(main=main_cpu, all=tree_cpu() - cpu_before)
    return elapsed, peak


def row(label: str, size: int, chars: int, seconds: float, peak: int) -> None:
    print(
        f"{label:<28} {size:>7,} articles: {seconds:8.1f} s, {size / seconds:7.1f} articles/s, "
        f"{chars / seconds:>10,.0f} chars/s, peak RSS {peak / 2**20:7.1f} MB, "
        f"CPU {CPU['all']:6.1f} s ({CPU['main']:5.1f} s main process); load {os.getloadavg()[0]:.1f}"
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, nargs="*", default=[], help="also run these --jobs values (first size)")
    parser.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster of 2 workers")
    parser.add_argument("--rerun", action="store_true", help="rerun from a store with 1%% of the inputs changed")
    args = parser.parse_args()
    if not TIMEBANK.exists():
        sys.exit(f"TimeBank data not found at {TIMEBANK} (the benchmark needs ../shared next to the project)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        peaks: dict[int, int] = {}
        for size in args.sizes:
            folder = work / f"corpus-{size}"
            chars = write_corpus(size, folder)
            seconds, peaks[size] = run_build([str(folder), "-o", str(work / f"out-{size}.json")])
            row("default jobs", size, chars, seconds, peaks[size])
            if size >= 100_000:
                print(f"  {size:,} in <= {MAX_SECONDS_AT_100K:.0f} s: {verdict(seconds <= MAX_SECONDS_AT_100K)}")
            print(f"  peak RSS <= {MAX_PEAK_MB:.0f} MB: {verdict(peaks[size] <= MAX_PEAK_MB * 2**20)}")
        if len(args.sizes) > 1:
            growth = peaks[args.sizes[-1]] / peaks[args.sizes[0]]
            print(
                f"peak RSS {args.sizes[-1]:,} / {args.sizes[0]:,}: {growth:.2f} (<= {MAX_RSS_GROWTH}: "
                f"{verdict(growth <= MAX_RSS_GROWTH)})"
            )
        size = args.sizes[0]
        folder = work / f"corpus-{size}"
        chars = sum(len(a["text"]) for a in corpus(size))
        timed: dict[str, float] = {}
        for jobs in args.jobs:
            timed[f"jobs {jobs}"], peak = run_build([str(folder), "--jobs", str(jobs), "-o", str(work / "j.json")])
            row(f"--jobs {jobs}", size, chars, timed[f"jobs {jobs}"], peak)
        if "jobs 1" in timed and "jobs 2" in timed:
            speedup = timed["jobs 1"] / timed["jobs 2"]
            print(
                f"--jobs 2 throughput / --jobs 1: {speedup:.2f}x (>= {MIN_JOBS_SPEEDUP}: "
                f"{verdict(speedup >= MIN_JOBS_SPEEDUP)})"
            )
        if args.dask:
            dask_run(folder, size, chars, work)
        if args.rerun:
            rerun(folder, size, chars, work)
    return 0


def dask_run(folder: Path, size: int, chars: int, work: Path) -> None:
    """The Dask engine on a LocalCluster of 2 single-threaded worker processes, against the local pool."""
    from distributed import LocalCluster  # noqa: PLC0415 - an optional extra

    pool_seconds, peak = run_build([str(folder), "--jobs", "2", "-o", str(work / "pool.json")])
    row("local pool (--jobs 2)", size, chars, pool_seconds, peak)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        arguments = [str(folder), "--engine", "dask", "--scheduler", cluster.scheduler_address]
        seconds, peak = run_build([*arguments, "-o", str(work / "dask.json")])
    row("dask LocalCluster (2)", size, chars, seconds, peak)
    same = (work / "dask.json").read_bytes() == (work / "pool.json").read_bytes()
    ratio = seconds / pool_seconds
    print(
        f"dask / local pool time: {ratio:.2f} (<= {MAX_DASK_RATIO}: {verdict(ratio <= MAX_DASK_RATIO)}); "
        f"byte-identical: {same}"
    )


def rerun(folder: Path, size: int, chars: int, work: Path) -> None:
    """A full build into a store, 1% of the inputs changed, the rerun against a fresh build."""
    store = work / "rerun.timeline.db"
    full, peak = run_build([str(folder), "--store", str(store), "-o", str(work / "first.json")])
    row("full build into a store", size, chars, full, peak)
    shards = sorted(folder.iterdir())
    changed = max(1, round(len(shards) * RERUN_SHARE))  # at 2,000 articles (20 shards) one shard is 5%
    for shard in shards[:: len(shards) // changed][:changed]:
        with shard.open("a", encoding="utf-8") as file:
            note = {"id": f"{shard.stem}-added", "text": "Talks resumed on March 3, 1990.", "published": "1990-03-04"}
            file.write(json.dumps(note) + "\n")
    seconds, peak = run_build([str(folder), "--store", str(store), "-o", str(work / "rerun.json")])
    row("rerun, 1% inputs changed", size, chars, seconds, peak)
    run_build([str(folder), "-o", str(work / "fresh.json")])
    same = (work / "rerun.json").read_bytes() == (work / "fresh.json").read_bytes()
    share = seconds / full
    print(
        f"rerun / full build: {share:.2%} (<= {MAX_RERUN_SHARE:.0%}: {verdict(share <= MAX_RERUN_SHARE)}); "
        f"byte-identical to a fresh build: {same}"
    )


if __name__ == "__main__":
    sys.exit(main())
