"""timeline: fact timelines from news articles, every relative date anchored, every line sourced.

timeline.build(paths, jobs=..., store=...)         -> the Timeline (timeline.run)
timeline.build_stream(paths, ...)                  -> a context manager over the stored build
timeline.tag(text, published)                      -> the temporal engine alone
"""

from typing import Any

_LAZY = {"tag": "timeline.temporal", "build": "timeline.run", "build_stream": "timeline.run"}


def __getattr__(name: str) -> Any:
    """The API without importing its stages until one is used (keeps ``import timeline`` cheap)."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
