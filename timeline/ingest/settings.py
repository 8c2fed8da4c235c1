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

    min_prose_words: int = 4  # a sentence shorter than this is a button or a label
    short_line_penalty: int = 40  # a label, subheading or byline
    list_line_penalty: int = 80  # a menu bullet, date-only line, share bar, line repeated on the page
    inline_cue_penalty: int = 20  # "Keep Reading", "Advertisement": dropped, but may sit inside the body
    section_end_penalty: int = 100_000  # "Related Posts", "Comments", "Tags:": the body never runs past it
    max_date_line_chars: int = 48  # a date-only line ("Tuesday, 26 February 2025 10:30") is no longer
    max_date_line_extra_chars: int = 12  # words beside the date on a date-only line ("Updated", a weekday)
    max_wrap_width: int = 100  # a text whose lines are all this short may be hard-wrapped
    min_wrapped_line_chars: int = 50  # a line this long in such a text is a cut paragraph line
    min_wrapped_lines: int = 5  # how many such lines make a text hard-wrapped
    header_lines: int = 10  # non-empty lines above the body searched for title, dateline and byline
    untitled_dateline_lines: int = 3  # without a headline, only this many lines above the body may hold the dateline
    max_title_words: int = 30
    min_title_words: int = 3


@dataclass(frozen=True)
class ReadSettings:
    """Limits of the readers."""

    binary_sample_bytes: int = 8192  # how much of a file decides whether it is binary
    max_control_ratio: float = 0.1  # share of control characters above which text is called binary
    language_sample_chars: int = 600  # language detection reads this much of the body, no more
    min_language_chars: int = 80  # below this the language is left unknown: a line of names can pass for Hausa


CHROME = ChromeSettings()
READ = ReadSettings()
