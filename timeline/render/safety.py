"""Untrusted text in, inert text out: article titles, quotes, outlets and URLs come from the web.

Every renderer passes what it did not write itself through here, so the rules live in one place:
invisible direction overrides and control characters are removed, only http(s) URLs become links,
Markdown/HTML metacharacters are escaped for the target, the openers of template code ("{{", "{%",
"{#", "${") are broken the way each target allows (a static-site generator may run our output
through Hugo's Go templates, Liquid, Nunjucks, Jinja or JavaScript template literals), and bare URLs
in article text are kept from being linked by autolinkers (GitHub Markdown, TimelineJS). A reader
sees the text as written: only the bytes a machine reads differ.
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
# Where template code starts in Go templates (Hugo "{{", shortcodes "{{<"/"{{%"), Liquid (Jekyll,
# Eleventy: "{{", "{%"), Nunjucks/Jinja (Eleventy, MkDocs macros: also "{#") and JavaScript template
# literals ("${"). Breaking the first character of each pair leaves no opener; closers alone are text.
TEMPLATE_OPENER = re.compile(r"\{(?=[{%#])|\$(?=\{)")
HTML_TEMPLATE_ESCAPES = {"{": "&#123;", "$": "&#36;"}
JSON_TEMPLATE_ESCAPES = {"{": "\\u007b", "$": "\\u0024"}
# What autolinkers take for a link in plain text: "scheme://" (GitHub's extended autolinks,
# TimelineJS's urlPattern), "www." (both) and, in HTML only, the "@" of an e-mail address (TimelineJS;
# GitHub links e-mail addresses whatever is escaped, docs/static-sites.md says so).
URL_TRIGGER = re.compile(r"(?<=[A-Za-z0-9]):(?=//)|(?<=\b[Ww]{3})\.")
EMAIL_TRIGGER = re.compile(r"(?<=[A-Za-z0-9_.+-])@(?=[A-Za-z0-9-])")
ANCHOR_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
# TimelineJS slugifies unique_id; ids already in slug form survive unchanged.
SLUG_ID = re.compile(r"[a-z0-9-]{1,64}")


def clean_text(text: str) -> str:
    """One line of visible text: direction overrides and controls removed, whitespace collapsed."""
    return WHITESPACE_RUN.sub(" ", INVISIBLE_CONTROLS.sub("", text)).strip()


def shortened(text: str, limit: int, ellipsis: str) -> str:
    """The text whole when it fits in ``limit`` characters, else its words that do, then ``ellipsis``."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + ellipsis


def markdown_text(text: str) -> str:
    """Text that Markdown shows literally: it cannot open a link, emphasis, code span, HTML tag or
    template code, and a bare URL in it is not autolinked (a backslash escape splits each trigger)."""
    escaped = MARKDOWN_SPECIALS.sub(r"\\\1", clean_text(text))
    escaped = TEMPLATE_OPENER.sub(lambda match: match.group() + "\\", escaped)
    return URL_TRIGGER.sub(lambda match: "\\" + match.group(), escaped)


def html_text(text: str) -> str:
    """Text for HTML content or a quoted attribute value: no markup, no template code, no autolinks."""
    escaped = inert_html(html.escape(clean_text(text), quote=True))
    escaped = URL_TRIGGER.sub(lambda match: f"&#{ord(match.group())};", escaped)
    return EMAIL_TRIGGER.sub("&#64;", escaped)


def html_url(url: str) -> str:
    """A URL from ``link_url`` for an href attribute: the link itself, so its "://" is kept."""
    return html.escape(url, quote=True)


def inert_html(markup: str) -> str:
    """HTML (text and attribute values, no script or style element) with every template opener's
    first character written as a character reference: browsers show it, template engines skip it."""
    return TEMPLATE_OPENER.sub(lambda match: HTML_TEMPLATE_ESCAPES[match.group()], markup)


def inert_json(serialized: str) -> str:
    """Serialized JSON with every template opener's first character written as a \\u escape.

    Outside strings JSON never has "{" before "{", "%" or "#", nor any "$", so every match is inside a
    string and the parsed data is unchanged."""
    return TEMPLATE_OPENER.sub(lambda match: JSON_TEMPLATE_ESCAPES[match.group()], serialized)


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
