"""The command line: thin wrappers that parse options and call the stages.

Each command imports its stage when it runs, so `timeline tag` does not pay for HTML extraction.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from timeline.engines import ENGINES
from timeline.errors import TimelineError
from timeline.render import FORMATS
from timeline.schemas import SCHEMA_MODELS

# The reading kinds of timeline.temporal.narrative.Kind, spelled here so `timeline --help` imports no engine.
KINDS = ("news", "narrative", "auto")
KIND_HELP = "news (yearless dates near the publish date), narrative (in the story's year) or auto (as each text tells)"
if TYPE_CHECKING:
    from timeline.ingest import Ingested

STDIN = "-"


def _input_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options that say which inputs to read and how to date them, shared by ``articles`` and ``build``
    so the two commands spell and explain them alike."""
    options = (
        click.option("--include", multiple=True, metavar="GLOB", help="in directories, read only matching files"),
        click.option("--exclude", multiple=True, metavar="GLOB", help="in directories, skip matching files"),
        click.option("--published", multiple=True, metavar="[PATH=]DATE", help="publish date of one input or of all"),
        click.option("--default-published", metavar="DATE", help="publish date only where the input gives none"),
        click.option("--strict", is_flag=True, help="exit 1 when any input is skipped or fails"),
    )
    for option in reversed(options):
        command = option(command)
    return command


class _Commands(click.Group):
    """Every command's errors as one clear line naming the file, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TimelineError as error:
            raise click.ClickException(str(error)) from error
        except BrokenPipeError:
            # The reader went away (`timeline build ... | head`): nothing more to say to it.
            sys.stderr.close()
            raise SystemExit(1) from None
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from error


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline-news")
def cli() -> None:
    """Fact timelines from news articles, every relative date anchored, every line sourced.

    \b
    Examples:
      timeline build saved-pages/ -o timeline.md
      timeline build saved-pages/ --format json | timeline render - --format html -o timeline.html
      timeline validate events.yaml
      echo "He left on Monday." | timeline tag --published 2025-02-26
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(list(SCHEMA_MODELS)), help="Check against this schema (default: guessed).")
def validate(files: tuple[Path, ...], kind: str | None) -> None:
    """Check timeline or events files (JSON or YAML; - reads stdin) against schemas/; exit 1 on any error.

    A file is valid exactly when `timeline render` can render it: dates are real calendar days,
    earliest is not after latest, and every error is printed with its JSON pointer.

    \b
    Examples:
      timeline validate timeline.json events.yaml
      timeline build saved-pages/ --format json | timeline validate -
    """
    from timeline.validation import iter_file_reports, source_name

    any_errors = False
    for path, errors in iter_file_reports(list(files), kind):
        any_errors = any_errors or bool(errors)
        click.echo("\n".join(errors) if errors else f"{source_name(path)}: valid")
    sys.exit(1 if any_errors else 0)


@cli.command()
@click.argument("name", required=False, default="timeline", type=click.Choice(list(SCHEMA_MODELS)))
@click.option(
    "--write", "directory", type=click.Path(file_okay=False, path_type=Path), help="Write every schema into DIR."
)
def schema(name: str, directory: Path | None) -> None:
    """Print the JSON Schema NAME (timeline or events), or write them all with --write schemas/.

    \b
    Examples:
      timeline schema events > events.schema.json
      timeline schema --write schemas/
    """
    from timeline.schemas import schema_text, write_schemas

    if directory is None:
        click.echo(schema_text(name), nl=False)
        return
    for path in write_schemas(directory):
        click.echo(f"wrote {path}")


@cli.command("render")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@click.option("--all-undated", is_flag=True, help="list every vague reference ('recently'), not one line per article")
def render_file(file: Path, fmt: str, output: Path | None, all_undated: bool) -> None:
    """Render a timeline JSON, a hand-curated events file (JSON or YAML; - reads stdin) or a build's store.

    \b
    Examples:
      timeline render timeline.json --format html -o timeline.html
      timeline render events.yaml --format ics -o events.ics
      timeline render archive.timeline.db --format html -o timeline.html
      timeline build saved-pages/ --format json | timeline render - --format timelinejs
    """
    from timeline.curated import timeline_from_document
    from timeline.files import check_output, refuse_overwriting_inputs
    from timeline.render import render
    from timeline.run import Built, is_store, open_store
    from timeline.validation import load_document, source_name

    if output is not None:
        refuse_overwriting_inputs(output, [file])
        check_output(output)
    if is_store(file):
        _emit(Built(open_store(file)).pieces(fmt, all_undated=all_undated), output)
        return
    text = render(timeline_from_document(load_document(file), source=source_name(file)), fmt, all_undated=all_undated)
    _emit(text, output)


