"""The data of every stage: the single definition, from which schemas/ is generated.

Models are frozen: a stage returns new values (``model_copy(update=...)``), never edits its input.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Literal["1"] = "1"
ORDERED_BOUNDS = "x-ordered-bounds"  # schema keyword: the first named date is on or before the second (validation.py)


class Frozen(BaseModel):
    """Immutable, and strict about unknown fields so hand-written files get pointed errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


# ---------------------------------------------------------------- time values


class TimexType(StrEnum):
    """TIMEX3 ``type``: a date, a time of day, a duration, or a recurring set."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """The calendar unit a value is precise to."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Mod(StrEnum):
    """TIMEX3 ``mod``: how the words qualify the calendar value."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"


class TimeValue(Frozen):
    """A resolved expression: its TIMEX3 value and the calendar days it may cover."""

    value: str = Field(description="TIMEX3 value, e.g. 2025-02-24, 2025-W08, 2025-Q1, 201X, P3Y, PRESENT_REF")
    type: TimexType = Field(default=TimexType.DATE, description="TIMEX3 type")
    earliest: dt.date | None = Field(default=None, description="first day it may cover (inclusive)")
    latest: dt.date | None = Field(default=None, description="last day it may cover (inclusive)")
    granularity: Granularity | None = Field(default=None, description="the unit the value is precise to")
    mod: Mod | None = Field(default=None, description="TIMEX3 mod: early/mid/late, about, before/after, ...")
    approximate: bool = Field(default=False, description="true when the bounds are a judgement, not the calendar")

    model_config = ConfigDict(json_schema_extra={ORDERED_BOUNDS: ["earliest", "latest"]})

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> TimeValue:
        """A copy that keeps the bounds in order too (pydantic does not validate updates)."""
        copy = super().model_copy(update=update, deep=deep)
        return copy.in_order() if update and {"earliest", "latest"} & update.keys() else copy

    @model_validator(mode="after")
    def _bounds_in_order(self) -> TimeValue:
        return self.in_order()

    def in_order(self) -> TimeValue:
        """Itself, or ValueError when it ends before it starts (a bug upstream, never a value to show)."""
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        return self


# ---------------------------------------------------------------- articles


PublishMethod = Literal["metadata", "text", "inferred", "given"]


class Published(Frozen):
    """When an article was published and how we know."""

    date: dt.date | None = Field(default=None, description="publish date, or null when none could be found")
    method: PublishMethod | None = Field(
        default=None,
        description="metadata (front matter, JSON field, HTML meta), text (dateline/byline), "
        "inferred (from other articles), given (--published)",
    )
    evidence: str | None = Field(default=None, description="the line or field the date came from")


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(value: Any) -> Any:
    """A string with each lone surrogate (half a UTF-16 pair, which no output can encode) as U+FFFD, one
    character for one, so offsets stay; anything else as it is."""
    return LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


class ArticleInfo(Frozen):
    """What the timeline says about an article: everything but its text."""

    id: str = Field(description="file stem unless the input names one")
    title: str | None = Field(default=None, description="headline of the article")
    outlet: str | None = Field(default=None, description="publication or site name")
    url: str | None = Field(
        default=None, description="address of the article, as found; only http(s) URLs become links"
    )
    author: str | None = Field(default=None, description="byline")
    language: str | None = Field(default=None, description="ISO 639-1 code of the body text")
    path: str | None = Field(default=None, description="the input it was read from")
    published: Published = Field(default_factory=Published, description="when it was published and how we know")
    warnings: list[str] = Field(default_factory=list, description="what a reader should know, e.g. no publish date")

    _whole_characters = field_validator("id", "title", "outlet", "url", "author", "path", mode="before")(
        whole_characters
    )


class DroppedBlock(Frozen):
    """A line of an input left out of the article text, and why (page chrome or furniture)."""

    kind: str = Field(description="menu, short, repeated, list, section end, copyright, update stamp, citation, …")
    text: str


class Article(ArticleInfo):
    """An ingested article: metadata plus the cleaned body that offsets point into."""

    text: str = Field(description="the cleaned body text")

    _whole_text = field_validator("text", mode="before")(whole_characters)
    dropped: list[DroppedBlock] = Field(
        default_factory=list, exclude=True, description="what ingestion left out of the input, for the run report"
    )

    def info(self) -> ArticleInfo:
        return ArticleInfo.model_validate(self.model_dump(exclude={"text"}))


InputStatus = Literal["read", "skipped", "error"]


class InputRecord(Frozen):
    """One input path and what became of it: nothing given is lost without a word."""

    path: str = Field(description="the path as given on the command line (or - for stdin)")
    status: InputStatus = Field(description="read, skipped (not an article) or error (could not be read)")
    reason: str | None = Field(default=None, description="why it was skipped or failed")
    articles: list[str] = Field(default_factory=list, description="ids of the articles read from it")


# ---------------------------------------------------------------- temporal mentions


# ---------------------------------------------------------------- meanings: recognition -> resolution


Part = Literal["START", "MID", "END"]
DayPart = Literal["MO", "AF", "EV", "NI"]
Anchor = Literal["published", "reference"]  # deictic (the publish date) or anaphoric (the text's time)
ClauseTense = Literal["future", "past", "deadline"]


class MeaningBase(Frozen):
    """What every kind of meaning may carry besides its own fields: qualifiers of the words, and what
    recognition found around them in the text, so that resolution need not read the text again."""

    mod: Mod | None = Field(default=None, description="the mod of an approximator (about, nearly, over)")
    part: Part | None = Field(default=None, description="early/mid/late, the beginning/end of")
    day_part: DayPart | None = Field(default=None, description="morning, afternoon, evening, night")
    clock: str | None = Field(default=None, description="a time of day, '22:00'")
    tense: ClauseTense | None = Field(default=None, description="of the clause around it; None: no marker")
    sets_scene: bool = Field(default=False, description="'In 1995, ...' opening its sentence: the story's year")
    ends_range: bool = Field(default=False, description="after a range word from the mention before it")
    listed: bool = Field(default=False, description="after 'and', 'or' from the mention before it: in a list")
    within: int | None = Field(default=None, description="-1 'earlier this', +1 'later this'")
    note: str | None = Field(default=None, description="what it dates when not its clause's own event")
    dates: str | None = Field(default=None, description="'following': it dates the words after it")
    aside: bool = Field(default=False, description="'a campaign planned for 1976': a year beside the story")
    orders_story: bool = Field(default=False, description="'was soon divided': orders a past story, names no time")


class DateMeaning(MeaningBase):
    """Calendar fields, any of them missing: no ``year`` is "year unknown"; ``day`` without ``month`` is
    "the 15th", a day of the month the context gives. A ``year`` below 1 is before Christ (480 BC is -480), a
    ``century`` below 0 too (the 5th century BC is -5)."""

    kind: Literal["date"] = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: Literal["SP", "SU", "FA", "WI"] | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    holiday: dict[str, str | int] | None = Field(default=None, description="a holiday's rule from the language data")
    week_of_month: int | None = Field(default=None, description="the first (1) ... last (-1) week of the month")
    weekday: int | None = Field(default=None, description="'Saturday, April 25': the weekday said with the date")
    direction: int | None = Field(default=None, description="-1 last, 0 this, 1 next; None: by tense")
    year_offset: int | None = Field(default=None, description="'December next year': years from the publish year")
    year_shift: int | None = Field(default=None, description="'the year-ago third quarter': years from the told one")
    month_offset: int | None = Field(default=None, description="'the 15th of next month': months from the publish date")
    quarter_of_reference: bool = Field(default=False, description="'the 1988 period': the told quarter, that year")
    year_of_reference: bool = Field(default=False, description="'August of that year': the told time's year")


class WeekdayMeaning(MeaningBase):
    kind: Literal["weekday"] = "weekday"
    weekday: int = Field(ge=1, le=7)
    direction: int | None = Field(default=None, description="-1 last, 0 this, 1 next; None: by tense")
    anchor: Anchor = "published"


class ShiftMeaning(MeaningBase):
    """``amount`` units before (-) or after (+) the anchor; 0 is "this unit"."""

    kind: Literal["shift"] = "shift"
    unit: str
    amount: int
    anchor: Anchor
    counted: bool = Field(default=False, description="a count of units ('three years ago'), not 'last year'")
    quarter: bool = Field(default=False, description="'the year-ago quarter' names the quarter")
    from_day: int | None = Field(default=None, description="'a week from tomorrow': the day counted from")
    duration_if_past: str | None = Field(default=None, description="'in five years': a span in a past clause")
    current: bool = Field(default=False, description="'this weekend': the one under way or coming")


class ReferenceMeaning(MeaningBase):
    kind: Literal["reference"] = "reference"
    value: Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]
    duration_if_past: str | None = None


class DurationMeaning(MeaningBase):
    kind: Literal["duration"] = "duration"
    value: str = Field(description="a TIMEX3 duration (P3Y, PXM, PT2H)")


class SetMeaning(MeaningBase):
    kind: Literal["set"] = "set"
    value: str = Field(description="a TIMEX3 set value (P1Y, XXXX-WXX-4)")


class AnniversaryMeaning(MeaningBase):
    kind: Literal["anniversary"] = "anniversary"
    years: int
    of: str | None = Field(default=None, description="the words naming the event, when the text gives them")
    sentence_start: int = 0
    sentence_end: int = 0


class EndedDay(Frozen):
    month: int
    day: int
    year: int | None = None


class QuarterRefMeaning(MeaningBase):
    """'the quarter', 'the latest period': the quarter the text is talking about."""

    kind: Literal["quarter_ref"] = "quarter_ref"
    period: bool = Field(default=False, description="said 'the period': a quarter only once the text told one")
    ended: EndedDay | None = Field(default=None, description="'(the quarter) ended Sept. 30'")


class ReferenceTimeMeaning(MeaningBase):
    """'until then': the time the text last named."""

    kind: Literal["reference_time"] = "reference_time"


Meaning = Annotated[
    DateMeaning
    | WeekdayMeaning
    | ShiftMeaning
    | ReferenceMeaning
    | DurationMeaning
    | SetMeaning
    | AnniversaryMeaning
    | QuarterRefMeaning
    | ReferenceTimeMeaning,
    Field(discriminator="kind"),
]


class Mention(Frozen):
    """A temporal expression found in a text; ``value`` is filled in by resolution.

    ``meaning`` is the recognizer's underspecified reading (see timeline.temporal); resolution
    turns it into ``value`` using the publish date or the discourse's reference time, and names
    that anchor in ``anchor``. When it cannot, ``value`` stays None and ``reason`` says why.
    """

    start: int = Field(description="offset of the first character in the text")
    end: int = Field(description="offset after the last character")
    text: str
    type: TimexType
    meaning: Meaning | None = Field(default=None, description="underspecified meaning before anchoring")
    value: TimeValue | None = None
    anchor: str | None = Field(default=None, description="what it was anchored to, e.g. 'published 2025-02-26'")
    reason: str | None = Field(default=None, description="why it could not be anchored")
    future: bool = Field(default=False, description="the clause speaks of the future (will, is set to, plans to)")


# ---------------------------------------------------------------- facts, events, timeline


EventStatus = Literal["occurred", "planned"]


class Source(Frozen):
    """Where one article tells of an event."""

    article: str = Field(description="id of the article")
    quote: str = Field(description="the sentence it came from")
    expression: str = Field(description="the temporal expression that dates it")
    start: int = Field(description="offset of the expression in the article's cleaned text")
    end: int = Field(description="offset after the expression's last character")
    anchor: str | None = Field(default=None, description="what the expression was anchored to")
    text: str | None = Field(default=None, description="the clause the expression dates, in this source's words")
    date: TimeValue | None = Field(default=None, description="the date this source gives (the event keeps the finest)")


class Fact(Frozen):
    """One dated statement of one article."""

    date: TimeValue
    text: str = Field(description="the clause the expression dates, in the source's words")
    status: EventStatus = "occurred"
    source: Source


class ConflictKind(StrEnum):
    """How sources disagree on a happening's date; the value is the words the renderers show."""

    DATES_DIFFER = "dates differ"  # the event's sources give incompatible dates
    CONTRADICTS_CORPUS = "contradicts the corpus"  # a source dates elsewhere what the others date here


