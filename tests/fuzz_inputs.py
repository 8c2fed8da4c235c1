"""Generated date-like text and publish dates: what the hypothesis tests and benchmarks/fuzz.py feed the tool.

One generator, driven by a ``random.Random``: hypothesis hands it one (``st.randoms()``) and shrinks what it
drew; the benchmark seeds its own for millions of inputs. The fragments are the shapes issue 14's red team
found crashes with (calendar words next to numbers in every form, punctuation glued to digits, digits
``int()`` refuses, the edges of the calendar) and plain news sentences around them.
"""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ("January", "Feb.", "March", "Apr", "May", "June", "Sept.", "December", "dec", "may")
WEEKDAYS = ("Monday", "Tue.", "Thurs", "Friday", "sunday", "Sat")
UNITS = ("day", "days", "week", "weeks", "month", "months", "quarter", "years", "decade", "century", "hours")
WORDS = (
    "the",
    "a",
    "last",
    "next",
    "this",
    "that",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "since",
    "until",
    "by",
    "in",
    "on",
    "of",
    "to",
    "from",
    "early",
    "late",
    "mid",
    "about",
    "nearly",
    "the first",
    "the second",
    "third",
    "anniversary",
    "spring",
    "winter",
    "summer",
    "fall",
    "Christmas",
    "Easter",
    "today",
    "yesterday",
    "tomorrow",
    "morning",
    "tonight",
    "noon",
    "half",
    "six months of",
    "year-earlier",
    "fiscal",
    "Q3",
    "week of",
    "the same period",
    "at the time",
    "then",
    "will",
    "was",
    "said",
    "plans to",
    "that week",
    "the day after",
    "to the day",
    "years old",
    "BC",
    "AD",
    "century",
    "'s",
    "o'clock",
    "a.m.",
    "pm",
    "GMT",
    "local time",
)
NUMBERS = (
    "0",
    "1",
    "7",
    "12",
    "15",
    "24",
    "29",
    "30",
    "31",
    "32",
    "99",
    "100",
    "1066",
    "1999",
    "2025",
    "2199",
    "2200",
    "9999",
    "10000",
    "5,000",
    "1,200,000",
    "000",
    "00",
    "3.5",
    "2 1/2",
    "three",
    "twenty-one",
    "1st",
    "2nd",
    "3rd",
    "21st",
    "100th",
    "2025th",
    "'05",
    "'99",
)
ODD = ("²", "❶", "٣", "¹²", "Ⅻ", "\u00a0", "\u200b", "\ufeff", "\U0001f600", "\udc21", "\x00", "\t", "\r\n", "‐", "–")
PUNCTUATION = (".", ",", ":", "/", "-", "(", ")", "[", "]", "'", '"', "%", "$", "#", "!", "?", ";", "\n", "\n\n")
SENTENCES = (
    "Talks began on Monday, the third anniversary of the invasion.",
    "He left in the spring of 2020. A year later he returned.",
    "The first six months of operations were hard.",
    "Two days later, the day after, that week.",
    "Shortly before the invasion of Ukraine, weeks after the election.",
    "Revenue rose 5% in the third quarter from the year-earlier period.",
    "It happened later three years ago.",
    "The score was 1:aa at half time.",
)
PIECES = (MONTHS, WEEKDAYS, UNITS, WORDS, NUMBERS, NUMBERS, ODD, PUNCTUATION, PUNCTUATION)
EDGE_YEARS = (1, 2, 3, 99, 100, 1000, 1969, 1970, 1999, 2000, 2024, 2025, 9997, 9998, 9999)


def date_like_text(rng: random.Random, *, max_pieces: int = 40) -> str:
    """A short text of calendar words, numbers, odd digits and punctuation, glued or spaced at random."""
    parts: list[str] = []
    for _ in range(rng.randint(0, max_pieces)):
        if rng.random() < 0.05:
            parts.append(rng.choice(SENTENCES))
        else:
            parts.append(rng.choice(rng.choice(PIECES)))
        parts.append(rng.choice(("", " ", " ", " ", "\n")))
    return "".join(parts)


def publish_date(rng: random.Random) -> dt.date | None:
    """None, a day in an edge year (1, 2, 9999, ...) or any day of years 1 to 9999."""
    roll = rng.random()
    if roll < 0.15:
        return None
    if roll < 0.6:
        year = rng.choice(EDGE_YEARS)
        day = rng.choice((dt.date(year, 1, 1), dt.date(year, 2, 28), dt.date(year, 6, 15), dt.date(year, 12, 31)))
        return day
    return dt.date.fromordinal(rng.randint(1, dt.date.max.toordinal()))
