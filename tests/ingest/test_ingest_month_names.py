"""The checked-in month names are CLDR's as babel gives them (tools/build_month_names.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_month_names.py"


def test_month_names_file_is_cldrs():
    pytest.importorskip("babel", reason="babel (CLDR data) is needed to regenerate the month names")
    spec = importlib.util.spec_from_file_location("build_month_names", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.OUT.read_text(encoding="utf-8") == tool.generate(), "rerun python tools/build_month_names.py"
