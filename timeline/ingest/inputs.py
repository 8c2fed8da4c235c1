"""The inputs of a run: paths expanded, each read by its reader, each accounted for.

Bad input never stops the run: a file that cannot be read is recorded (skipped or error, with
the reason) and the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO, TextIO

from timeline.errors import InputError, internal_error_reason
from timeline.ingest.draft import Draft, finish
from timeline.ingest.encoding import decode, looks_binary
from timeline.ingest.readers import READERS, sniff_kind
from timeline.models import Article, InputRecord

STDIN = "-"
GivenDates = dt.date | Mapping[str | None, dt.date] | Mapping[str | Path | None, dt.date] | None
StdinSource = TextIO | BinaryIO | str | bytes | None


@dataclass(frozen=True)
class Ingested:
    """The articles of a run and what became of every input path."""

    articles: list[Article] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)


@dataclass(frozen=True)
class PendingArticle:
    """An article read and named, not yet finished: finishing (language detection) is left to whoever
    analyses it, so a process pool does that work too."""

    draft: Draft
    path: str
    given: tuple[dt.date, str] | None = None

    def finish(self) -> Article:
        return finish(self.draft, self.path, self.given)


@dataclass(frozen=True)
class InputFile:
    """One input path with its bytes (None when skipped before reading) and the reason it is skipped."""

    path: str
    data: bytes | None
    suffix: str
    skip: str | None = None

    def digest(self) -> str:
        """What an incremental run keys the input by: its content."""
        return hashlib.sha256(self.data or b"").hexdigest()


@dataclass(frozen=True)
class ReadInput:
    """What became of one input: its record and the articles read from it, not yet finished."""

    record: InputRecord
    pending: list[PendingArticle]
    wanted: list[str] = field(default_factory=list)  # the ids the articles asked for, before renaming


@dataclass
class InputReader:
    """Reads inputs one by one, naming each article uniquely across the run."""

    given: Mapping[str | None, dt.date]
    ids: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, published: GivenDates) -> InputReader:
        return cls(_given_map(published))

    def given_date(self, path: str) -> tuple[dt.date, str] | None:
        if not self.given:
            return None
        for key in (path, str(Path(path).resolve()) if path != STDIN else None, Path(path).name, None):
            if key in self.given:
                named = f"{key}=" if key is not None else ""
                return self.given[key], f"--published {named}{self.given[key].isoformat()}"
        return None

    def names_for(self, wanted: list[str]) -> list[str]:
        """The ids these wanted ids would get now, claiming nothing (an unchanged input keeps its results
        only if its articles would be named as before)."""
        taken, names = set(self.ids), []
        for article_id in wanted:
            name, n = article_id, 1
            while name in taken:
                n += 1
                name = f"{article_id}-{n}"
            taken.add(name)
            names.append(name)
        return names

    def claim(self, ids: list[str]) -> None:
        self.ids.update(ids)

    def unique_id(self, wanted: str) -> tuple[str, tuple[str, ...]]:
        (article_id,) = self.names_for([wanted])
        self.ids.add(article_id)
        note = (f"id {wanted!r} was already used in this run; renamed {article_id!r}",)
        return article_id, note if article_id != wanted else ()

    def read(self, source: InputFile) -> ReadInput:
        """The input's record and articles; a file that cannot be read is recorded, never raised."""
        if source.skip or source.data is None:
            return ReadInput(InputRecord(path=source.path, status="skipped", reason=source.skip), [])
        reason = _skip_reason(source.data, source.suffix)
        if reason:
            return ReadInput(InputRecord(path=source.path, status="skipped", reason=reason), [])
        try:
            text, encoding = decode(source.data, source.path)
        except InputError as error:
            return ReadInput(InputRecord(path=source.path, status="error", reason=str(error)), [])
        stem = "stdin" if source.path == STDIN else Path(source.path).stem
        try:
            try:
                results = READERS[source.suffix](text, stem, source.path)
            except InputError as error:  # a reader's complaint about the whole file (e.g. bad front matter)
                results = [error]
            return self._record(source.path, results, encoding)
        except Exception as error:  # a bug in one input costs only that input
            reason = internal_error_reason(error, "reading this input", f"`timeline articles {source.path}`")
            return ReadInput(InputRecord(path=source.path, status="error", reason=reason), [])

    def _record(self, path: str, results: list[Draft | InputError], encoding: str) -> ReadInput:
        errors = [str(r) for r in results if isinstance(r, InputError)]
        drafts = [r for r in results if isinstance(r, Draft)]
        pending = []
        for draft in drafts:
            article_id, notes = self.unique_id(draft.id)
            if encoding not in ("utf-8", "ascii"):
                notes += (f"text decoded as {encoding}",)
            renamed = replace(draft, id=article_id, meta=replace(draft.meta, warnings=draft.meta.warnings + notes))
            pending.append(PendingArticle(renamed, path, self.given_date(path)))
        status = "read" if drafts else "error"
        reason = "; ".join(errors) or (None if drafts else "no articles in it")
        ids = [article.draft.id for article in pending]
        record = InputRecord(path=path, status=status, reason=reason, articles=ids)
        return ReadInput(record, pending, [draft.id for draft in drafts])


