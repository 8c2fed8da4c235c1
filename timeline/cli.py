"""The command line: thin wrappers that parse options and call the stages."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline-news")
def cli() -> None:
    """Fact timelines from news articles, every relative date anchored, every line sourced."""


def main() -> None:
    cli()


def _published_dates(values: tuple[str, ...]) -> dict[str | None, dt.date]:
    """``--published`` values: ``DATE`` for every input or ``PATH=DATE`` for one."""
    dates: dict[str | None, dt.date] = {}
    for value in values:
        path, _, day = value.rpartition("=")
        try:
            dates[path or None] = dt.date.fromisoformat(day)
        except ValueError:
            raise click.BadParameter(f"{value!r}: expected [PATH=]YYYY-MM-DD", param_hint="--published") from None
    return dates


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default="markdown", show_default=True, help="markdown, json, html, ...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="write here, not to stdout")
@click.option("--published", multiple=True, metavar="[PATH=]DATE", help="publish date of one input or of all")
@click.option("--include", multiple=True, metavar="GLOB", help="in directories, read only matching files")
@click.option("--exclude", multiple=True, metavar="GLOB", help="in directories, skip matching files")
@click.option("--strict", is_flag=True, help="exit 1 when any input is skipped or fails")
@click.option("--title", help="the timeline's title")
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
) -> None:
    """One sorted, sourced timeline from the articles in PATH... (files, directories, - for stdin)."""
    # Imported here so that other commands (`timeline tag`) start without loading every stage.
    from timeline.ingest import read_inputs  # noqa: PLC0415
    from timeline.pipeline import build_timeline  # noqa: PLC0415
    from timeline.render import FORMATS, render  # noqa: PLC0415

    if fmt not in FORMATS:
        raise click.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    ingested = read_inputs(
        paths,
        include=include,
        exclude=exclude,
        published=_published_dates(published),
        stdin=sys.stdin if "-" in paths else None,
    )
    for record in ingested.inputs:
        click.echo(f"{record.status}: {record.path}" + (f" ({record.reason})" if record.reason else ""), err=True)
    if not ingested.articles or (strict and any(r.status != "read" for r in ingested.inputs)):
        raise click.ClickException("no article could be read" if not ingested.articles else "some inputs failed")
    text = render(build_timeline(ingested.articles, ingested.inputs, title=title), fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
