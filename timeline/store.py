"""The embedded store of a build: every input, article result, fact and merged event, in one SQLite file.

Facts wait here rather than in a Python list, events are merged one date partition (a calendar
year) at a time, and writers read events back in order, so memory stays flat as an archive grows.
Kept on disk (``--store archive.timeline.db``), it makes reruns incremental: inputs are keyed by
path and content, and only new or changed ones are read. docs/store.md describes the format.

Every change is made in a transaction, so a build killed at any point leaves the store as it was
after its last commit; the next run finds what is missing (inputs not recorded, partitions still
marked for merging) and finishes the job.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from timeline.errors import InputError
from timeline.infer import DatedFacts
from timeline.ingest.report import ReportedArticle
from timeline.merge import merge_facts, profile_of, words_of
from timeline.models import Article, ArticleInfo, ArticleResult, Event, Fact, Granularity, InputRecord, Unanchored

FORMAT = "timeline-store"
FORMAT_VERSION = 2  # raise when the tables below change meaning; older and newer files are refused
# 2: partitions are merged again only when their facts changed (a checksum per partition), not when touched
FIRST_PASS, CORPUS_PASS = 0, 1
COMMIT_EVERY = 200  # articles written per transaction: few commits, little lost to a kill
CHECKSUM_MODULUS = 2**62  # fact digests and their sums per partition stay below it: SQLite adds them without overflow

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE inputs (
    path TEXT PRIMARY KEY, digest TEXT NOT NULL, wanted TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, input TEXT NOT NULL, questions TEXT NOT NULL,
    info TEXT NOT NULL, final_info TEXT, article TEXT, answers TEXT, failure TEXT,
    kept INTEGER NOT NULL, dropped INTEGER NOT NULL);
CREATE INDEX articles_input ON articles (input);
CREATE TABLE facts (
    article TEXT NOT NULL, pass INTEGER NOT NULL, final INTEGER NOT NULL, year INTEGER NOT NULL,
    day_precise INTEGER NOT NULL, data TEXT NOT NULL, digest INTEGER NOT NULL);
CREATE INDEX facts_partition ON facts (year, final);
CREATE INDEX facts_article ON facts (article);
CREATE TABLE stems (stem TEXT NOT NULL, fact INTEGER NOT NULL);
CREATE INDEX stems_stem ON stems (stem);
CREATE INDEX stems_fact ON stems (fact);
CREATE TABLE unanchored (article TEXT NOT NULL, pass INTEGER NOT NULL, final INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX unanchored_article ON unanchored (article);
CREATE TABLE events (year INTEGER NOT NULL, earliest TEXT NOT NULL, latest TEXT NOT NULL, id TEXT NOT NULL,
    status TEXT NOT NULL, text TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX events_order ON events (earliest, latest, id);
CREATE INDEX events_year ON events (year);
CREATE TABLE event_articles (event TEXT NOT NULL, article TEXT NOT NULL);
CREATE INDEX event_articles_article ON event_articles (article);
CREATE TABLE partitions (year INTEGER PRIMARY KEY, facts INTEGER NOT NULL, merged INTEGER);
"""


Stored = TypeVar("Stored", bound=BaseModel)


class StoreError(InputError):
    """A store that cannot be used as it is: another format, another version."""


@dataclass(frozen=True)
class EncodedResult:
    """An article's result as the rows the store keeps: serialized where it was made (in a worker)."""

    article_id: str
    questions: str
    info: str
    article: str | None
    facts: list[tuple[int, bool, str, list[str]]]  # year, day-precise, JSON, word stems (day-precise only)
    unanchored: list[str]
    failure: str | None
    kept: int  # characters of article text, for the run report
    dropped: int  # characters left out as page chrome


def encode(result: ArticleResult, article: Article) -> EncodedResult:
    """The rows of one result; the article itself is kept only when the corpus stage will read it again."""
    dated = article.published.date is not None
    facts = []
    for fact in result.facts:
        day_precise = dated and fact.date.granularity == Granularity.DAY and not fact.date.approximate
        stems = list(profile_of(words_of(fact))) if day_precise else []
        facts.append((_year(fact), day_precise, _dumped(fact), stems))
    return EncodedResult(
        article_id=result.article.id,
        questions=_json(result.questions),
        info=_dumped(result.article),
        article=_dumped(article) if result.questions else None,
        facts=facts,
        unanchored=[_dumped(u) for u in result.unanchored],
        failure=result.failure,
        kept=len(article.text),
        dropped=sum(len(block.text) for block in article.dropped),
    )


