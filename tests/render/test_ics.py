"""iCalendar output parsed back by icalendar: the same events, on the same days."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from timeline.models import Timeline
from timeline.render import render


def parsed(timeline: Timeline) -> dict[str, object]:
    calendar = Calendar.from_ical(render(timeline, "ics"))
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_event_comes_back_with_its_days(seed_timeline: Timeline) -> None:
    events = parsed(seed_timeline)
    assert len(events) == len(seed_timeline.events)
    for event in seed_timeline.events:
        vevent = events[f"event-{event.id}@timeline-news"]
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day
        assert start == event.date.earliest
        assert end == event.date.latest + dt.timedelta(days=1)  # DTEND is exclusive
        assert str(vevent["SUMMARY"]) == event.text


def test_description_status_url_and_stamp(seed_timeline: Timeline) -> None:
    call = parsed(seed_timeline)["event-2025-02-24-call@timeline-news"]
    description = str(call["DESCRIPTION"])
    assert description.startswith("Date: 24 Feb 2025 (2025-02-24)")
    assert "[3] Unbreakable Bonds" in description
    assert "The Straits Times — published 26 Feb 2025" in description
    assert str(call["URL"]) == "https://potusnews.example/2025/02/24/xi-reaffirms-ties-with-russia"
    assert str(call["STATUS"]) == "CONFIRMED"
    assert call.decoded("DTSTAMP") == dt.datetime(2025, 2, 26, tzinfo=dt.UTC)  # newest publish date cited
    planned = parsed(seed_timeline)["event-2025-05-moscow-visit@timeline-news"]
    assert str(planned["STATUS"]) == "TENTATIVE"


def test_byte_identical_and_crlf(seed_timeline: Timeline) -> None:
    first, second = render(seed_timeline, "ics"), render(seed_timeline, "ics")
    assert first == second
    assert first.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline-news//timeline//EN\r\n")


def test_undated_event_is_left_out_not_broken(seed_timeline: Timeline) -> None:
    undated = seed_timeline.events[0].model_copy(
        update={"id": "undated", "date": seed_timeline.events[0].date.model_copy(update={"earliest": None})}
    )
    timeline = seed_timeline.model_copy(update={"events": [*seed_timeline.events, undated]})
    assert "event-undated@timeline-news" not in parsed(timeline)
    calendar = Calendar.from_ical(render(timeline, "ics"))
    assert str(calendar["X-WR-CALDESC"]) == "1 events without calendar dates are not shown"