def _emit(text: str | Iterable[str], output: Path | None) -> None:
    """To stdout, or to the output file whole (the previous file stays intact if writing fails); ``text``
    whole or in pieces streamed from a store."""
    from timeline.files import write_output

    if output is not None:
        write_output(output, text)
    elif isinstance(text, str):
        click.echo(text, nl=False)
    else:
        _Echo().writelines(text)


def main() -> None:
    # No command uses pydantic plugins, and looking them up scans every installed package's entry
    # points at the first validation: about 10 ms, 3% of a `timeline tag` run. A user's setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cli()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_input_options
@click.option("-v", "--verbose", is_flag=True, help="list every line dropped as page chrome in the report")
def articles(
    *,
    paths: tuple[str, ...],
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    published: tuple[str, ...],
    default_published: str | None,
    strict: bool,
    verbose: bool,
) -> None:
    """Print one JSON line per article read from PATHS (files, directories, - for stdin).

    \b
    Examples:
      timeline articles saved-pages/ --include '*.html'
      timeline articles page.txt --published 2025-02-26 | jq .published
    """
    from timeline.ingest.report import bug_stopped, failed, format_report

    result = _ingest(paths, include, exclude, published, default_published)
    fields = {"id", "title", "outlet", "url", "language", "published", "text"}
    for article in result.articles:
        click.echo(article.model_dump_json(include=fields))
    click.echo(format_report(result.inputs, result.articles, verbose=verbose), err=True)
    if failed(result.inputs, strict=strict) or bug_stopped(result.inputs):
        raise SystemExit(1)


def _ingest(
    paths: tuple[str, ...],
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    published: tuple[str, ...],
    default_published: str | None,
) -> Ingested:
    """The inputs read, with the publish-date options checked (a bad one is a usage error)."""
    from timeline.errors import InputError
    from timeline.ingest import read_inputs

    default = _default_date(default_published)
    given = _given_dates(published)
    try:
        return read_inputs(paths, include=include, exclude=exclude, published=given, default_published=default)
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error


