"""Resolution: turn each mention's underspecified meaning into a TimeValue.

Deictic expressions anchor to the publish date; anaphoric ones to the discourse's reference time (the
last date the text itself established); tense decides the direction of a bare weekday or month. The
state carried from one mention to the next is the ``Discourse``; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline.errors import internal_error_reason
from timeline.models import Granularity, Mention, Mod, TimeValue, TimexType
from timeline.temporal import calendar
from timeline.temporal.calendar import CALENDAR_ERRORS, UNIT_GRANULARITY, bounds, calendar_date, period, shift
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.meaning import Meaning
from timeline.temporal.narrative import Kind, Reading, read_kind
from timeline.temporal.tense import clause_tense

NO_PUBLISH_DATE = "no publish date"
NO_SUCH_DAY = "no such day in that year (e.g. February 30)"
NO_TEXT_DATE = "the text named no time before it"
NO_QUARTER_TOLD = "'the period' before the text named a quarter"
STORY_ORDER = "in past narration it orders the story's events ('was soon divided'), it names no time"
OUTSIDE_CALENDAR = "outside the calendar this tool handles (years 1 to 9999)"
UNTENSED_HORIZON = 62  # days ahead an untensed yearless date may lie ("Dec. 7" in late October)
DEADLINE_HORIZON = 183  # after "by", "until": half a year either way
QUARTER_MIDDLE_DAYS = 45  # from a quarter's last day back to its middle
TENSE_SLACK = 62  # days a yearless date may lie against its clause's tense ("record Nov. 16", said Nov. 1)
SCENE_REACH = 12  # characters before a year in which its sentence's opening "In" is looked for
QUOTES = "\"'“‘"
SENTENCE_ENDS = frozenset(".!?\n" + QUOTES)
STORY_YEAR_REACH = 600  # characters over which "three years ago" lends its year to a yearless month
SUB_DAY_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds"}
STORY_UNITS = frozenset({"W", "M", "Q", "Y"})  # "the end of the month" in a history is the story's month
YEAR_PART_SPANS = frozenset({"P6M", "P9M", "P2Q", "P3Q", "P1Y"})  # "compared with a year earlier" is then the year
YEAR_PARTS = (("month", 1, Granularity.MONTH), ("quarter", 3, Granularity.QUARTER), ("half", 6, Granularity.HALF))
Resolution = tuple[TimeValue | None, str | None, str | None]  # value, anchor, reason


@dataclass
class Discourse:
    """What the text has established so far."""

    published: dt.date | None
    reference: TimeValue | None = None
    story_year: int | None = None  # the year a passage is about, when the text moved away from the present
    story_year_at: int = 0
    position: int = 0
    quarter: TimeValue | None = None
    spans_year_part: bool = False  # a span of months (the first nine months) came after the quarter
    words: str = ""  # the text of the mention being resolved
    sources: dict[str, str] = field(default_factory=dict)  # what set the reference, story year, quarter
    reading: Reading = field(default_factory=lambda: Reading((0,), (Kind.NEWS,)))

    @property
    def narrative(self) -> bool:
        """Whether the passage being read tells a history, whose yearless dates are in the story's year."""
        return self.reading.at(self.position) == Kind.NARRATIVE

    def passage_year(self) -> int | None:
        """The story year: in a history, the last year the text named; in news, while the text is still near
        where it was set."""
        if self.story_year is None:
            return None
        if not self.narrative and self.position - self.story_year_at > STORY_YEAR_REACH:
            return None
        return self.story_year

    def set_story_year(self, year: int | None) -> None:
        self.story_year, self.story_year_at = year, self.position
        self.sources["story_year"] = self.words

    def cite(self, role: str, value: object) -> str:
        """The anchor description: 'reference 2022 ('three years ago')'."""
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


def _mod(meaning: Meaning) -> Mod | None:
    return Mod(meaning["mod"]) if meaning.get("mod") else None


