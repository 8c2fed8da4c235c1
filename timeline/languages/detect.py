"""Language of a text as an ISO 639-1 code.

``detect_language``: py3langid (the maintained, faster fork of langid.py, also what trafilatura uses)
classifies a bounded sample of the text, so the cost per text stays flat however long it is. It is
imported on first use: loading its model takes most of a second.

``read_language``: which of the languages the engine reads a text is in, told by their articles and
conjunctions (from each language's data) in a sample: no model to load, so `timeline tag` starts fast.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.languages import codes, temporal_file

SAMPLE_CHARS = 600  # detection reads this much of the text, no more
MIN_CHARS = 80  # below this the language is left unknown: a line of names can pass for Hausa


def detect_language(text: str, *, sample_chars: int = SAMPLE_CHARS, min_chars: int = MIN_CHARS) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[:sample_chars]
    if len(sample.strip()) < min_chars:
        return None
    import py3langid  # noqa: PLC0415 - loads its model on import

    code, _score = py3langid.classify(sample)
    return str(code)


# Kana, CJK ideographs (compatibility ones too) and Hangul: scripts written without spaces between words
WIDE_CHARACTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WORD = re.compile(f"{WIDE_CHARACTER.pattern}|[^\\W\\d_]+")  # one CJK character, or a word
MIN_FUNCTION_WORDS = 3  # distinct articles and conjunctions of the language in the sample: fewer is too little
MARGIN = 2.0  # the winner needs this many times the runner-up's occurrences


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """Each readable language's common words, less those another language has too ("la" is French, Spanish
    and Italian; "de" Dutch, French, Spanish and Portuguese): only a word of one language tells which it is."""
    words = {code: frozenset(temporal_file(code)["word_sets"]["common_words"]) for code in codes()}
    return {
        code: own - frozenset().union(*(other for key, other in words.items() if key != code))
        for code, own in words.items()
    }


@cache
def _owner_of_word() -> dict[str, str]:
    """The one language each function word belongs to (_function_words keeps only words of one language)."""
    return {word: code for code, words in _function_words().items() for word in words}


def read_language(text: str, *, sample_chars: int = SAMPLE_CHARS) -> str | None:
    """The readable language whose articles and conjunctions ``text`` uses, several different ones of them
    (a Spanish text's many "de" are not Dutch: "het", "een" never come) and by a clear margin; None when no
    readable language stands out."""
    owners = _owner_of_word()
    found: dict[str, list[str]] = {code: [] for code in _function_words()}
    for word in WORD.findall(text[:sample_chars].lower()):  # one pass over the sample, not one per language
        code = owners.get(word)
        if code is not None:
            found[code].append(word)
    scores = [(len(set(words)), len(words), code) for code, words in found.items()]
    scores.sort(reverse=True)
    if not scores or scores[0][0] < MIN_FUNCTION_WORDS:
        return None
    if len(scores) > 1 and scores[0][1] < MARGIN * scores[1][1]:
        return None
    return scores[0][2]
