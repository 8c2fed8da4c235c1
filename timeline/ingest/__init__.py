"""Ingestion: every common input read into clean Articles, and every input path accounted for.

Readers per input kind (readers.READERS), page-chrome removal for page dumps (chrome), title,
outlet and dateline detection (page_dump), the publish-date cascade (published), page furniture
(furniture), language detection (language), the run (inputs).

The run's names are imported on first use: `timeline tag` decodes plain text with ``ingest.encoding``
alone and should not pay for the readers, trafilatura and the rest (about 50 ms of its start).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.ingest.inputs import Ingested, read_file, read_inputs, read_text

__all__ = ["Ingested", "read_file", "read_inputs", "read_text"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("timeline.ingest.inputs"), name)
    raise AttributeError(f"module 'timeline.ingest' has no attribute {name!r}")
