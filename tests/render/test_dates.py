"""Readable dates show exactly the precision that is known."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import Granularity, Mod, TimeValue
from timeline.render.dates import machine_date, readable_date


def value(
    timex: str,
    earliest: str,
    latest: str,
    granularity: Granularity | None,
    *,
    mod: Mod | None = None,
    approx: bool = False,
) -> TimeValue:
    return TimeValue(
        value=timex,
        earliest=dt.date.fromisoformat(earliest),
        latest=dt.date.fromisoformat(latest),
        granularity=granularity,
        mod=mod,
        approximate=approx,
    )


@pytest.mark.parametrize(
    ("time_value", "readable", "machine"),
    [
        (value("2025-02-24", "2025-02-24", "2025-02-24", Granularity.DAY), "24 Feb 2025", "2025-02-24"),
        (value("2025-W08", "2025-02-17", "2025-02-23", Granularity.WEEK), "week of 17 Feb 2025", "2025-W08"),
        (value("2022-02", "2022-02-01", "2022-02-10", Granularity.MONTH, mod=Mod.START), "early Feb 2022", "2022-02"),
        (value("2022", "2022-01-01", "2022-12-31", Granularity.YEAR), "2022", "2022"),
        (
            value("2025-02", "2025-02-10", "2025-02-20", Granularity.MONTH, mod=Mod.MID, approx=True),
            "~ mid-Feb 2025",
            "2025-02",
        ),
        (value("197X", "1970-01-01", "1979-12-31", Granularity.DECADE), "1970s", "1970"),
        (value("19", "1900-01-01", "1999-12-31", Granularity.CENTURY), "20th century", "1900"),
        (value("2025-Q1", "2025-01-01", "2025-03-31", Granularity.QUARTER), "Q1 2025", "2025"),
        (value("2025-SU", "2025-06-01", "2025-08-31", Granularity.SEASON), "summer 2025", "2025"),
        (value("2025-02-24T10:30", "2025-02-24", "2025-02-24", Granularity.TIME), "24 Feb 2025, 10:30", "2025-02-24"),
        (value("2025-02", "2025-02-01", "2025-02-28", Granularity.MONTH, mod=Mod.BEFORE), "before Feb 2025", "2025-02"),
        (  # "weeks before the invasion": the lower bound the words leave unsaid
            value("2022-02-24", "2022-01-13", "2022-02-23", Granularity.DAY, mod=Mod.BEFORE, approx=True),
            "~ before 24 Feb 2022, from 13 Jan 2022",
            "2022-02-24",
        ),
        (  # "less than two weeks after" a call on Feb 12 (seed 002): "~ week of 10 Feb" hid that it is 10-23 Feb
            value("2025-W07", "2025-02-10", "2025-02-23", Granularity.WEEK, mod=Mod.LESS_THAN, approx=True),
            "between 10 and 23 Feb 2025",
            "2025-W07",
        ),
        (
            value("2025-02-24", "2025-02-24", "2025-02-24", Granularity.DAY, mod=Mod.APPROX),
            "~ 24 Feb 2025",
            "2025-02-24",
        ),
        (value("2025-02", "2025-02-01", "2025-02-28", None), "Feb 2025", "2025-02"),
        (value("2022", "2022-01-01", "2022-12-31", None), "2022", "2022"),
        (  # "about Feb 24": widened bounds, the real window shown
            value("2025-02-24", "2025-02-21", "2025-02-27", Granularity.DAY, approx=True),
            "between 21 and 27 Feb 2025",
            "2025-02-24",
        ),
        (
            value("2025-02", "2025-01-25", "2025-03-05", Granularity.MONTH, approx=True),
            "between 25 Jan and 5 Mar 2025",
            "2025-02",
        ),
        (value("2025-02-24", "2025-02-24", "2025-02-26", None), "24–26 Feb 2025", "2025-02-24"),
        (value("2025-02", "2025-02-01", "2025-02-20", None), "1–20 Feb 2025", "2025-02-01"),
        (value("2025-W09", "2025-02-27", "2025-03-02", None), "27 Feb – 2 Mar 2025", "2025-02-27"),
        (value("2025-W01", "2024-12-30", "2025-01-05", None), "30 Dec 2024 – 5 Jan 2025", "2024-12-30"),
        (  # "barely a week after": the bounds are widened around ISO week 8; the line says which days
            value("2025-W08", "2025-02-14", "2025-02-21", Granularity.WEEK, mod=Mod.APPROX, approx=True),
            "between 14 and 21 Feb 2025",
            "2025-W08",
        ),
    ],
)
def test_date_reads_at_its_precision(time_value: TimeValue, readable: str, machine: str) -> None:
    assert readable_date(time_value) == readable
    assert machine_date(time_value) == machine


def test_value_without_bounds_says_so() -> None:
    undated = TimeValue(value="PRESENT_REF")
    assert readable_date(undated) == "date unknown"
    assert machine_date(undated) is None


def test_a_range_of_years_reads_as_both_ends_and_a_range_of_days_as_its_window() -> None:
    years = TimeValue(
        value="2004/2006", granularity=Granularity.YEAR, earliest=dt.date(2004, 1, 1), latest=dt.date(2006, 12, 31)
    )
    days = TimeValue(
        value="2025-07-04/2025-07-06",
        granularity=Granularity.DAY,
        earliest=dt.date(2025, 7, 4),
        latest=dt.date(2025, 7, 6),
    )
    assert readable_date(years) == "2004–2006"
    assert readable_date(days) == "between 4 and 6 Jul 2025"
