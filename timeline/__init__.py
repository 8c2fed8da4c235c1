"""timeline: fact timelines from news articles, every relative date anchored, every line sourced."""

from typing import Any


def __getattr__(name: str) -> Any:
    """``timeline.tag`` without importing the temporal engine until it is used (keeps ``import timeline`` cheap)."""
    if name == "tag":
        from timeline.temporal import tag

        return tag
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
