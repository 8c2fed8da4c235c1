"""The on-disk cache of checked temporal.json files (timeline.languages)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from timeline import languages


def test_a_checked_file_is_kept_under_the_hash_of_the_schema_and_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(languages.CACHE_ROOT, str(tmp_path))
    languages.temporal_file.cache_clear()
    try:
        checked = languages.temporal_file("en")
        content = (languages.folder("en") / "temporal.json").read_bytes()
        key = hashlib.sha256(languages.SCHEMA_FILE.read_bytes() + b"\0" + content).hexdigest()
        kept = tmp_path / "languages" / f"temporal-{key}.json"
        assert kept.is_file()
        languages.temporal_file.cache_clear()
        assert languages.temporal_file("en") == checked  # read back from the kept file
    finally:
        languages.temporal_file.cache_clear()


def test_the_schema_is_read_once_for_every_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(languages.CACHE_ROOT, str(tmp_path))
    reads: list[Path] = []
    real = Path.read_bytes

    def counted(path: Path) -> bytes:
        reads.append(path)
        return real(path)

    languages._schema_hash.cache_clear()
    languages.temporal_file.cache_clear()
    monkeypatch.setattr(Path, "read_bytes", counted)
    try:
        for code in ("en", "de", "fr"):
            languages.temporal_file(code)
        assert reads.count(languages.SCHEMA_FILE) == 1
    finally:
        monkeypatch.undo()
        languages._schema_hash.cache_clear()
        languages.temporal_file.cache_clear()
