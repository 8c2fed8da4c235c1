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

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel

from timeline.conflicts import content_profile, flagged, written
from timeline.errors import InputError
from timeline.infer import DatedFacts
from timeline.ingest.report import ReportedArticle
from timeline.merge import Profile, merge_facts, profile_of, words_of
from timeline.models import (
    Article,
    ArticleInfo,
    ArticleResult,
    Conflict,
    Event,
    Fact,
    Granularity,
    InputRecord,
    Unanchored,
)
from timeline.rank import names_by_article, title_of

FORMAT = "timeline-store"
FORMAT_VERSION = 3  # raise when the tables below change meaning; older and newer files are refused
# 2: partitions are merged again only when their facts changed (a checksum per partition), not when touched
# 3: events are kept ranked (salience, disagreements) with what ranking reads (word stems, names, dates' scores)
FIRST_PASS, CORPUS_PASS = 0, 1
COMMIT_EVERY = 200  # articles written per transaction: few commits, little lost to a kill
CHECKSUM_MODULUS = 2**62  # fact digests and their sums per partition stay below it: SQLite adds them without overflow

PARTITION_FACTS = "SELECT data FROM facts WHERE year = ? AND final ORDER BY rowid"
ARTICLES_WITH_LOSSES = (  # each article's final info and the disagreements it lost, in output order
    "SELECT a.final_info, l.count FROM articles a LEFT JOIN losses l ON l.article = a.id ORDER BY a.id"
)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE inputs (
    path TEXT PRIMARY KEY, digest TEXT NOT NULL, wanted TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, input TEXT NOT NULL, questions TEXT NOT NULL,
    info TEXT NOT NULL, final_info TEXT, article TEXT, answers TEXT, failure TEXT,
    kept INTEGER NOT NULL, dropped INTEGER NOT NULL, published TEXT);
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
    status TEXT NOT NULL, text TEXT NOT NULL, data TEXT NOT NULL, written INTEGER NOT NULL,
    own REAL, salience REAL NOT NULL DEFAULT 0, conflicts TEXT);
CREATE INDEX events_order ON events (earliest, latest, id);
CREATE INDEX events_year ON events (year, earliest, latest, id);
CREATE TABLE event_articles (year INTEGER NOT NULL, event TEXT NOT NULL, article TEXT NOT NULL);
CREATE INDEX event_articles_article ON event_articles (article);
CREATE INDEX event_articles_year ON event_articles (year);
CREATE TABLE event_stems (event INTEGER NOT NULL, stem TEXT NOT NULL, weight REAL NOT NULL);
CREATE INDEX event_stems_stem ON event_stems (stem);
CREATE INDEX event_stems_event ON event_stems (event);
CREATE TABLE article_names (year INTEGER NOT NULL, article TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX article_names_year ON article_names (year);
CREATE TABLE periods (year INTEGER NOT NULL, earliest TEXT NOT NULL, latest TEXT NOT NULL, score REAL NOT NULL,
    best REAL NOT NULL, chosen REAL, PRIMARY KEY (earliest, latest));
CREATE INDEX periods_year ON periods (year);
CREATE TABLE losses (article TEXT PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE partitions (year INTEGER PRIMARY KEY, facts INTEGER NOT NULL, merged INTEGER, ranked TEXT);
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
    published: str | None  # the publish date, for ranking


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
        published=_iso(result.article.published.date),
    )


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


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
    written: bool  # dated by a date written out (conflicts.written): only such events can disagree
    stems: list[tuple[str, float]]  # its content's weighted word stems (conflicts.content_profile)
    names: list[tuple[str, str]]  # article and name, for each name an article uses in it (rank.names_by_article)


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
            written=written(event),
            stems=sorted(content_profile(event).items()),
            names=sorted({(article, name) for article, names in names_by_article([event]).items() for name in names}),
        )
        for event in merge_facts(_loaded(Fact, data) for data in facts)
    ]


@dataclass(frozen=True)
class StoredPartition:
    """A date partition to merge, named by its store file: a worker on this machine reads the facts
    itself, so the main process never holds them (the largest partitions are in flight together)."""

    path: str
    year: int


