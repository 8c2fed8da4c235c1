"""The command line: thin wrappers that parse options and call the stages.

Each command imports its stage when it runs, so `timeline tag` does not pay for HTML extraction.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from timeline.engines import ENGINES
from timeline.render import FORMATS
from timeline.schemas import SCHEMA_MODELS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline-news")
def cli() -> None:
    """Fact timelines from news articles, every relative date anchored, every line sourced."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(list(SCHEMA_MODELS)), help="Check against this schema (default: guessed).")
def validate(files: tuple[Path, ...], kind: str | None) -> None:
    """Check timeline or events files (JSON or YAML) against schemas/; exit 1 on any error."""
    from timeline.validation import iter_file_reports

    any_errors = False
    for path, errors in iter_file_reports(list(files), kind):
        any_errors = any_errors or bool(errors)
        click.echo("\n".join(errors) if errors else f"{path}: valid")
    sys.exit(1 if any_errors else 0)


@cli.command()
@click.argument("name", required=False, default="timeline", type=click.Choice(list(SCHEMA_MODELS)))
@click.option(
    "--write", "directory", type=click.Path(file_okay=False, path_type=Path), help="Write every schema into DIR."
)
def schema(name: str, directory: Path | None) -> None:
    """Print the JSON Schema NAME (timeline or events), or write them all with --write schemas/."""
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
def render_file(file: Path, fmt: str, output: Path | None) -> None:
    """Render a timeline JSON, a hand-curated events file (JSON or YAML) or a build's store in any format."""
    from timeline.curated import timeline_from_document
    from timeline.errors import InputError
    from timeline.render import render
    from timeline.run import Built, is_store, open_store, write_output
    from timeline.validation import load_document

    try:
        if is_store(file):
            built = Built(open_store(file))
            if output is None:
                built.write(fmt, _Echo())
            else:
                write_output(built, fmt, output)
            return
        text = render(timeline_from_document(load_document(file), source=str(file)), fmt)
    except InputError as error:
        raise click.ClickException(str(error)) from error
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8", newline="")


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
    """List the events of a build's store (timeline build --store) that meet every condition, one JSON line each."""
    from timeline.errors import InputError
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
    try:
        _Echo().writelines(lines(open_store(store).matching_events(wanted)))
    except InputError as error:
        raise click.ClickException(str(error)) from error


def main() -> None:
    # No command uses pydantic plugins, and looking them up scans every installed package's entry
    # points at the first validation: about 10 ms, 3% of a `timeline tag` run. A user's setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cli()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--include", multiple=True, help="glob of files to read inside directories (repeatable)")
@click.option("--exclude", multiple=True, help="glob of files to skip inside directories (repeatable)")
@click.option("--published", multiple=True, metavar="[PATH=]DATE", help="publish date for all inputs or one path")
@click.option("--strict", is_flag=True, help="exit non-zero when any input is skipped or has errors")
def articles(
    paths: tuple[str, ...], include: tuple[str, ...], exclude: tuple[str, ...], published: tuple[str, ...], strict: bool
) -> None:
    """Print one JSON line per article read from PATHS (files, directories, - for stdin)."""
    from timeline.errors import is_internal_error
    from timeline.ingest import read_inputs
    from timeline.ingest.report import failed, format_report

    result = read_inputs(paths, include=include, exclude=exclude, published=_given_dates(published))
    fields = {"id", "title", "outlet", "url", "language", "published", "text"}
    for article in result.articles:
        click.echo(article.model_dump_json(include=fields))
    click.echo(format_report(result.inputs, result.articles), err=True)
    if failed(result.inputs, strict=strict) or any(is_internal_error(record.reason) for record in result.inputs):
        raise SystemExit(1)


def _given_dates(values: tuple[str, ...]) -> dict[str | None, dt.date]:
    """``--published`` values, or a usage error naming the bad one."""
    from timeline.errors import InputError
    from timeline.ingest.report import parse_published_option

    try:
        return parse_published_option(values)
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="write here, not to stdout")
@click.option("--published", multiple=True, metavar="[PATH=]DATE", help="publish date of one input or of all")
@click.option("--include", multiple=True, metavar="GLOB", help="in directories, read only matching files")
@click.option("--exclude", multiple=True, metavar="GLOB", help="in directories, skip matching files")
@click.option("--strict", is_flag=True, help="exit 1 when any input is skipped or fails")
@click.option("--title", help="the timeline's title")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="worker processes [default: every core; 1: no pool]")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True)
@click.option("--scheduler", metavar="tcp://HOST:8786", help="the Dask scheduler (with --engine dask)")
@click.option(
    "--store", type=click.Path(dir_okay=False, path_type=Path), help="keep results here; reruns are incremental"
)
@click.option("-q", "--quiet", is_flag=True, help="no progress bar")
def build(
    *,
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    published: tuple[str, ...],
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    strict: bool,
    title: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    store: Path | None,
    quiet: bool,
) -> None:
    """One sorted, sourced timeline from the articles in PATH... (files, directories, - for stdin)."""
    from timeline.errors import InputError, is_internal_error
    from timeline.ingest.report import failed, format_report
    from timeline.progress import progress_for
    from timeline.run import build_stream, write_output

    try:
        with build_stream(
            paths,
            include=include,
            exclude=exclude,
            published=_given_dates(published),
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            store=store,
            title=title,
            progress=progress_for(quiet=quiet),
        ) as built:
            inputs = built.inputs()
            click.echo(format_report(inputs, built.store.articles()), err=True)
            if store is not None:
                click.echo(built.stats.summary(), err=True)
            if failed(inputs, strict=strict):
                raise SystemExit(1)
            if output is None:
                built.write(fmt, _Echo())
            else:
                write_output(built, fmt, output)
    except InputError as error:
        raise click.ClickException(str(error)) from error
    if any(is_internal_error(record.reason) for record in inputs):  # a bug stopped an article: the others went on
        raise SystemExit(1)


class _Echo:
    """Standard output as a text file for streamed writers, through click (as every command prints)."""

    def write(self, text: str) -> None:
        click.echo(text, nl=False)

    def writelines(self, texts: Iterable[str]) -> None:
        for text in texts:
            click.echo(text, nl=False)


@cli.command()
@click.option(
    "--language",
    default=None,
    metavar="CODE",
    help='ISO 639-1 code of every text without its own "language" (default: detected per text).',
)
def tag(language: str | None) -> None:
    """Tag temporal expressions: JSON lines {"id", "text", "published"} on stdin, one line of TIMEX3 mentions each.

    A line's optional "language" (an ISO 639-1 code) says which language's grammar reads its text.

    A mention that cannot be anchored (e.g. "on Monday" with published null) is listed under "unanchored"
    with a "reason".
    Bad lines are reported on stderr with their line number and skipped; the exit status is 1 if any was.
    """
    from timeline.errors import InputError
    from timeline.tagging import tag_lines

    bad: list[InputError] = []

    def report(error: InputError) -> None:
        bad.append(error)
        click.echo(f"timeline tag: {error}", err=True)

    from timeline.languages import available, codes

    if language is not None and not available(language):
        raise click.BadParameter(
            f"no language data for {language!r} (known: {', '.join(codes())})", param_hint="--language"
        )
    out = sys.stdout.buffer
    for line in tag_lines(sys.stdin.buffer, report, language=language):
        out.write(line.encode("ascii") + b"\n")
        out.flush()
    if bad:
        click.echo(f"timeline tag: {len(bad)} bad line(s) skipped", err=True)
        raise SystemExit(1)
