"""Language of an article body as an ISO 639-1 code, with the reading settings' sample sizes
(the detector itself is ``timeline.languages.detect``, shared with `timeline tag`)."""

from __future__ import annotations

from timeline.ingest.settings import READ, ReadSettings
from timeline.languages.detect import detect_language as detect


def detect_language(text: str, settings: ReadSettings = READ) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    return detect(text, sample_chars=settings.language_sample_chars, min_chars=settings.min_language_chars)