def merge_stored_partition(partition: StoredPartition) -> list[EncodedEvent]:
    """``merge_partition`` of a partition read from its store (read-only: the build writes it meanwhile)."""
    db = sqlite3.connect(f"{Path(partition.path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute(PARTITION_FACTS, (partition.year,))
        facts = [data for (data,) in rows]
    finally:
        db.close()
    return merge_partition(facts)


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


def _parsed(data: str) -> dict[str, Any]:
    """Stored JSON as a dict: orjson's parser, or Python's for text with escaped lone surrogates (bad input)."""
    try:
        parsed: dict[str, Any] = orjson.loads(data)
    except orjson.JSONDecodeError:
        parsed = json.loads(data)
    return parsed


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
class EventBrief:
    """What the store keeps beside an event for conflicts.disagree's first tests, so that only the pairs
    that pass them are read whole."""

    rowid: int
    status: str
    earliest: str  # ISO days compare as the dates do
    latest: str
    written: bool  # conflicts.written

    def may_disagree(self, other: EventBrief) -> bool:
        """conflicts.disagree's first tests: the same status, both dated by a date written out, disjoint dates."""
        disjoint = self.latest < other.earliest or other.latest < self.earliest
        return self.status == other.status and self.written and other.written and disjoint


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
        """The title given to the build, or else the one naming the corpus's subject."""
        value = json.loads(self.meta("title") or "null")
        if isinstance(value, str):
            return value
        return title_of(self.subject(), self._article_titles())

    def _article_titles(self) -> Iterator[str]:
        """The articles' own titles, from their stored JSON (parsed, not validated: only titles are read)."""
        for (data,) in self.db.execute("SELECT final_info FROM articles ORDER BY id"):
            title = _parsed(data).get("title")
            if title:
                yield title

    def set_subject(self, names: list[str]) -> None:
        with self.transaction():
            self._set_meta(subject=_json(names))

    def subject(self) -> list[str]:
        """The corpus's subject names (rank.subject_by_use), as the ranking stage last found them."""
        return [str(name) for name in json.loads(self.meta("subject") or "[]")]

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
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
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
                encoded.published,
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

    def questioning(self, after: str, count: int) -> list[tuple[str, list[str], str | None]]:
        """Up to ``count`` articles after id ``after`` that ask the corpus something: id, questions, and the
        answers their result rests on."""
        rows = self.db.execute(
            "SELECT id, questions, answers FROM articles WHERE article IS NOT NULL AND id > ? ORDER BY id LIMIT ?",
            (after, count),
        )
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
            "UPDATE articles SET final_info = ?, failure = ?, published = ? WHERE id = ?",
            (encoded.info, encoded.failure, encoded.published, encoded.article_id),
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
            "INSERT INTO partitions VALUES (?, ?, NULL, NULL) ON CONFLICT (year) DO UPDATE SET facts = (facts + ?) % ?",
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
        return [data for (data,) in self.db.execute(PARTITION_FACTS, (year,))]

    def put_partition(self, year: int, events: list[EncodedEvent]) -> None:
        """One partition's merged events in place of the ones it had, in one transaction."""
        with self.transaction():
            self.db.execute("DELETE FROM event_stems WHERE event IN (SELECT rowid FROM events WHERE year = ?)", (year,))
            for table in ("event_articles", "article_names", "events"):
                self.db.execute(f"DELETE FROM {table} WHERE year = ?", (year,))
            for e in events:
                cursor = self.db.execute(
                    "INSERT INTO events (year, earliest, latest, id, status, text, data, written) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (year, e.earliest, e.latest, e.id, e.status, e.text, e.data, e.written),
                )
                self.db.executemany(
                    "INSERT INTO event_stems VALUES (?, ?, ?)", ((cursor.lastrowid, s, w) for s, w in e.stems)
                )
            self.db.executemany(
                "INSERT INTO event_articles VALUES (?, ?, ?)",
                ((year, e.id, article) for e in events for article in e.articles),
            )
            names = sorted({pair for e in events for pair in e.names})
            self.db.executemany("INSERT INTO article_names VALUES (?, ?, ?)", ((year, a, n) for a, n in names))
            self.db.execute("UPDATE partitions SET merged = facts WHERE year = ?", (year,))

    # ------------------------------------------------------------ ranking, one partition at a time

    def article_count(self) -> int:
        (count,) = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()
        return int(count)

    def name_use(self, at_least: float) -> dict[str, int]:
        """How many articles use each name used by at least ``at_least`` articles (in their dated sentences)."""
        query = "SELECT name, COUNT(DISTINCT article) AS used FROM article_names GROUP BY name HAVING used >= ?"
        return {name: count for name, count in self.db.execute(query, (at_least,))}

    def ranks_due(self, subject: str) -> Iterator[tuple[int, str, dict[str, dt.date | None]]]:
        """The partitions to rank again, each with the key it is ranked under and the publish date of each
        article its events cite: a partition's ranking rests on its facts, the corpus's subject and those
        dates. One partition's cited articles are read once and held at a time."""
        for year, merged, ranked in self.db.execute(
            "SELECT year, merged, ranked FROM partitions ORDER BY year"
        ).fetchall():
            cited = self.db.execute(
                "SELECT id, published FROM articles WHERE id IN (SELECT article FROM event_articles WHERE year = ?) "
                "ORDER BY id",
                (year,),
            ).fetchall()
            digest = hashlib.blake2b(digest_size=16)
            for article_id, published in cited:
                digest.update(f"{article_id}\0{published}\0".encode("utf-8", "surrogatepass"))
            key = f"{merged}|{digest.hexdigest()}|{subject}"
            if key != ranked:
                yield year, key, {article_id: dt.date.fromisoformat(day) if day else None for article_id, day in cited}

    def partition_events(self, year: int) -> Iterator[tuple[int, Event]]:
        """The events of one partition in timeline order (a date's events one after another), with their rowids."""
        rows = self.db.execute("SELECT rowid, data FROM events WHERE year = ? ORDER BY earliest, latest, id", (year,))
        for rowid, data in rows:
            yield rowid, _loaded(Event, data)

    def put_ranks(
        self, year: int, periods: list[tuple[str, str, float, float]], own: list[tuple[float, int]], key: str
    ) -> None:
        """One partition's dates (first and last day, score, best own support) and its events' own support."""
        with self.transaction():
            self.db.execute("DELETE FROM periods WHERE year = ?", (year,))
            self.db.executemany(
                "INSERT INTO periods VALUES (?, ?, ?, ?, ?, NULL)", ((year, *period) for period in periods)
            )
            self.db.executemany("UPDATE events SET own = ? WHERE rowid = ?", own)
            self.db.execute("UPDATE partitions SET ranked = ? WHERE year = ?", (key, year))

    def period_scores(self) -> Iterator[tuple[str, str, float, float | None]]:
        """Every date: first and last day, score before diversifying, and the diversified score last stored."""
        return iter(self.db.execute("SELECT earliest, latest, score, chosen FROM periods"))

    def put_chosen(self, changed: Iterable[tuple[float, str, str]]) -> None:
        """Diversified scores (score, first and last day) of the dates whose score changed."""
        self.db.executemany("UPDATE periods SET chosen = ? WHERE earliest = ? AND latest = ?", changed)

    def saliences(self, after: int, count: int) -> list[tuple[int, float, float, float, float]]:
        """Up to ``count`` events after rowid ``after``: rowid, stored salience, own support, and its date's
        diversified score and best support."""
        query = (
            "SELECT e.rowid, e.salience, e.own, p.chosen, p.best FROM events e "
            "JOIN periods p ON p.earliest = e.earliest AND p.latest = e.latest WHERE e.rowid > ? "
            "ORDER BY e.rowid LIMIT ?"
        )
        return self.db.execute(query, (after, count)).fetchall()

    def put_saliences(self, changed: Iterable[tuple[float, int]]) -> None:
        self.db.executemany("UPDATE events SET salience = ? WHERE rowid = ?", changed)

    # ------------------------------------------------------------ disagreements, found by a query

    def event_profiles(self, subject: frozenset[str]) -> list[tuple[EventBrief, Profile]]:
        """Every event's brief and content profile without the subject's stems, in timeline order: what
        conflicts' candidate search reads (a few stems per event, not the events)."""
        query = (
            "SELECT e.rowid, e.status, e.earliest, e.latest, e.written, s.stem, s.weight FROM events e "
            "LEFT JOIN event_stems s ON s.event = e.rowid ORDER BY e.earliest, e.latest, e.id, s.rowid"
        )
        profiles: list[tuple[EventBrief, Profile]] = []
        for rowid, status, earliest, latest, written_out, stem, weight in self.db.execute(query):
            if not profiles or profiles[-1][0].rowid != rowid:
                profiles.append((EventBrief(rowid, status, earliest, latest, bool(written_out)), {}))
            if stem is not None and stem not in subject:
                profiles[-1][1][stem] = weight
        return profiles

    def event(self, rowid: int) -> Event:
        (data,) = self.db.execute("SELECT data FROM events WHERE rowid = ?", (rowid,)).fetchone()
        return _loaded(Event, data)

    def put_conflicts(self, found: dict[int, list[Conflict]], losses: dict[str, int]) -> None:
        """Every event's disagreements (in place of those stored) and the disagreements each article lost."""
        with self.transaction():
            self.db.execute("UPDATE events SET conflicts = NULL WHERE conflicts IS NOT NULL")
            self.db.executemany(
                "UPDATE events SET conflicts = ? WHERE rowid = ?",
                ((_json([c.model_dump(mode="json") for c in conflicts]), rowid) for rowid, conflicts in found.items()),
            )
            self.db.execute("DELETE FROM losses")
            self.db.executemany("INSERT INTO losses VALUES (?, ?)", sorted(losses.items()))

    # ------------------------------------------------------------ reading back, in output order

    def articles(self) -> Iterator[ArticleInfo]:
        """Every article, flagged when it lost disagreements (conflicts.flagged)."""
        for data, losses in self.db.execute(ARTICLES_WITH_LOSSES):
            yield flagged(_loaded(ArticleInfo, data), losses or 0)

    def article_dicts(self) -> Iterator[dict[str, object]]:
        """``articles`` as the JSON output's objects, parsed rather than validated (most are not flagged)."""
        for data, losses in self.db.execute(ARTICLES_WITH_LOSSES):
            yield flagged(_loaded(ArticleInfo, data), losses).model_dump(mode="json") if losses else _parsed(data)

    def reported_articles(self) -> Iterator[ReportedArticle]:
        """What the run report says of each article (final warnings included)."""
        for path, data, kept, dropped in self.db.execute(
            "SELECT input, final_info, kept, dropped FROM articles ORDER BY id"
        ):
            info = json.loads(data)
            yield ReportedArticle(info["id"], path, info["warnings"], kept, dropped)

    def event_dicts(self, where: str = "", parameters: tuple[object, ...] = ()) -> Iterator[dict[str, Any]]:
        """Events as the JSON output's objects, ranked, in timeline order."""
        query = f"SELECT data, salience, conflicts FROM events {where} ORDER BY earliest, latest, id"
        for data, salience, conflicts in self.db.execute(query, parameters):
            event = _parsed(data)
            event["salience"] = salience
            if conflicts is not None:
                event["conflicts"] = json.loads(conflicts)
            yield event

    def period_saliences(self) -> dict[tuple[dt.date, dt.date], float]:
        """Each date's score for ``--top``: the salience of its most salient event."""
        rows = self.db.execute("SELECT earliest, latest, MAX(salience) FROM events GROUP BY earliest, latest")
        return {(dt.date.fromisoformat(a), dt.date.fromisoformat(b)): score for a, b, score in rows}

    def matching_events(self, query: EventQuery) -> Iterator[dict[str, object]]:
        """Events that meet every condition of the query, in timeline order."""
        conditions, parameters = query.sql()
        return self.event_dicts(f"WHERE {' AND '.join(conditions)}" if conditions else "", tuple(parameters))

    def unanchored(self) -> Iterator[Unanchored]:
        for (data,) in self.db.execute("SELECT data FROM unanchored WHERE final ORDER BY article, rowid"):
            yield _loaded(Unanchored, data)

    def unanchored_dicts(self) -> Iterator[dict[str, object]]:
        for (data,) in self.db.execute("SELECT data FROM unanchored WHERE final ORDER BY article, rowid"):
            yield json.loads(data)

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
