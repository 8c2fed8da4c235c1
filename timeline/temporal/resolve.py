"""Resolution: turn each mention's underspecified meaning into a TimeValue.

Deictic expressions anchor to the publish date; anaphoric ones to the discourse's reference time (the
last date the text itself established); tense decides the direction of a bare weekday or month. The
state carried from one mention to the next is the ``Discourse``; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from timeline.errors import internal_error_reason, tag_reproducer
from timeline.languages import DEFAULT
from timeline.models import (
    AnniversaryMeaning,
    DateMeaning,
    EndedDay,
    Granularity,
    Meaning,
    Mention,
    QuarterRefMeaning,
    ReferenceMeaning,
    ShiftMeaning,
    TimeValue,
    TimexType,
    WeekdayMeaning,
)
from timeline.temporal import calendar
from timeline.temporal.calendar import (
    CALENDAR_ERRORS,
    OUTSIDE_CALENDAR,
    UNIT_GRANULARITY,
    bounds,
    calendar_date,
    period,
    shift,
)
from timeline.temporal.narrative import Kind, Reading, read_kind
from timeline.temporal.recognize import SENTENCE_END, SENTENCE_REACH, Found

NO_PUBLISH_DATE = "no publish date"
NO_SUCH_DAY = "no such day in that year (e.g. February 30)"
NO_TEXT_DATE = "the text named no time before it"
NO_ANTECEDENT = "counted from a time the text has not named yet ('two days later' than what?)"
NO_QUARTER_TOLD = "'the period' before the text named a quarter"
STORY_ORDER = "in past narration it orders the story's events ('was soon divided'), it names no time"
# Days ahead an untensed yearless date may lie ("The fair takes place on June 9" said in February); on the dev
# corpora 62 -> 122 left TimeBank unchanged and lifted tweets, KRAUTS and Portuguese; 183 lowered TimeBank.
UNTENSED_HORIZON = 122
DEADLINE_HORIZON = 183  # after "by", "until": half a year either way
QUARTER_MIDDLE_DAYS = 45  # from a quarter's last day back to its middle
# Days a yearless date may lie against its clause's tense, by its granularity ("record Nov. 16", said Nov. 1;
# fitted on TimeBank). A past clause may tell of the next week or month (a plan reported: "told of a cutback in
# September", said in August), not of one further ahead ("He was arrested in May" said in March is last May); the
# month's 31 days cost one Portuguese mention on the dev corpora against 62, and fix what readers saw.
TENSE_SLACK = {Granularity.DAY: 62, Granularity.WEEK: 31, Granularity.MONTH: 31}
# A yearless month at least this many months before the one a history's narration has reached is in the next
# year (December -> "In January", November -> "by March"); on WikiWars dev value F1 0.858 with 8, 0.857 with 6
# (which also turns a history's steps back of half a year).
YEAR_TURN_MONTHS = 8
STORY_YEAR_REACH = 600  # characters over which "three years ago" lends its year to a yearless month
SUB_DAY_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds"}
STORY_UNITS = frozenset({"W", "M", "Q", "Y"})  # "the end of the month" in a history is the story's month
YEAR_PART_SPANS = frozenset({"P6M", "P9M", "P2Q", "P3Q", "P1Y"})  # "compared with a year earlier" is then the year
YEAR_PARTS = (("month", 1, Granularity.MONTH), ("quarter", 3, Granularity.QUARTER), ("half", 6, Granularity.HALF))
# Values and anchors remembered so that equal ones are one object (a resolved mention held by a long article
# then costs its own fields only); past this many the memory is cleared, so a text of all-different dates
# holds no more than this many.
SHARED_VALUES = 10_000
Resolution = tuple[TimeValue | None, str | None, str | None]  # value, anchor, reason


@dataclass
class Discourse:
    """What the text has established so far."""

    published: dt.date | None
    latest: TimeValue | None = None  # the time the text last established
    settled: TimeValue | None = None  # the last one a clause not looking ahead established
    tense: str | None = None  # of the clause of the mention being resolved
    story_year: int | None = None  # the year a passage is about, when the text moved away from the present
    story_year_at: int = 0
    story_month: int | None = None  # in a history, the month of the story year the narration has reached
    story_month_section: int = 0  # and the section it reached it in
    position: int = 0
    quarter: TimeValue | None = None
    spans_year_part: bool = False  # a span of months (the first nine months) came after the quarter
    words: str = ""  # the text of the mention being resolved
    sources: dict[str, str] = field(default_factory=dict)  # what set the reference, story year, quarter
    reading: Reading = field(default_factory=lambda: Reading((0,), (Kind.NEWS,)))

    @property
    def reference(self) -> TimeValue | None:
        """The time the text last established; a past clause passes over one a plan set ("Smith will appear in
        court on March 13. Two days later police had searched his home.": not March 15)."""
        return self.settled if self.tense == "past" else self.latest

    def establish(self, value: TimeValue, tense: str | None) -> None:
        """Move the reference time to ``value``; a time its clause plans (a future one) leaves the settled one."""
        self.latest = value
        planned = tense == "future" and self.published is not None and value.earliest is not None
        if not (planned and value.earliest > self.published):  # type: ignore[operator]
            self.settled = value
            self.sources["settled"] = self.words
        self.sources["latest"] = self.words

    @property
    def narrative(self) -> bool:
        """Whether the passage being read tells a history, whose yearless dates are in the story's year."""
        return self.reading.at(self.position) == Kind.NARRATIVE

    def passage_year(self) -> int | None:
        """The story year (below 1: before Christ): in a history, the last year the text named; in news, while
        the text is still near where it was set."""
        if self.story_year is None:
            return None
        if not self.narrative and self.position - self.story_year_at > STORY_YEAR_REACH:
            return None
        return self.story_year

    def set_story_year(self, year: int | None) -> None:
        if year != self.story_year:
            self.story_month = None
        self.story_year, self.story_year_at = year, self.position
        self.sources["story_year"] = self.words

    def cite(self, role: str, value: object) -> str:
        """The anchor description: 'reference 2022 ('three years ago')'."""
        if role == "reference":
            role = "settled" if self.tense == "past" else "latest"
        return f"reference {value} ('{self.sources.get(role, '')}')"

    def published_anchor(self) -> str:
        return f"published {self.published}"

    def base(self, anchor: str) -> tuple[dt.date, str, Granularity] | None:
        """The date an expression counts from, its description and granularity."""
        told = self.reference
        if anchor == "reference" and told is not None and told.earliest is not None and told.granularity is not None:
            return told.earliest, self.cite("reference", told.value), told.granularity
        if self.published is None:
            return None
        return self.published, self.published_anchor(), Granularity.DAY


def _absolute(meaning: DateMeaning) -> tuple[dt.date, Granularity] | None:
    """The date and granularity of a meaning that names its year (or decade, century)."""
    if meaning.century is not None:
        return calendar_date(max(meaning.century, 0) * 100 or 1), Granularity.CENTURY
    if meaning.decade is not None:
        return calendar_date(meaning.decade * 10 or 1), Granularity.DECADE
    if meaning.year is None:
        return None
    return _in_year(meaning, meaning.year)


def _in_year(meaning: DateMeaning, year: int) -> tuple[dt.date, Granularity] | None:
    if meaning.week_of_month is not None:
        return _week_of_month(year, meaning.month, meaning.week_of_month)  # type: ignore[arg-type]
    if meaning.holiday is not None:
        day = calendar.holiday(meaning.holiday, year)
        return (day, Granularity.DAY) if day is not None else None
    if meaning.day is not None:
        calendar_date(year)
        try:
            return dt.date(year, meaning.month, meaning.day), Granularity.DAY  # type: ignore[arg-type]
        except ValueError:
            return None
    for key, months, granularity in YEAR_PARTS:
        number = getattr(meaning, key)
        if number is not None:
            return calendar_date(year, months * (number - 1) + 1), granularity
    return calendar_date(year), Granularity.YEAR


def _week_of_month(year: int, month: int, nth: int) -> tuple[dt.date, Granularity] | None:
    """The ISO week holding the month's 1st (first week), 8th (second), ... or last day (last week): the
    week a reader would circle, told as one TIMEX3 week value rather than as the month with a mod."""
    first = calendar_date(year, month)
    if nth < 0:
        return shift(first, Granularity.MONTH, 1) - dt.timedelta(days=1), Granularity.WEEK
    day = first + dt.timedelta(days=7 * (nth - 1))
    return (day, Granularity.WEEK) if day.month == month else None


def _year_by_tense(meaning: DateMeaning, published: dt.date, tense: str | None) -> int:
    """The year that puts a yearless date on the right side of the publish date: before it in a past
    clause, after it in a future one, else the nearest (quarters: the latest one begun)."""
    direction = meaning.direction
    probe = _in_year(meaning, published.year)
    if probe is None:
        return published.year
    first = bounds(probe[0], probe[1])[0]
    future = tense == "future"
    if direction is None and (tense in {None, "deadline"} or probe[1] == Granularity.QUARTER):
        return _nearest_year(probe, published, DEADLINE_HORIZON if tense == "deadline" else UNTENSED_HORIZON)
    slack = dt.timedelta(days=0 if direction is not None else TENSE_SLACK.get(probe[1], 0))
    if direction == -1 or (direction is None and not future):
        strictly = direction == -1 and probe[1] != Granularity.DAY
        if first > published + slack or (strictly and first >= bounds(published, probe[1])[0]):
            return published.year - 1
        return published.year
    ahead = direction == 1 or future
    last = bounds(probe[0], probe[1])[1]
    if ahead and (last < published - slack or (direction == 1 and first <= published)):
        return published.year + 1
    return published.year


def _weekday_year(meaning: DateMeaning, published: dt.date) -> int | None:
    """'Saturday, April 25': the year, next to the publish date, whose April 25 is a Saturday."""
    if meaning.weekday is None or meaning.day is None:
        return None
    for year in (published.year, published.year - 1, published.year + 1):
        if not calendar.FIRST_YEAR <= year <= calendar.LAST_YEAR:
            continue
        try:
            if dt.date(year, meaning.month, meaning.day).isoweekday() == meaning.weekday:  # type: ignore[arg-type]
                return year
        except ValueError:
            continue
    return None


def _nearest_year(probe: tuple[dt.date, Granularity], published: dt.date, horizon: int) -> int:
    """The year that puts the date nearest the publish date, looking at most ``horizon`` days ahead:
    news speaks mostly of the past, so an untensed date is a future one only when it is close."""
    day, granularity = probe
    if granularity == Granularity.QUARTER:
        return published.year if day <= published else published.year - 1
    first, last = bounds(day, granularity)
    if first > published and (first - published).days > horizon:
        return published.year - 1
    if last < published and (published - last).days > 365 - horizon:
        return published.year + 1
    return published.year


def resolve_date(meaning: DateMeaning, discourse: Discourse, tense: str | None) -> Resolution:
    if _before_christ(meaning):
        return _before_christ_value(meaning, -(meaning.year or 0)), "absolute", None
    if meaning.season is not None:
        return _resolve_season(meaning, discourse, tense)
    if meaning.day is not None and meaning.month is None:
        return _resolve_day_of_month(meaning, discourse, tense)
    return _resolve_calendar_date(meaning, discourse, tense)


def _resolve_calendar_date(meaning: DateMeaning, discourse: Discourse, tense: str | None) -> Resolution:  # noqa: PLR0911 - one return per reading
    if meaning.quarter_of_reference and discourse.quarter is not None:
        quarter = (discourse.quarter.earliest.month - 1) // 3 + 1  # type: ignore[union-attr]
        meaning = meaning.model_copy(update={"quarter": quarter})
    known = _absolute(meaning)
    if known is not None:
        return _period(known, meaning), _absolute_anchor(meaning), None
    if meaning.year is not None:
        return None, None, NO_SUCH_DAY  # Feb. 30, 2019; Eid al-Fitr 1950, before the calendar counts it
    if meaning.year_shift is not None:
        quarter = discourse.quarter or _previous_quarter(discourse)
        if quarter is None:
            return None, None, NO_PUBLISH_DATE
        year = quarter.earliest.year + meaning.year_shift  # type: ignore[union-attr]
        return _period(_in_year(meaning, year), meaning), discourse.cite("quarter", quarter.value), None
    if meaning.year_offset is not None and discourse.published is not None:
        year = discourse.published.year + meaning.year_offset
        return _period(_in_year(meaning, year), meaning), discourse.published_anchor(), None
    if meaning.year_of_reference:
        return _in_reference_year(meaning, discourse)
    in_story = _in_story_year(meaning, discourse, tense)
    if in_story is not None:
        return in_story
    if discourse.published is None:
        return None, None, NO_PUBLISH_DATE
    year = _weekday_year(meaning, discourse.published) or _year_by_tense(meaning, discourse.published, tense)
    if (meaning.month, meaning.day) == (2, 29):  # the nearest leap year on the tense's side
        step = 1 if tense == "future" else -1
        while not calendar.is_leap(year):
            year += step
    return _period(_in_year(meaning, year), meaning), discourse.published_anchor(), None


def _in_story_year(meaning: DateMeaning, discourse: Discourse, tense: str | None) -> Resolution | None:
    """A yearless date in the year the story is in (a history's, or a passage's about another year; before
    Christ too), unless it says which ("next May") or, in news, looks ahead."""
    story_year = discourse.passage_year()
    if story_year is None or meaning.direction is not None:
        return None
    if story_year < 1:
        return _before_christ_value(meaning, -story_year), discourse.cite("story_year", story_year), None
    if discourse.narrative or tense != "future":
        year = story_year + _turns_the_year(meaning, discourse)
        return _period(_in_year(meaning, year), meaning), discourse.cite("story_year", story_year), None
    return None


def _turns_the_year(meaning: DateMeaning, discourse: Discourse) -> bool:
    """ "On December 7, 1941, Japan attacked ... In January, the Allies declared ...": in a history told in order,
    a yearless month well before, in the year, the month the narration has reached in the same section is in the
    next year."""
    reached = discourse.story_month
    if not discourse.narrative or reached is None or meaning.month is None or meaning.listed:
        return False  # "the carnage of November and January": a list, not the narration's order
    if discourse.reading.section(discourse.position) != discourse.story_month_section:
        return False  # a new section of a history may go back in time
    return reached - meaning.month >= YEAR_TURN_MONTHS


def _advance_story(discourse: Discourse, meaning: Meaning, value: TimeValue | None) -> None:
    """In a history, the year and month a dated month or day moves the narration to (a new year when a yearless
    month turned it)."""
    if not discourse.narrative or not isinstance(meaning, DateMeaning) or meaning.month is None:
        return
    if value is None or value.earliest is None or value.granularity not in {Granularity.MONTH, Granularity.DAY}:
        return
    if meaning.year is None and discourse.story_year is not None and value.earliest.year == discourse.story_year + 1:
        discourse.set_story_year(value.earliest.year)
    if value.earliest.year == discourse.story_year:
        discourse.story_month = value.earliest.month
        discourse.story_month_section = discourse.reading.section(discourse.position)


def _absolute_anchor(meaning: DateMeaning) -> str:
    """ "absolute", or for a feast of another calendar the calendar it was dated by ("absolute (AE calendar of
    the holidays package: Eid al-Adha)")."""
    rule = meaning.holiday or {}
    if "country" not in rule:
        return "absolute"
    return f"absolute ({rule['country']} calendar of the holidays package: {rule['calendar_name']})"


def _in_reference_year(meaning: DateMeaning, discourse: Discourse) -> Resolution:
    """ "August of that year", "the spring of the same year": in the year of the time the text last named."""
    told = discourse.reference
    if told is None or told.earliest is None:
        return None, None, NO_TEXT_DATE
    year, anchor = told.earliest.year, discourse.cite("reference", told.value)
    if meaning.season is not None:
        return calendar.season(year, meaning.season), anchor, None
    return _period(_in_year(meaning, year), meaning), anchor, None


def _before_christ(meaning: DateMeaning) -> bool:
    """480 BC (year -480), the 5th century BC (century -5)."""
    return (meaning.year is not None and meaning.year < 1) or (meaning.century is not None and meaning.century < 0)


def _before_christ_value(meaning: DateMeaning, years_back: int) -> TimeValue | None:
    """The TIMEX3 value of a date before year 1, ``years_back`` being its year counted back (480 for 480 BC);
    no value for what only the calendar can count (a holiday's day, a week of a month)."""
    if meaning.century is not None:
        return calendar.before_christ(-meaning.century - 1, Granularity.CENTURY, mod=meaning.mod)
    if meaning.holiday is not None or meaning.week_of_month is not None or meaning.quarter or meaning.half:
        return None
    granularity = (
        Granularity.SEASON
        if meaning.season
        else Granularity.DAY
        if meaning.day
        else Granularity.MONTH
        if meaning.month
        else Granularity.YEAR
    )
    return calendar.before_christ(
        years_back,
        granularity,
        month=meaning.month,
        day=meaning.day,
        season_code=meaning.season,
        mod=meaning.mod or calendar.PART_MODS.get(meaning.part or ""),
    )


def _resolve_season(meaning: DateMeaning, discourse: Discourse, tense: str | None) -> Resolution:  # noqa: PLR0911 - one return per reading
    code: str = meaning.season  # type: ignore[assignment]
    if meaning.year is not None:
        return calendar.season(meaning.year, code), "absolute", None
    if meaning.year_of_reference:
        return _in_reference_year(meaning, discourse)
    if meaning.year_offset is not None and discourse.published is not None:  # the spring of next year
        return calendar.season(discourse.published.year + meaning.year_offset, code), discourse.published_anchor(), None
    story_year = discourse.passage_year()
    if story_year is not None and story_year < 1 and meaning.direction is None:
        return _before_christ_value(meaning, -story_year), discourse.cite("story_year", story_year), None
    if story_year is not None and discourse.narrative and meaning.direction is None:
        return calendar.season(story_year, code), discourse.cite("story_year", story_year), None
    if discourse.published is None:
        return None, None, NO_PUBLISH_DATE
    current = calendar.season(discourse.published.year, code)
    if meaning.direction == 0 and current.earliest <= discourse.published <= current.latest:  # type: ignore[operator]
        return current, discourse.published_anchor(), None  # this summer, said in the summer
    month = calendar.SEASON_START[code]
    probe = DateMeaning(month=month, direction=meaning.direction)
    year = _year_by_tense(probe, discourse.published, tense)
    return calendar.season(year, code), discourse.published_anchor(), None


def _resolve_day_of_month(meaning: DateMeaning, discourse: Discourse, tense: str | None) -> Resolution:
    """'on the 15th': in the month the text named last, else in the publish date's month, or the month
    before (a past clause) or after (a future one) when that puts the day on the tense's side."""
    told = discourse.reference
    day: int = meaning.day  # type: ignore[assignment]
    if meaning.month_offset is not None and discourse.published is not None:  # the 15th of next month
        month = shift(discourse.published.replace(day=1), Granularity.MONTH, meaning.month_offset)
        anchor = discourse.published_anchor()
    elif meaning.month_offset is None and _day_precise_reference(told):
        month, anchor = told.earliest.replace(day=1), discourse.cite("reference", told.value)  # type: ignore[union-attr]
    elif discourse.published is None:
        return None, None, NO_PUBLISH_DATE
    else:
        published, anchor = discourse.published, discourse.published_anchor()
        step = 1 if tense == "future" and day < published.day else 0
        step = -1 if tense == "past" and day > published.day else step
        month = shift(published.replace(day=1), Granularity.MONTH, step)
    try:
        return _day_value(month.replace(day=day), meaning), anchor, None
    except ValueError:
        return None, None, NO_SUCH_DAY


def _day_precise_reference(told: TimeValue | None) -> bool:
    """Whether the text's reference time names a month or a day, whose month a bare 'the 15th' is in."""
    return told is not None and told.earliest is not None and told.granularity in {Granularity.DAY, Granularity.MONTH}


def _clock_day(meaning: Meaning, discourse: Discourse, text: str, start: int, before: Found | None) -> Meaning:
    """The day a clock time said without its day is on (its meaning's anchor), decided here once: the day the text
    is on where its sentence named one before it ("Dimanche 5 janvier, à 9 h 15") or past narration tells of it,
    if the text's time is a day; else the day the text is read ("départ à 9 h" in a listing or an announcement;
    "vers 18 h 55" after "in 2002")."""
    if not isinstance(meaning, ShiftMeaning) or meaning.clock is None or meaning.anchor != "reference":
        return meaning
    on_the_text_day = meaning.tense == "past" or _after_a_day_in_its_sentence(text, start, before)
    if on_the_text_day and _told_a_day(discourse.reference):
        return meaning
    return meaning.model_copy(update={"anchor": "published"})


def _after_a_day_in_its_sentence(text: str, start: int, before: Found | None) -> bool:
    """ "Dimanche 5 janvier, à 9 h 15", "Hier, vers midi", "Nous avons ouvert vendredi jusqu'à 17 h": a day (or a
    time on one) named before a clock time in its sentence is the clock's day; across a sentence end, in a list of
    events or announcements, it is not ("im Kulturhaus, 20 Uhr." after an entry for tomorrow)."""
    if before is None or before.meaning is None or SENTENCE_END.search(text, before.end, start):
        return False
    meaning = before.meaning
    if isinstance(meaning, ShiftMeaning):
        return meaning.unit == "D" and meaning.from_day is None
    if isinstance(meaning, DateMeaning):
        return meaning.day is not None or meaning.holiday is not None
    return isinstance(meaning, WeekdayMeaning)


def _told_a_day(told: TimeValue | None) -> bool:
    """Whether the text's reference time is one day, which a clock time said without its day is on."""
    return told is not None and told.earliest is not None and told.granularity == Granularity.DAY


def _period(known: tuple[dt.date, Granularity] | None, meaning: Meaning) -> TimeValue | None:
    if known is None:
        return None
    if known[1] == Granularity.DAY:
        return _day_value(known[0], meaning)
    return period(known[0], known[1], part=meaning.part, mod=meaning.mod)


def _previous_quarter(discourse: Discourse) -> TimeValue | None:
    if discourse.published is None:
        return None
    return period(shift(discourse.published, Granularity.QUARTER, -1), Granularity.QUARTER)


def resolve_weekday(meaning: WeekdayMeaning, discourse: Discourse, tense: str | None) -> Resolution:
    base = discourse.base(meaning.anchor)
    if base is None:
        return None, None, NO_PUBLISH_DATE
    day, anchor, _ = base
    gap = (meaning.weekday - day.isoweekday()) % 7
    direction = meaning.direction
    if direction == -1 or (direction is None and tense != "future"):
        back = (day.isoweekday() - meaning.weekday) % 7
        target = day - dt.timedelta(days=back or (7 if direction == -1 else 0))
    elif direction == 0 and not (tense == "future" and meaning.weekday < day.isoweekday()):
        target = day + dt.timedelta(days=meaning.weekday - day.isoweekday())  # this week's
    else:  # "will meet Friday" said on a Friday is that day; "next Friday" is a week on; a future "this Wednesday"
        # said on a Saturday is the coming one ("jugará este miércoles")
        target = day + dt.timedelta(days=gap or (7 if direction == 1 else 0))
    return _day_value(target, meaning), anchor, None


def _day_value(day: dt.date, meaning: Meaning) -> TimeValue:
    value = period(day, Granularity.DAY, part=meaning.part, mod=meaning.mod)
    suffix = meaning.day_part or meaning.clock
    if suffix is None:
        return value
    return value.model_copy(update={"value": f"{value.value}T{suffix}", "type": TimexType.TIME})


def resolve_shift(meaning: ShiftMeaning, discourse: Discourse, tense: str | None) -> Resolution:
    amount = meaning.amount
    if meaning.duration_if_past and tense == "past":
        return TimeValue(value=meaning.duration_if_past, type=TimexType.DURATION), None, None
    granularity = UNIT_GRANULARITY.get(meaning.unit, Granularity.DAY)
    told = _reported_quarter(discourse, tense) or (discourse.quarter and _previous_quarter(discourse))
    if meaning.unit == "Y" and abs(amount) == 1 and told is not None and _year_ago(meaning):
        moved = shift(told.earliest, Granularity.YEAR, amount)  # type: ignore[arg-type]
        by_year = discourse.spans_year_part and not meaning.quarter
        compared = Granularity.YEAR if by_year else Granularity.QUARTER
        anchor = discourse.cite("quarter", told.value) if told is discourse.quarter else discourse.published_anchor()
        return period(moved, compared, mod=meaning.mod), anchor, None
    undated = _without_a_text_date(meaning, discourse)
    if undated is not None:
        return undated
    base = discourse.base(meaning.anchor)
    if base is None:
        return None, None, NO_PUBLISH_DATE
    day, anchor, base_granularity = base
    day += dt.timedelta(days=meaning.from_day or 0)
    if meaning.anchor == "reference" and amount == 0 and calendar.coarser(base_granularity, granularity):
        return None, None, f"the text's reference time ({anchor}) is coarser than a {granularity.value}"
    if meaning.unit in SUB_DAY_UNITS:  # "two hours later" stays on the day, "36 hours later" is the next
        elapsed = dt.timedelta(**{SUB_DAY_UNITS[meaning.unit]: amount})
        target = day + dt.timedelta(days=int(elapsed.total_seconds() / 86400))
    else:
        target = shift(day, granularity, amount)
    counted_back = meaning.anchor == "reference" and amount != 0 and meaning.counted
    if counted_back and calendar.coarser(granularity, base_granularity):
        granularity = base_granularity  # "a year earlier" than Aug. 12 is a day too; "the next year" is a year
    if meaning.from_day is not None:
        granularity = Granularity.DAY  # "a year from today" is a day
    return _shifted_value(meaning, target, granularity, discourse, tense), anchor, None


def _without_a_text_date(meaning: ShiftMeaning, discourse: Discourse) -> Resolution | None:
    """An anaphor the text gave no date to count from: in a story before Christ, years from its year; a count
    with nothing before it ("Workers protested two days later." opening a text: later than what?) unanchored."""
    before_christ = _years_from_a_story_before_christ(meaning, discourse)
    if before_christ is not None:
        return before_christ
    if meaning.anchor == "reference" and meaning.counted and discourse.reference is None:
        return None, None, NO_ANTECEDENT
    return None


def _years_from_a_story_before_christ(meaning: ShiftMeaning, discourse: Discourse) -> Resolution | None:
    """ "The following year", "a decade earlier" in a story set before Christ: counted from its year (492 BC, the
    following year: 491 BC), there being no calendar date to count from."""
    story_year = discourse.passage_year()
    if meaning.anchor != "reference" or meaning.unit != "Y" or story_year is None or story_year >= 1:
        return None
    year = story_year + meaning.amount
    if year >= 1:
        return None
    value = calendar.before_christ(-year, Granularity.YEAR, mod=meaning.mod)
    return value, discourse.cite("story_year", story_year), None


def _shifted_value(
    meaning: ShiftMeaning, target: dt.date, granularity: Granularity, discourse: Discourse, tense: str | None
) -> TimeValue:
    if meaning.unit == "WE":
        return _weekend(target, meaning.amount, meaning.current and tense != "past")
    if granularity == Granularity.DAY:
        return _day_value(target, meaning)
    value = period(target, granularity, part=meaning.part, mod=meaning.mod)
    if meaning.within and discourse.published is not None:
        value = _within(value, meaning.within, discourse.published)
    return value


def _year_ago(meaning: ShiftMeaning) -> bool:
    """'a year ago', 'a year earlier', 'year-earlier': in an earnings story, the same quarter a year before."""
    return meaning.amount == -1 and meaning.part is None and meaning.counted


def _weekend(day: dt.date, amount: int, coming: bool) -> TimeValue:
    """The weekend: 'the weekend' (amount 0) is the last one on or before the anchor; 'this weekend' (``coming``)
    the one under way or coming."""
    saturday = day + dt.timedelta(days=6 - day.isoweekday())
    if amount == 0 and day.isoweekday() < 6 and not coming:
        saturday -= dt.timedelta(days=7)
    year, week, _ = saturday.isocalendar()
    return TimeValue(
        value=f"{year}-W{week:02d}-WE",
        earliest=saturday,
        latest=saturday + dt.timedelta(days=1),
        granularity=Granularity.WEEK,
    )


def _within(value: TimeValue, side: int, published: dt.date) -> TimeValue:
    """'earlier this month' ends at the publish date; 'later this month' starts there (a period the publish
    date is not in, as in "later three years ago", keeps its bounds)."""
    if value.earliest is None or value.latest is None or not value.earliest <= published <= value.latest:
        return value
    if side < 0:
        return value.model_copy(update={"latest": min(value.latest or published, published), "approximate": True})
    return value.model_copy(update={"earliest": max(value.earliest or published, published), "approximate": True})


def resolve_quarter_ref(meaning: QuarterRefMeaning, discourse: Discourse, tense: str | None) -> Resolution:
    """'the quarter', 'the latest period': the quarter the text is about, else the last one reported."""
    if meaning.ended is not None and discourse.quarter is None and discourse.published is not None:  # fiscal names
        return _quarter_ended(meaning.ended, discourse.published), discourse.published_anchor(), None
    if meaning.period and meaning.ended is None and discourse.quarter is None:
        return None, None, NO_QUARTER_TOLD  # "the period from 1996 to 2000" is no quarter
    told = _reported_quarter(discourse, tense)
    if told is not None:
        return told, discourse.cite("quarter", told.value), None
    quarter = _previous_quarter(discourse)
    if quarter is None:
        return None, None, NO_PUBLISH_DATE
    return quarter, discourse.published_anchor(), None


def _quarter_ended(ended: EndedDay, published: dt.date) -> TimeValue | None:
    """The quarter ended Sept. 30 (or a fiscal one ended July 31): the calendar quarter holding most of
    the three months up to that day, in the latest year that day had passed by publication."""
    year = ended.year or (
        published.year if (ended.month, ended.day) <= (published.month, published.day) else published.year - 1
    )
    calendar_date(year)
    try:
        last_day = dt.date(year, ended.month, ended.day)
    except ValueError:
        return None
    return period(last_day - dt.timedelta(days=QUARTER_MIDDLE_DAYS), Granularity.QUARTER)


def _reported_quarter(discourse: Discourse, tense: str | None) -> TimeValue | None:
    """The quarter the text is about, unless it is still under way and the clause is not about the future:
    results are reported for finished quarters."""
    told, published = discourse.quarter, discourse.published
    unfinished = told is not None and published is not None and told.latest is not None and told.latest >= published
    return None if unfinished and tense != "future" else told


def resolve_reference_time(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """'until then': the time the text last named, as it was named."""
    if discourse.reference is None:
        return None, None, NO_TEXT_DATE
    return discourse.reference, discourse.cite("reference", discourse.reference.value), None


def resolve_label(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """References, durations and sets: the value is in the words; not events, so no bounds."""
    if isinstance(meaning, ReferenceMeaning) and meaning.duration_if_past and tense == "past":
        return TimeValue(value=meaning.duration_if_past, type=TimexType.DURATION), None, None  # "in a few years he had"
    types = {"reference": TimexType.DATE, "duration": TimexType.DURATION, "set": TimexType.SET}
    return TimeValue(value=meaning.value, type=types[meaning.kind], mod=meaning.mod), None, None  # type: ignore[union-attr]


def resolve_anniversary(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """Left for the second pass, which looks at the dates around it in its sentence."""
    return None, None, "anniversary of an event the text does not date"


RESOLVERS: dict[str, Callable[[Any, Discourse, str | None], Resolution]] = {
    "date": resolve_date,
    "weekday": resolve_weekday,
    "shift": resolve_shift,
    "quarter_ref": resolve_quarter_ref,
    "reference_time": resolve_reference_time,
    "reference": resolve_label,
    "duration": resolve_label,
    "set": resolve_label,
    "anniversary": resolve_anniversary,
}


def _remember(discourse: Discourse, meaning: Meaning, value: TimeValue | None) -> None:
    """Move the discourse's reference time to what this mention established. Counted shifts
    ("a year earlier", "three years ago") compare rather than move the story, except that going
    back several years ("three years ago") or on from the text's time ("two years later") sets the year a
    following yearless month belongs to."""
    if value is not None and value.value in YEAR_PART_SPANS:
        discourse.spans_year_part = discourse.quarter is not None
    if value is not None and isinstance(meaning, DateMeaning) and _before_christ(meaning) and meaning.year:
        discourse.set_story_year(meaning.year)  # 480 BC: the story goes back there
        return
    if value is None or value.earliest is None:
        return
    shifted = meaning if isinstance(meaning, ShiftMeaning) else None
    anchor = meaning.anchor if isinstance(meaning, ShiftMeaning | WeekdayMeaning) else "published"
    counted = shifted is not None and shifted.counted
    years_back = shifted is not None and shifted.unit in {"Y", "DE"} and shifted.amount <= -2
    narrative_step = shifted is not None and anchor == "reference" and shifted.unit in {"D", "W"}
    years_on = shifted is not None and counted and anchor == "reference" and shifted.unit == "Y"
    years_on = years_on and shifted.amount > 0  # type: ignore[union-attr]  # "two years later"; not "the next year"
    if (counted or anchor == "reference") and not narrative_step:
        if (years_back and anchor == "published" and not discourse.narrative) or years_on:
            discourse.set_story_year(value.earliest.year)
        return
    discourse.establish(value, meaning.tense)
    if value.granularity == Granularity.QUARTER and not _compared_quarter(value, discourse.quarter):
        discourse.quarter, discourse.spans_year_part = value, False
        discourse.sources["quarter"] = discourse.words
    if discourse.narrative and isinstance(meaning, DateMeaning) and meaning.year is not None:
        discourse.set_story_year(value.earliest.year)  # in a history every year named moves the story there
        return
    explicit_year = isinstance(meaning, DateMeaning) and meaning.year is not None
    if explicit_year and (meaning.day is not None or meaning.holiday is not None):  # type: ignore[union-attr]
        published_year = discourse.published.year if discourse.published else None
        discourse.set_story_year(value.earliest.year if value.earliest.year != published_year else None)
    elif isinstance(meaning, WeekdayMeaning | ShiftMeaning) and anchor == "published" and not discourse.narrative:
        discourse.set_story_year(None)  # a history stays in its year whatever a quote says of "last week"


def _in_the_story(meaning: Meaning, discourse: Discourse) -> Meaning:
    """ "by the end of the month", "the end of the year", "at 11:30 a.m." in a history: the month, year or day the
    story is in, not the publish date's ("today" itself stays deictic)."""
    told = discourse.reference
    if not discourse.narrative or not isinstance(meaning, ShiftMeaning) or meaning.anchor != "published":
        return meaning
    timed = meaning.unit == "D" and (meaning.clock is not None or meaning.day_part is not None)  # at 11:30 a.m.
    if meaning.amount != 0 or not (meaning.unit in STORY_UNITS or timed) or told is None or told.granularity is None:
        return meaning
    if calendar.coarser(told.granularity, UNIT_GRANULARITY.get(meaning.unit, Granularity.DAY)):
        return meaning
    return meaning.model_copy(update={"anchor": "reference"})


def _range_end(start: Mention | None, meaning: Meaning) -> Meaning:  # noqa: PLR0911 - one return per reading
    """ "January-June", "from March 3 to May 1", "from Tuesday to Thursday": a yearless month or day, or a weekday,
    ending a range is the one on or after the date that opens the range, not its own nearest one."""
    if not isinstance(meaning, DateMeaning | WeekdayMeaning) or not meaning.ends_range:
        return meaning
    if start is None or start.value is None or start.value.earliest is None or meaning.direction is not None:
        return meaning
    opened = start.value.earliest
    if isinstance(meaning, WeekdayMeaning):
        if not isinstance(start.meaning, WeekdayMeaning):
            return meaning
        day = opened + dt.timedelta(days=(meaning.weekday - opened.isoweekday()) % 7)  # from Tuesday to Thursday
        rest = meaning.model_dump(exclude={"kind", "weekday", "anchor"})
        return DateMeaning(**rest, year=day.year, month=day.month, day=day.day)
    if meaning.year is not None or meaning.month is None or meaning.year_offset is not None:
        return meaning
    if not isinstance(start.meaning, DateMeaning) or start.meaning.month is None:
        return meaning
    year = opened.year + ((meaning.month, meaning.day or 31) < (opened.month, opened.day))
    return meaning.model_copy(update={"year": year})


def _compared_quarter(value: TimeValue, told: TimeValue | None) -> bool:
    """'the year-earlier third quarter', 'the 1988 period' after the third quarter of 1989: the quarter
    compared with, not a new one the text goes on to talk about."""
    if told is None or value.earliest is None or told.earliest is None:
        return False
    return value.earliest.month == told.earliest.month and value.earliest.year < told.earliest.year


def _anniversaries(resolved: Iterable[Mention]) -> Iterator[Mention]:
    """Tie each anniversary to a day-precise date in its sentence: 'three years to the day' before it,
    'the third anniversary' on it. Mentions are handed on in text order as soon as their sentence is resolved;
    only those an anniversary may still pair with (SENTENCE_REACH characters back) are held."""
    held: list[Mention] = []
    handed = forgotten = 0  # held[:handed] are handed on; held[:forgotten] can pair with nothing to come
    for mention in chain(resolved, (None,)):
        while handed < len(held):
            first, meaning = held[handed], held[handed].meaning
            if isinstance(meaning, AnniversaryMeaning):
                if mention is not None and mention.start < meaning.sentence_end:
                    break  # its sentence is still being resolved
                yield _tied(first, meaning, held)
            else:
                yield first
            handed += 1
        if mention is None:
            return
        held.append(mention)
        horizon = min(mention.start, held[handed].start) - SENTENCE_REACH - 1  # no sentence starts before it
        while forgotten < handed and held[forgotten].start <= horizon:
            forgotten += 1
        if forgotten > len(held) // 2:
            del held[:forgotten]
            handed, forgotten = handed - forgotten, 0


def _tied(mention: Mention, meaning: AnniversaryMeaning, held: list[Mention]) -> Mention:
    """The anniversary dated by its partner date, if its sentence has one."""
    partner = _partner_date(held, mention, meaning)
    if partner is None or partner.value is None or partner.value.earliest is None:
        return mention
    day = partner.value.earliest
    anchor = f"reference {partner.value.value} ('{partner.text}')"
    if meaning.of is None:
        try:
            day = shift(day, Granularity.YEAR, -meaning.years)
        except CALENDAR_ERRORS:
            return mention.model_copy(update={"reason": OUTSIDE_CALENDAR})
    return mention.model_copy(update={"value": period(day, Granularity.DAY), "anchor": anchor, "reason": None})


def _partner_date(held: list[Mention], mention: Mention, meaning: AnniversaryMeaning) -> Mention | None:
    """The day-precise date nearest the anniversary in its sentence; the sentence's mentions are found by
    bisection, so the work per anniversary does not grow with the text."""
    first = bisect_right(held, meaning.sentence_start, key=_start)
    in_sentence = held[first : bisect_left(held, meaning.sentence_end, lo=first, key=_start)]
    candidates = [
        other
        for other in in_sentence
        if other is not mention and other.value is not None and other.value.granularity == Granularity.DAY
    ]
    return min(candidates, key=lambda other: abs(other.start - mention.start), default=None)


def _start(mention: Mention) -> int:
    return mention.start


def resolve(
    found: Iterable[Found],
    published: dt.date | None,
    language: str = DEFAULT,
    *,
    text: str,
    kind: Kind = Kind.AUTO,
) -> Iterator[Mention]:
    """Anchor every expression of ``text`` recognized in ``found``, in text order; those that cannot be
    anchored keep value None and a reason. The meanings carry all that recognition saw in the text (the
    clause's tense, a range, a scene-setting year), so resolution reads only them and the discourse state; the
    calendar arithmetic is the same in every ``language``. ``kind`` says whether the text is news or a history
    (narrative), or (auto) leaves it to the expressions to tell; ``text`` gives the mentions their words,
    divides the text into passages and is quoted in the reproducer of an internal error. Mentions are made
    one at a time, so a long text's are never all held."""
    ordered = sorted(found, key=lambda each: each.start)
    reading = read_kind(text, ordered, published.year if published else None, kind)
    return _anniversaries(_resolved(ordered, Discourse(published, reading=reading), text))


def _resolved(ordered: list[Found], discourse: Discourse, text: str) -> Iterator[Mention]:
    """Each expression anchored in turn, the discourse moving on with what each established."""
    published = discourse.published
    previous: Mention | None = None
    before: Found | None = None  # the expression before, as recognized
    shared: dict[object, Any] = {}  # equal values and anchors as one object: a long text repeats them
    for found in ordered:
        if found.meaning is None:
            previous, before = found.mention(text), found  # recognition already failed on it and said why
            yield previous
            continue
        discourse.position, discourse.words = found.start, text[found.start : found.end]
        tense = discourse.tense = found.meaning.tense
        told: Meaning = _clock_day(found.meaning, discourse, text, found.start, before)
        before = found
        meaning: Meaning = told
        ranged: Meaning = meaning
        if meaning.orders_story:
            previous = found.mention(text, reason=STORY_ORDER)
            yield previous
            continue
        try:
            ranged = _range_end(previous, meaning)
            meaning = _in_the_story(ranged, discourse)
            value, anchor, reason = RESOLVERS[meaning.kind](meaning, discourse, tense)
        except CALENDAR_ERRORS:  # e.g. "3000 years ago" from 1989: before year 1
            value, anchor, reason = None, None, OUTSIDE_CALENDAR
        except Exception as error:  # a bug in one expression costs only that expression
            value, anchor = None, None
            reason = internal_error_reason(error, "resolving it", tag_reproducer(text, found.end, published))
        if value is None and reason is None:
            reason = NO_SUCH_DAY
        if ranged is not told and value is not None:  # a range's end: its year came from the start
            anchor = f"reference {previous.value.value} ('{previous.text}')"  # type: ignore[union-attr]
        if value is not None and value.type != found.type and found.type == TimexType.TIME:
            value = value.model_copy(update={"type": found.type})
        if not (discourse.narrative and found.meaning.aside):
            _remember(discourse, told, value)
            _advance_story(discourse, ranged, value)
        if value is not None and value.earliest is not None and found.meaning.sets_scene:
            discourse.set_story_year(value.earliest.year)
        if len(shared) > SHARED_VALUES:
            shared.clear()
        value, anchor = shared.setdefault(value, value), shared.setdefault(anchor, anchor)
        previous = found.mention(text, value=value, anchor=anchor, reason=reason, future=tense == "future")
        yield previous
