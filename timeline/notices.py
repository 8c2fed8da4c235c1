"""The warnings an article can carry, written once: readers and the pipeline add them, and the
renderers leave out those the publish-date line already says."""

from __future__ import annotations

NO_DATE = "no publish date printed or given: relative dates in it cannot be anchored"
DATE_INFERRED = "publish date inferred from other articles"
DATE_WARNINGS = (NO_DATE, DATE_INFERRED)


def unread_language(language: str, read: tuple[str, ...]) -> str:
    """The warning of an article in a language whose dates the engine cannot read (``read``: the codes it can)."""
    return (
        f"written in '{language}', and timeline reads dates in {', '.join(read)} only: "
        "none of its dates are in the timeline"
    )


def contradicts_others(times: int) -> str:
    return f"unreliable: {times} of its dates contradict what the other sources establish"


# A timeline built with no --title is named after what its articles are about (rank.corpus_title).
CORPUS_TITLE = "{names}: a timeline"
TITLE_AND = " and "
