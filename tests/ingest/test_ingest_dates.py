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


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # byline and dateline lines of real pages (pages-dev), as printed
        ("Posted May 24, 2026 10:05 am", dt.date(2026, 5, 24)),
        ("Published Jun 05, 2026", dt.date(2026, 6, 5)),
        ("January 28, 2025 11:30 am (Updated 11:54 am)", dt.date(2025, 1, 28)),
        ("UPDATED: Tue., Nov. 19, 2019", dt.date(2019, 11, 19)),
        ("5:00PM GMT 31 Dec 2014", dt.date(2014, 12, 31)),
        ("Valentina Palladino - Aug 10, 2016 11:15 am UTC", dt.date(2016, 8, 10)),
        ("22.11.2024 07.57", dt.date(2024, 11, 22)),
        ("13.11.2019, 23:06", dt.date(2019, 11, 13)),
        ("2024年04月24日23:52 | 来源：新华网", dt.date(2024, 4, 24)),
        ("2. März 2020", dt.date(2020, 3, 2)),
        ("le 3 mars 2020", dt.date(2020, 3, 3)),
        ("3 de marzo de 2020", dt.date(2020, 3, 3)),
        ("2020年3月3日", dt.date(2020, 3, 3)),
        ("Текст: Лида Буслаева·11 октября 2018", dt.date(2018, 10, 11)),
        ("2019년 11월 18일", dt.date(2019, 11, 18)),
        ("Sept. 25, 2018", dt.date(2018, 9, 25)),
        ("22 Dec, 2016", dt.date(2016, 12, 22)),
        ("21.dez.2018", dt.date(2018, 12, 21)),
        ("Adam Clark Estes11/12/19 4:40PM", dt.date(2019, 11, 12)),
    ],
)
def test_real_bylines_in_any_common_form(text, expected):
    assert [found.date for found in find_dates(text, "en")] == [expected] or [
        found.date for found in find_dates(text)
    ] == [expected]


def test_ambiguous_numeric_date_read_by_the_pages_other_dates_and_said_so():
    (_, second) = find_dates("13/04/2020 · 03/04/2020", "en")
    assert second.date == dt.date(2020, 4, 3)
    assert second.note == "read day first, as the page's other numeric dates are"
    (alone,) = find_dates("Published on 06/01/2026 · Dec. 21, 2025 · January 3rd, 2026", "en")[:1]
    assert alone.date == dt.date(2026, 1, 6)
    assert "nearer the page's other dates" in alone.note


def test_ambiguous_numeric_date_alone_follows_the_page_language():
    assert find_dates("03/04/2020", "en")[0].date == dt.date(2020, 3, 4)
    assert find_dates("03/04/2020", "fr")[0].date == dt.date(2020, 4, 3)
    assert find_dates("posted with amazlet at 19.03.02", "ja")[0].date == dt.date(2019, 3, 2)


def test_a_month_name_two_languages_read_differently_follows_the_page_language():
    # "listopad" is November in Polish and Czech, October in Croatian
    assert find_dates("5 listopad 2020", "hr")[0].date == dt.date(2020, 10, 5)
    assert find_dates("5 listopad 2020", "cs")[0].date == dt.date(2020, 11, 5)
    assert find_dates("5 listopad 2020") == []