def _absolute(meaning: Meaning) -> tuple[dt.date, Granularity] | None:
    """The date and granularity of a meaning that names its year (or decade, century)."""
    if "century" in meaning:
        return calendar_date(max(meaning["century"], 0) * 100 or 1), Granularity.CENTURY
    if "decade" in meaning:
        return calendar_date(meaning["decade"] * 10 or 1), Granularity.DECADE
    year = meaning.get("year")
    if year is None:
        return None
    return _in_year(meaning, year)


def _in_year(meaning: Meaning, year: int) -> tuple[dt.date, Granularity] | None:
    if "week_of_month" in meaning:
        return _week_of_month(year, meaning["month"], meaning["week_of_month"])
    if "holiday" in meaning:
        return calendar.holiday(meaning["holiday"], year), Granularity.DAY
    if "day" in meaning:
        calendar_date(year)
        try:
            return dt.date(year, meaning["month"], meaning["day"]), Granularity.DAY
        except ValueError:
            return None
    for key, months, granularity in YEAR_PARTS:
        if key in meaning:
            return calendar_date(year, months * (meaning[key] - 1) + 1), granularity
    return calendar_date(year), Granularity.YEAR


def _week_of_month(year: int, month: int, nth: int) -> tuple[dt.date, Granularity] | None:
    """The ISO week holding the month's 1st (first week), 8th (second), ... or last day (last week): the
    week a reader would circle, told as one TIMEX3 week value rather than as the month with a mod."""
    first = calendar_date(year, month)
    if nth < 0:
        return shift(first, Granularity.MONTH, 1) - dt.timedelta(days=1), Granularity.WEEK
    day = first + dt.timedelta(days=7 * (nth - 1))
    return (day, Granularity.WEEK) if day.month == month else None


def _year_by_tense(meaning: Meaning, published: dt.date, tense: str | None) -> int:
    """The year that puts a yearless date on the right side of the publish date: before it in a past
    clause, after it in a future one, else the nearest (quarters: the latest one begun)."""
    direction = meaning.get("direction")
    probe = _in_year(meaning, published.year)
    if probe is None:
        return published.year
    first = bounds(probe[0], probe[1])[0]
    future = tense == "future"
    if direction is None and (tense in {None, "deadline"} or probe[1] == Granularity.QUARTER):
        return _nearest_year(probe, published, DEADLINE_HORIZON if tense == "deadline" else UNTENSED_HORIZON)
    slack = dt.timedelta(days=TENSE_SLACK if direction is None else 0)
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


def _weekday_year(meaning: Meaning, published: dt.date) -> int | None:
    """'Saturday, April 25': the year, next to the publish date, whose April 25 is a Saturday."""
    if "weekday" not in meaning or "day" not in meaning:
        return None
    for year in (published.year, published.year - 1, published.year + 1):
        if not calendar.FIRST_YEAR <= year <= calendar.LAST_YEAR:
            continue
        try:
            if dt.date(year, meaning["month"], meaning["day"]).isoweekday() == meaning["weekday"]:
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


