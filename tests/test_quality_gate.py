"""Evaluation gate (as trafilatura's CI has): the tagger must not score below its best TimeBank figures.

The documents go through `timeline.tagging.tag_document`, the very records `timeline tag` prints,
and are scored by the shared TempEval-3 scorer. The floor lives in tests/quality_floor.json.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from timeline.tagging import parse_published, tag_document

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / ".." / "shared" / "eval"
GOLD = EVAL / "data" / "timebank.jsonl.gz"
FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))


def shared_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"shared_eval_{name}", EVAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def metrics() -> dict:
    """The scorer's metrics for the tagger on TimeBank."""
    if not GOLD.exists():
        pytest.skip(f"TimeBank gold not found at {GOLD.resolve()} (the shared evaluation data sits beside the repo)")
    tml, scorer = shared_module("tml"), shared_module("score_timex")
    gold = tml.read_jsonl(str(GOLD))
    system = [tag_document(doc["id"], doc["text"], parse_published(doc["published"])) for doc in gold]
    return scorer.score(gold, system)[0]


def summary(metrics: dict) -> str:
    patterns = "\n".join(f"  {count:4d}  {pattern}" for pattern, count in metrics["error_patterns"][:10])
    return (
        f"TimeBank: value F1 {metrics['value']['f1']}, relaxed F1 {metrics['relaxed']['f1']}, "
        f"strict F1 {metrics['strict']['f1']} (floor: value {FLOOR['value_f1']}, relaxed {FLOOR['relaxed_f1']})\n"
        f"most frequent value errors:\n{patterns}"
    )


def test_value_f1_does_not_drop_below_the_best_reached(metrics):
    print(summary(metrics))
    assert metrics["value"]["f1"] >= FLOOR["value_f1"], summary(metrics)


def test_relaxed_f1_does_not_drop_below_the_best_reached(metrics):
    assert metrics["relaxed"]["f1"] >= FLOOR["relaxed_f1"], summary(metrics)
