"""The temporal engine: recognize expressions, then resolve them against the publish date and the text.

``recognize`` and ``resolve`` are separate pure steps (see their modules); ``tag`` runs both.
"""

from __future__ import annotations

import datetime as dt

from timeline.languages import DEFAULT
from timeline.models import Mention
from timeline.temporal.lexicon import reads
from timeline.temporal.narrative import Kind
from timeline.temporal.recognize import recognize
from timeline.temporal.resolve import resolve

__all__ = ["Kind", "reads", "recognize", "resolve", "tag"]


def tag(text: str, published: dt.date | None = None, language: str = DEFAULT, kind: Kind = Kind.AUTO) -> list[Mention]:
    """Every temporal expression of ``text`` (written in ``language``), anchored where it can be; ``kind`` as in
    ``resolve``."""
    return resolve(recognize(text, language), published, language, text=text, kind=kind)
