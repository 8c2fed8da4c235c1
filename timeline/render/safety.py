"""Untrusted text in, inert text out: article titles, quotes, outlets and URLs come from the web.

Every renderer passes what it did not write itself through here, so the rules live in one place:
invisible direction overrides and control characters are removed, only http(s) URLs become links,
and Markdown/HTML metacharacters are escaped for the target.
"""

from __future__ import annotations

import hashlib
import html
import re
from urllib.parse import quote, urlsplit

# Bidi embeddings/overrides/isolates (U+202A-202E, U+2066-2069) can make text display in a different
# order than it is stored (a spoofed URL or file name); C0/C1 controls have no business in a timeline.
INVISIBLE_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")
WHITESPACE_RUN = re.compile(r"\s+")
# Every ASCII punctuation that can start Markdown syntax (links, emphasis, code, HTML, entities,
# tables, strikethrough, GitHub math, heading closers); CommonMark lets any of them be backslash-escaped.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>&|~$#!])")
LINK_SCHEMES = ("http", "https")
# Characters a URL keeps as they are; anything else (quotes, brackets, spaces, parentheses) is
# percent-encoded so the URL cannot close the Markdown link or HTML attribute it sits in.
URL_SAFE_CHARACTERS = ":/?#@!$&*+,;=%~-._"
# rel of every link to an article: no referrer leaks, no opener access, no endorsement.
EXTERNAL_LINK_REL = "nofollow noopener noreferrer"
ANCHOR_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
# TimelineJS slugifies unique_id; ids already in slug form survive unchanged.
SLUG_ID = re.compile(r"[a-z0-9-]{1,64}")


def clean_text(text: str) -> str:
    """One line of visible text: direction overrides and controls removed, whitespace collapsed."""
    return WHITESPACE_RUN.sub(" ", INVISIBLE_CONTROLS.sub("", text)).strip()


def markdown_text(text: str) -> str:
    """Text that Markdown shows literally: it cannot open a link, emphasis, code span or HTML tag."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", clean_text(text))


def html_text(text: str) -> str:
    """Text for HTML content or a quoted attribute value."""
    return html.escape(clean_text(text), quote=True)


def link_url(url: str | None) -> str | None:
    """The URL if it may become a link (http or https with a host), percent-encoded; otherwise None."""
    if not url:
        return None
    cleaned = clean_text(url)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return None
    return quote(cleaned, safe=URL_SAFE_CHARACTERS)


def anchor_id(prefix: str, name: str, tame: re.Pattern[str] = ANCHOR_ID) -> str:
    """An HTML id for a named thing: the name itself when it is tame, else a stable hash of it."""
    if tame.fullmatch(name):
        return f"{prefix}-{name}"
    return f"{prefix}-h{hashlib.sha1(name.encode()).hexdigest()[:12]}"
