"""`timeline tag`: JSON lines in, one line of TIMEX3 mentions per document out, bad lines named by number."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = "Trump said after a video call with Putin on Monday that talks went well."


def request(doc_id: object = "a", text: str = SEED, published: object = "2025-02-24") -> str:
    return json.dumps({"id": doc_id, "text": text, "published": published})


def run(*lines: str | bytes):
    stdin = b"".join((line.encode() if isinstance(line, str) else line) + b"\n" for line in lines)
    return CliRunner().invoke(cli, ["tag"], input=stdin)


def answers(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_line_per_document_with_span_type_and_value():
    result = run(request("a"), request("b", "The president last week spoke."))
    assert result.exit_code == 0, result.stderr
    first, second = answers(result)
    assert first == {
        "id": "a",
        "mentions": [{"start": 44, "end": 50, "text": "Monday", "type": "DATE", "value": "2025-02-24"}],
        "unanchored": [],
    }
    assert second["id"] == "b"
    assert [(m["text"], m["value"]) for m in second["mentions"]] == [("last week", "2025-W08")]
    assert result.stderr == ""


def test_offsets_point_at_the_mention_text_beyond_ascii():
    text = "Le café a rouvert — “today” — after 53 years ago\u2028on Monday."
    [answer] = answers(run(request(text=text)))
    assert answer["mentions"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in answer["mentions"])


def test_output_is_ascii_json_lines_even_for_unicode_and_line_separators():
    text = "Am 24. Februar\u2028café on Monday"
    result = run(request(doc_id="é\u2028", text=text))
    assert result.stdout_bytes.isascii()
    assert result.stdout_bytes.count(b"\n") == 1
    assert answers(result)[0]["id"] == "é\u2028"


def test_modifier_is_reported_with_the_value():
    [answer] = answers(run(request(text="He was told in early February 2022 not to invade.")))
    assert answer["mentions"] == [
        {"start": 15, "end": 34, "text": "early February 2022", "type": "DATE", "value": "2022-02", "mod": "START"}
    ]


def test_durations_keep_their_timex_type():
    [answer] = answers(run(request(text="The talks lasted for six months.")))
    assert [(m["type"], m["value"]) for m in answer["mentions"]] == [("DURATION", "P6M")]


def test_empty_text_gives_an_empty_mention_list():
    result = run(request("empty", ""))
    assert result.exit_code == 0
    assert answers(result) == [{"id": "empty", "mentions": [], "unanchored": []}]


def test_null_published_lists_deictic_mentions_as_unanchored_and_says_why():
    result = run(request(published=None), json.dumps({"id": "no-field", "text": SEED}))
    assert result.exit_code == 0
    for answer in answers(result):
        assert answer["mentions"] == []
        [mention] = answer["unanchored"]
        assert mention["text"] == "Monday"
        assert "value" not in mention
        assert mention["reason"] == "no publish date"


def test_absolute_dates_need_no_publish_date():
    [answer] = answers(run(request(text="He cited a March 2022 article.", published=None)))
    assert [(m["text"], m["value"]) for m in answer["mentions"]] == [("March 2022", "2022-03")]


def test_published_may_be_a_datetime():
    result = run(request(published="2025-02-24T18:30:00"), request("b", published="2025-02-24T23:59:00+05:00"))
    assert result.exit_code == 0
    assert [[m["value"] for m in a["mentions"]] for a in answers(result)] == [["2025-02-24"], ["2025-02-24"]]


def test_ids_are_echoed_as_given():
    assert [a["id"] for a in answers(run(request(7), request("x7")))] == [7, "x7"]


def test_blank_lines_are_not_documents():
    result = run(request("a"), "", "   ", request("b"))
    assert result.exit_code == 0
    assert [a["id"] for a in answers(result)] == ["a", "b"]


BAD_LINES = [
    ("not json", "not a JSON line: Expecting value at column 1"),
    ('{"id": "x", "text": "on Monday"', "not a JSON line: Expecting ',' delimiter at column 32"),
    (b'{"id": "\xff", "text": ""}', "not UTF-8 text"),
    ('["a", "on Monday"]', 'expected a JSON object {"id", "text", "published"}, got list'),
    ('{"id": "x", "published": "2025-02-24"}', 'missing field "text"'),
    ('{"text": "on Monday", "published": "2025-02-24"}', 'missing field "id"'),
    ('{"id": "x", "text": 5, "published": "2025-02-24"}', '"text" must be a string, got int'),
    (request(published="yesterday"), "\"published\" is not a date (YYYY-MM-DD or an ISO datetime): 'yesterday'"),
    (request(published="2025-02-30"), "\"published\" is not a date (YYYY-MM-DD or an ISO datetime): '2025-02-30'"),
    (request(published=20250224), '"published" must be a date string or null, got int'),
]


def test_each_bad_line_is_named_by_number_and_the_others_still_tagged():
    lines = [line for bad, _ in BAD_LINES for line in (request(f"good{len(bad)}"), bad)]
    result = run(*lines)
    assert result.exit_code == 1
    assert len(answers(result)) == len(BAD_LINES)
    assert all(a["mentions"][0]["value"] == "2025-02-24" for a in answers(result))
    expected = [f"timeline tag: stdin:{2 * i + 2}: {message}" for i, (_, message) in enumerate(BAD_LINES)]
    assert result.stderr.splitlines() == [*expected, f"timeline tag: {len(BAD_LINES)} bad line(s) skipped"]


def test_a_bad_last_line_still_fails_the_run():
    result = run(request(), request(published="soon"))
    assert result.exit_code == 1
    assert len(answers(result)) == 1
    assert "stdin:2:" in result.stderr


@pytest.mark.parametrize(
    ("given", "args"),
    [(request(), []), ("He left on Monday.", ["--published", "2025-02-26"])],
    ids=["json lines", "plain text"],
)
def test_command_streams_from_a_real_pipe_without_loading_other_stages(given: str, args: list[str]) -> None:
    """`python -m timeline tag` as users run it; HTML extraction, the ingest readers, encoding detection and
    rendering stay unloaded (start-up cost), plain text too."""
    probe = (
        f"import runpy, sys; sys.argv = ['timeline', 'tag', *{args!r}]\n"
        "try: runpy.run_module('timeline', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "heavy = {'trafilatura', 'lxml', 'rich', 'markdown_it', 'charset_normalizer', 'timeline.ingest.inputs'}\n"
        "heavy &= {m.split('.')[0] for m in sys.modules} | set(sys.modules)\n"
        "print(sorted(heavy), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], input=given + "\n", capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert json.loads(proc.stdout)["mentions"][0]["value"] == "2025-02-24"
    assert proc.stderr.strip() == "[]"


def test_a_line_too_short_to_name_its_language_is_read_in_the_one_that_finds_its_dates():
    """ "Am Montag trat er zurück." has no function word that names German: read in every language, only
    German finds a date in it (published on a Wednesday: the Monday before). A line no grammar finds
    anything in stays with the default language and says nothing."""
    result = run(
        request("de", "Am Montag trat er zurück.", "2025-02-26"),
        request("fr", "Il est parti lundi.", "2025-02-26"),
        request("none", "Nothing here.", "2025-02-26"),
    )
    assert result.exit_code == 0
    answers = {answer["id"]: answer for answer in map(json.loads, result.stdout.splitlines())}
    assert [(m["text"], m["value"]) for m in answers["de"]["mentions"]] == [("Montag", "2025-02-24")]
    assert [(m["text"], m["value"]) for m in answers["fr"]["mentions"]] == [("lundi", "2025-02-24")]
    assert answers["none"]["mentions"] == answers["none"]["unanchored"] == []


def test_a_long_text_whose_opening_names_no_language_is_read_further():
    """A lead of names and titles tells no language in its first lines; the text's later sentences do (Spanish),
    so its weekday is read in Spanish rather than left to the English default."""
    lead = "La Fundació La Mirada, Pere Quart (1899-1986), Francesc Trabal, Armand Obiols, Colla de Sabadell. " * 9
    body = "El portavoz dijo que los catálogos y las fotografías se presentaron el lunes, según la entidad. "
    result = run(request("es", lead + body * 3, "2025-02-26"))
    answer = json.loads(result.stdout)
    assert ("lunes", "2025-02-24") in [(m["text"], m["value"]) for m in answer["mentions"]]
