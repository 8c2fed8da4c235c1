"""The shape of a language's data files, checked when they are loaded.

Every key is required and no other is allowed, so a missing or misspelt key is an error at load
time, naming the file, rather than a rule that silently never fires. The values are plain lists and
mappings; ``timeline.temporal.lexicon`` and ``timeline.lexicon`` turn them into lookup tables.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


WordList = list[str]


class Holiday(Strict):
    """A holiday's rule: a fixed ``month``/``day``, the ``nth`` ``weekday`` of a month (-1 the last,
    counted from ``from_day``), ``easter`` (days from Easter Sunday), or a ``country``'s calendar in the
    ``holidays`` package (lunar and lunisolar feasts: Eid al-Adha, Holi, Lunar New Year) under the package's
    English ``calendar_name``; ``names`` as written."""

    names: WordList = Field(min_length=1)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=1, le=7)
    nth: int | None = None
    from_day: int | None = None
    easter: int | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166 code of its calendar")
    calendar_name: str | None = Field(default=None, description="its English name in the holidays package")


class GoverningPast(Strict):
    """A regular past form ("issued") right before a date is the verb the date belongs to."""

    suffix: str
    not_after: str
    prepositions: WordList


class DeicticUnit(Strict):
    """A word that is a unit counted from the publish date: "heuer" (this year), "Vorjahr" (last year)."""

    unit: str
    amount: int


class WordSets(Strict):
    """Named word lists the grammar compares tokens against, one per grammatical role."""

    lead_words: WordList
    range_connectors: WordList
    verb_cues: WordList
    scene_prepositions: WordList
    definite_determiners: WordList
    deadline_ahead_prepositions: WordList
    age_possessives: WordList
    superlative_words: WordList
    superlative_suffixes: WordList
    superlative_determiners: WordList
    day_of_words: WordList
    someday_cues: WordList
    prospective_participles: WordList
    month_cues: WordList
    spoken_time_prepositions: WordList
    short_date_cues: WordList
    timezones: WordList
    amount_words: WordList
    age_words: WordList
    period_end_words: WordList
    event_phrase_stops: WordList
    season_cues: WordList
    decade_cues: WordList
    opening_words: WordList
    ahead_prepositions: WordList
    count_unit_modifiers: WordList
    then_prepositions: WordList
    comparison_words: WordList
    bare_unit_preceders: WordList
    phrase_end_words: WordList
    day_of_month_followers: WordList
    clause_conjunctions: WordList = Field(
        default=[], description="', and the facade will': after a comma, a new clause"
    )
    label_nouns: WordList = Field(
        default=[], description="'page 1999', 'Resolution 1483': a number that labels, no year"
    )
    title_nouns: WordList = Field(default=[], description="'the film 1917': a number that names a work, no year")
    awaiting_words: WordList = Field(default=[], description="'until a hearing on Friday': what a clause waits for")
    perfect_negations: WordList = Field(
        default=[], description="'haven't run in 16 days': a negated perfect's words, as tokens ('haven' of haven't)"
    )
    season_nouns: WordList = Field(
        default=[], description="'a summer offensive': nouns a season word before them dates (a season's event)"
    )
    suggestion_words: WordList = Field(
        default=[], description="'how about Friday': a suggestion, where 'about' approximates nothing"
    )
    article_day_words: WordList = Field(
        default=[], description="'la veille': a day word only after its article ('en veille' is standby)"
    )
    counted_nouns: WordList = Field(default=[], description="'2000 people': plurals without a plural ending")
    quantity_cues: WordList = Field(
        default=[], description="'won by 2008 votes': one or two words before a number that counts a noun, no year"
    )
    plural_endings: WordList = Field(default=[], description="'1500 officers': a noun so ending is counted")
    verbs_with_plural_endings: WordList = Field(default=[], description="'and 1999 was worse': verbs, no plurals")
    street_words: WordList = Field(default=[], description="'1600 Pennsylvania Avenue': a house number, no year")
    title_quotes: WordList = Field(default=[], description='quote marks around a title: a quoted "1917" is a name')
    generic_present_nouns: WordList = Field(default=[], description="'today's world': the present age, no day")
    greeting_words: WordList = Field(default=[], description="'Merry Christmas': a greeting, not another calendar")
    lower_case_month_verbs: WordList = Field(default=[], description="may, march: lower case, a month only with a date")
    aside_year_prepositions: WordList = Field(default=[], description="'until 1976': a year beside a history's story")

    definite_articles: WordList
    demonstratives: WordList
    of_words: WordList
    and_words: WordList
    or_words: WordList
    conjunctions: WordList
    couple_words: WordList
    plural_units: WordList
    number_signs: WordList
    whole_short_months: WordList
    ambiguous_months: WordList
    clock_prepositions: WordList
    mid_words: WordList
    end_words: WordList
    parts_after_article: WordList
    period_words: WordList
    possessive_marks: WordList
    possessive_endings: WordList
    count_range_words: WordList
    times_words: WordList
    clock_day_followers: WordList
    plural_day_parts: WordList
    reference_day_words: WordList
    on_words: WordList
    anaphoric_after_article: WordList
    this_words: WordList
    this_modifiers: WordList
    day_part_shifters: WordList
    latest_words: WordList
    past_words: WordList
    half_words: WordList
    from_words: WordList
    now_words: WordList
    article_words: WordList
    span_end_words: WordList
    same_words: WordList
    whole_year_words: WordList
    then_words: WordList
    moment_words: WordList
    anniversary_words: WordList
    soon_words: WordList
    soon_blockers: WordList
    adjective_determiners: WordList
    rate_words: WordList
    alternate_words: WordList
    vague_circle_words: WordList
    passive_auxiliaries: WordList
    infinitive_markers: WordList
    title_abbreviations: WordList
    clock_suffix_words: WordList
    decade_suffixes: WordList
    ambiguous_clock_suffixes: WordList  # also a unit ("drie uur"): a clock only after "om" or with minutes
    timed_day_words: WordList  # a day and its part in one word: tonight, overnight (the night before)
    bare_hour_prepositions: WordList  # after these a bare hour is a time: "um 10"
    day_part_prepositions: WordList  # after these a part of the day alone is that part of the text's day: "am Abend"
    adjective_set_words: WordList  # set words that are also adjectives ("daily volume"): a set only alone
    present_day_neighbours: WordList  # next to these a generic day word is the present at large: "noch heute"
    age_prepositions: WordList  # before a count of years it is an age: "mit 16 Jahren"
    range_fillers: WordList  # may stand in a range of days besides its connectors: vom 5. bis "zum" 9. Juni
    common_words: WordList  # the commonest words of running text, that tell the language (tag's default)
    verb_shifters: WordList
    quarter_shifters: WordList
    day_number_nouns: WordList = Field(default_factory=list)  # "(el) día 8": the noun before a day of the month
    decade_nouns: WordList = Field(default_factory=list)  # "(los) años 30", "(la) década de los noventa": a decade
    # references that are nouns ("el futuro"): after a possessive or before an of-word they are someone's prospects,
    # no time ("su futuro", "el futuro de las pensiones")
    reference_nouns: WordList = Field(default_factory=list)
    possessive_determiners: WordList = Field(default_factory=list)  # su, sus, son, sa, seu: whose the noun is
    elision_marks: WordList = Field(default_factory=list)  # the apostrophe of an elided article: l'année, dell'anno


class Eras(Strict):
    """Era markers as written, each with its sign (-1 before Christ, 1 after)."""

    after_number: dict[str, Literal[-1, 1]] = Field(default={}, description="480 BC, 70 AD")
    before_number: dict[str, Literal[-1, 1]] = Field(default={}, description="AD 70")


class TemporalData(Strict):
    """``temporal.json``: the words of the temporal grammar."""

    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_plurals: dict[str, int]
    abbreviations_need_period: WordList
    seasons: dict[str, Literal["SP", "SU", "FA", "WI"]]
    units: dict[str, str]
    numbers: dict[str, int]
    multipliers: dict[str, int]
    vague_numbers: WordList
    article_one: WordList
    ordinals: dict[str, int]
    ordinal_suffixes: WordList
    decade_words: dict[str, int]
    eras: Eras = Field(default_factory=Eras)
    day_words: dict[str, int]
    generic_day_words: dict[str, str]
    day_parts: dict[str, Literal["MO", "AF", "EV", "NI"]]
    clock_words: dict[str, int]
    clock_fractions: dict[str, int]
    clock_sides: dict[str, int]
    meridians: dict[str, int]
    local_time: dict[str, bool]
    reference_year_phrases: dict[str, bool] = Field(
        default={}, description="'(August) of that year': the told time's year"
    )
    references: dict[str, Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]]
    reference_phrases: dict[str, Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]]
    vague_spans: dict[str, str]
    plural_references: dict[str, Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]]
    shifters: dict[str, int]
    deictic_year_shifters: dict[str, int]
    anaphoric_shifters: WordList
    ago_words: dict[str, int]
    relative_words: dict[str, int]
    parts: dict[str, Literal["START", "MID", "END"]]
    within_words: dict[str, Literal["START", "END"]]
    approximators: dict[str, str]
    set_words: dict[str, str]
    set_quantifiers: WordList
    frequency_words: WordList
    fiscal: WordList
    year_ago_words: WordList
    future_markers: WordList
    past_markers: WordList
    vague_plural_units: dict[str, WordList]
    governing_past: GoverningPast | None  # None: the language has no regular past form to look for
    deadline_prepositions: WordList
    word_sets: WordSets
    holidays: dict[str, Holiday]
    day_sides: dict[str, int]  # "the day before/after (tomorrow)": -1 before, 1 after
    clock_suffixes: dict[str, bool]  # after an hour: "o'clock", "Uhr"
    approximate_tails: dict[str, bool]  # after a count of units: "or so"
    anniversary_phrases: dict[str, bool]  # after a count of years: "to the day"
    someday_phrases: dict[str, Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]]  # "(will) one day"
    minute_separators: WordList  # between hour and minutes: ":" (and "." where a clock word follows)
    capitalised_months: bool  # month names are capitalised (English, German): "may" is no month
    capitalised_nouns: bool  # every noun is capitalised (German): a capital is no sign of a name
    # adjectives follow their noun (Romance: "un índice diario"), so a word after an adjective set word does not
    # make it attributive; only a determiner before it makes it the noun ("el diario": the newspaper)
    adjectives_after_nouns: bool = False
    duration_words: dict[str, str]  # one word that is a span of a length the words leave open: "jahrelang"
    date_markers: dict[str, Literal["year", "month", "day"]]  # after a number: 2025年2月24日, 2025년 2월 24일
    part_phrases: dict[str, Literal["START", "MID", "END"]]  # several words: "a principios de", "à la fin de"
    ago_prepositions: dict[str, int]  # before a count: "vor (drei Jahren)", "il y a", "hace": -1
    deictic_units: dict[str, DeicticUnit]  # one-word units counted from the publish date
    calendar_names: Literal["dateparser"] | None  # month and weekday names also from dateparser's data (CLDR)
    # endings of the future tense where it is one word ("se réunira", "votará", "si terranno"): a future marker
    future_endings: WordList = Field(default_factory=list)
    # endings of a one-word past tense ("llegaron", "anunció", "chegaram"): a past marker, as future_endings are
    past_endings: WordList = Field(default_factory=list)
    # after what they shift: "la semaine dernière", "el lunes pasado", "mai dernier" (-1 before, 1 after)
    postposed_shifters: dict[str, int] = Field(default_factory=dict)


class ClauseData(Strict):
    """``clauses.json``: the words facts and merging cut sentences and compare clauses with."""

    abbreviations: WordList  # a full stop after these does not end a sentence ("Mr. Putin", "Feb. 24")
    ordinal_points: bool  # a point after a day's number makes it an ordinal ("am 3. März"), no sentence end
    clause_breaks: WordList  # punctuation that closes a clause inside a sentence
    leading_conjunctions: WordList  # a clause cut from a sentence does not start with these
    relative_directions: dict[str, int]  # "<duration> after X": X came that long before (-1)
    # a preposition and an article in one word, standing for the article after a direction ("depois da invasão",
    # "prima della visita"); an elided article ("avant l'invasion") is told by its apostrophe
    contracted_articles: WordList = Field(default_factory=list)
    stop_words: WordList  # words that tell nothing about which event a clause describes
    possessive_suffixes: WordList = Field(default_factory=list)  # "Russia's": the name without it ("'s")
    event_words: WordList  # words naming what kind of event a clause tells
    event_offset_days: dict[str, int]  # a vague offset before/after an event: the window's width in days
    event_offset_hedges: WordList  # may precede a vague plural offset ("a few weeks")
    event_offset_numbers: dict[str, int]  # number words of a counted offset ("two weeks")
    event_offset_units: dict[str, str]  # unit words of a counted offset, as TIMEX3 unit letters
    event_phrase_ends: WordList  # words that end an event's noun phrase
    clause_verbs: WordList  # a clause starting with one of these lacks its subject
    clause_verb_adverbs: WordList  # before the verb, these do not end its clause
    # "ties … today are at a high": "today" before these present-tense verbs, inside its clause, means nowadays
    present_state_verbs: WordList = Field(default_factory=list)
    # why a statement dates nothing, by UndatedKind value, plus "not an event" ({kind}, {value}), "present" and
    # "event not dated" ({event}); the output speaks the default language, whose words are used
    undated_reasons: dict[str, str] = Field(default_factory=dict)
    occurrence_determiners: WordList  # "the second call": the determiner that makes an ordinal a count
    occurrence_noun_skips: WordList  # between the ordinal and its noun ("the first such visit")
    occurrence_rankings: WordList  # an ordinal before these ranks ("the second-largest")
    occurrence_noun_ends: WordList  # with event_phrase_ends: these end the noun after the ordinal
    occurrence_copulas: WordList  # "The call was the second ...": the verb before the ordinal
    occurrence_span_prepositions: WordList  # "the second call in (a month)": before the span the count covers
    occurrence_since_prepositions: WordList  # "the first visit since (2019)": before the previous one's date
