"""Dates printed in page text and metadata: full dates only, in many languages, never filled in."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest.dates import coerce_date, find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Straits Times | February 26, 2025", dt.date(2025, 2, 26)),
        ("potusBy potusFebruary 24, 2025No Comments6 Mins Read", dt.date(2025, 2, 24)),
        ("Av Kari Nordmann | 14. mars 2024", dt.date(2024, 3, 14)),
        ("Berlin, 5. März 2024", dt.date(2024, 3, 5)),
        ("Publié le 3 février 2025", dt.date(2025, 2, 3)),
        ("Madrid, 5 de marzo de 2023", dt.date(2023, 3, 5)),
        ("Jakarta, 1 Mei 2024", dt.date(2024, 5, 1)),
        ("Updated 2025-02-24 10:30", dt.date(2025, 2, 24)),
        ("On April 8th, 2025, the puzzle", dt.date(2025, 4, 8)),
    ],
)
def test_full_dates_in_many_languages_and_glued_page_text(text, expected):
    assert [found.date for found in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["February 2025", "on Feb 24", "dismay 5, 2020", "February 30, 2024", "in 2022"])
def test_partial_or_impossible_dates_are_not_found(text):
    assert find_dates(text) == []


def test_found_span_points_at_the_date():
    (found,) = find_dates("potusBy potusFebruary 24, 2025No Comments")
    assert "potusBy potusFebruary 24, 2025No Comments"[found.start : found.end] == "February 24, 2025"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-24T16:40:00Z", dt.date(2025, 2, 24)),
        ("Tue, 25 Feb 2025 08:00:00 GMT", dt.date(2025, 2, 25)),
        ("26 February 2025", dt.date(2025, 2, 26)),
        (dt.datetime(2025, 2, 27, 9, 0), dt.date(2025, 2, 27)),
        (dt.date(2025, 2, 28), dt.date(2025, 2, 28)),
        ("February 2025", None),
        ("last Tuesday", None),
        (20250224, None),
    ],
)
def test_metadata_values(value, expected):
    assert coerce_date(value) == expected
