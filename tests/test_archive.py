"""Archives: the same bytes whatever the number of jobs, the input order or the store's history.

The corpus is the seed pages plus copies of them published on later days (as an archive holds a
story and its follow-ups), so relative dates land on other days and events merge across copies.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

import timeline
from timeline import progress
from timeline.cli import cli
from timeline.conflicts import find_conflicts
from timeline.models import ArticleInfo, Event, Timeline
from timeline.rank import corpus_title, rank
from timeline.render.ordering import sorted_events
from timeline.run import Quiet, build_stream
from timeline.store import COMMIT_EVERY, FORMAT_VERSION, StoreError
from timeline.temporal import Kind

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
COPIES = 4


def json_of(paths: list[Path] | list[str], **options: object) -> str:
    out = io.StringIO()
    with build_stream(paths, **options) as built:  # type: ignore[arg-type]
        built.write("json", out)
    return out.getvalue()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds as .txt pages and, as .jsonl, copies of each published 3, 6 and 9 days later."""
    folder = tmp_path_factory.mktemp("archive")
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
    records = []
    for copy in range(1, COPIES):
        for seed in SEEDS:
            published = dt.date(2025, 2, 26) + dt.timedelta(days=3 * copy)
            text = seed.read_text(encoding="utf-8")
            records.append({"id": f"{seed.stem}-copy{copy}", "text": text, "published": published.isoformat()})
    lines = "".join(json.dumps(record) + "\n" for record in records)
    (folder / "copies.jsonl").write_text(lines, encoding="utf-8")
    return folder


