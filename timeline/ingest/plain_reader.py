"""Plain text: a page dump (menus, teasers, footers around the article) or a clean article."""

from __future__ import annotations

from timeline.errors import InputError
from timeline.ingest.draft import Draft
from timeline.ingest.metadata import Metadata
from timeline.ingest.page_dump import read_page_dump


def read_plain(text: str, stem: str, source: str) -> list[Draft | InputError]:
    """One draft per article the dump holds; the second and later are named stem-2, stem-3, …"""
    drafts: list[Draft | InputError] = []
    for n, facts in enumerate(read_page_dump(text), 1):
        if not facts.text:
            drafts.append(InputError("no article text found", source=source))
            continue
        meta = Metadata(
            title=facts.title,
            outlet=facts.outlet,
            published=facts.published,
            warnings=facts.warnings,
            dropped=facts.dropped,
            language=facts.language,
        )
        drafts.append(Draft.of(meta, stem if n == 1 else f"{stem}-{n}", facts.text))
    return drafts