class UndatedKind(StrEnum):
    """Why a statement dates nothing, as a kind renderers can group by (the reason says it in words)."""

    NOT_ANCHORED = "not anchored"  # no publish date or reference time to count from, or unreadable
    DURATION = "duration"  # "for three years": a length of time, not a point
    REPEATED = "repeated"  # "every year": a set of times
    VAGUE = "vague"  # "recently", "now": summarized per article by the renderers


class Claim(Frozen):
    """One side of a disagreement: a date and the articles that give it."""

    date: TimeValue = Field(description="the date these sources give")
    articles: list[str] = Field(min_length=1, description="ids of the articles that give it")
    quote: str = Field(description="how one of them says it")


class Conflict(Frozen):
    """Sources that date one happening differently: every claim with its sources."""

    kind: ConflictKind = Field(
        description="dates differ: the event's sources give incompatible dates; contradicts the corpus: "
        "a source dates elsewhere a happening the other sources date here"
    )
    claims: list[Claim] = Field(min_length=2, description="each date given, with the articles that give it")


class Event(Frozen):
    """One thing that happened (or is planned), with every article that tells of it."""

    id: str = Field(description="stable across runs: derived from the date and the text")
    date: TimeValue = Field(description="when it happened, as precisely as the sources say")
    text: str = Field(description="what happened, in the source's words")
    status: EventStatus = Field(default="occurred", description="occurred, or planned (told in the future tense)")
    sources: list[Source] = Field(min_length=1, description="every article that tells of it")
    notes: list[str] = Field(default_factory=list, description="how the sources were reconciled (a finer date kept)")
    salience: float = Field(
        default=0.0, description="higher = more central to the corpus (timeline/rank.py); --top N keeps the N most"
    )
    conflicts: list[Conflict] = Field(default_factory=list, description="where sources disagree on when it happened")


