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
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import BinaryIO, TextIO
from urllib.parse import urlsplit

from timeline.errors import InputError, internal_error_reason
from timeline.files import NotRegularFile, own_output, read_regular_file
from timeline.ingest.draft import Draft, finish
from timeline.ingest.encoding import decode, looks_binary
from timeline.ingest.readers import READERS, sniff_kind
from timeline.models import Article, InputRecord

STDIN = "-"
URL_MARK = "://"  # what sets a URL ("s3://bucket/key") apart from a local path
GivenDates = dt.date | Mapping[str | None, dt.date] | Mapping[str | Path | None, dt.date] | None
StdinSource = TextIO | BinaryIO | str | bytes | None


@dataclass(frozen=True)
class Ingested:
    """The articles of a run and what became of every input path."""

    articles: list[Article] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)


class UnusedPublishedPaths(InputError):
    """--published PATH=DATE values whose PATH named none of the inputs read."""


@dataclass(frozen=True)
class PendingArticle:
    """An article read and named, not yet finished: finishing (language detection) is left to whoever
    analyses it, so a process pool does that work too."""

    draft: Draft
    path: str
    given: tuple[dt.date, str] | None = None
    default: dt.date | None = None

    def finish(self) -> Article:
        return finish(self.draft, self.path, self.given, self.default)


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
    """Reads inputs one by one. With ``rename`` (a streaming build, inputs in sorted path order) each
    article gets an id unique across the run as it is read; without, ids are settled by content once
    every input is read (``settle_ids``)."""

    given: Mapping[str | None, dt.date]
    default: dt.date | None = None
    rename: bool = True
    ids: set[str] = field(default_factory=set)
    used: set[str | None] = field(default_factory=set)

    @classmethod
    def of(cls, published: GivenDates, default: dt.date | None = None, *, rename: bool = True) -> InputReader:
        return cls(_given_map(published), default, rename)

    def given_date(self, path: str) -> tuple[dt.date, str] | None:
        if not self.given:
            return None
        for key in (path, str(Path(path).resolve()) if path != STDIN else None, Path(path).name, None):
            if key in self.given:
                self.used.add(key)
                named = f"{key}=" if key is not None else ""
                return self.given[key], f"--published {named}{self.given[key].isoformat()}"
        return None

    def check_used(self) -> None:
        """UnusedPublishedPaths when a --published PATH named none of the inputs read."""
        unused = sorted(key for key in self.given if key is not None and key not in self.used)
        if unused:
            names = ", ".join(map(repr, unused))
            raise UnusedPublishedPaths(f"--published names {names}, which is not among the inputs read")

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

    def read(self, source: InputFile) -> ReadInput:
        """The input's record and articles; a file that cannot be read is recorded, never raised."""
        return self.named(extract(source))

    def named(self, extracted: Extracted) -> ReadInput:
        """The record and articles of an input extracted (here or by a worker), its articles named in
        the order inputs come, so ids never depend on where the input was extracted."""
        if extracted.record is not None:
            return ReadInput(extracted.record, [])
        return self._record(extracted.path, extracted.drafts, extracted.errors, extracted.encoding)

    def _record(self, path: str, drafts: list[Draft], errors: list[str], encoding: str) -> ReadInput:
        decoded = (f"text decoded as {encoding}",) if encoding not in ("utf-8", "ascii") else ()
        names = self.names_for([draft.id for draft in drafts]) if self.rename else [d.id for d in drafts]
        self.claim(names)
        pending = []
        for draft, name in zip(drafts, names, strict=True):
            renamed = (f"id {draft.id!r} was already used in this run; renamed {name!r}",) if name != draft.id else ()
            notes = draft.meta.warnings + renamed + decoded
            noted = replace(draft, id=name, meta=replace(draft.meta, warnings=notes))
            pending.append(PendingArticle(noted, path, self.given_date(path), self.default))
        status = "read" if drafts else "error"
        reason = "; ".join(errors) or (None if drafts else "no articles in it")
        record = InputRecord(path=path, status=status, reason=reason, articles=names)
        return ReadInput(record, pending, [draft.id for draft in drafts])


@dataclass(frozen=True)
class Extracted:
    """What its reader made of one input (HTML extraction included), before its articles are named."""

    path: str
    drafts: list[Draft] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # a reader's complaints about parts of the input
    encoding: str = "utf-8"
    record: InputRecord | None = None  # the whole input skipped or failed: nothing else came of it


