"""The Markdown a journalist reads: structure, dates, references, sections."""

from __future__ import annotations

import re
from html import unescape

from markdown_it import MarkdownIt
from timeline_factories import day, fact, span

from timeline.merge import merge_facts
from timeline.models import Granularity, Mod, Timeline, Unanchored, UndatedKind
from timeline.render import render


def test_title_and_year_headings_in_order(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "markdown")
    assert text.startswith("# Xi and Putin reaffirm their alliance (Feb 2025)\n")
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings[:5] == ["Key dates", "1970s", "2019", "2022", "2025"]
    assert headings[5:] == [
        "Planned and expected",
        "Statements that could not be dated",
        "Sources",
        "Articles with no publish date",
    ]


def test_dense_year_is_split_by_month_sparse_year_is_not(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "markdown")
    assert "### February 2025" in text
    assert "### February 2022" not in text


def test_each_event_shows_its_precision(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "markdown")
    for date in ("**24 Feb 2025**", "**week of 17 Feb 2025**", "**early Feb 2022**", "**2019**", "**1970s**"):
        assert date in text
    assert "**\\~ mid-Feb 2025** — Washington and Moscow appeared to make nice" in text


def test_sources_are_numbered_links_to_the_article_list(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "markdown")
    call = next(line for line in text.splitlines() if "phone call to his Chinese counterpart" in line)
    assert "[\\[1\\]](#article-1) [\\[2\\]](#article-2) [\\[5\\]](#article-5) *(“" in call
    assert '2. <a id="article-2"></a>**As Trump Courts Putin' in text
    assert "POTUS News — published 24 Feb 2025 (from the page metadata" in text
    assert "<https://potusnews.example/2025/02/24/xi-reaffirms-ties-with-russia>" in text
    assert "published 24 Feb 2025 (inferred from other articles" in text


def test_planned_events_only_in_their_section(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "markdown")
    chronology, planned = text.split("## Planned and expected")
    assert "Moscow to attend the commemorations" not in chronology
    assert "**May 2025** — Mr. Xi is set to visit Moscow" in planned.split("## ")[0]


def test_unanchored_and_undated_articles_are_listed(seed_timeline: Timeline) -> None:
    text = render(seed_timeline, "markdown")
    unanchored = text.split("## Statements that could not be dated")[1].split("## ")[0]
    assert "**on Tuesday**: no publish date [\\[3\\]](#article-3)" in unanchored
    undated = text.split("## Articles with no publish date")[1]
    assert "Xi and Putin Reaffirm Strategic Partnership" in undated
    assert "003\\_a402a77e2a5dc7e2" in undated


def test_every_event_and_reference_renders_through_markdown_it(seed_timeline: Timeline) -> None:
    html = MarkdownIt("commonmark").render(render(seed_timeline, "markdown"))
    visible = unescape(re.sub(r"<[^>]+>", "", html))
    for event in seed_timeline.events:
        assert event.text in visible
    links = set(re.findall(r'href="#(article-\d+)"', html))
    anchors = set(re.findall(r'id="(article-\d+)"', html))
    assert links <= anchors
    assert "<h2>2025</h2>" in html


def test_empty_timeline_says_nothing_was_found() -> None:
    text = render(Timeline(), "markdown")
    assert text == (
        "# Timeline\n\n0 events from 0 articles. Dates show how precisely they are known; "
        '"~" marks an approximate one.\n\nNo dated events were found.\n'
    )


def test_key_dates_first_and_vague_references_summarized_per_article(seed_timeline: Timeline) -> None:
    first, second = (article.id for article in seed_timeline.articles[:2])
    vague = [
        Unanchored(
            article=article,
            quote=quote,
            expression=word,
            reason="a vague time reference, not a point in time",
            kind=UndatedKind.VAGUE,
        )
        for article, quote, word in (
            (first, "The phone call was a rebuff to Trump's recent overtures.", "recent"),
            (first, "Beijing and Moscow remain aligned, at least for now.", "now"),
            (second, "The US has recently imposed sanctions.", "recently"),
        )
    ]
    timeline = seed_timeline.model_copy(update={"unanchored": [*seed_timeline.unanchored, *vague]})
    text = render(timeline, "markdown")
    assert text.index("## Key dates") < text.index("## 1970s")
    assert "Trump's recent overtures" not in text.replace("\\", "")
    summaries = [line for line in text.splitlines() if line.startswith("- vague time references")]
    assert summaries[0].startswith("- vague time references, 2 in all: “recent”, “now”")
    assert len(summaries) == 2
    assert "Trump's recent overtures" in render(timeline, "markdown", all_undated=True).replace("\\", "")


def test_each_month_heading_once_even_when_a_coarser_date_sorts_between() -> None:
    """ "early 2020" (1 Jan - 30 Apr) sorts between 1 and 2 Jan: January 2020 is still one heading."""
    early = span("2020", "2020-01-01", "2020-04-30", Granularity.YEAR).model_copy(update={"mod": Mod.START})
    facts = [fact(f"Meeting number {n} of the council was held.", day(f"2020-01-0{n}"), f"a{n}") for n in (1, 2)]
    facts += [fact(f"Vote number {n} of the council was held.", day(f"2020-02-0{n}"), f"b{n}") for n in range(1, 6)]
    facts.append(fact("The council sat through the early months.", early, "c"))
    text = render(Timeline(events=merge_facts(facts)), "markdown")
    assert text.count("### January 2020") == 1
