"""Bytes to text: BOM, UTF-8, then a detected legacy encoding (Windows-1252 and the like)."""

from __future__ import annotations

import codecs
from typing import Any

from timeline.errors import InputError
from timeline.ingest.settings import READ, ReadSettings
from timeline.models import whole_characters

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
    """The text and the name of the encoding it was read in (saying which lines were repaired)."""
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
    mostly_utf8 = _utf8_with_legacy_lines(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    from charset_normalizer import from_bytes  # noqa: PLC0415 - 30 ms to import, for legacy bytes only

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text in any encoding we could detect", source=source)
    return str(best), best.encoding


# A UTF-8 file with a line pasted from a legacy source: that line is read in the legacy encoding
# most Western pages used (Windows-1252, a superset of Latin-1's printable characters).
LEGACY_LINE_ENCODING = "cp1252"


def _utf8_with_legacy_lines(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with the lines that are not UTF-8 read as LEGACY_LINE_ENCODING, when other lines prove
    the file UTF-8 (they hold non-ASCII UTF-8); None when nothing does."""
    lines = data.splitlines(keepends=True)
    texts: list[str] = []
    repaired: list[int] = []
    proven = False
    for number, line in enumerate(lines, start=1):
        try:
            texts.append(line.decode("utf-8"))
            proven = proven or not line.isascii()
        except UnicodeDecodeError:
            texts.append(line.decode(LEGACY_LINE_ENCODING, errors="replace"))
            repaired.append(number)
    if not proven:
        return None
    shown = ", ".join(map(str, repaired[:10])) + (", ..." if len(repaired) > 10 else "")
    return "".join(texts), f"utf-8 (line {shown} read as {LEGACY_LINE_ENCODING})"


def replace_lone_surrogates(value: Any) -> Any:
    """JSON may escape half a UTF-16 pair ("\\udc21"): no text can hold it, so it becomes U+FFFD."""
    if isinstance(value, str):
        return whole_characters(value)
    if isinstance(value, list):
        return [replace_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {replace_lone_surrogates(key): replace_lone_surrogates(item) for key, item in value.items()}
    return value