@dataclass(frozen=True)
class EncodedEvent:
    """A merged event as the store keeps it: serialized where it was merged (in a worker)."""

    earliest: str
    latest: str
    id: str
    status: str
    text: str
    data: str
    articles: list[str]  # the articles it cites, for queries by article


def merge_partition(facts: list[str]) -> list[EncodedEvent]:
    """The events of one date partition, from its stored facts: pure, so any worker may merge it."""
    return [
        EncodedEvent(
            earliest=str(event.date.earliest),
            latest=str(event.date.latest),
            id=event.id,
            status=event.status,
            text=event.text,
            data=_dumped(event),
            articles=sorted({source.article for source in event.sources}),
        )
        for event in merge_facts(_loaded(Fact, data) for data in facts)
    ]


def _json(value: object) -> str:
    """JSON as SQLite can hold it: UTF-8, or with escapes when the text has lone surrogates (bad input)."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return text


def _dumped(model: BaseModel) -> str:
    return _json(model.model_dump(mode="json"))


def _loaded(kind: type[Stored], data: str) -> Stored:
    """The model back from its JSON: pydantic's parser (about 3 times faster), or Python's for text with
    escaped lone surrogates (bad input), which pydantic's refuses."""
    try:
        return kind.model_validate_json(data)
    except ValueError:
        return kind.model_validate(json.loads(data))


def _digest(data: str) -> int:
    """A stored fact's digest, below CHECKSUM_MODULUS."""
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=8).digest()) >> 2


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _year(fact: Fact) -> int:
    """The date partition a fact is merged in: the calendar year its date starts in."""
    return fact.date.earliest.year if fact.date.earliest else 0


@dataclass(frozen=True)
class EventQuery:
    """Which stored events to list: overlapping a date range, holding words, citing an article, of a status."""

    first: str | None = None  # ISO date: events that end on or after it
    last: str | None = None  # ISO date: events that start on or before it
    text: str | None = None  # words the event's text holds (case-insensitive)
    article: str | None = None  # an article id the event cites
    status: str | None = None  # occurred or planned

    def sql(self) -> tuple[list[str], list[object]]:
        conditions: list[str] = []
        parameters: list[object] = []
        for clause, value in (
            ("latest >= ?", self.first),
            ("earliest <= ?", self.last),
            ("text LIKE ? ESCAPE '\\'", _like(self.text) if self.text else None),
            ("id IN (SELECT event FROM event_articles WHERE article = ?)", self.article),
            ("status = ?", self.status),
        ):
            if value is not None:
                conditions.append(clause)
                parameters.append(value)
        return conditions, parameters


