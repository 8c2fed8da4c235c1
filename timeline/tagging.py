"""The `timeline tag` protocol: JSON lines ``{"id", "text", "published"}`` in, one line of TIMEX3 mentions out.

An optional ``"language"`` (ISO 639-1) picks the grammar; without it the command's ``--language``, else
the text's detected language when the engine reads it, else the default language.

It is the temporal engine alone, as HeidelTime's standalone jar is used: for evaluation, and for
users who want a tagger. A document whose line is bad is reported (with its line number) and
skipped; the others are still tagged. A mention the engine could not anchor (e.g. "on Monday"
with ``published`` null) has no TIMEX3 value, so it is not among ``mentions``: it is listed under
``unanchored`` with the engine's ``reason``. No anchor is invented and nothing is dropped.

Only json and the engine are imported here, so a short run is not dominated by start-up.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from timeline.errors import InputError, internal_error_reason, tag_reproducer
from timeline.languages import DEFAULT, available, codes
from timeline.languages.detect import read_language
from timeline.models import Mention
from timeline.temporal import Kind, stream
from timeline.temporal.recognize import Found, find

SOURCE = "stdin"
RECORDS_PER_PIECE = 1_000  # records encoded to JSON at a time: one call's cost spread, a few hundred KB held
_ENCODER = json.JSONEncoder(ensure_ascii=True)
# Texts this short whose function words name no language are read in each language to choose one: the
# function-word reading needs three different such words, which a headline, a post or a line rarely has;
# past this length the extra readings would cost more than the default's occasional miss.
UNTOLD_TRIAL_CHARS = 1_000
# A longer text whose opening names no language (a lead of names and titles: "La Fundació La Mirada, entidad
# difusora la obra de Joan Oliver ...") is read further before the default is taken: a Spanish TimeBank
# article's 600 first characters did not tell, its first 1,500 did; the work stays bounded.
WIDER_SAMPLE_CHARS = 3_000
FIELDS = '{"id", "text", "published"}'
KINDS = ", ".join(kind.value for kind in Kind)


def mention_record(mention: Mention) -> dict[str, Any]:
    """The protocol's view of a mention: span, TIMEX3 type and value; the reason instead when unanchored."""
    record: dict[str, Any] = {"start": mention.start, "end": mention.end, "text": mention.text}
    if mention.value is None:
        record.update(type=mention.type.value, reason=mention.reason)
        return record
    record.update(type=mention.value.type.value, value=mention.value.value)
    if mention.value.mod is not None:
        record["mod"] = mention.value.mod.value
    return record


def tag_document(
    doc_id: Any, text: str, published: dt.date | None, language: str = DEFAULT, kind: Kind = Kind.AUTO
) -> dict[str, Any]:
    """The answer for one document, as a dict: anchored mentions and unanchored ones, each in text order; read
    back from the very line ``tag_line`` writes, so the two cannot drift apart."""
    answer: dict[str, Any] = json.loads(tag_line(doc_id, text, published, language, kind))
    return answer


def tag_line(doc_id: Any, text: str, published: dt.date | None, language: str = DEFAULT, kind: Kind = Kind.AUTO) -> str:
    """One document's answer as its ASCII JSON line (the same bytes as ``json.dumps``), encoded
    RECORDS_PER_PIECE records at a time as the engine hands them on: a long text's records are never all
    held, only their JSON."""
    pieces: dict[bool, list[str]] = {True: [], False: []}
    batch: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
    for mention in stream(text, published, language, kind=kind):
        record = mention_record(mention)
        anchored = "value" in record
        batch[anchored].append(record)
        if len(batch[anchored]) == RECORDS_PER_PIECE:
            pieces[anchored].append(_ENCODER.encode(batch[anchored])[1:-1])
            batch[anchored] = []
    for anchored, records in batch.items():
        if records:
            pieces[anchored].append(_ENCODER.encode(records)[1:-1])
    head = _ENCODER.encode(doc_id)
    return f'{{"id": {head}, "mentions": [{", ".join(pieces[True])}], "unanchored": [{", ".join(pieces[False])}]}}'


