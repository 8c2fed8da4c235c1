"""The command line: thin wrappers that parse options and call the stages.

Each command imports its stage when it runs, so `timeline tag` does not pay for HTML extraction.
"""

from __future__ import annotations

import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline-news")
def cli() -> None:
    """Fact timelines from news articles, every relative date anchored, every line sourced."""


def main() -> None:
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
    from timeline.errors import InputError
    from timeline.ingest import read_inputs
    from timeline.ingest.report import failed, format_report, parse_published_option

    try:
        given = parse_published_option(published)
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error
    result = read_inputs(paths, include=include, exclude=exclude, published=given)
    fields = {"id", "title", "outlet", "url", "language", "published", "text"}
    for article in result.articles:
        click.echo(article.model_dump_json(include=fields))
    click.echo(format_report(result.inputs, result.articles), err=True)
    if failed(result.inputs, strict=strict):
        raise SystemExit(1)


@cli.command()
def tag() -> None:
    """Tag temporal expressions: JSON lines {"id", "text", "published"} on stdin, one line of TIMEX3 mentions each.

    A mention that cannot be anchored (e.g. "on Monday" with published null) has "value": null and a "reason".
    Bad lines are reported on stderr with their line number and skipped; the exit status is 1 if any was.
    """
    from timeline.errors import InputError
    from timeline.tagging import tag_lines

    bad: list[InputError] = []

    def report(error: InputError) -> None:
        bad.append(error)
        click.echo(f"timeline tag: {error}", err=True)

    out = sys.stdout.buffer
    for line in tag_lines(sys.stdin.buffer, report):
        out.write(line.encode("ascii") + b"\n")
        out.flush()
    if bad:
        click.echo(f"timeline tag: {len(bad)} bad line(s) skipped", err=True)
        raise SystemExit(1)
