"""Everything language-specific, one folder per language: ``languages/<code>/``.

A folder holds ``temporal.json`` (the temporal grammar's words) and ``clauses.json`` (the words facts
and merging use). Adding a language is adding a folder, here or in a folder named by the environment
variable ``TIMELINE_LANGUAGES`` (searched first, several separated by the path separator); this module
is the one loader, and it checks each file against ``schema.py`` so a bad file fails at load time with
its path in the message.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from timeline.languages.names import calendar_names
from timeline.languages.schema import ClauseData, TemporalData

ROOT = Path(__file__).parent
EXTRA_ROOTS = "TIMELINE_LANGUAGES"  # environment variable: more folders of language folders
DEFAULT = "en"  # the language read when an article's own is unknown (too little text to tell)
Data = TypeVar("Data", bound=BaseModel)


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


def _load(path: Path, schema: type[Data]) -> Data:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except FileNotFoundError:
        raise LanguageDataError(f"{path}: no such language data file") from None
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


@cache
def temporal_data(code: str) -> TemporalData:
    """The temporal grammar's words of language ``code``; with ``calendar_names`` "dateparser", its month
    and weekday names are CLDR's (as dateparser ships them) together with the file's own."""
    data = _load(folder(code) / "temporal.json", TemporalData)
    if data.calendar_names is None:
        return data
    months, weekdays = calendar_names(code)
    return data.model_copy(update={"months": {**months, **data.months}, "weekdays": {**weekdays, **data.weekdays}})


@cache
def clause_data(code: str) -> ClauseData:
    """The clause and sentence words of language ``code``; a language without its own file uses the
    default language's (the words only cut clauses and compare them)."""
    path = folder(code) / "clauses.json"
    return _load(path if path.is_file() else folder(DEFAULT) / "clauses.json", ClauseData)
