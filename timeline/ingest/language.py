"""Language of an article body as an ISO 639-1 code.

py3langid (the maintained, faster fork of langid.py, also what trafilatura uses) classifies
a bounded sample of the body, so the cost per article stays flat however long the text is.
It is imported on first use: loading its model takes most of a second.
"""

from __future__ import annotations

from timeline.ingest.settings import READ, ReadSettings


def detect_language(text: str, settings: ReadSettings = READ) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[: settings.language_sample_chars]
    if len(sample.strip()) < settings.min_language_chars:
        return None
    import py3langid  # noqa: PLC0415 - loads its model on import

    code, _score = py3langid.classify(sample)
    return str(code)