def _default_date(value: str | None) -> dt.date | None:
    """``--default-published``, or a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise click.BadParameter(f"{value!r}: expected YYYY-MM-DD", param_hint="--default-published") from exc


def _given_dates(values: tuple[str, ...]) -> dict[str | Path | None, dt.date]:
    """``--published`` values, or a usage error naming the bad one."""
    from timeline.errors import InputError
    from timeline.ingest.report import parse_published_option

    try:
        given: dict[str | Path | None, dt.date] = {key: day for key, day in parse_published_option(values).items()}
        return given
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="write here, not to stdout")
@_input_options
@click.option("--title", help="the timeline's title (default: named after what the articles are about)")
@click.option("--top", type=click.IntRange(min=1), metavar="N", help="keep only the N most salient dates")
@click.option("--all-undated", is_flag=True, help="list every vague reference ('recently'), not one line per article")
@click.option("--kind", type=click.Choice(KINDS), default="auto", show_default=True, help=KIND_HELP)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="worker processes [default: every core; 1: no pool]")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True)
@click.option("--scheduler", metavar="tcp://HOST:8786", help="the Dask scheduler (with --engine dask)")
@click.option(
    "--store", type=click.Path(dir_okay=False, path_type=Path), help="keep results here; reruns read only changes"
)
@click.option("-q", "--quiet", is_flag=True, help="no progress bar")
def build(
    *,
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    published: tuple[str, ...],
    default_published: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    strict: bool,
    title: str | None,
    top: int | None,
    all_undated: bool,
    kind: str,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    store: Path | None,
    quiet: bool,
) -> None:
    """One sorted, sourced timeline from the articles in PATH... (files, directories, - for stdin).

    The run report (every input and what became of it) goes to stderr. With -o the file is written
    whole at the end, its folder created if needed; an -o that names an input is refused. A progress
    bar is drawn on a terminal (not with -q). docs/store.md and docs/cluster.md say more.

    \b
    Examples:
      timeline build saved-pages/ -o timeline.md
      timeline build a.txt b.html --published a.txt=2025-02-26 --format json -o timeline.json
      timeline build archive/ --include '*.html' --exclude 'drafts/*' --strict --format html-fragment
      timeline build archive/ --store archive.timeline.db --jobs 4 --format json -o timeline.json
      timeline build archive/ --top 20 -o key-dates.md
    """
    from timeline.files import check_output, refuse_overwriting_inputs
    from timeline.ingest.inputs import UnusedPublishedPaths
    from timeline.ingest.report import bug_stopped, failed, format_report
    from timeline.progress import progress_for
    from timeline.run import build_stream
    from timeline.temporal import Kind

    if output is not None:
        refuse_overwriting_inputs(output, paths)
        check_output(output)
    default, given = _default_date(default_published), _given_dates(published)
    try:
        with build_stream(
            paths,
            include=include,
            exclude=exclude,
            published=given,
            default_published=default,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            store=store,
            title=title,
            top=top,
            kind=Kind(kind),
            progress=progress_for(quiet=quiet),
        ) as built:
            inputs = built.inputs()
            if output is not None:
                refuse_overwriting_inputs(output, [record.path for record in inputs])
            click.echo(format_report(inputs, built.store.reported_articles()), err=True)
            if store is not None:
                click.echo(built.stats.summary(), err=True)
            if failed(inputs, strict=strict):
                raise SystemExit(1)
            _emit(built.pieces(fmt, all_undated=all_undated), output)
    except UnusedPublishedPaths as error:
        raise click.BadParameter(str(error), param_hint="--published") from error
    if bug_stopped(inputs):
        raise SystemExit(1)


class _Echo:
    """Standard output for streamed writers, through click (as every command prints)."""

    def writelines(self, texts: Iterable[str]) -> None:
        for text in texts:
            click.echo(text, nl=False)


@cli.command()
@click.argument("store", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="events that end on or after this date")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="events that start on or before this date")
@click.option("--text", help="events whose text holds these words (case-insensitive)")
@click.option("--article", help="events that cite this article id")
@click.option("--status", type=click.Choice(["occurred", "planned"]))
def query(
    *,
    store: Path,
    first: dt.datetime | None,
    last: dt.datetime | None,
    text: str | None,
    article: str | None,
    status: str | None,
) -> None:
    """List the events of a build's store (timeline build --store) that meet every condition, one JSON line each.

    \b
    Examples:
      timeline query archive.timeline.db --from 2022-02-01 --to 2022-02-28 --text invasion
      timeline query archive.timeline.db --article 000_d590fcc5af1471fb --status planned
    """
    from timeline.render.json_format import lines
    from timeline.run import open_store
    from timeline.store import EventQuery

    wanted = EventQuery(
        first=first.date().isoformat() if first else None,
        last=last.date().isoformat() if last else None,
        text=text,
        article=article,
        status=status,
    )
    _Echo().writelines(lines(open_store(store).matching_events(wanted)))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", multiple=True, metavar="[PATH=]DATE", help="publish date of plain text (one file, or all)")
@click.option(
    "--language",
    default=None,
    metavar="CODE",
    help='ISO 639-1 code of every text without its own "language" (default: detected per text).',
)
@click.option("--kind", type=click.Choice(KINDS), default="auto", show_default=True, help=KIND_HELP)
def tag(files: tuple[Path, ...], published: tuple[str, ...], language: str | None, kind: str) -> None:
    """Tag temporal expressions with TIMEX3 types and values, one JSON line per document.

    Reads JSON lines {"id", "text", "published"} on stdin (the protocol evaluation tools use), or
    plain text: on stdin, or in FILES, each dated by --published. A line's optional "language" (an
    ISO 639-1 code) says which language's grammar reads its text. A mention that cannot be anchored
    (e.g. "on Monday" with no publish date) is listed under "unanchored" with a "reason".
    Bad lines are reported on stderr with their line number and skipped; the exit status is 1 if any was.

    \b
    Examples:
      echo '{"id": "1", "text": "He left on Monday.", "published": "2025-02-26"}' | timeline tag
      echo "He left on Monday." | timeline tag --published 2025-02-26
      timeline tag notes.txt --published notes.txt=2025-02-26
    """
    from timeline.errors import InputError
    from timeline.languages import codes
    from timeline.tagging import parse_language, tag_lines
    from timeline.temporal import Kind

    # What the imports built (modules, classes, pydantic's schemas) lives as long as the process: moved out of
    # the cyclic collector's sight, it is not walked again at each full collection while documents are tagged
    # (about 2.5% of the instructions of a TimeBank run; reference counting still frees what it can).
    gc.freeze()
    try:
        language = parse_language(language)
    except ValueError:
        raise click.BadParameter(
            f"no language data for {language!r} (known: {', '.join(codes())})", param_hint="--language"
        ) from None
    given = _given_dates(published) if published else {}  # the JSON-lines path stays free of ingest's imports
    out = sys.stdout.buffer
    if files:
        _check_given_paths(given, files)
        for path in files:
            document = _read_text_file(path)
            _write_line(out, _tag_plain_text(document, str(path), _given_for(given, path), language, kind))
        return
    _check_given_paths(given, ())
    first_lines, rest = _peek_document(sys.stdin.buffer)
    if not _is_json_lines(first_lines):
        text = b"".join([*first_lines, *rest])
        _write_line(out, _tag_plain_text(_decoded(text, STDIN), "stdin", given.get(None), language, kind))
        return
    bad: list[InputError] = []

    def report(error: InputError) -> None:
        bad.append(error)
        click.echo(f"timeline tag: {error}", err=True)

    for line in tag_lines(_chain(first_lines, rest), report, language=language, kind=Kind(kind)):
        _write_line(out, line)
    if bad:
        click.echo(f"timeline tag: {len(bad)} bad line(s) skipped", err=True)
        raise SystemExit(1)


def _write_line(out: Any, line: str) -> None:
    out.write(line.encode("ascii") + b"\n")
    out.flush()


def _peek_document(stream: Any) -> tuple[list[bytes], Any]:
    """The lines up to the first non-blank one (which decides the protocol), and the rest unread."""
    lines: list[bytes] = []
    for line in iter(stream.readline, b""):
        lines.append(line)
        if line.strip():
            break
    return lines, stream


def _is_json_lines(first_lines: list[bytes]) -> bool:
    return bool(first_lines) and first_lines[-1].lstrip().startswith(b"{")


def _chain(first_lines: list[bytes], rest: Any) -> Any:
    yield from first_lines
    yield from rest


def _read_text_file(path: Path) -> str:
    from timeline.errors import InputError
    from timeline.files import read_regular_file

    try:
        return _decoded(read_regular_file(path), str(path))
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=str(path)) from error


def _decoded(data: bytes, source: str) -> str:
    from timeline.ingest.encoding import decode

    return decode(data, source)[0]


def _given_keys(path: Path) -> tuple[str, ...]:
    """The ``--published PATH=`` spellings that name ``path``: as given, absolute, or by file name (as
    ``build`` matches them)."""
    return (str(path), str(path.resolve()), path.name)


def _given_for(given: dict[str | Path | None, dt.date], path: Path) -> dt.date | None:
    for key in (*_given_keys(path), None):
        if key in given:
            return given[key]
    return None


def _check_given_paths(given: dict[str | Path | None, dt.date], files: tuple[Path, ...]) -> None:
    """A ``--published PATH=DATE`` naming none of the files is a usage error, as in ``build``."""
    named = {key for path in files for key in _given_keys(path)}
    unused = sorted(str(key) for key in given if key is not None and key not in named)
    if unused:
        names = ", ".join(map(repr, unused))
        raise click.BadParameter(f"names {names}, which is not among the files tagged", param_hint="--published")


def _tag_plain_text(text: str, doc_id: str, published: dt.date | None, language: str | None, kind: str = "auto") -> str:
    from timeline.tagging import tag_line, text_language
    from timeline.temporal import Kind

    return tag_line(doc_id, text, published, language or text_language(text), Kind(kind))