def resolve_date(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    if _before_christ(meaning):
        return _before_christ_value(meaning, -meaning.get("year", 0)), "absolute", None
    if "season" in meaning:
        return _resolve_season(meaning, discourse, tense)
    if "day" in meaning and "month" not in meaning:
        return _resolve_day_of_month(meaning, discourse, tense)
    return _resolve_calendar_date(meaning, discourse, tense)


def _resolve_calendar_date(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:  # noqa: PLR0911 - one return per reading
    if meaning.get("quarter_of_reference") and discourse.quarter is not None:
        quarter = (discourse.quarter.earliest.month - 1) // 3 + 1  # type: ignore[union-attr]
        meaning = {**meaning, "quarter": quarter}
    known = _absolute(meaning)
    if known is not None:
        return _period(known, meaning), "absolute", None
    if "year_shift" in meaning:
        quarter = discourse.quarter or _previous_quarter(discourse)
        if quarter is None:
            return None, None, NO_PUBLISH_DATE
        year = quarter.earliest.year + meaning["year_shift"]  # type: ignore[union-attr]
        return _period(_in_year(meaning, year), meaning), discourse.cite("quarter", quarter.value), None
    if "year_offset" in meaning and discourse.published is not None:
        year = discourse.published.year + meaning["year_offset"]
        return _period(_in_year(meaning, year), meaning), discourse.published_anchor(), None
    future = tense == "future"
    if meaning.get("year_of_reference"):
        return _in_reference_year(meaning, discourse)
    story_year = discourse.passage_year()
    if story_year is not None and story_year < 1 and meaning.get("direction") is None:
        return _before_christ_value(meaning, -story_year), discourse.cite("story_year", story_year), None
    if story_year is not None and (discourse.narrative or not future) and meaning.get("direction") is None:
        return _period(_in_year(meaning, story_year), meaning), discourse.cite("story_year", story_year), None
    if discourse.published is None:
        return None, None, NO_PUBLISH_DATE
    year = _weekday_year(meaning, discourse.published) or _year_by_tense(meaning, discourse.published, tense)
    if (meaning.get("month"), meaning.get("day")) == (2, 29):  # the nearest leap year on the tense's side
        step = 1 if tense == "future" else -1
        while not calendar.is_leap(year):
            year += step
    return _period(_in_year(meaning, year), meaning), discourse.published_anchor(), None


def _in_reference_year(meaning: Meaning, discourse: Discourse) -> Resolution:
    """ "August of that year", "the spring of the same year": in the year of the time the text last named."""
    told = discourse.reference
    if told is None or told.earliest is None:
        return None, None, NO_TEXT_DATE
    year = told.earliest.year
    fields = {key: value for key, value in meaning.items() if key != "year_of_reference"}
    if "season" in fields:
        return calendar.season(year, fields["season"]), discourse.cite("reference", told.value), None
    return _period(_in_year(fields, year), fields), discourse.cite("reference", told.value), None


def _before_christ(meaning: Meaning) -> bool:
    """480 BC (year -480), the 5th century BC (century -5)."""
    return meaning.get("year", 1) < 1 or meaning.get("century", 0) < 0


def _before_christ_value(meaning: Meaning, years_back: int) -> TimeValue | None:
    """The TIMEX3 value of a date before year 1, ``years_back`` being its year counted back (480 for 480 BC);
    no value for what only the calendar can count (a weekday, a holiday's day)."""
    if "century" in meaning:
        return calendar.before_christ(-meaning["century"] - 1, Granularity.CENTURY, mod=_mod(meaning))
    if {"holiday", "week_of_month", "quarter", "half"} & meaning.keys():
        return None
    granularity = (
        Granularity.SEASON
        if "season" in meaning
        else Granularity.DAY
        if "day" in meaning
        else Granularity.MONTH
        if "month" in meaning
        else Granularity.YEAR
    )
    return calendar.before_christ(
        years_back,
        granularity,
        month=meaning.get("month"),
        day=meaning.get("day"),
        season_code=meaning.get("season"),
        mod=_mod(meaning) or calendar.PART_MODS.get(meaning.get("part") or ""),
    )


def _resolve_season(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:  # noqa: PLR0911 - one return per reading
    code = meaning["season"]
    if "year" in meaning:
        return calendar.season(meaning["year"], code), "absolute", None
    if meaning.get("year_of_reference"):
        return _in_reference_year(meaning, discourse)
    if "year_offset" in meaning and discourse.published is not None:  # the spring of next year
        year = discourse.published.year + meaning["year_offset"]
        return calendar.season(year, code), discourse.published_anchor(), None
    story_year = discourse.passage_year()
    if story_year is not None and story_year < 1 and meaning.get("direction") is None:
        return _before_christ_value(meaning, -story_year), discourse.cite("story_year", story_year), None
    if story_year is not None and discourse.narrative and meaning.get("direction") is None:
        return calendar.season(story_year, code), discourse.cite("story_year", story_year), None
    if discourse.published is None:
        return None, None, NO_PUBLISH_DATE
    month = calendar.SEASON_START[code]
    year = _year_by_tense({"month": month, "direction": meaning.get("direction")}, discourse.published, tense)
    return calendar.season(year, code), discourse.published_anchor(), None


def _resolve_day_of_month(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """'on the 15th': in the month the text named last, else in the publish date's month, or the month
    before (a past clause) or after (a future one) when that puts the day on the tense's side."""
    told = discourse.reference
    if "month_offset" in meaning and discourse.published is not None:  # the 15th of next month
        month = shift(discourse.published.replace(day=1), Granularity.MONTH, meaning["month_offset"])
        anchor = discourse.published_anchor()
    elif "month_offset" not in meaning and _day_precise_reference(told):
        month, anchor = told.earliest.replace(day=1), discourse.cite("reference", told.value)  # type: ignore[union-attr]
    elif discourse.published is None:
        return None, None, NO_PUBLISH_DATE
    else:
        published, anchor = discourse.published, discourse.published_anchor()
        step = 1 if tense == "future" and meaning["day"] < published.day else 0
        step = -1 if tense == "past" and meaning["day"] > published.day else step
        month = shift(published.replace(day=1), Granularity.MONTH, step)
    try:
        return _day_value(month.replace(day=meaning["day"]), meaning), anchor, None
    except ValueError:
        return None, None, NO_SUCH_DAY


def _day_precise_reference(told: TimeValue | None) -> bool:
    """Whether the text's reference time names a month or a day, whose month a bare 'the 15th' is in."""
    return told is not None and told.earliest is not None and told.granularity in {Granularity.DAY, Granularity.MONTH}


def _period(known: tuple[dt.date, Granularity] | None, meaning: Meaning) -> TimeValue | None:
    if known is None:
        return None
    if known[1] == Granularity.DAY:
        return _day_value(known[0], meaning)
    return period(known[0], known[1], part=meaning.get("part"), mod=_mod(meaning))


def _previous_quarter(discourse: Discourse) -> TimeValue | None:
    if discourse.published is None:
        return None
    return period(shift(discourse.published, Granularity.QUARTER, -1), Granularity.QUARTER)


def resolve_weekday(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    base = discourse.base(meaning.get("anchor", "published"))
    if base is None:
        return None, None, NO_PUBLISH_DATE
    day, anchor, _ = base
    gap = (meaning["weekday"] - day.isoweekday()) % 7
    direction = meaning.get("direction")
    if direction == -1 or (direction is None and tense != "future"):
        back = (day.isoweekday() - meaning["weekday"]) % 7
        target = day - dt.timedelta(days=back or (7 if direction == -1 else 0))
    elif direction == 0:
        target = day + dt.timedelta(days=meaning["weekday"] - day.isoweekday())
    else:  # "will meet Friday" said on a Friday is that day; "next Friday" is a week on
        target = day + dt.timedelta(days=gap or (7 if direction == 1 else 0))
    return _day_value(target, meaning), anchor, None


def _day_value(day: dt.date, meaning: Meaning) -> TimeValue:
    value = period(day, Granularity.DAY, part=meaning.get("part"), mod=_mod(meaning))
    suffix = meaning.get("day_part") or meaning.get("clock")
    if suffix is None:
        return value
    return value.model_copy(update={"value": f"{value.value}T{suffix}", "type": TimexType.TIME})


def resolve_shift(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    amount = meaning["amount"]
    if meaning.get("duration_if_past") and tense == "past":
        return TimeValue(value=meaning["duration_if_past"], type=TimexType.DURATION), None, None
    granularity = UNIT_GRANULARITY.get(meaning["unit"], Granularity.DAY)
    told = _reported_quarter(discourse, tense) or (discourse.quarter and _previous_quarter(discourse))
    if meaning["unit"] == "Y" and abs(amount) == 1 and told is not None and _year_ago(meaning):
        moved = shift(told.earliest, Granularity.YEAR, amount)  # type: ignore[arg-type]
        by_year = discourse.spans_year_part and not meaning.get("quarter")
        compared = Granularity.YEAR if by_year else Granularity.QUARTER
        anchor = discourse.cite("quarter", told.value) if told is discourse.quarter else discourse.published_anchor()
        return period(moved, compared, mod=_mod(meaning)), anchor, None
    base = discourse.base(meaning["anchor"])
    if base is None:
        return None, None, NO_PUBLISH_DATE
    day, anchor, base_granularity = base
    day += dt.timedelta(days=meaning.get("from_day", 0))
    if meaning["anchor"] == "reference" and amount == 0 and calendar.coarser(base_granularity, granularity):
        return None, None, f"the text's reference time ({anchor}) is coarser than a {granularity.value}"
    if meaning["unit"] in SUB_DAY_UNITS:  # "two hours later" stays on the day, "36 hours later" is the next
        elapsed = dt.timedelta(**{SUB_DAY_UNITS[meaning["unit"]]: amount})
        target = day + dt.timedelta(days=int(elapsed.total_seconds() / 86400))
    else:
        target = shift(day, granularity, amount)
    counted_back = meaning["anchor"] == "reference" and amount != 0 and meaning.get("counted")
    if counted_back and calendar.coarser(granularity, base_granularity):
        granularity = base_granularity  # "a year earlier" than Aug. 12 is a day too; "the next year" is a year
    if "from_day" in meaning:
        granularity = Granularity.DAY  # "a year from today" is a day
    return _shifted_value(meaning, target, granularity, discourse, tense), anchor, None


def _shifted_value(
    meaning: Meaning, target: dt.date, granularity: Granularity, discourse: Discourse, tense: str | None
) -> TimeValue:
    if meaning["unit"] == "WE":
        return _weekend(target, meaning["amount"], bool(meaning.get("current")) and tense != "past")
    if granularity == Granularity.DAY:
        return _day_value(target, meaning)
    value = period(target, granularity, part=meaning.get("part"), mod=_mod(meaning))
    if meaning.get("within") and discourse.published is not None:
        value = _within(value, meaning["within"], discourse.published)
    return value


def _year_ago(meaning: Meaning) -> bool:
    """'a year ago', 'a year earlier', 'year-earlier': in an earnings story, the same quarter a year before."""
    return meaning["amount"] == -1 and "part" not in meaning and bool(meaning.get("counted"))


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


def resolve_quarter_ref(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """'the quarter', 'the latest period': the quarter the text is about, else the last one reported."""
    if "ended" in meaning and discourse.quarter is None and discourse.published is not None:  # fiscal names win
        return _quarter_ended(meaning["ended"], discourse.published), discourse.published_anchor(), None
    if meaning.get("period") and "ended" not in meaning and discourse.quarter is None:
        return None, None, NO_QUARTER_TOLD  # "the period from 1996 to 2000" is no quarter
    told = _reported_quarter(discourse, tense)
    if told is not None:
        return told, discourse.cite("quarter", told.value), None
    quarter = _previous_quarter(discourse)
    if quarter is None:
        return None, None, NO_PUBLISH_DATE
    return quarter, discourse.published_anchor(), None


def _quarter_ended(ended: Meaning, published: dt.date) -> TimeValue | None:
    """The quarter ended Sept. 30 (or a fiscal one ended July 31): the calendar quarter holding most of
    the three months up to that day, in the latest year that day had passed by publication."""
    year = ended.get("year") or (
        published.year if (ended["month"], ended["day"]) <= (published.month, published.day) else published.year - 1
    )
    calendar_date(year)
    try:
        last_day = dt.date(year, ended["month"], ended["day"])
    except ValueError:
        return None
    return period(last_day - dt.timedelta(days=QUARTER_MIDDLE_DAYS), Granularity.QUARTER)


def _reported_quarter(discourse: Discourse, tense: str | None) -> TimeValue | None:
    """The quarter the text is about, unless it is still under way and the clause is not about the future:
    results are reported for finished quarters."""
    told = discourse.quarter
    published = discourse.published
    unfinished = told is not None and published is not None and told.latest is not None and told.latest >= published
    return None if unfinished and tense != "future" else told


def resolve_reference_time(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """'until then': the time the text last named, as it was named."""
    if discourse.reference is None:
        return None, None, NO_TEXT_DATE
    return discourse.reference, discourse.cite("reference", discourse.reference.value), None


def resolve_label(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """References, durations and sets: the value is in the words; not events, so no bounds."""
    if meaning.get("duration_if_past") and tense == "past":  # "in a few years he had built an empire"
        return TimeValue(value=meaning["duration_if_past"], type=TimexType.DURATION), None, None
    types = {"reference": TimexType.DATE, "duration": TimexType.DURATION, "set": TimexType.SET}
    mod = _mod(meaning)
    return TimeValue(value=meaning["value"], type=types[meaning["kind"]], mod=mod), None, None


def resolve_anniversary(meaning: Meaning, discourse: Discourse, tense: str | None) -> Resolution:
    """Left for the second pass, which looks at the dates around it in its sentence."""
    return None, None, "anniversary of an event the text does not date"


RESOLVERS = {
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
    if value is not None and _before_christ(meaning) and "year" in meaning:  # 480 BC: the story goes back there
        discourse.set_story_year(meaning["year"])
        return
    if value is None or value.earliest is None:
        return
    years_back = (
        meaning["kind"] == "shift" and meaning.get("unit") in {"Y", "DE"} and (meaning.get("amount") or 0) <= -2
    )
    narrative_step = meaning.get("anchor") == "reference" and meaning.get("unit") in {"D", "W"}
    years_on = meaning.get("counted") and meaning.get("anchor") == "reference" and meaning.get("unit") == "Y"
    years_on = years_on and (meaning.get("amount") or 0) > 0  # "two years later"; "the next year (or so)" may be ahead
    if (meaning.get("counted") or meaning.get("anchor") == "reference") and not narrative_step:
        if (years_back and meaning.get("anchor") == "published" and not discourse.narrative) or years_on:
            discourse.set_story_year(value.earliest.year)
        return
    discourse.reference = value
    discourse.sources["reference"] = discourse.words
    if value.granularity == Granularity.QUARTER and not _compared_quarter(value, discourse.quarter):
        discourse.quarter, discourse.spans_year_part = value, False
        discourse.sources["quarter"] = discourse.words
    if _tells_story_year(meaning, discourse):
        discourse.set_story_year(value.earliest.year)
        return
    explicit_year = meaning["kind"] == "date" and "year" in meaning and bool({"day", "holiday"} & meaning.keys())
    if explicit_year:
        published_year = discourse.published.year if discourse.published else None
        discourse.set_story_year(value.earliest.year if value.earliest.year != published_year else None)
    elif _deictic(meaning) and not discourse.narrative:  # a history stays in its year whatever "last week" says
        discourse.set_story_year(None)


def _deictic(meaning: Meaning) -> bool:
    return meaning["kind"] in {"weekday", "shift"} and meaning.get("anchor", "published") == "published"


def _in_the_story(meaning: Meaning, discourse: Discourse) -> Meaning:
    """ "by the end of the month", "the end of the year" in a history: the month or year the story is in, not
    the publish date's (a day, "today", stays deictic)."""
    told = discourse.reference
    if not discourse.narrative or meaning["kind"] != "shift" or meaning.get("anchor") != "published":
        return meaning
    if meaning.get("amount") != 0 or meaning.get("unit") not in STORY_UNITS or told is None:
        return meaning
    unit = UNIT_GRANULARITY.get(meaning["unit"], Granularity.DAY)
    if told.granularity is None or calendar.coarser(told.granularity, unit):
        return meaning
    return {**meaning, "anchor": "reference"}


def _orders_the_story(text: str, mention: Mention, tense: str | None, lex: Lexicon) -> bool:
    """ "France was soon divided": in past narration "soon" says what came next, not a time ahead of the
    writer; after a modal ("they may soon seek") it is still the future."""
    if tense != "past" or mention.text.lower() not in lex.word_sets["story_order_words"]:
        return False
    before = text[max(0, mention.start - SCENE_REACH) : mention.start].split()
    return not before or before[-1].lower() not in lex.word_sets["verb_cues"]


def _aside(text: str, mention: Mention, tense: str | None, lex: Lexicon) -> bool:
    """ "a campaign planned for 1976", "funding phased in through 1975": a bare year in a clause about the future,
    or after "until", "since", is a remark beside the story, which goes on in its own year."""
    if mention.meaning.keys() != {"kind", "year"}:
        return False
    before = text[max(0, mention.start - SCENE_REACH) : mention.start].split()
    return tense == "future" or (bool(before) and before[-1].lower() in lex.word_sets["aside_year_prepositions"])


def _tells_story_year(meaning: Meaning, discourse: Discourse) -> bool:
    """In a history every year the text names ("In 1944", "in June 1941") moves the story to that year."""
    return discourse.narrative and meaning["kind"] == "date" and "year" in meaning


def _range_end(text: str, start: Mention | None, mention: Mention, lex: Lexicon) -> Meaning:
    """ "January-June", "from March 3 to May 1", "from Tuesday to Thursday": a yearless month or day, or a weekday,
    ending a range is the one on or after the date that opens the range, not its own nearest one."""
    meaning: Meaning = mention.meaning
    if meaning["kind"] not in {"date", "weekday"} or start is None or start.value is None:
        return meaning
    if start.value.earliest is None or meaning.get("direction") is not None or "year" in meaning:
        return meaning
    if text[start.end : mention.start].strip().lower() not in lex.word_sets["range_connectors"]:
        return meaning
    opened = start.value.earliest
    if meaning.get("kind") == "weekday" and start.meaning.get("kind") == "weekday":  # from Tuesday to Thursday
        day = opened + dt.timedelta(days=(meaning["weekday"] - opened.isoweekday()) % 7)
        rest = {key: value for key, value in meaning.items() if key not in {"kind", "weekday", "anchor"}}
        return {**rest, "kind": "date", "year": day.year, "month": day.month, "day": day.day}
    if meaning["kind"] != "date" or "month" not in meaning or "year_offset" in meaning or "month" not in start.meaning:
        return meaning
    year = opened.year + ((meaning["month"], meaning.get("day", 31)) < (opened.month, opened.day))
    return {**meaning, "year": year}


def _sets_the_scene(text: str, mention: Mention, lex: Lexicon) -> bool:
    """ "In 1995, he moved to Paris. In March, he married.": a bare year opening its sentence after "In" (and
    set off by a comma) is the year the story goes on in; a year elsewhere ("since 1980", "through 1993") is a
    side remark that leaves the story where it was."""
    if mention.meaning.keys() != {"kind", "year"} or text[mention.end : mention.end + 1] != ",":
        return False
    head = text[max(0, mention.start - SCENE_REACH) : mention.start].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    opener = word.lstrip(QUOTES)
    before = head[: len(head) - len(opener)].rstrip()
    opens_sentence = not before or before[-1] in SENTENCE_ENDS
    return opens_sentence and opener.lower() in lex.word_sets["scene_prepositions"] and opener[:1].isupper()


def _compared_quarter(value: TimeValue, told: TimeValue | None) -> bool:
    """'the year-earlier third quarter', 'the 1988 period' after the third quarter of 1989: the quarter
    compared with, not a new one the text goes on to talk about."""
    if told is None or value.earliest is None or told.earliest is None:
        return False
    return value.earliest.month == told.earliest.month and value.earliest.year < told.earliest.year


def _anniversaries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Tie each anniversary to a day-precise date in its sentence: 'three years to the day' before it,
    'the third anniversary' on it."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.meaning.get("kind") != "anniversary":
            continue
        partner = _partner_date(text, mentions, index)
        told_years = mention.meaning.get("years")
        years = told_years if isinstance(told_years, int) else 0
        if partner is None or partner.value is None or partner.value.earliest is None:
            continue
        day = partner.value.earliest
        anchor = f"reference {partner.value.value} ('{partner.text}')"
        if "of" not in mention.meaning:
            try:
                day = shift(day, Granularity.YEAR, -years)
            except CALENDAR_ERRORS:
                result[index] = mention.model_copy(update={"reason": OUTSIDE_CALENDAR})
                continue
        result[index] = mention.model_copy(
            update={"value": period(day, Granularity.DAY), "anchor": anchor, "reason": None}
        )
    return result


def _partner_date(text: str, mentions: list[Mention], index: int) -> Mention | None:
    mention = mentions[index]
    sentence_start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start))
    sentence_end = min(
        (p for p in (text.find(". ", mention.end), text.find("\n", mention.end)) if p >= 0), default=len(text)
    )
    candidates = [
        other
        for other in mentions
        if other is not mention
        and sentence_start < other.start < sentence_end
        and other.value is not None
        and other.value.granularity == Granularity.DAY
    ]
    return min(candidates, key=lambda other: abs(other.start - mention.start), default=None)


def resolve(
    text: str, mentions: list[Mention], published: dt.date | None, language: str = "en", kind: Kind = Kind.AUTO
) -> list[Mention]:
    """Anchor every mention of ``text``; those that cannot be anchored keep value None and a reason. ``kind``
    says whether the text is news or a history (narrative), or (auto) leaves it to the text to tell."""
    lex = lexicon(language)
    reading = read_kind(text, mentions, published.year if published else None, lex, kind)
    discourse = Discourse(published, reading=reading)
    resolved: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.reason is not None and mention.value is None and not mention.meaning:
            resolved.append(mention)  # recognition already failed on it and said why
            continue
        discourse.position, discourse.words = mention.start, mention.text
        meaning, tense = mention.meaning, None
        try:
            tense = clause_tense(text, mention.start, mention.end, lex, weekday=mention.meaning["kind"] == "weekday")
            if _orders_the_story(text, mention, tense, lex):
                resolved.append(mention.model_copy(update={"reason": STORY_ORDER}))
                continue
            meaning = _in_the_story(_range_end(text, resolved[-1] if resolved else None, mention, lex), discourse)
            value, anchor, reason = RESOLVERS[meaning["kind"]](meaning, discourse, tense)
        except CALENDAR_ERRORS:  # e.g. "3000 years ago" from 1989: before year 1
            value, anchor, reason = None, None, OUTSIDE_CALENDAR
        except Exception as error:  # a bug in one expression costs only that expression
            value, anchor = None, None
            reason = internal_error_reason(error, "resolving it", text, mention.end, published)
        if value is None and reason is None:
            reason = NO_SUCH_DAY
        if meaning is not mention.meaning and value is not None:  # a range's end: its year came from the start
            anchor = f"reference {resolved[-1].value.value} ('{resolved[-1].text}')"  # type: ignore[union-attr]
        if value is not None and value.type != mention.type and mention.type == TimexType.TIME:
            value = value.model_copy(update={"type": mention.type})
        if not (discourse.narrative and _aside(text, mention, tense, lex)):
            _remember(discourse, mention.meaning, value)
        if value is not None and value.earliest is not None and _sets_the_scene(text, mention, lex):
            discourse.set_story_year(value.earliest.year)
        update = {"value": value, "anchor": anchor, "reason": reason, "future": tense == "future"}
        resolved.append(mention.model_copy(update=update))
    return _anniversaries(text, resolved)
