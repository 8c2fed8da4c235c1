"""Files in and out, so that no input can stall a run and no failure can cost a user their previous output.

Inputs are opened without blocking and read only when they are regular files (a FIFO or a device
among them is skipped with the reason, never waited on). Outputs are written to a temporary file in
the target folder and renamed over the target at the end, so the previous file stays whole when a
run fails. The tool's own outputs are recognized by their content, so a timeline written into an
input folder is not read back as an article on the next run.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import TimelineError

# What each output format starts with or always holds (render/): the JSON contract's first key, the
# TimelineJS title slide, the Markdown's anchors of the sources list, the HTML summary paragraph.
OWN_OUTPUT_SIGNATURES = (
    ("a timeline JSON", re.compile(r'\A\s*\{\s*"schema_version"\s*:')),
    ("a TimelineJS file", re.compile(r'\A\s*\{\s*"title"\s*:\s*\{\s*"text"\s*:\s*\{\s*"headline"')),
    ("a Markdown timeline", re.compile(r'<a id="article-1"></a>')),
    ("an HTML timeline", re.compile(r'<(?:div|main) class="timeline[" ][\s\S]*?class="timeline-summary"')),
    ("an iCalendar timeline", re.compile(r"\ABEGIN:VCALENDAR\r?\n")),
)
# How much of a file the signatures need to see: every one sits in the first lines, except the
# Markdown's source anchors, which follow the events; 4 MiB covers a timeline of ~10,000 events.
SIGNATURE_WINDOW = 4 * 1024 * 1024


class OutputError(TimelineError):
    """An output that cannot be written; the message says where and why."""


class NotRegularFile(OSError):
    """An input that is a FIFO, device, socket or directory: reading it could block or never end."""


def file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file, opened non-blocking; NotRegularFile says what else it is."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(f"{file_kind(mode)}, not read")
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(descriptor)


def own_output(text: str) -> str | None:
    """Which of the tool's own output formats this text is, if it is one."""
    window = text[:SIGNATURE_WINDOW]
    return next((name for name, pattern in OWN_OUTPUT_SIGNATURES if pattern.search(window)), None)


def same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve() or (one.exists() and other.exists() and one.samefile(other))
    except OSError:
        return False


def refuse_overwriting_inputs(output: Path, inputs: Iterable[str | Path]) -> None:
    """OutputError when ``output`` is one of the input files: the run would destroy what it reads."""
    for given in inputs:
        if str(given) != "-" and same_file(output, Path(given)):
            raise OutputError(f"{output}: this is one of the inputs; write the output somewhere else")


def check_output(path: Path) -> None:
    """Before the work: OutputError when ``path`` cannot be written (its folder is created if missing)."""
    mode = _output_mode(path)
    if mode is not None and not stat.S_ISREG(mode):
        return  # a device or pipe: only writing tells
    _make_folder(path)
    try:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError as error:
        raise OutputError(f"{path}: cannot create files in {path.parent}: {error.strerror or error}") from error
    os.close(descriptor)
    os.unlink(temporary)


def _output_mode(path: Path) -> int | None:
    """The file mode of an output path, None when nothing is there yet; OutputError for a folder or a path
    that cannot be looked at."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from error
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a directory; name a file to write")
    return mode


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{path}: cannot create the folder {path.parent}: {error.strerror or error}") from error


def write_output(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (UTF-8; a string, or pieces streamed from a store) to ``path`` whole or not at all;
    OutputError says why not.

    A regular file (or a new one) is replaced by renaming a finished temporary file over it, with
    the old file's permissions; a device or pipe (``/dev/stdout``, ``/dev/full``) is written directly.
    """
    pieces = [text] if isinstance(text, str) else text
    mode = _output_mode(path)
    if mode is not None and not stat.S_ISREG(mode):
        _write_directly(path, pieces)
        return
    _replace(path, pieces, None if mode is None else stat.S_IMODE(mode))


def _encoded(path: Path, pieces: Iterable[str]) -> Iterator[bytes]:
    for piece in pieces:
        try:
            yield piece.encode("utf-8")
        except UnicodeEncodeError as error:
            raise OutputError(f"{path}: the output cannot be written as UTF-8 ({error.reason})") from error


def _write_directly(path: Path, pieces: Iterable[str]) -> None:
    try:
        with path.open("wb") as handle:
            handle.writelines(_encoded(path, pieces))
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from error


def _replace(path: Path, pieces: Iterable[str], mode: int | None) -> None:
    folder = path.parent
    _make_folder(path)
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".partial")
    except OSError as error:
        raise OutputError(f"{path}: cannot create files in {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.writelines(_encoded(path, pieces))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {error.strerror or error}; the previous file is unchanged") from error
    except BaseException:  # OutputError, or the build interrupted while writing: the previous file stays
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
