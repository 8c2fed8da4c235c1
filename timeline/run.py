"""The whole job as a Python API: inputs in, a stored and merged timeline out. The CLI only wraps it.

    import timeline
    result = timeline.build(["archive/"], jobs=4)                 # the Timeline model
    with timeline.build_stream(["archive/"], store="a.timeline.db") as built:
        for event in built.events():                               # streamed from the store, in order
            ...
        built.write("json", sys.stdout)

Stages, in order: inputs are listed and sorted (so the input order never matters), each is read
unless the store already holds it unchanged, its articles are analysed by the engine (this
process, a process pool, or a Dask cluster) and written to the store as they come back, in
order; then the corpus stage answers what articles ask the corpus, and each date partition
touched is merged again. Output is byte-identical whatever the engine, the number of jobs, the
input order, or whether the store held earlier results.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Any, Protocol

from timeline.engines import Engine, InProcess, engine_for
from timeline.infer import DatedFacts
from timeline.ingest.inputs import (
    Extracted,
    GivenDates,
    InputFile,
    InputReader,
    PendingArticle,
    StdinSource,
    extract,
    input_paths,
    load,
)
from timeline.models import Article, Event, InputRecord, Timeline
from timeline.pipeline import analyse, date_from_corpus, failed
from timeline.rank import top_periods
from timeline.ranking import rank_store
from timeline.store import EncodedResult, Store, StoredPartition, encode, merge_partition, merge_stored_partition
from timeline.temporal import Kind

ENGINE_VERSION = version("timeline-news")  # a store made by another version is read again from its inputs
BATCH_ARTICLES = 16  # articles sent to a worker at once: amortizes pickling, keeps batches short
# Articles whose questions the corpus answers at once: the facts sharing a word with their questions are
# loaded together (DatedFacts weighs no other fact, so any grouping gives the same answers). 1,000 keeps
# the facts of a page in tens of MB on the benchmark corpus while a page's query stays large.
QUESTIONING_PAGE = 1000
SQLITE_HEADER = b"SQLite format 3\x00"


class TextSink(Protocol):
    """Where a writer writes: a text file, standard output."""

    def writelines(self, texts: Iterable[str], /) -> object: ...


class Progress(Protocol):
    """What a build reports as it goes (the CLI draws a bar; the API is quiet by default)."""

    def start(self, total_bytes: int) -> None: ...

    def advance(self, articles: int, size: float, errors: int) -> None: ...

    def stage(self, name: str) -> None: ...

    def stop(self) -> None: ...


class Quiet:
    def start(self, total_bytes: int) -> None:
        pass

    def advance(self, articles: int, size: float, errors: int) -> None:
        pass

    def stage(self, name: str) -> None:
        pass

    def stop(self) -> None:
        pass


def build(paths: Iterable[str | Path], **options: Any) -> Timeline:
    """The Timeline of the articles in ``paths`` (files, directories, "-" for stdin).

    Options are those of ``build_stream``; the whole timeline is held in memory, so for an archive
    prefer ``build_stream`` and read or write the events from the store.
    """
    with build_stream(paths, **options) as built:
        return built.timeline()


@contextmanager
def build_stream(
    paths: Iterable[str | Path],
    *,
    store: str | Path | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    client: Any = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    published: GivenDates = None,
    default_published: dt.date | None = None,
    title: str | None = None,
    top: int | None = None,
    kind: Kind = Kind.AUTO,
    stdin: StdinSource = None,
    progress: Progress | None = None,
) -> Iterator[Built]:
    """Build into ``store`` (a temporary one when None) and yield it for streaming reads and writes.

    ``jobs``: worker processes of the local engine (None: every core; 1: this process).
    ``engine="dask"`` with ``scheduler="tcp://HOST:8786"`` (or a ``distributed.Client`` as ``client``)
    runs the per-article stages on a Dask cluster; reading, the store and merging stay here.
    ``kind`` reads every article as news, as a history, or (auto) as its text tells; ``top`` keeps the
    events of the ``top`` most salient dates.
    """
    with _opened(store) as opened:
        opened.set_title(title)
        runner = engine_for(engine, jobs, scheduler, client)
        reader = InputReader.of(published, default_published)
        job = _Build(opened, reader, progress or Quiet(), kind)
        try:
            job.run(sorted(dict(input_paths(paths, include=include, exclude=exclude)).items()), runner, stdin)
        finally:
            runner.close()
        reader.check_used()
        yield Built(opened, job.stats, top=top)


def open_store(path: str | Path) -> Store:
    """A store written by ``build_stream`` or ``timeline build --store``, for rendering and queries."""
    return Store(path, engine=None, create=False)


def is_store(path: str | Path) -> bool:
    """Whether the file is an SQLite database (a store), by its header."""
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def timeline_of_articles(
    articles: Iterable[Article],
    inputs: Iterable[InputRecord],
    *,
    title: str | None,
    top: int | None = None,
    kind: Kind = Kind.AUTO,
) -> Timeline:
    """Articles already read (tests, library users), analysed in this process through a temporary store."""
    with _opened(None) as store:
        store.set_title(title)
        with store.transaction():
            for article in sorted(articles, key=lambda a: a.id):
                store.put_result(article.path or "", _analysed(article, kind))
            for record in inputs:
                store.put_input(record, "", record.articles)
        _finish(store, Quiet(), kind, InProcess())
        return Built(store, top=top).timeline()


@contextmanager
def _opened(path: str | Path | None) -> Iterator[Store]:
    if path is not None:
        store = Store(path, engine=ENGINE_VERSION)
        try:
            yield store
        finally:
            store.close()
        return
    with tempfile.TemporaryDirectory(prefix="timeline-") as folder:
        store = Store(Path(folder) / "build.timeline.db", engine=ENGINE_VERSION)
        try:
            yield store
        finally:
            store.close()


def _analysed(article: Article, kind: Kind) -> EncodedResult:
    return encode(analyse(article, kind), article)


def analyse_batch(batch: list[PendingArticle], kind: Kind = Kind.AUTO) -> list[EncodedResult]:
    """The per-article stages over a batch, as a worker runs them: finish (language), analyse, encode."""
    return [_finished_and_analysed(pending, kind) for pending in batch]


def _finished_and_analysed(pending: PendingArticle, kind: Kind) -> EncodedResult:
    try:
        article = pending.finish()
    except Exception as error:  # a bug in one article costs only that article
        article = Article(id=pending.draft.id, path=pending.path, text="")
        return encode(failed(article, error, "reading this article"), article)
    return _analysed(article, kind)


@dataclass
class RunStats:
    """What a build did: articles analysed, articles the store held unchanged, inputs it forgot."""

    analysed: int = 0
    unchanged: int = 0
    removed: int = 0

    def summary(self) -> str:
        unchanged = f"{self.unchanged} unchanged in the store"
        return f"{self.analysed} article(s) analysed, {unchanged}, {self.removed} input(s) removed"


@dataclass(frozen=True)
class _Opened:
    """An input read from disk and keyed."""

    path: str
    digest: str
    source: InputFile
    stored: tuple[list[str], list[str]] | None = None  # the store holds this key: the ids it wanted and got


def _extracted(source: InputFile | None) -> Extracted | None:
    """What a worker makes of an input: extracted, or nothing when the store may hold it unchanged."""
    return None if source is None else extract(source)


@dataclass
class _Waiting:
    """An input whose articles are out with the engine."""

    record: InputRecord
    digest: str
    wanted: list[str]
    remaining: int
    share: float  # of the input's bytes, per article, for the progress bar


@dataclass
class _Build:
    store: Store
    reader: InputReader
    progress: Progress
    kind: Kind
    waiting: deque[_Waiting] = field(default_factory=deque)
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of each input, stat-ed once, for the progress bar
    errors: int = 0
    stats: RunStats = field(default_factory=RunStats)

    def run(self, sources: list[tuple[str, str | None]], runner: Engine, stdin: StdinSource) -> None:
        self.sizes = {path: _size(path) for path, _ in sources}
        self.progress.start(sum(self.sizes.values()))
        try:
            with self.store.transaction():
                for results in runner.map(
                    partial(analyse_batch, kind=self.kind), self._batches(sources, stdin, runner)
                ):
                    for encoded in results:
                        self._write(encoded)
                self._drop_removed({path for path, _ in sources})
            _finish(self.store, self.progress, self.kind, runner)
        finally:
            self.progress.stop()

    def _batches(
        self, sources: list[tuple[str, str | None]], stdin: StdinSource, runner: Engine
    ) -> Iterator[list[PendingArticle]]:
        """Batches of articles to analyse. Inputs are extracted on the engine (HTML extraction is the
        costliest part of reading), then named here in path order, so ids never depend on the engine."""
        sent: deque[_Opened] = deque()

        def to_extract() -> Iterator[InputFile | None]:
            for path, skip in sources:
                sent.append(self._opened(path, skip, stdin))
                yield None if sent[-1].stored is not None else sent[-1].source

        batch: list[PendingArticle] = []
        for extracted in runner.map(_extracted, to_extract()):  # in order: each answers the oldest sent
            for pending in self._read(sent.popleft(), extracted):
                batch.append(pending)
                if len(batch) == BATCH_ARTICLES:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def _opened(self, path: str, skip: str | None, stdin: StdinSource) -> _Opened:
        """An input's bytes and key, and what the store holds under that key."""
        source = load(path, skip, stdin)
        given = self.reader.given_date(path)
        digest = f"{source.digest()}|{given[0] if given else ''}|{source.skip or ''}|{self.kind}"
        known = self.store.known_input(path)
        if known is not None and known[0] == digest:
            return _Opened(path, digest, source, (known[1], known[2].articles))
        return _Opened(path, digest, source)

    def _read(self, opened: _Opened, extracted: Extracted | None) -> list[PendingArticle]:
        """The articles of one input to analyse: none when the store holds it unchanged."""
        path = opened.path
        if opened.stored is not None:
            wanted, stored_names = opened.stored
            names = self.reader.names_for(wanted)
            if names == stored_names:
                self.reader.claim(names)
                self.stats.unchanged += len(names)
                self.progress.advance(len(names), self.sizes[path], 0)
                return []
        if extracted is None:  # unchanged, but its ids now go to another input: read it again
            extracted = extract(opened.source)
        read = self.reader.named(extracted)
        self.errors += read.record.status == "error"
        self.store.drop_input(path)
        if not read.pending:
            self.store.put_input(read.record, opened.digest, read.wanted)
            self.progress.advance(0, self.sizes[path], self.errors)
            return []
        share = self.sizes[path] / len(read.pending)
        self.waiting.append(_Waiting(read.record, opened.digest, read.wanted, len(read.pending), share))
        return read.pending

    def _write(self, encoded: EncodedResult) -> None:
        self.stats.analysed += 1
        head = self.waiting[0]
        self.store.put_result(head.record.path, encoded)
        head.remaining -= 1
        if head.remaining == 0:
            self.store.put_input(head.record, head.digest, head.wanted)
            self.waiting.popleft()
        self.progress.advance(1, head.share, self.errors)
        self.store.commit_soon()

    def _drop_removed(self, seen: set[str]) -> None:
        """Forget inputs (and articles of half-recorded ones) that this run no longer names."""
        stored = set(self.store.input_paths()) | self.store.article_inputs()
        for path in sorted(stored - seen):
            self.store.drop_input(path)
            self.stats.removed += 1


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _finish(store: Store, progress: Progress, kind: Kind, runner: Engine) -> None:
    """The corpus stage, then every date partition that changed merged again, side by side on the engine."""
    progress.stage("dating from the corpus")
    after = ""
    while questioning := store.questioning(after, QUESTIONING_PAGE):
        dated = store.dated_facts(question for _, questions, _ in questioning for question in questions)
        with store.transaction():
            for article_id, questions, before in questioning:
                answers = _answers(questions, dated)
                if answers != before:  # a result rests only on its article and these answers
                    article = store.article(article_id)
                    store.put_corpus_result(encode(date_from_corpus(article, dated, kind), article), answers)
        after = questioning[-1][0]
    progress.stage("merging")
    years = store.dirty_partitions()
    if runner.shares_disk:  # workers read each partition's facts from the store themselves
        merged = runner.map(merge_stored_partition, (StoredPartition(store.path, year) for year in years))
    else:
        merged = runner.map(merge_partition, map(store.partition_facts, years))
    for year, events in zip(years, merged, strict=True):
        store.put_partition(year, events)
    progress.stage("ranking")
    rank_store(store)


