"""Ingestion: every common input read into clean Articles, and every input path accounted for.

Readers per input kind (readers.READERS), page-chrome removal for page dumps (chrome), title,
outlet and dateline detection (page_dump), the publish-date cascade (published), page furniture
(furniture), language detection (language), the run (inputs).
"""

from timeline.ingest.inputs import Ingested, read_file, read_inputs, read_text

__all__ = ["Ingested", "read_file", "read_inputs", "read_text"]