class Unanchored(Frozen):
    """A temporal expression that could not be placed on the calendar, and why."""

    article: str = Field(description="id of the article")
    quote: str = Field(description="the sentence it is in")
    expression: str = Field(description="the temporal expression, as written")
    start: int | None = Field(default=None, description="offset of the expression in the article's cleaned text")
    end: int | None = Field(default=None, description="offset after the expression's last character")
    reason: str = Field(description="why it could not be placed on the calendar, e.g. no publish date")
    kind: UndatedKind = Field(
        default=UndatedKind.NOT_ANCHORED,
        description="not anchored, duration, repeated or vague (recently, now): what the reason is about",
    )


class Timeline(Frozen):
    """The output of ``timeline build``: articles, sorted events, and what could not be dated."""

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="version of this format")
    title: str | None = Field(default=None, description="heading shown above the timeline")
    articles: list[ArticleInfo] = Field(default_factory=list, description="every article read")
    events: list[Event] = Field(default_factory=list, description="sorted by earliest, latest, id")
    unanchored: list[Unanchored] = Field(default_factory=list, description="what could not be dated, and why")
    inputs: list[InputRecord] = Field(default_factory=list, description="every input path and what became of it")


class ArticleResult(Frozen):
    """What the per-article stages make of one article, before anything the rest of the corpus may add.

    ``questions`` name the events the article counts dates from (anniversaries' and offsets' objects,
    "the invasion of Ukraine"); an article with questions is looked at again once the corpus is read.
    """

    article: ArticleInfo
    facts: list[Fact] = Field(default_factory=list)
    unanchored: list[Unanchored] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    failure: str | None = Field(default=None, description="why a bug stopped this article (it then adds nothing)")


