"""The words every output format is written in (English), kept apart from the code that uses them.

Another output language is another module like this one.
"""

from __future__ import annotations

from timeline.models import Mod

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# Early/mid/late: a word ending in "-" is joined to the date ("mid-Feb 2025").
PART_WORDS = {Mod.START: "early", Mod.MID: "mid-", Mod.END: "late"}
RELATION_WORDS = {
    Mod.BEFORE: "before",
    Mod.AFTER: "after",
    Mod.ON_OR_BEFORE: "on or before",
    Mod.ON_OR_AFTER: "on or after",
}
APPROXIMATE_MARK = "~ "
RANGE_DASH = "–"  # between the two ends of a range ("2004–2006")
UNKNOWN_DATE = "date unknown"

DEFAULT_TITLE = "Timeline"
PUBLISH_METHOD_WORDS = {
    "metadata": "from the page metadata",
    "text": "from the page text",
    "inferred": "inferred from other articles",
    "given": "given by the user",
}
NO_PUBLISH_DATE = "no publish date found"
NO_EVENTS = "No dated events were found."
PRECISION_NOTE = 'Dates show how precisely they are known; "~" marks an approximate one.'
PLANNED_HEADING = "Planned and expected"
KEY_DATES_HEADING = "Key dates"
ANCHOR_WORDS = {"absolute": "written out"}  # how an anchor reads after its expression; others as they are
EXPLANATION = "“{expression}”: {anchor}"
CONFLICT_MARK = "⚠ {kind}:"
VAGUE_SUMMARY = "vague time references, {count} in all: {expressions} (--all-undated lists each)"
UNANCHORED_HEADING = "Statements that could not be dated"
SOURCES_HEADING = "Sources"
UNDATED_ARTICLES_HEADING = "Articles with no publish date"
SECTION_HEADINGS = (KEY_DATES_HEADING, PLANNED_HEADING, UNANCHORED_HEADING, SOURCES_HEADING, UNDATED_ARTICLES_HEADING)
OCCURRED_GROUP = "Events"