def parse_published(value: object) -> dt.date | None:
    """A date or ISO datetime ("1998-01-08", "1998-01-08T18:30:00") as the day it names; null stays None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f'"published" must be a date string or null, got {type(value).__name__}')
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise ValueError(f'"published" is not a date (YYYY-MM-DD or an ISO datetime): {value!r}') from None


def parse_language(value: object) -> str | None:
    """A language code the engine has data for, or None (not given)."""
    if value is None:
        return None
    if not isinstance(value, str) or not available(value.strip().lower()):
        raise ValueError(f'"language" must be one of {", ".join(codes())} or null, got {value!r}')
    return value.strip().lower()


def parse_kind(value: object, default: Kind) -> Kind:
    """The line's "kind" (news, narrative, auto); absent or null: the command's ``--kind``."""
    if value is None:
        return default
    if not isinstance(value, str) or value not in Kind.__members__.values():
        raise ValueError(f'"kind" must be one of {KINDS} or null, got {value!r}')
    return Kind(value)


def text_language(text: str) -> str:
    """The language to read ``text`` in when nothing says: the readable language its articles and
    conjunctions are of; when they do not tell (a line, a post), the language whose grammar finds the most
    expressions in it ("Am Montag trat er zurück." finds a date only in German), the default on a tie."""
    told = read_language(text)
    if told is None and len(text) > UNTOLD_TRIAL_CHARS:
        told = read_language(text, sample_chars=WIDER_SAMPLE_CHARS)
    if told is not None or len(text) > UNTOLD_TRIAL_CHARS or not any(map(str.isalpha, text)):
        return told or DEFAULT  # without a word, every grammar reads the same (numbers): nothing to try
    found = {code: sum(_worded(text, each) for each in find(text, code)) for code in codes()}
    most = max(found.values(), default=0)
    if found.get(DEFAULT, 0) >= most:
        return DEFAULT
    return min(code for code, count in found.items() if count == most)


def _worded(text: str, found: Found) -> bool:
    """Whether an expression holds a word, not digits alone: "2000" reads alike in every language (and is a
    count in one, a year in another), so only words tell which grammar a text is in."""
    return any(map(str.isalpha, text[found.start : found.end]))


def parse_request(
    line: str | bytes, default_kind: Kind = Kind.AUTO
) -> tuple[Any, str, dt.date | None, str | None, Kind]:
    """The id, text, publish date, language (None: not given) and reading kind of one input line; ValueError
    says what is wrong with it."""
    try:
        request = json.loads(line.rstrip())
    except json.JSONDecodeError as error:
        raise ValueError(f"not a JSON line: {error.msg} at column {error.colno}") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    if not isinstance(request, dict):
        raise ValueError(f"expected a JSON object {FIELDS}, got {type(request).__name__}")
    for field in ("id", "text"):
        if field not in request:
            raise ValueError(f'missing field "{field}"')
    if not isinstance(request["text"], str):
        raise ValueError(f'"text" must be a string, got {type(request["text"]).__name__}')
    published = parse_published(request.get("published"))
    language = parse_language(request.get("language"))
    return request["id"], request["text"], published, language, parse_kind(request.get("kind"), default_kind)


def tag_lines(
    lines: Iterable[str | bytes],
    report: Callable[[InputError], None],
    *,
    language: str | None = None,
    kind: Kind = Kind.AUTO,
) -> Iterator[str]:
    """One ASCII JSON line (without newline) per document; each bad line goes to ``report`` and is skipped.
    ``kind`` is how documents whose line names none are read (news, narrative, or auto: told by the text).

    Blank lines are not documents and are passed over. Lines are read and answered one at a time,
    so the command streams and can be driven line by line. ``language`` is for lines without their own.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where: dict[str, Any] = {"source": SOURCE, "line": number}
        try:
            doc_id, text, published, own, line_kind = parse_request(line, kind)
        except ValueError as error:
            report(InputError(str(error), **where))
            continue
        chosen = own or language or text_language(text)
        try:
            answer = tag_line(doc_id, text, published, chosen, line_kind)
        except Exception as error:  # a bug on one line costs only that line: the next ones are still tagged
            reproducer = tag_reproducer(text, len(text), published)
            report(InputError(internal_error_reason(error, "tagging this line", reproducer), **where))
            continue
        yield answer
