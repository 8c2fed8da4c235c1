"""The progress bar of a build on a terminal: articles done, articles per second, time left, errors.

Quiet when stderr is not a terminal (pipes, CI, logs) or with ``-q``, so output files and logs
never hold bar frames.
"""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from timeline.run import Progress as Reporter
from timeline.run import Quiet


class Bar:
    """A rich progress bar over the bytes of the inputs, labelled with articles and errors."""

    def __init__(self, console: Console) -> None:
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[articles]:,} articles"),
            TextColumn("{task.fields[rate]:,.0f}/s"),
            TextColumn("{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self.task: TaskID | None = None
        self.articles = 0

    def start(self, total_bytes: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("analysing", total=max(total_bytes, 1), articles=0, rate=0.0, errors=0)

    def advance(self, articles: int, size: float, errors: int) -> None:
        if self.task is None:
            return
        self.articles += articles
        elapsed = self.bar.tasks[self.task].elapsed or 0.0
        rate = self.articles / elapsed if elapsed else 0.0
        self.bar.update(self.task, advance=size, articles=self.articles, rate=rate, errors=errors)

    def stage(self, name: str) -> None:
        if self.task is not None:
            self.bar.update(self.task, description=name)

    def stop(self) -> None:
        self.bar.stop()


def progress_for(*, quiet: bool) -> Reporter:
    """A bar on a terminal, nothing otherwise."""
    console = Console(file=sys.stderr)
    return Quiet() if quiet or not console.is_terminal else Bar(console)