def _given_map(published: GivenDates) -> Mapping[str | None, dt.date]:
    if published is None:
        return {}
    if isinstance(published, dt.date):
        return {None: published}
    return {None if key is None else str(key): date for key, date in published.items()}


def _matches(path: Path, root: Path, patterns: Iterable[str]) -> bool:
    relative = path.relative_to(root).as_posix()
    return any(fnmatch(relative, p) or fnmatch(path.name, p) for p in patterns)


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[tuple[Path, str | None]]:
    """Files under ``root`` in sorted order, each with the reason it is skipped (or None)."""
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts[:-1]) or path.is_dir():
            continue
        if path.name.startswith("."):
            yield path, "hidden file"
        elif include and not _matches(path, root, include):
            yield path, "not matched by --include"
        elif exclude and _matches(path, root, exclude):
            yield path, "matched by --exclude"
        else:
            yield path, None


def _read_stdin(stdin: StdinSource) -> bytes:
    if stdin is None:
        return sys.stdin.buffer.read()
    if isinstance(stdin, bytes):
        return stdin
    if isinstance(stdin, str):
        return stdin.encode("utf-8")
    data = stdin.read()
    return data if isinstance(data, bytes) else data.encode("utf-8")


def _skip_reason(data: bytes, suffix: str) -> str | None:
    if not data.strip():
        return "empty"
    if looks_binary(data):
        return "binary"
    if suffix not in READERS:
        return f"unsupported file type {suffix or '(no suffix)'!r}"
    return None


def load(path: str, skip: str | None = None, stdin: StdinSource = None) -> InputFile:
    """One input with its bytes: stdin read whole, a file read unless it is skipped or unreadable."""
    if path == STDIN:
        data = _read_stdin(stdin)
        return InputFile(STDIN, data, sniff_kind(data.decode("utf-8", "replace")))
    suffix = Path(path).suffix.lower()
    if skip:
        return InputFile(path, None, suffix, skip)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return InputFile(path, None, suffix, f"unreadable: {error.strerror or error}")
    return InputFile(path, data, suffix)


def input_paths(
    paths: Iterable[str | Path], *, include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> Iterator[tuple[str, str | None]]:
    """Every input path ("-" for stdin, directories walked recursively in sorted order), each with the
    reason it is skipped (or None), before anything is read."""
    include, exclude = tuple(include), tuple(exclude)
    for raw in paths:
        if str(raw) != STDIN and Path(raw).is_dir():
            for path, skip in _walk(Path(raw), include, exclude):
                yield str(path), skip
        else:
            yield str(raw), None


def read_inputs(
    paths: Iterable[str | Path],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    published: GivenDates = None,
    stdin: StdinSource = None,
) -> Ingested:
    """Read every path (files, directories recursively, "-" for stdin) into Articles.

    ``published`` gives dates the user knows: one date for every article, or a mapping from a
    path (or None, for all others) to a date; such a date wins, with method "given".
    """
    reader = InputReader.of(published)
    ingested = Ingested()
    for path, skip in input_paths(paths, include=include, exclude=exclude):
        read = reader.read(load(path, skip, stdin))
        try:
            ingested.articles.extend([pending.finish() for pending in read.pending])
        except Exception as error:  # a bug in one input costs only that input
            reason = internal_error_reason(error, "reading this input", f"`timeline articles {path}`")
            read = ReadInput(InputRecord(path=path, status="error", reason=reason), [])
        ingested.inputs.append(read.record)
    return ingested


def read_file(path: str | Path, published: GivenDates = None) -> list[Article]:
    """The articles of one file (for tests and library users); skipped or failed files give none."""
    return read_inputs([path], published=published).articles


def read_text(text: str, kind: str = ".txt", article_id: str = "text") -> list[Article]:
    """The articles of a string read as ``kind`` (a suffix such as ".txt", ".md", ".html")."""
    results = READERS[kind](text, article_id, article_id)
    return [finish(r, None) for r in results if isinstance(r, Draft)]
