"""Bytes to text: BOM, UTF-8, then a detected legacy encoding (Windows-1252 and the like)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from timeline.errors import InputError
from timeline.ingest.settings import READ, ReadSettings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in _TEXT_CONTROLS)  # deleted to count the rest


def looks_binary(data: bytes, settings: ReadSettings = READ) -> bool:
    """NUL bytes or many control characters in the first block, and no BOM explaining them."""
    sample = data[: settings.binary_sample_bytes]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return bool(sample) and controls / len(sample) > settings.max_control_ratio


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:  # the mark says which encoding; bytes that break it are shown as �
                return data.decode(name, errors="replace"), f"{name} (invalid bytes replaced)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text in any encoding we could detect", source=source)
    return str(best), best.encoding
