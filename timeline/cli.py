"""The command line: thin wrappers that parse options and call the stages."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline-news")
def cli() -> None:
    """Fact timelines from news articles, every relative date anchored, every line sourced."""


def main() -> None:
    cli()