def extract(source: InputFile) -> Extracted:
    """Decode one input and run its reader: pure, so a worker process may do it (HTML extraction is the
    costliest step of reading). A file that cannot be read is recorded, never raised."""
    if source.skip or source.data is None:
        return Extracted(source.path, record=InputRecord(path=source.path, status="skipped", reason=source.skip))
    reason = _skip_reason(source.data, source.suffix)
    if reason:
        return Extracted(source.path, record=InputRecord(path=source.path, status="skipped", reason=reason))
    try:
        text, encoding = decode(source.data, source.path)
    except InputError as error:
        return Extracted(source.path, record=InputRecord(path=source.path, status="error", reason=str(error)))
    written_by_us = own_output(text)
    if written_by_us:
        reason = f"{written_by_us} written by timeline, not an article"
        return Extracted(source.path, record=InputRecord(path=source.path, status="skipped", reason=reason))
    stem = "stdin" if source.path == STDIN else Path(source.path).stem
    try:
        try:
            results = READERS[source.suffix](text, stem, source.path)
        except InputError as error:  # a reader's complaint about the whole file (e.g. bad front matter)
            results = [error]
    except Exception as error:  # a bug in one input costs only that input
        reason = internal_error_reason(error, "reading this input", f"`timeline articles {source.path}`")
        return Extracted(source.path, record=InputRecord(path=source.path, status="error", reason=reason))
    drafts = [r for r in results if isinstance(r, Draft)]
    errors = [str(r) for r in results if isinstance(r, InputError)]
    return Extracted(source.path, drafts, errors, encoding)


def settle_ids(articles: list[Article], inputs: list[InputRecord]) -> tuple[list[Article], list[InputRecord]]:
    """Give articles that want the same id distinct ones, by their content rather than reading order:
    the one whose text sorts first (by digest, then path) keeps it, the others get -2, -3, ..."""
    groups: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        groups.setdefault(article.id, []).append(index)
    taken = set(groups)
    duplicates = {wanted: indexes for wanted, indexes in groups.items() if len(indexes) > 1}
    for wanted, indexes in duplicates.items():
        ordered = sorted(indexes, key=lambda i: (_digest(articles[i]), articles[i].path or ""))
        number = 1
        for index in ordered[1:]:
            number += 1
            while f"{wanted}-{number}" in taken:
                number += 1
            article_id = f"{wanted}-{number}"
            taken.add(article_id)
            article = articles[index]
            note = f"id {wanted!r} was already used in this run; renamed {article_id!r} (chosen by content)"
            update = {"id": article_id, "warnings": [*article.warnings, note]}
            articles[index] = article.model_copy(update=update)
    if duplicates:
        inputs = _with_article_ids(inputs, articles)
    return articles, inputs


def _digest(article: Article) -> str:
    return hashlib.sha1(f"{article.title}\n{article.text}".encode("utf-8", "replace")).hexdigest()


def _with_article_ids(inputs: list[InputRecord], articles: list[Article]) -> list[InputRecord]:
    """Each record's article ids as the articles now have them (an input read twice takes its share)."""
    queues: dict[str | None, list[str]] = {}
    for article in articles:
        queues.setdefault(article.path, []).append(article.id)
    settled = []
    for record in inputs:
        queue = queues.get(record.path, [])
        ids, queues[record.path] = queue[: len(record.articles)], queue[len(record.articles) :]
        settled.append(record.model_copy(update={"articles": ids}) if record.articles else record)
    return settled


def _given_map(published: GivenDates) -> Mapping[str | None, dt.date]:
    if published is None:
        return {}
    if isinstance(published, dt.date):
        return {None: published}
    return {None if key is None else str(key): date for key, date in published.items()}


