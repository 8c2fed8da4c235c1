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
from timeline.files import NotRegularFile, own_output, read_regular_file
from timeline.ingest.draft import Draft, finish
from timeline.ingest.encoding import decode, looks_binary
from timeline.ingest.readers import READERS, sniff_kind
from timeline.models import Article, InputRecord

STDIN = "-"
GivenDates = dt.date | Mapping[str | Path | None, dt.date] | None
StdinSource = TextIO | BinaryIO | str | bytes | None


@dataclass(frozen=True)
class Ingested:
    """The articles of a run and what became of every input path."""

    articles: list[Article] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)


@dataclass
class _Run:
    given: Mapping[str | None, dt.date]
    default: dt.date | None = None
    articles: list[Article] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)
    used: set[str | None] = field(default_factory=set)

    def given_date(self, path: str) -> tuple[dt.date, str] | None:
        if not self.given:
            return None
        for key in (path, str(Path(path).resolve()) if path != STDIN else None, Path(path).name, None):
            if key in self.given:
                self.used.add(key)
                named = f"{key}=" if key is not None else ""
                return self.given[key], f"--published {named}{self.given[key].isoformat()}"
        return None

    def unused_paths(self) -> list[str]:
        """--published PATH=DATE values whose PATH named none of the inputs read."""
        return sorted(key for key in self.given if key is not None and key not in self.used)

    def settle_ids(self) -> None:
        """Give articles that want the same id distinct ones, by their content rather than reading order:
        the one whose text sorts first (by digest, then path) keeps it, the others get -2, -3, ..."""
        groups: dict[str, list[int]] = {}
        for index, article in enumerate(self.articles):
            groups.setdefault(article.id, []).append(index)
        taken = set(groups)
        duplicates = {wanted: indexes for wanted, indexes in groups.items() if len(indexes) > 1}
        for wanted, indexes in duplicates.items():
            ordered = sorted(indexes, key=lambda i: (_digest(self.articles[i]), self.articles[i].path or ""))
            number = 1
            for index in ordered[1:]:
                number += 1
                while f"{wanted}-{number}" in taken:
                    number += 1
                article_id = f"{wanted}-{number}"
                taken.add(article_id)
                article = self.articles[index]
                note = f"id {wanted!r} was already used in this run; renamed {article_id!r} (chosen by content)"
                update = {"id": article_id, "warnings": [*article.warnings, note]}
                self.articles[index] = article.model_copy(update=update)
        if duplicates:
            self.inputs = _with_article_ids(self.inputs, self.articles)


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


def _record(run: _Run, path: str, results: list[Draft | InputError], encoding: str) -> None:
    errors = [str(r) for r in results if isinstance(r, InputError)]
    drafts = [r for r in results if isinstance(r, Draft)]
    notes = (f"text decoded as {encoding}",) if encoding not in ("utf-8", "ascii") else ()
    for draft in drafts:
        noted = replace(draft, meta=replace(draft.meta, warnings=draft.meta.warnings + notes))
        run.articles.append(finish(noted, path, run.given_date(path), run.default))
    ids = [draft.id for draft in drafts]  # settle_ids makes them distinct once every input is read
    status = "read" if drafts else "error"
    reason = "; ".join(errors) or (None if drafts else "no articles in it")
    run.inputs.append(InputRecord(path=path, status=status, reason=reason, articles=ids))


def _read_one(run: _Run, path: str, data: bytes, suffix: str) -> None:
    reason = _skip_reason(data, suffix)
    if reason:
        run.inputs.append(InputRecord(path=path, status="skipped", reason=reason))
        return
    try:
        text, encoding = decode(data, path)
    except InputError as error:
        run.inputs.append(InputRecord(path=path, status="error", reason=str(error)))
        return
    written_by_us = own_output(text)
    if written_by_us:
        reason = f"{written_by_us} written by timeline, not an article"
        run.inputs.append(InputRecord(path=path, status="skipped", reason=reason))
        return
    stem = "stdin" if path == STDIN else Path(path).stem
    articles = len(run.articles)
    try:
        try:
            results = READERS[suffix](text, stem, path)
        except InputError as error:  # a reader's complaint about the whole file (e.g. bad front matter)
            results = [error]
        _record(run, path, results, encoding)
    except Exception as error:  # a bug in one input costs only that input
        del run.articles[articles:]
        reason = internal_error_reason(error, "reading this input", f"`timeline articles {path}`")
        run.inputs.append(InputRecord(path=path, status="error", reason=reason))


def _read_path(run: _Run, path: Path, skip: str | None = None) -> None:
    if skip:
        run.inputs.append(InputRecord(path=str(path), status="skipped", reason=skip))
        return
    try:
        data = read_regular_file(path)
    except NotRegularFile as error:
        run.inputs.append(InputRecord(path=str(path), status="skipped", reason=str(error)))
        return
    except OSError as error:
        reason = f"unreadable: {error.strerror or error}"
        run.inputs.append(InputRecord(path=str(path), status="skipped", reason=reason))
        return
    _read_one(run, str(path), data, path.suffix.lower())


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
    run = _Run(_given_map(published), default_published)
    include, exclude = tuple(include), tuple(exclude)
    for raw in paths:
        if str(raw) == STDIN:
            data = _read_stdin(stdin)
            _read_one(run, STDIN, data, sniff_kind(data.decode("utf-8", "replace")))
        elif Path(raw).is_dir():
            for path, skip in _walk(Path(raw), include, exclude):
                _read_path(run, path, skip)
        else:
            _read_path(run, Path(raw))
    run.settle_ids()
    unused = run.unused_paths()
    if unused:
        raise InputError(f"--published names {', '.join(map(repr, unused))}, which is not among the inputs read")
    return Ingested(articles=run.articles, inputs=run.inputs)


def read_file(path: str | Path, published: GivenDates = None) -> list[Article]:
    """The articles of one file (for tests and library users); skipped or failed files give none."""
    return read_inputs([path], published=published).articles


def read_text(text: str, kind: str = ".txt", article_id: str = "text") -> list[Article]:
    """The articles of a string read as ``kind`` (a suffix such as ".txt", ".md", ".html")."""
    results = READERS[kind](text, article_id, article_id)
    return [finish(r, None) for r in results if isinstance(r, Draft)]
