"""Everything language-specific, one folder per language: ``languages/<code>/``.

A folder holds ``temporal.json`` (the temporal grammar's words) and ``clauses.json`` (the words facts
and merging use). Adding a language is adding a folder, here or in a folder named by the environment
variable ``TIMELINE_LANGUAGES`` (searched first, several separated by the path separator); this module
is the one loader, and it checks each file against ``schema.py`` so a bad file fails at load time with
its path in the message.

Checking a file needs pydantic to build the schema's validators, about 30 ms that `timeline tag` would pay
on every start; so a checked ``temporal.json`` is kept, as plain JSON, in a cache folder under a hash of
the file's and the schema's bytes, and read back from there while neither has changed (an edited file, or
an edited schema, is checked afresh). The cache is ``$TIMELINE_CACHE`` (empty: none), else
``$XDG_CACHE_HOME/timeline``, else ``~/.cache/timeline``; where it cannot be written, files are checked on
every start, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from timeline.languages.names import calendar_names

if TYPE_CHECKING:
    from pydantic import BaseModel

    from timeline.languages.schema import ClauseData

ROOT = Path(__file__).parent
EXTRA_ROOTS = "TIMELINE_LANGUAGES"  # environment variable: more folders of language folders
DEFAULT = "en"  # the language read when an article's own is unknown (too little text to tell)
CACHE_ROOT = "TIMELINE_CACHE"  # environment variable: the folder of checked files (empty: keep none)
SCHEMA_FILE = Path(__file__).with_name("schema.py")  # its bytes are part of each cache key
Data = TypeVar("Data", bound="BaseModel")


class LanguageDataError(ValueError):
    """A language's data file is missing, not JSON, or not of the schema's shape."""


def roots() -> list[Path]:
    """The folders holding language folders, the user's first."""
    extra = os.environ.get(EXTRA_ROOTS, "")
    return [*(Path(part) for part in extra.split(os.pathsep) if part), ROOT]


def folder(code: str) -> Path:
    """The data folder of language ``code``: the first root that has it (else the built-in place)."""
    return next((root / code for root in roots() if (root / code / "temporal.json").is_file()), ROOT / code)


@cache
def available(code: str) -> bool:
    """Whether ``code`` (an ISO 639-1 code) has a data folder; asked once per article, answered from
    disk once per language."""
    return code.isalpha() and (folder(code) / "temporal.json").is_file()


@cache
def codes() -> tuple[str, ...]:
    """Every language with a data folder, sorted."""
    names = {path.name for root in roots() if root.is_dir() for path in root.iterdir()}
    return tuple(sorted(name for name in names if available(name)))


class _DuplicateKey(ValueError):
    """A key written twice in one object: JSON keeps the last silently, so one of the two is lost."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LanguageDataError(f"{path}: no such language data file") from None


def _checked(path: Path, content: bytes, schema: type[Data]) -> Data:
    """The file's content as ``schema``; LanguageDataError names the file and what is wrong."""
    from pydantic import ValidationError  # noqa: PLC0415 - only files not in the cache are checked

    try:
        raw = json.loads(content.decode("utf-8"), object_pairs_hook=_unique_keys)
    except _DuplicateKey as error:
        raise LanguageDataError(f"{path}: the key {error.args[0]!r} is written twice") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise LanguageDataError(f"{path}: not a JSON file ({error})") from None
    try:
        return schema.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, problem['loc'])) or '(top)'}: {problem['msg']}" for problem in error.errors()
        )
        raise LanguageDataError(f"{path}: {problems}") from None


def cache_folder() -> Path | None:
    """Where checked files are kept (see the module's docstring); None: nowhere."""
    given = os.environ.get(CACHE_ROOT)
    if given is not None:
        return Path(given) if given else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser(os.path.join("~", ".cache"))
    return Path(base) / "timeline"


@cache
def _schema_hash() -> Any:
    """The schema's bytes hashed once per process: each language's key goes on from a copy of it."""
    return hashlib.sha256(SCHEMA_FILE.read_bytes() + b"\0")


def _kept_file(content: bytes) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    digest = _schema_hash().copy()
    digest.update(content)
    key = digest.hexdigest()
    return folder / "languages" / f"temporal-{key}.json"


def _keep(kept: Path, data: dict[str, Any]) -> None:
    """Writes the checked data whole or not at all (a reader never sees half a file); a cache that cannot
    be written only costs the next start the check."""
    import tempfile  # noqa: PLC0415 - once per new file; every start would pay its import

    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=kept.parent, delete=False) as out:
            json.dump(data, out, ensure_ascii=False)
    except OSError:
        return
    try:
        os.replace(out.name, kept)
    except OSError:
        Path(out.name).unlink(missing_ok=True)


@cache
def temporal_file(code: str) -> dict[str, Any]:
    """The words of language ``code``'s own ``temporal.json``, checked against TemporalData, as plain data:
    defaults filled in, null fields left out (the form the grammar's tables are built from)."""
    path = folder(code) / "temporal.json"
    content = _read(path)
    kept = _kept_file(content)
    if kept is not None:
        try:
            data: dict[str, Any] = json.loads(kept.read_bytes())
        except (OSError, ValueError):  # not kept yet (or not readable): checked below
            pass
        else:
            return data
    from timeline.languages.schema import TemporalData  # noqa: PLC0415 - only files not in the cache are checked

    data = _checked(path, content, TemporalData).model_dump(exclude_none=True)
    if kept is not None:
        _keep(kept, data)
    return data


@cache
def temporal_tables(code: str) -> dict[str, Any]:
    """``temporal_file(code)``; with ``calendar_names`` "dateparser", its month and weekday names are CLDR's (as
    dateparser ships them) together with the file's own."""
    data = temporal_file(code)
    if data.get("calendar_names") is None:
        return data
    months, weekdays = calendar_names(code)
    return {**data, "months": {**months, **data["months"]}, "weekdays": {**weekdays, **data["weekdays"]}}


@cache
def clause_data(code: str) -> ClauseData:
    """The clause and sentence words of language ``code``; a language without its own file uses the
    default language's (the words only cut clauses and compare them)."""
    from timeline.languages.schema import ClauseData  # noqa: PLC0415 - `timeline tag` reads no clause words

    own = folder(code) / "clauses.json"
    path = own if own.is_file() else folder(DEFAULT) / "clauses.json"
    return _checked(path, _read(path), ClauseData)