def _like(words: str) -> str:
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """One store file (or a temporary one), opened for a build, a render or a query."""

    def __init__(self, path: str | Path, *, engine: str | None, create: bool = True) -> None:
        """``engine`` None opens a store to read it (render, query), never clearing it."""
        self.path = str(path)
        if not create and not Path(path).is_file():
            raise StoreError(f"{path}: no such store")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._check_or_create(engine)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path}: not a timeline store ({error})") from error
        self._pending = 0

    def _check_or_create(self, engine: str | None) -> None:
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables and engine is not None:
            marks = {"format": FORMAT, "version": str(FORMAT_VERSION), "engine": engine}
            rows = "".join(f"INSERT INTO meta VALUES ({_quoted(k)}, {_quoted(v)});" for k, v in marks.items())
            self.db.executescript(f"BEGIN;{SCHEMA}{rows}COMMIT;")
            return
        meta = dict(self.db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
        if meta.get("format") != FORMAT:
            raise StoreError(f"{self.path}: not a timeline store (no {FORMAT!r} format mark)")
        version = int(meta.get("version", "0"))
        if version != FORMAT_VERSION:
            age = "an older" if version < FORMAT_VERSION else "a newer"
            raise StoreError(
                f"{self.path}: written by {age} version of timeline (store format {version}, this one reads "
                f"{FORMAT_VERSION}); build a new store from the inputs"
            )
        if engine is not None and meta.get("engine") != engine:
            self.clear(engine)  # results of another engine version may differ: read every input again

    # ------------------------------------------------------------ transactions

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def commit_soon(self) -> None:
        """Commit once enough articles are written since the last commit."""
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")
            self._pending = 0

    def _set_meta(self, **values: str) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_title(self, title: str | None) -> None:
        with self.transaction():
            self._set_meta(title=json.dumps(title))

    def title(self) -> str | None:
        value = json.loads(self.meta("title") or "null")
        return value if isinstance(value, str) else None

    def clear(self, engine: str) -> None:
        with self.transaction():
            self.db.execute("UPDATE partitions SET facts = 0")
            for table in ("inputs", "articles", "facts", "stems", "unanchored"):
                self.db.execute(f"DELETE FROM {table}")
            self._set_meta(engine=engine)

    # ------------------------------------------------------------ inputs

    def known_input(self, path: str) -> tuple[str, list[str], InputRecord] | None:
        """The digest, wanted article ids and record of an input already in the store."""
        row = self.db.execute("SELECT digest, wanted, record FROM inputs WHERE path = ?", (path,)).fetchone()
        if row is None:
            return None
        return row[0], json.loads(row[1]), _loaded(InputRecord, row[2])

    def input_paths(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT path FROM inputs ORDER BY path")]

    def put_input(self, record: InputRecord, digest: str, wanted: list[str]) -> None:
        """Record an input once all its articles are written (in the same transaction)."""
        self.db.execute(
            "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?)",
            (record.path, digest, _json(wanted), _dumped(record)),
        )

    def drop_input(self, path: str) -> None:
        """Forget an input and everything that came from it; the dates it touched are merged again."""
        for (article_id,) in self.db.execute("SELECT id FROM articles WHERE input = ?", (path,)).fetchall():
            self._drop_article(article_id)
        self.db.execute("DELETE FROM inputs WHERE path = ?", (path,))

    def _drop_article(self, article_id: str) -> None:
        self._uncount("WHERE article = ? AND final", (article_id,))
        self.db.execute("DELETE FROM stems WHERE fact IN (SELECT rowid FROM facts WHERE article = ?)", (article_id,))
        for table, key in (("facts", "article"), ("unanchored", "article"), ("articles", "id")):
            self.db.execute(f"DELETE FROM {table} WHERE {key} = ?", (article_id,))

    # ------------------------------------------------------------ article results

    def put_result(self, input_path: str, encoded: EncodedResult) -> None:
        """The first-pass result of one article; final unless the corpus stage will look at it again."""
        self._drop_article(encoded.article_id)
        final = encoded.article is None
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (
                encoded.article_id,
                input_path,
                encoded.questions,
                encoded.info,
                encoded.info if final else None,
                encoded.article,
                encoded.failure,
                encoded.kept,
                encoded.dropped,
            ),
        )
        self._put_facts(encoded, FIRST_PASS, final=final)

    def _put_facts(self, encoded: EncodedResult, stage: int, *, final: bool) -> None:
        for year, day_precise, data, stems in encoded.facts:
            digest = _digest(data)
            cursor = self.db.execute(
                "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
                (encoded.article_id, stage, final, year, day_precise, data, digest),
            )
            if stems and stage == FIRST_PASS:
                self.db.executemany("INSERT INTO stems VALUES (?, ?)", ((s, cursor.lastrowid) for s in stems))
            if final:
                self._count(year, digest)
        self.db.executemany(
            "INSERT INTO unanchored VALUES (?, ?, ?, ?)",
            ((encoded.article_id, stage, final, data) for data in encoded.unanchored),
        )

    # ------------------------------------------------------------ the corpus stage

    def questioning(self) -> list[tuple[str, list[str], str | None]]:
        """The articles that ask the corpus something: id, questions, and the answers their result rests on."""
        rows = self.db.execute("SELECT id, questions, answers FROM articles WHERE article IS NOT NULL ORDER BY id")
        return [(article_id, json.loads(questions), answers) for article_id, questions, answers in rows]

    def article(self, article_id: str) -> Article:
        (data,) = self.db.execute("SELECT article FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _loaded(Article, data)

    def article_inputs(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT input FROM articles")}

    def dated_facts(self, questions: Iterable[str]) -> DatedFacts:
        """Day-precise first-pass facts of dated articles that share a word with any question.

        DatedFacts only ever weighs facts that share a stem with what it is asked, so the answer is
        the one all dated facts would give.
        """
        stems = sorted({stem for question in questions for stem in profile_of(question)})
        rows: dict[int, str] = {}
        for chunk in range(0, len(stems), 500):
            wanted = stems[chunk : chunk + 500]
            marks = ",".join("?" * len(wanted))
            query = f"SELECT f.rowid, f.data FROM stems s JOIN facts f ON f.rowid = s.fact WHERE s.stem IN ({marks})"
            rows.update(self.db.execute(query, wanted))
        return DatedFacts(_loaded(Fact, rows[key]) for key in sorted(rows))

    def put_corpus_result(self, encoded: EncodedResult, answers: str) -> None:
        """An article's final result after the corpus stage, and the answers it rests on; its dates are
        merged again only if it changed."""
        self.db.execute("UPDATE articles SET answers = ? WHERE id = ?", (answers, encoded.article_id))
        old_facts = self._corpus_pass_rows("facts", encoded.article_id)
        old_unanchored = self._corpus_pass_rows("unanchored", encoded.article_id)
        (old_info,) = self.db.execute("SELECT final_info FROM articles WHERE id = ?", (encoded.article_id,)).fetchone()
        if (old_info, old_facts, old_unanchored) == (encoded.info, [f[2] for f in encoded.facts], encoded.unanchored):
            return
        self._uncount("WHERE article = ? AND pass = ?", (encoded.article_id, CORPUS_PASS))
        for table in ("facts", "unanchored"):
            self.db.execute(
                f"DELETE FROM {table} WHERE article = ? AND pass = ?",
                (encoded.article_id, CORPUS_PASS),
            )
        self.db.execute(
            "UPDATE articles SET final_info = ?, failure = ? WHERE id = ?",
            (encoded.info, encoded.failure, encoded.article_id),
        )
        self._put_facts(encoded, CORPUS_PASS, final=True)

    def _corpus_pass_rows(self, table: str, article_id: str) -> list[str]:
        """The JSON of an article's corpus-stage facts or unanchored statements, in the order written."""
        query = f"SELECT data FROM {table} WHERE article = ? AND pass = ? ORDER BY rowid"
        return [data for (data,) in self.db.execute(query, (article_id, CORPUS_PASS))]

    # ------------------------------------------------------------ merging, one partition at a time

    def _count(self, year: int, digest: int) -> None:
        """A final fact joins its partition's checksum (a sum, so the order facts come in never matters)."""
        self.db.execute(
            "INSERT INTO partitions VALUES (?, ?, NULL) ON CONFLICT (year) DO UPDATE SET facts = (facts + ?) % ?",
            (year, digest, digest, CHECKSUM_MODULUS),
        )

    def _uncount(self, where: str, parameters: tuple[object, ...]) -> None:
        """Final facts about to be deleted leave their partitions' checksums."""
        for year, digest in self.db.execute(f"SELECT year, digest FROM facts {where}", parameters).fetchall():
            self.db.execute(
                "UPDATE partitions SET facts = (facts - ? + ?) % ? WHERE year = ?",
                (digest, CHECKSUM_MODULUS, CHECKSUM_MODULUS, year),
            )

    def dirty_partitions(self) -> list[int]:
        """The years whose facts changed since they were last merged, the one with the most facts first:
        merged side by side, the largest starts first and the small ones fill the other workers meanwhile.

        An article read again that gives the same facts changes no checksum, so a rerun merges again
        only the partitions whose facts did change."""
        rows = self.db.execute(
            "SELECT p.year FROM partitions p LEFT JOIN facts f ON f.year = p.year AND f.final "
            "WHERE p.merged IS NOT p.facts GROUP BY p.year ORDER BY COUNT(f.year) DESC, p.year"
        )
        return [row[0] for row in rows]

    def partition_facts(self, year: int) -> list[str]:
        """The final facts of one partition, as stored (JSON), for ``merge_partition`` to merge anywhere."""
        rows = self.db.execute("SELECT data FROM facts WHERE year = ? AND final ORDER BY rowid", (year,))
        return [data for (data,) in rows]

    def put_partition(self, year: int, events: list[EncodedEvent]) -> None:
        """One partition's merged events in place of the ones it had, in one transaction."""
        with self.transaction():
            self.db.execute("DELETE FROM event_articles WHERE event IN (SELECT id FROM events WHERE year = ?)", (year,))
            self.db.execute("DELETE FROM events WHERE year = ?", (year,))
            self.db.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((year, e.earliest, e.latest, e.id, e.status, e.text, e.data) for e in events),
            )
            self.db.executemany(
                "INSERT INTO event_articles VALUES (?, ?)", ((e.id, article) for e in events for article in e.articles)
            )
            self.db.execute("UPDATE partitions SET merged = facts WHERE year = ?", (year,))

    # ------------------------------------------------------------ reading back, in output order

    def articles(self) -> Iterator[ArticleInfo]:
        for (data,) in self.db.execute("SELECT final_info FROM articles ORDER BY id"):
            yield _loaded(ArticleInfo, data)

    def reported_articles(self) -> Iterator[ReportedArticle]:
        """What the run report says of each article (final warnings included)."""
        for path, data, kept, dropped in self.db.execute(
            "SELECT input, final_info, kept, dropped FROM articles ORDER BY id"
        ):
            info = json.loads(data)
            yield ReportedArticle(info["id"], path, info["warnings"], kept, dropped)

    def _event_rows(self, where: str = "", parameters: tuple[object, ...] = ()) -> Iterator[str]:
        query = f"SELECT data FROM events {where} ORDER BY earliest, latest, id"
        for (data,) in self.db.execute(query, parameters):
            yield data

    def event_dicts(self, where: str = "", parameters: tuple[object, ...] = ()) -> Iterator[dict[str, object]]:
        return map(json.loads, self._event_rows(where, parameters))

    def events(self) -> Iterator[Event]:
        for data in self._event_rows():
            yield _loaded(Event, data)

    def matching_events(self, query: EventQuery) -> Iterator[dict[str, object]]:
        """Events that meet every condition of the query, in timeline order."""
        conditions, parameters = query.sql()
        return self.event_dicts(f"WHERE {' AND '.join(conditions)}" if conditions else "", tuple(parameters))

    def unanchored(self) -> Iterator[Unanchored]:
        for (data,) in self.db.execute("SELECT data FROM unanchored WHERE final ORDER BY article, rowid"):
            yield _loaded(Unanchored, data)

    def input_dicts(self) -> Iterator[dict[str, object]]:
        """Input records by path; an input with articles a bug stopped is an error naming each, and articles
        of no recorded input (given in memory) get a record of their own."""
        failures: dict[str, list[str]] = {}
        for path, article_id, failure in self.db.execute(
            "SELECT input, id, failure FROM articles WHERE failure IS NOT NULL ORDER BY id"
        ):
            failures.setdefault(path, []).append(f"{article_id}: {failure}")
        for (data,) in self.db.execute("SELECT record FROM inputs ORDER BY path"):
            record = json.loads(data)
            reasons = failures.pop(record["path"], None)
            if reasons:
                record["status"] = "error"
                record["reason"] = "; ".join([record["reason"], *reasons] if record["reason"] else reasons)
            yield record
        for path, reasons in failures.items():
            yield InputRecord(path=path or "(given in memory)", status="error", reason="; ".join(reasons)).model_dump(
                mode="json"
            )

    def inputs(self) -> Iterator[InputRecord]:
        for data in self.input_dicts():
            yield InputRecord.model_validate(data)

    def close(self) -> None:
        self.db.close()


class _Transaction:
    """``with store.transaction():`` one atomic change (nested uses join the open one)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.owner = False

    def __enter__(self) -> None:
        self.owner = not self.db.in_transaction
        if self.owner:
            self.db.execute("BEGIN")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if not self.owner:
            return
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
