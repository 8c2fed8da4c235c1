"""A timeline whose every untrusted field is an attack: what the safety tests render in each format."""

from __future__ import annotations

import datetime as dt

from timeline.models import ArticleInfo, Event, Published, Source, Timeline, TimeValue, Unanchored

HOSTILE_TEXTS = (
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<svg/onload=alert(1)>",
    "[click me](javascript:alert(1))",
    "![pixel](javascript:alert(1))",
    '<a href="javascript:alert(1)">link</a>',
    "&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;img src=x onerror=alert(1)&#x3E;",
    "</script><script>alert(1)</script>",
    "<!-- --><script>alert(1)</script>",
    "\u202egnp.exe\u202c and \u2066isolated\u2069",
    "`code` *em* _u_ ~~gone~~ $math$ | cell | trailing #",
    "line one\n\n# injected heading\n\n[ref]: javascript:alert(1)\n\n<script>alert(2)</script>",
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
)
HOSTILE_URLS = (
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/protocol-relative",
    'https://ok.example/a"onmouseover="alert(1)',
    "https://ok.example/<script>alert(1)</script>",
    "http://ok.example/)(javascript:alert(1))",
    "\u202ehttps://evil.example/",
)
DAY = dt.date(2025, 2, 24)


def hostile_timeline() -> Timeline:
    articles = [
        ArticleInfo(
            id=f"a{number}",
            title=HOSTILE_TEXTS[number % len(HOSTILE_TEXTS)],
            outlet=HOSTILE_TEXTS[(number + 3) % len(HOSTILE_TEXTS)],
            url=url,
            published=Published(date=DAY if number % 2 else None, method="text", evidence=HOSTILE_TEXTS[number % 5]),
        )
        for number, url in enumerate(HOSTILE_URLS)
    ]
    events = [
        Event(
            id=text if number % 2 else f"e{number}",
            date=TimeValue(value="2025-02-24", earliest=DAY, latest=DAY + dt.timedelta(days=number % 3)),
            text=text,
            status="planned" if number % 4 == 0 else "occurred",
            sources=[
                Source(article=articles[number % len(articles)].id, quote=text, expression=text, start=0, end=1),
                Source(article="<b>missing</b>", quote=text, expression="on Monday", start=0, end=1),
            ],
        )
        for number, text in enumerate(HOSTILE_TEXTS)
    ]
    unanchored = [Unanchored(article="a1", quote=text, expression=text, reason=text) for text in HOSTILE_TEXTS]
    return Timeline(title=HOSTILE_TEXTS[0], articles=articles, events=events, unanchored=unanchored)
