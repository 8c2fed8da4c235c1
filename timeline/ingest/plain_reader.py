"""Plain text: a page dump (menus, teasers, footers around the article) or a clean article."""

from __future__ import annotations

from timeline.errors import InputError
from timeline.ingest.draft import Draft
from timeline.ingest.metadata import Metadata
from timeline.ingest.page_dump import read_page_dump


def read_plain(text: str, stem: str, source: str) -> list[Draft | InputError]:
    facts = read_page_dump(text)
    if not facts.text:
        return [InputError("no article text found", source=source)]
    meta = Metadata(title=facts.title, outlet=facts.outlet, published=facts.published)
    return [Draft.of(meta, stem, facts.text)]
