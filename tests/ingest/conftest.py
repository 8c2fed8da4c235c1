"""Paths of the ingest fixtures, the seed pages and the shared expected facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SEEDS = ROOT / "examples" / "seeds"
EXPECTED = ROOT / ".." / "shared" / "seeds" / "expected.json"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def expected_articles() -> dict[str, dict]:
    if not EXPECTED.exists():
        pytest.skip(f"shared seed facts not found at {EXPECTED}")
    return json.loads(EXPECTED.read_text(encoding="utf-8"))["articles"]
