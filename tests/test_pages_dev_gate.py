"""Evaluation gate for real page dumps: publish date and body on ../shared/eval/pages-dev must not
drop below the best figures reached (tests/pages_dev_floor.json).

Each page's select-all text is read as `timeline articles` reads a .txt file; the shared scorer
(pages-dev/score.py) scores the first article of each page. Skipped where ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from timeline.ingest import read_text

ROOT = Path(__file__).resolve().parents[1]
PAGES_DEV = ROOT / ".." / "shared" / "eval" / "pages-dev"
FLOOR = json.loads((ROOT / "tests" / "pages_dev_floor.json").read_text(encoding="utf-8"))


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pages_dev_score", PAGES_DEV / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary() -> dict:
    if not (PAGES_DEV / "pages.jsonl").exists():
        pytest.skip(f"pages-dev not found at {PAGES_DEV.resolve()} (the shared evaluation data sits beside the repo)")
    score = scorer()
    pages = score.load_pages(str(PAGES_DEV / "pages.jsonl"))
    results = {}
    for page in pages:
        articles = read_text(page["text"], ".txt", page["id"])
        if articles:
            first = articles[0]
            published = first.published.date.isoformat() if first.published.date else None
            results[page["id"]] = {"id": page["id"], "body": first.text, "published": published}
    return score.summarize(pages, results)["all"]


def wrong_share(all_pages: dict) -> float:
    """Wrong dates as a share of the dates given on labelled pages."""
    answered = all_pages["date_pages"] * (1 - all_pages["date_null"])
    return (answered - all_pages["date_acc"] * all_pages["date_pages"]) / answered


@pytest.mark.parametrize("metric", ["date_acc", "date_acc_in_text", "body_h"])
def test_pages_dev_does_not_drop_below_the_best_reached(summary, metric):
    assert summary[metric] >= FLOOR[metric], f"pages-dev {metric} {summary[metric]:.3f} < floor {FLOOR[metric]}"


def test_pages_dev_wrong_dates_do_not_grow(summary):
    assert wrong_share(summary) <= FLOOR["max_wrong_share"], f"wrong dates: {wrong_share(summary):.3f} of answers"