# ---------------------------------------------------------------- hand-curated events files


class CitedArticle(Frozen):
    """An article a curator cites, with as much as they know of it."""

    title: str | None = Field(default=None, description="headline of the article")
    outlet: str | None = Field(default=None, description="publication or site name")
    url: str | None = Field(default=None, description="address of the article; only http(s) URLs become links")
    published: dt.date | None = Field(default=None, description="publish date (YYYY-MM-DD), if known")
    quote: str | None = Field(default=None, description="the sentence of the article that tells of the event")


class CuratedEvent(Frozen):
    """One event of a hand-curated timeline, as a static-site author writes it."""

    id: str | None = Field(default=None, description="stable id; derived from the date and text when absent")
    date: TimeValue | dt.date = Field(
        description="when it happened, at the precision known; a plain YYYY-MM-DD is that day"
    )
    text: str = Field(description="what happened")
    status: EventStatus = Field(default="occurred", description="occurred, or planned for events still to come")
    sources: list[CitedArticle] = Field(min_length=1, description="the articles that tell of it (at least one)")


class EventsFile(Frozen):
    """A hand-curated list of events (JSON or YAML), e.g. kept in a static site's data folder."""

    title: str | None = Field(default=None, description="heading shown above the timeline")
    events: list[CuratedEvent] = Field(description="the events, in any order; they are shown sorted by date")


# ---------------------------------------------------------------- TimelineJS3 output


class TimelineJSDate(Frozen):
    """A TimelineJS3 date object: only the fields the event's precision knows."""

    year: int = Field(description="the year; every TimelineJS date has one")
    month: int | None = Field(default=None, ge=1, le=12, description="month, when known")
    day: int | None = Field(default=None, ge=1, le=31, description="day of the month, when known")


class TimelineJSText(Frozen):
    """A slide's text: TimelineJS renders both as HTML, so they hold escaped text only."""

    headline: str = Field(description="the slide's title (escaped HTML)")
    text: str = Field(description="the slide's body (escaped HTML)")


class TimelineJSTitle(Frozen):
    """The title slide."""

    text: TimelineJSText = Field(description="the timeline's title and a summary of what it holds")


class TimelineJSSlide(Frozen):
    """One event as a TimelineJS3 slide."""

    start_date: TimelineJSDate = Field(description="the first day the event may cover, to its precision")
    end_date: TimelineJSDate | None = Field(default=None, description="only when later than the start")
    text: TimelineJSText = Field(description="the event's first words as headline; its text and sources as body")
    display_date: str = Field(description="the date as the timeline shows it, with its precision")
    group: str = Field(description="slides of one group share a row: occurred or planned")
    unique_id: str = Field(description="stable id, the event's anchor in the other formats")


class TimelineJSDocument(Frozen):
    """What ``timeline build --format timelinejs`` writes: a TimelineJS3 JSON document."""

    title: TimelineJSTitle = Field(description="the title slide")
    events: list[TimelineJSSlide] = Field(description="one slide per event with calendar bounds, sorted by date")