def _matches(relative: str, patterns: Iterable[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch(relative, p) or fnmatch(name, p) for p in patterns)


def _walk(
    files: Iterable[tuple[str, str]], include: tuple[str, ...], exclude: tuple[str, ...]
) -> Iterator[tuple[str, str | None]]:
    """The files of a folder (each its path and its path within the folder, "/"-separated), in sorted
    order, each with the reason it is skipped (or None); files in hidden folders are left out."""
    for path, relative in sorted(files):
        *folders, name = relative.split("/")
        if any(part.startswith(".") for part in folders):
            continue
        if name.startswith("."):
            yield path, "hidden file"
        elif include and not _matches(relative, include):
            yield path, "not matched by --include"
        elif exclude and _matches(relative, exclude):
            yield path, "matched by --exclude"
        else:
            yield path, None


def _local_files(root: Path) -> Iterator[tuple[str, str]]:
    for path in root.rglob("*"):
        if not path.is_dir():
            yield str(path), path.relative_to(root).as_posix()


def is_url(path: str) -> bool:
    """An fsspec URL ("s3://bucket/archive/", "https://host/page.html"), read through fsspec."""
    return URL_MARK in path and not Path(path).exists()


def _fsspec() -> ModuleType:
    try:
        import fsspec  # noqa: PLC0415 - an optional extra, loaded only for URLs
    except ImportError as error:
        raise InputError("reading URLs needs fsspec: pip install 'timeline-news[dask]'") from error
    return fsspec


def _remote_files(url: str) -> Iterator[tuple[str, str]] | None:
    """The files under a URL naming a folder (full URLs, and paths within it); None for one file."""
    try:
        fs, root = _fsspec().core.url_to_fs(url)
    except (ValueError, ImportError) as error:  # an unknown protocol, or one whose package is missing
        raise InputError(f"{url}: {error}") from error
    if not fs.isdir(root):
        return None
    root = root.rstrip("/")
    return ((fs.unstrip_protocol(path), path[len(root) :].lstrip("/")) for path in fs.find(root))


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


def _read_url(url: str) -> bytes:
    with _fsspec().open(url, "rb") as file:
        data: bytes = file.read()
    return data


def load(path: str, skip: str | None = None, stdin: StdinSource = None) -> InputFile:
    """One input with its bytes: stdin read whole, a file read unless it is skipped or unreadable."""
    if path == STDIN:
        data = _read_stdin(stdin)
        return InputFile(STDIN, data, sniff_kind(data.decode("utf-8", "replace")))
    suffix = PurePosixPath(urlsplit(path).path).suffix.lower() if is_url(path) else Path(path).suffix.lower()
    if skip:
        return InputFile(path, None, suffix, skip)
    try:
        data = _read_url(path) if is_url(path) else read_regular_file(Path(path))
    except NotRegularFile as error:
        return InputFile(path, None, suffix, str(error))
    except OSError as error:
        return InputFile(path, None, suffix, f"unreadable: {error.strerror or error}")
    return InputFile(path, data, suffix)


def input_paths(
    paths: Iterable[str | Path], *, include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> Iterator[tuple[str, str | None]]:
    """Every input path ("-" for stdin, directories walked recursively in sorted order), each with the
    reason it is skipped (or None), before anything is read."""
    include, exclude = tuple(include), tuple(exclude)
    for raw in map(str, paths):
        files = _remote_files(raw) if is_url(raw) else _local_files(Path(raw)) if Path(raw).is_dir() else None
        if raw != STDIN and files is not None:
            yield from _walk(files, include, exclude)
        else:
            yield raw, None


def read_inputs(
    paths: Iterable[str | Path],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    published: GivenDates = None,
    default_published: dt.date | None = None,
    stdin: StdinSource = None,
) -> Ingested:
    """Read every path (files, directories recursively, "-" for stdin) into Articles.

    ``published`` gives dates the user knows: one date for every article, or a mapping from a
    path (or None, for all others) to a date; such a date wins, with method "given". A path in it
    that names none of the inputs is an InputError. ``default_published`` dates only the articles
    whose input says nothing of their date.
    """
    reader = InputReader.of(published, default_published, rename=False)
    articles: list[Article] = []
    inputs: list[InputRecord] = []
    for path, skip in input_paths(paths, include=include, exclude=exclude):
        read = reader.read(load(path, skip, stdin))
        try:
            articles.extend([pending.finish() for pending in read.pending])
        except Exception as error:  # a bug in one input costs only that input
            reason = internal_error_reason(error, "reading this input", f"`timeline articles {path}`")
            read = ReadInput(InputRecord(path=path, status="error", reason=reason), [])
        inputs.append(read.record)
    articles, inputs = settle_ids(articles, inputs)
    reader.check_used()
    return Ingested(articles=articles, inputs=inputs)


def read_file(path: str | Path, published: GivenDates = None) -> list[Article]:
    """The articles of one file (for tests and library users); skipped or failed files give none."""
    return read_inputs([path], published=published).articles


def read_text(text: str, kind: str = ".txt", article_id: str = "text") -> list[Article]:
    """The articles of a string read as ``kind`` (a suffix such as ".txt", ".md", ".html")."""
    results = READERS[kind](text, article_id, article_id)
    return [finish(r, None) for r in results if isinstance(r, Draft)]
