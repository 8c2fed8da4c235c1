"""The underspecified meaning a recognizer gives a mention, before any anchor is known.

It is a plain dict (cheap to build, JSON-friendly in ``Mention.meaning``) with these keys:

kind
    ``date``         calendar fields, any of them missing (``year`` absent: "year unknown"; ``month`` absent
                     beside ``day``: "the 15th", a day of the month the context gives), or ``holiday``: the
                     rule of a holiday from the language data, dated once the year is known
    ``weekday``      ``weekday`` 1-7 with ``direction`` (-1 last, 0 this, 1 next, None: by tense)
    ``shift``        ``amount`` ``unit``s (``Y``, ``Q``, ``M``, ``W``, ``D``, ...) before (-) or after (+)
                     the anchor, ``anchor`` being ``published`` (deictic) or ``reference`` (anaphoric);
                     ``amount`` 0 is "this unit"
    ``reference``    ``value`` PRESENT_REF / PAST_REF / FUTURE_REF
    ``duration``     ``value`` a TIMEX3 duration (P3Y, PXM, PT2H)
    ``set``          ``value`` a TIMEX3 set value (P1Y, XXXX-WXX-4)
    ``anniversary``  ``years`` apart, and ``of`` (the words naming the event) when the text gives them
    ``quarter_ref``  "the quarter", "the latest period": the quarter the text is talking about (``period``: said
                     "the period", which names a quarter only once the text has told one)
    ``reference_time`` "until then": the time the text last named
Common optional keys: ``part`` (START/MID/END), ``mod`` (TIMEX3 mod of an approximator),
``day_part`` (MO/AF/EV/NI), ``clock`` ("22:00"), ``within`` (-1 "earlier this", +1 "later this"),
``quarter`` (True: "the year-ago quarter" names the quarter, whatever span the text went on to),
``from_day`` (on a shift: the day counted from, in days from the anchor: "a week from tomorrow" is 1),
``current`` (on a shift: "this weekend", the one under way or coming), ``year_of_reference`` (on a date: "August of
that year", in the year of the text's reference time). A ``year`` or ``century`` below 1 is before Christ: 480 BC
is year -480, the 5th century BC century -5.
"""

from __future__ import annotations

from typing import Any

Meaning = dict[str, Any]
