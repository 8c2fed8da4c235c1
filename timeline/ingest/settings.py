"""Thresholds of ingestion, as named settings so a reader of a result can tell why a line went."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChromeSettings:
    """How a plain-text page dump is split into body and chrome.

    Each line gets a score: prose earns its length, chrome costs a penalty, and the body is the
    run of lines with the highest total (so a short teaser sentence between two chrome blocks
    never outweighs the article, and a subheading inside the article never splits it).
    """

    min_article_score: int = (
        1200  # prose outside the body scoring this much is another article or a warning (~4 paragraphs)
    )
    min_paragraph_chars: int = (
        150  # a line this long is a paragraph however it ends (the pages-dev "lines >= 100" rule)
    )
    min_part_score: int = 300  # a run of prose near the body scoring this much is a part of it cut off by chrome
    min_crossing_score: int = 1000  # past a block header ("More on this"), a run this long is still the article
    min_prose_words: int = 4  # a sentence shorter than this is a button or a label
    wide_chars_per_word: int = 2  # CJK characters per word when counting words (Chinese words average ~1.7 characters)
    wide_char_weight: int = (
        3  # a CJK character earns as much as this many Latin letters (a 5-letter word is ~2 characters)
    )
    # a CJK line whose space-parted items average fewer characters is a menu ("メッシュチェア  布チェア"):
    # menu items are words, CJK prose has no spaces; set on pages-dev (commit e8f7809: ja acc_in 0.788 -> 0.818)
    max_wide_chars_per_item: int = 12
    short_line_penalty: int = 40  # a label, subheading or byline
    list_line_penalty: int = 80  # a menu bullet, date-only line, share bar, line repeated on the page
    inline_cue_penalty: int = 20  # "Keep Reading", "Advertisement": dropped, but may sit inside the body
    section_end_penalty: int = 100_000  # "Related Posts", "Comments", "Tags:": the body never runs past it
    max_date_line_chars: int = 48  # a date-only line ("Tuesday, 26 February 2025 10:30") is no longer
    max_date_line_extra_chars: int = 12  # words beside the date on a date-only line ("Updated", a weekday)
    max_wrap_width: int = 100  # a text whose lines are all this short may be hard-wrapped
    min_wrapped_line_chars: int = 50  # a line this long in such a text is a cut paragraph line
    min_wrapped_lines: int = 5  # how many such lines make a text hard-wrapped
    # non-empty lines above the body searched for title, dateline and byline: set on pages-dev (commit
    # cccaefa, titles 0.30 -> 0.50 right), where share bars, captions and labels stand between headline and body
    header_lines: int = 20
    untitled_dateline_lines: int = 3  # without a headline, only this many lines above the body may hold the dateline
    max_title_words: int = 30
    title_opening_chars: int = 1500  # the body's opening a headline's words are looked for in (~3 paragraphs)
    min_topic_word_chars: int = 4  # shorter words ("the", "of", "und") say nothing of the topic
    # per header line farther from the body: the nearer of two equal lines wins; below the 1/30 that one shared
    # word adds for a headline of max_title_words, so one line of distance never outweighs a word (commit cccaefa)
    title_distance_cost: float = 0.02
    min_title_words: int = 3


@dataclass(frozen=True)
class ReadSettings:
    """Limits of the readers."""

    binary_sample_bytes: int = 8192  # how much of a file decides whether it is binary
    max_control_ratio: float = 0.1  # share of control characters above which text is called binary
    language_sample_chars: int = 600  # language detection reads this much of the body, no more
    min_language_chars: int = 80  # below this the language is left unknown: a line of names can pass for Hausa


@dataclass(frozen=True)
class FurnitureSettings:
    """Page furniture is a line of its own, and a short one (furniture.py)."""

    max_line_chars: int = 300  # a longer line is a paragraph of the story, whatever words it holds
    max_stamp_chars: int = 80  # "Updated: Sat 8:31 PM, Feb 17, 2018": a stamp is a label, not a sentence
    max_credit_chars: int = 150  # "Bildrechte: picture alliance/dpa | Daniel Vogl"


CHROME = ChromeSettings()
FURNITURE = FurnitureSettings()
READ = ReadSettings()


@dataclass(frozen=True)
class PrintedDateSettings:
    """How a date printed in a page dump is weighed as its publish date (published.printed_date).

    Every full date on the page is a candidate; its score adds where it stands, the cue word
    before it and the shape of its line. The weights were set on pages-dev (../shared/eval/
    pages-dev, 937 real dumps): zone and cue dominate, shape and distance break ties.
    """

    header_weight: float = 3.0  # just above the first body line: where bylines and datelines are
    lead_weight: float = 2.0  # a short line among the body's first lines (a byline the body run swallowed)
    body_weight: float = 0.0  # inside the article: a date it reports, rarely its own
    above_weight: float = 1.5  # above the header: menus and teaser lists of other stories
    below_weight: float = -5.0  # after the body: related stories, comments, footers
    published_cue_weight: float = 3.0  # "Published", "Veröffentlicht am", "公開日"
    byline_cue_weight: float = 2.0  # "By Jane Doe · March 3, 2020"
    expires_cue_weight: float = (
        -10.0
    )  # "Verfügbar bis", "available until": the day a video goes offline, never the story's
    updated_cue_weight: float = -1.0  # "Updated", "Stand", "mis à jour": the original date wins over it
    short_line_weight: float = 1.0  # a line that is mostly the date (byline, dateline)
    prose_weight: float = -2.0  # a date inside a long line: a sentence or a caption of the text
    teaser_list_weight: float = -3.5  # among other dated lines: a list of other stories
    distance_weight: float = -0.05  # per non-blank line from the body's first line
    max_distance_lines: int = 30  # the distance cost stops growing here
    min_score: float = 0.5  # below this the page's date is "not found": an honest null beats a wrong date
    lead_lines: int = 8  # non-blank lines at the top of the body that may still be byline or dateline
    header_lines: int = 12  # non-blank lines above the body's first line that may hold headline, dek, byline, dateline
    short_line_extra_chars: int = 60  # a line with at most this many characters besides the date is short
    teaser_window_lines: int = 4  # non-blank lines either side searched for other dated lines
    teaser_min_dates: int = 2  # this many other days nearby, on lines with no cue, make a teaser list
    date_only_extra_chars: int = 12  # a line of a date and a weekday or time at most: two such lines near make a list
    cue_window_chars: int = 40  # how far before the date a cue word may stand on its line


PRINTED = PrintedDateSettings()
