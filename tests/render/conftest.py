from __future__ import annotations

from pathlib import Path

import pytest

from timeline.models import Timeline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render"


@pytest.fixture(scope="session")
def seed_timeline() -> Timeline:
    """Hand-made timeline modelled on the seed story (see tests/fixtures/render/README.md)."""
    return Timeline.model_validate_json((FIXTURES / "seed_timeline.json").read_text(encoding="utf-8"))
