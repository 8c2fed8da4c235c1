"""Language of an article body as an ISO 639-1 code, with the reading settings' sample sizes.

The languages the engine reads are told by their own articles and conjunctions
(``timeline.languages.detect.read_language``, no model: a sixth of the time); the statistical
detector (py3langid) decides only the texts those words leave open. On pages-dev's 900 bodies the
two agree wherever the words decide, but on one Japanese page the model called "no language".
"""

from __future__ import annotations

from timeline.ingest.settings import READ, ReadSettings
from timeline.languages.detect import detect_language as detect
from timeline.languages.detect import read_language


def detect_language(text: str, settings: ReadSettings = READ) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[: settings.language_sample_chars]
    if len(sample.strip()) < settings.min_language_chars:
        return None
    return read_language(sample, sample_chars=settings.language_sample_chars) or detect(
        sample, sample_chars=settings.language_sample_chars, min_chars=settings.min_language_chars
    )
