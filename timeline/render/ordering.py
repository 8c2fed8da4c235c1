"""The one order of events every format shows: by earliest day, then latest, then id (DESIGN.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from timeline.models import Event


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """Events in timeline order; events with no bounds at all come last rather than failing."""
    return sorted(events, key=_order_key)


def _order_key(event: Event) -> tuple[bool, dt.date, bool, dt.date, str]:
    earliest, latest = event.date.earliest, event.date.latest
    return (earliest is None, earliest or dt.date.min, latest is None, latest or dt.date.min, event.id)
