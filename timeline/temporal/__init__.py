"""The temporal engine: recognize expressions, then resolve them against the publish date and the text.

``recognize`` and ``resolve`` are separate pure steps (see their modules); ``tag`` runs both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline.languages import DEFAULT
from timeline.models import Mention
from timeline.temporal.lexicon import reads
from timeline.temporal.narrative import Kind
from timeline.temporal.recognize import Found, find, recognize
from timeline.temporal.resolve import resolve

__all__ = ["Found", "Kind", "find", "reads", "recognize", "resolve", "stream", "tag"]


def tag(text: str, published: dt.date | None = None, language: str = DEFAULT, kind: Kind = Kind.AUTO) -> list[Mention]:
    """Every temporal expression of ``text`` (written in ``language``), anchored where it can be; ``kind`` as in
    ``resolve``."""
    return list(stream(text, published, language, kind))


def stream(
    text: str, published: dt.date | None = None, language: str = DEFAULT, kind: Kind = Kind.AUTO
) -> Iterator[Mention]:
    """``tag``'s mentions one at a time, in text order: what a long text needs held is its compact expressions,
    not every Mention."""
    return resolve(find(text, language), published, language, text=text, kind=kind)