def _answers(questions: list[str], dated: DatedFacts) -> str:
    """What the corpus answers an article's questions: the day and the articles that date each event."""
    found = [dated.original(question) for question in questions]
    return json.dumps([[o.day.isoformat(), list(o.articles)] if o else None for o in found], ensure_ascii=False)


@dataclass
class Built:
    """A built timeline in its store, ranked: read it back in output order, or write it in any format.

    JSON and JSON Lines are streamed from the store event by event (docs/store.md); the other
    formats and ``timeline()`` hold the whole timeline's models.
    """

    store: Store
    stats: RunStats = field(default_factory=RunStats)
    top: int | None = None

    def timeline(self) -> Timeline:
        return Timeline(
            title=self.store.title(),
            articles=list(self.store.articles()),
            events=list(self.events()),
            unanchored=list(self.store.unanchored()),
            inputs=list(self.store.inputs()),
        )

    def inputs(self) -> list[InputRecord]:
        return list(self.store.inputs())

    def events(self) -> Iterator[Event]:
        return map(Event.model_validate, self._event_dicts())

    def _event_dicts(self) -> Iterator[dict[str, Any]]:
        """The events in timeline order, only those of the ``top`` most salient dates when asked."""
        events = self.store.event_dicts()
        if self.top is None:
            return events
        kept = {(a.isoformat(), b.isoformat()) for a, b in top_periods(self.store.period_saliences(), self.top)}
        return (event for event in events if (event["date"]["earliest"], event["date"]["latest"]) in kept)

    def write(self, fmt: str, out: TextSink, *, all_undated: bool = False) -> None:
        out.writelines(self.pieces(fmt, all_undated=all_undated))

    def pieces(self, fmt: str, *, all_undated: bool = False) -> Iterator[str]:
        """The timeline in ``fmt``: JSON and JSON Lines streamed from the store, the other formats whole.

        ``all_undated`` lists every vague reference in the readable formats, not one line per article.
        """
        from timeline.render import json_format, render_pieces  # noqa: PLC0415 - formats load on use

        if fmt == "jsonl":
            return json_format.lines(self._event_dicts())
        if fmt == "json":
            lists = {
                "articles": self.store.article_dicts(),
                "events": self._event_dicts(),
                "unanchored": self.store.unanchored_dicts(),
                "inputs": self.store.input_dicts(),
            }
            return json_format.stream(Timeline(title=self.store.title()), lists)
        return render_pieces(self.timeline(), fmt, all_undated=all_undated)