def test_the_api_and_the_cli_give_the_same_json(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(archive), "--format", "json", "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == json_of([archive], jobs=1)
    assert timeline.build([archive], jobs=1).model_dump_json() == timeline.build([archive], jobs=2).model_dump_json()


def test_the_json_is_byte_identical_with_one_job_two_jobs_and_shuffled_inputs(archive: Path) -> None:
    one = json_of([archive], jobs=1)
    assert json_of([archive], jobs=2) == one
    files = sorted(archive.iterdir())
    shuffled = random.Random(3).sample(files, len(files))
    assert shuffled != files
    assert json_of(shuffled, jobs=2) == one
    assert len(json.loads(one)["articles"]) == len(SEEDS) * COPIES


def test_the_seeds_alone_are_byte_identical_across_jobs_in_every_format() -> None:
    for fmt in ("json", "markdown", "html-fragment"):
        one = CliRunner().invoke(cli, ["build", *map(str, SEEDS), "--format", fmt, "-j", "1", "-q"]).stdout
        two = CliRunner().invoke(cli, ["build", *map(str, reversed(SEEDS)), "--format", fmt, "-j", "2", "-q"]).stdout
        assert one == two, fmt


def test_json_lines_hold_one_event_a_line_in_timeline_order(archive: Path) -> None:
    document = json.loads(json_of([archive], jobs=1))
    out = io.StringIO()
    with build_stream([archive], jobs=1) as built:
        built.write("jsonl", out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == document["events"]


def _copy_of(archive: Path, tmp_path: Path) -> Path:
    """A copy of the archive's files in a folder of the test's own, for runs that change them."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in archive.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_a_rerun_reads_only_what_changed_and_renders_what_a_fresh_build_gives(archive: Path, tmp_path: Path) -> None:
    folder = _copy_of(archive, tmp_path)
    store = tmp_path / "archive.timeline.db"
    first = io.StringIO()
    with build_stream([folder], store=store, jobs=1) as built:
        assert built.stats.analysed == len(SEEDS) * COPIES
        built.write("json", first)
    changed, removed = SEEDS[0].name, SEEDS[1].name
    with (folder / changed).open("a", encoding="utf-8") as page:
        page.write("\nThe talks resumed in Riyadh on March 3, 2025.\n")
    (folder / removed).unlink()
    (folder / "new.md").write_text("---\ndate: 2025-03-04\n---\nXi met Putin in Moscow on Monday.\n", encoding="utf-8")
    rerun = io.StringIO()
    with build_stream([folder], store=store, jobs=1) as built:
        assert (built.stats.analysed, built.stats.removed) == (2, 1)
        built.write("json", rerun)
    assert rerun.getvalue() == json_of([folder], jobs=1)
    assert rerun.getvalue() != first.getvalue()
    assert removed.removesuffix(".txt") not in {a["id"] for a in json.loads(rerun.getvalue())["articles"]}


def test_a_store_is_rendered_and_queried_without_its_inputs(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "a.timeline.db"
    built = CliRunner().invoke(cli, ["build", str(archive), "--store", str(store), "--format", "html", "-j", "1"])
    rendered = CliRunner().invoke(cli, ["render", str(store), "--format", "html"])
    assert rendered.exit_code == 0
    assert rendered.stdout == built.stdout
    found = CliRunner().invoke(cli, ["query", str(store), "--text", "ANNIVERSARY", "--to", "2025-02-28"])
    events = [json.loads(line) for line in found.stdout.splitlines()]
    assert events
    assert all("anniversary" in e["text"].lower() and e["date"]["earliest"] <= "2025-02-28" for e in events)
    article = events[0]["sources"][0]["article"]
    cited = CliRunner().invoke(cli, ["query", str(store), "--article", article, "--status", "planned"]).stdout
    assert all(json.loads(line)["status"] == "planned" for line in cited.splitlines())


@pytest.mark.parametrize(("version", "age"), [(FORMAT_VERSION - 1, "older"), (FORMAT_VERSION + 1, "newer")])
def test_a_store_of_another_format_version_is_refused_naming_it(tmp_path: Path, version: int, age: str) -> None:
    store = tmp_path / "old.timeline.db"
    with build_stream([SEEDS[0]], store=store, jobs=1):
        pass
    with sqlite3.connect(store) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'version'", (str(version),))
    with pytest.raises(StoreError, match=f"{age} version of timeline"):
        json_of([SEEDS[0]], store=store, jobs=1)
    result = CliRunner().invoke(cli, ["render", str(store)])
    assert result.exit_code == 1
    assert f"{age} version of timeline" in result.output


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a timeline store"):
        json_of([SEEDS[0]], store=other, jobs=1)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_a_build_killed_half_way_keeps_the_old_output_and_the_next_run_finishes(tmp_path: Path, how: int) -> None:
    corpus = tmp_path / "corpus.jsonl"
    text = "Xi met Putin on Monday. The talks resumed in Riyadh on March 3, 2025 (report {n})."
    records = [
        {"id": f"a{n}", "text": text.format(n=n), "published": f"2025-02-{1 + n % 28:02d}"}
        for n in range(10 * COMMIT_EVERY)  # work enough left after the first commit that the kill lands mid-build
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store, output = tmp_path / "k.timeline.db", tmp_path / "timeline.json"
    output.write_text("previous output\n", encoding="utf-8")
    command = [sys.executable, "-m", "timeline", "build", str(corpus), "--store", str(store), "-j", "1"]
    process = subprocess.Popen([*command, "--format", "json", "-o", str(output)], stderr=subprocess.DEVNULL)
    while process.poll() is None and _stored_articles(store) == 0:
        time.sleep(0.02)
    process.send_signal(how)
    assert process.wait() != 0, "the build ended before it was killed"
    assert output.read_text(encoding="utf-8") == "previous output\n"
    assert 0 < _stored_articles(store) < len(records)
    subprocess.run([*command, "--format", "json", "-o", str(output)], check=True, stderr=subprocess.DEVNULL)
    assert output.read_text(encoding="utf-8") == json_of([corpus], jobs=1)


def _stored_articles(store: Path) -> int:
    """Articles committed to the store so far (0 while it is being created)."""
    try:
        with sqlite3.connect(store) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_the_dask_engine_on_a_local_cluster_gives_the_same_bytes(archive: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert json_of([archive], engine="dask", client=client) == json_of([archive], jobs=1)


def test_a_rerun_with_nothing_changed_analyses_nothing_and_gives_the_same_bytes(tmp_path: Path) -> None:
    store = tmp_path / "s.timeline.db"
    first = json_of(SEEDS, store=store, jobs=1)
    with build_stream(SEEDS, store=store, jobs=1) as built:
        again = io.StringIO()
        built.write("json", again)
        assert (built.stats.analysed, built.stats.unchanged) == (0, len(SEEDS))
    assert again.getvalue() == first


def test_the_progress_bar_is_drawn_only_on_a_terminal_and_not_with_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(progress.progress_for(quiet=False), Quiet)  # pytest's stderr is not a terminal
    screen = io.StringIO()
    monkeypatch.setattr(progress, "Console", lambda file: Console(file=screen, force_terminal=True, width=120))
    assert isinstance(progress.progress_for(quiet=True), Quiet)
    bar = progress.progress_for(quiet=False)
    assert isinstance(bar, progress.Bar)
    with build_stream(SEEDS, jobs=1, progress=bar):
        pass
    assert f"{len(SEEDS)} articles" in screen.getvalue()


def test_the_reading_kind_reaches_the_workers_and_keys_the_store(tmp_path: Path) -> None:
    history = tmp_path / "history.jsonl"
    record = {"id": "war", "text": "In 1944 the Allies landed. In August, Paris was freed.", "published": "2009-12-19"}
    history.write_text(json.dumps(record) + "\n", encoding="utf-8")
    store = tmp_path / "kind.timeline.db"

    def freed(kind: Kind, jobs: int) -> str:
        with build_stream([history], store=store, jobs=jobs, kind=kind) as built:
            (event,) = [e for e in built.timeline().events if "Paris was freed" in e.text]
            return event.date.value

    assert freed(Kind.NARRATIVE, jobs=2) == "1944-08"
    assert freed(Kind.NEWS, jobs=2) == "2009-08"  # the same store, read again for the other kind
    assert freed(Kind.NARRATIVE, jobs=1) == "1944-08"


def test_html_pages_extracted_by_the_workers_give_the_same_bytes_as_in_one_process(tmp_path: Path) -> None:
    pages = sorted((ROOT / "tests" / "fixtures" / "ingest").glob("*.html"))
    for copy in range(3):  # the same page under several names: ids are still given in path order
        for page in pages:
            (tmp_path / f"{copy}-{page.name}").write_bytes(page.read_bytes())
    one = json_of([tmp_path], jobs=1)
    assert json_of([tmp_path], jobs=2) == one
    assert len(json.loads(one)["articles"]) == 3 * len(pages)


def test_a_rerun_merges_again_only_the_years_whose_facts_changed(archive: Path, tmp_path: Path) -> None:
    folder = _copy_of(archive, tmp_path)
    store = tmp_path / "archive.timeline.db"
    json_of([folder], store=store, jobs=1)

    def written() -> dict[int, list[int]]:
        with sqlite3.connect(store) as db:
            rows = db.execute("SELECT year, rowid FROM events ORDER BY year, rowid").fetchall()
        years: dict[int, list[int]] = {}
        for year, rowid in rows:
            years.setdefault(year, []).append(rowid)
        return years

    before = written()
    note = {"id": "added", "text": "Heavy snow closed the airport on March 3, 1990.", "published": "1990-03-04"}
    with (folder / "copies.jsonl").open("a", encoding="utf-8") as file:  # the input's other articles read again
        file.write(json.dumps(note) + "\n")
    rerun = json_of([folder], store=store, jobs=1)
    after = written()
    assert rerun == json_of([folder], jobs=1)
    assert 1990 in after and 1990 not in before
    assert {year: rows for year, rows in after.items() if year != 1990} == before


def test_inputs_given_as_fsspec_urls_build_what_the_same_local_files_build() -> None:
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    for seed in SEEDS:
        memory.pipe(f"/url-archive/{seed.name}", seed.read_bytes())
    memory.pipe("/url-archive/.drafts/draft.txt", b"A hidden folder is left out, as on disk.")
    from_urls = timeline.build(["memory://url-archive"], jobs=2)
    from_files = timeline.build(SEEDS, jobs=1)
    assert from_urls.events == from_files.events
    assert [record.path for record in from_urls.inputs] == [f"memory:///url-archive/{s.name}" for s in SEEDS]


def test_an_unknown_url_protocol_is_an_input_error_naming_it() -> None:
    pytest.importorskip("fsspec")
    result = CliRunner().invoke(cli, ["build", "nosuchprotocol://bucket/archive", "-q"])
    assert result.exit_code != 0
    assert "nosuchprotocol://bucket/archive" in result.output
    assert "Traceback" not in result.output


DISAGREEING = {  # two articles date the Olympics and the World Cup apart from a third, outvoted twice
    "a": (
        "2025-02-26",
        "Xi also expressed his appreciation for Putin’s support for China’s hosting of the 2024 Winter "
        "Olympics in Beijing. He also thanked China for its support for Russia’s hosting of the 2024 World Cup.",
    ),
    **{
        name: (
            "2022-03-02",
            "The Beijing Winter Olympics opened on Feb. 4, 2022, with a ceremony in the Bird's Nest "
            "stadium. Russia hosted the World Cup in 2018, a month-long tournament across eleven cities.",
        )
        for name in "bc"
    },
    **{
        f"other{n}": (f"2022-03-1{n}", f"Markets rose on trading day {n}, on March {n}, 2022. Putin spoke on Monday.")
        for n in range(1, 5)
    },
}


def test_ranking_in_the_store_gives_what_ranking_the_whole_timeline_gives(tmp_path: Path) -> None:
    """Salience, disagreements, flags and the title worked out partition by partition in the store are those
    rank.rank and conflicts.find_conflicts give over the whole merged timeline in memory."""
    for name, (day, text) in DISAGREEING.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    store = tmp_path / "archive.timeline.db"
    with build_stream([tmp_path], store=store, jobs=1, include=["*.md"]) as built:
        ranked = built.timeline()
    with sqlite3.connect(store) as db:
        events = [Event.model_validate_json(d) for (d,) in db.execute("SELECT data FROM events ORDER BY rowid")]
        articles = [ArticleInfo.model_validate_json(d) for (d,) in db.execute("SELECT final_info FROM articles")]
    merged = Timeline(articles=sorted(articles, key=lambda a: a.id), events=sorted_events(events))
    whole = rank(find_conflicts(merged))
    assert sum(len(event.conflicts) for event in ranked.events) >= 2
    assert ranked.events == whole.events
    assert ranked.articles == whole.articles
    assert ranked.title == corpus_title(whole.events, len(whole.articles))
