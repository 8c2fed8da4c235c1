"""Fact extraction: the clause each date dates, its status, and nothing lost."""

from __future__ import annotations

import datetime as dt

from timeline_factories import article, day, mention_of, span, year

from timeline.facts import MAX_SENTENCE_CHARS, extract_facts, sentences
from timeline.models import Article, Fact, Granularity, Published, TimeValue, TimexType, Unanchored, UndatedKind
from timeline.temporal import tag

INVASION_AND_CALL = (
    "Three years to the day Russia invaded Ukraine in 2022, on Feb 24, Mr Putin, in a phone call to his "
    "Chinese counterpart, gave an update on Russia's recent engagements with the US."
)


def sentence_texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_sentences_do_not_end_at_titles_initials_or_month_abbreviations() -> None:
    text = 'Mr. Putin met Sergei V. Lavrov on Feb. 24 in Moscow. "It went well," he said! Then: nothing?\nNew line'
    assert sentence_texts(text) == [
        "Mr. Putin met Sergei V. Lavrov on Feb. 24 in Moscow.",
        '"It went well," he said!',
        "Then: nothing?",
        "New line",
    ]


def test_sentence_goes_on_after_a_full_stop_followed_by_lower_case() -> None:
    assert sentence_texts("The U.S. envoy spoke at 5 p.m. yesterday. Done.") == [
        "The U.S. envoy spoke at 5 p.m. yesterday.",
        "Done.",
    ]


def test_a_sentence_with_two_dates_yields_two_facts_with_their_own_clauses() -> None:
    text = "Intro line.\n" + INVASION_AND_CALL
    mentions = [mention_of(text, "in 2022", year(2022)), mention_of(text, "on Feb 24", day("2025-02-24"))]
    facts, unanchored = extract_facts(article(text), mentions)
    assert unanchored == []
    assert [(f.date.value, f.text) for f in facts] == [
        ("2022", "Three years to the day Russia invaded Ukraine in 2022"),
        (
            "2025-02-24",
            "on Feb 24, Mr Putin, in a phone call to his Chinese counterpart, gave an update on Russia's "
            "recent engagements with the US.",
        ),
    ]
    assert {f.source.quote for f in facts} == {INVASION_AND_CALL}


def test_source_offsets_point_at_the_expression_in_the_text() -> None:
    text = "Intro line.\n" + INVASION_AND_CALL
    facts, _ = extract_facts(article(text), [mention_of(text, "on Feb 24", day("2025-02-24"))])
    (source,) = [f.source for f in facts]
    assert text[source.start : source.end] == "on Feb 24" == source.expression
    assert source.article == "a1"
    assert source.anchor == "absolute"


def test_a_single_date_dates_its_whole_sentence() -> None:
    text = "First sentence here. The Kremlin, in a statement, said the call on Monday was warm. Last one."
    facts, _ = extract_facts(article(text), [mention_of(text, "on Monday", day("2025-02-24"))])
    assert [f.text for f in facts] == ["The Kremlin, in a statement, said the call on Monday was warm."]


def test_a_clause_takes_in_the_next_when_it_is_little_more_than_its_date() -> None:
    text = "Unlike 53 years ago, ties between China and Russia today are at a high."
    mentions = [mention_of(text, "53 years ago", year(1972)), mention_of(text, "today", day("2025-02-24"))]
    facts, _ = extract_facts(article(text), mentions)
    assert [f.text for f in facts] == [
        "Unlike 53 years ago, ties between China and Russia today are at a high.",
        "ties between China and Russia today are at a high.",
    ]


PESKOV = (
    "“The president last week spoke about his desire to inform partners,” the Kremlin’s spokesman, "
    "Dmitri S. Peskov, said in a call with reporters on Monday."
)


def test_a_verb_after_a_quotation_dates_the_quotation_it_introduces() -> None:
    """Seed 001: "... Dmitri S. Peskov, said in a call with reporters on Monday." is not split from what he said."""
    mentions = [mention_of(PESKOV, "last week", day("2025-02-17")), mention_of(PESKOV, "on Monday", day("2025-02-24"))]
    facts, _ = extract_facts(article(PESKOV), mentions)
    assert [f.text for f in facts][1] == PESKOV
    assert facts[1].source.quote == PESKOV


def test_a_clause_that_starts_with_a_verb_takes_its_subject_from_the_clause_before() -> None:
    text = "The talks began in 2024, and Mr. Lavrov, said on Monday that they went well."
    mentions = [mention_of(text, "2024", year(2024)), mention_of(text, "on Monday", day("2025-02-24"))]
    facts, _ = extract_facts(article(text), mentions)
    assert facts[1].text == "Mr. Lavrov said on Monday that they went well."


def test_a_verb_led_clause_after_a_long_clause_keeps_its_own_words() -> None:
    text = "Xi and Putin spoke by phone last week about their partnership, said the ministry on Monday."
    mentions = [mention_of(text, "last week", day("2025-02-17")), mention_of(text, "on Monday", day("2025-02-24"))]
    facts, _ = extract_facts(article(text), mentions)
    assert [f.text for f in facts][1] == "said the ministry on Monday."


def test_a_comma_inside_a_number_does_not_cut_a_clause() -> None:
    text = "In 2020, 1,500 troops arrived, and in 2021 they left."
    mentions = [mention_of(text, "2020", year(2020)), mention_of(text, "2021", year(2021))]
    facts, _ = extract_facts(article(text), mentions)
    assert [f.text for f in facts] == ["In 2020, 1,500 troops arrived", "in 2021 they left."]


def test_a_future_clause_is_planned_a_past_one_occurred() -> None:
    text = "Mr. Xi is set to visit Moscow in May. He met Mr. Putin in March."
    mentions = [
        mention_of(text, "in May", day("2025-05-01"), future=True),
        mention_of(text, "in March", day("2025-03-01")),
    ]
    facts, _ = extract_facts(article(text), mentions)
    assert [(f.status, f.text) for f in facts] == [
        ("planned", "Mr. Xi is set to visit Moscow in May."),
        ("occurred", "He met Mr. Putin in March."),
    ]


def test_a_future_clause_dated_before_publication_is_not_planned() -> None:
    text = "How much China knew three years ago remains unclear, and Xi will visit Moscow in May."
    mentions = [
        mention_of(text, "three years ago", year(2022), future=True),
        mention_of(text, "in May", span("2025-05", "2025-05-01", "2025-05-31", Granularity.MONTH), future=True),
    ]
    published = Published(date=dt.date(2025, 2, 24))
    facts, _ = extract_facts(Article(id="a", text=text, published=published), mentions)
    assert [(f.date.value, f.status) for f in facts] == [("2022", "occurred"), ("2025-05", "planned")]


def test_a_date_after_publication_is_planned_even_without_a_future_verb() -> None:
    """A forecast is not news of something that happened: nothing is reported before it happens."""
    text = "He could appear in court for arraignment as early as tomorrow. He was arrested yesterday."
    mentions = [
        mention_of(text, "tomorrow", day("2003-02-05"), anchor="published 2003-02-04"),
        mention_of(text, "yesterday", day("2003-02-03"), anchor="published 2003-02-04"),
    ]
    published = Published(date=dt.date(2003, 2, 4))
    facts, _ = extract_facts(Article(id="a", text=text, published=published), mentions)
    assert [(f.date.value, f.status) for f in facts] == [("2003-02-05", "planned"), ("2003-02-03", "occurred")]


def test_unanchorable_and_undated_expressions_are_reported_with_the_reason() -> None:
    text = "He spoke on Tuesday. The war has lasted three years. Talks happen every year. It is over now."
    mentions = [
        mention_of(text, "on Tuesday", None, reason="no publish date"),
        mention_of(text, "three years", TimeValue(value="P3Y", type=TimexType.DURATION), type=TimexType.DURATION),
        mention_of(text, "every year", TimeValue(value="P1Y", type=TimexType.SET), type=TimexType.SET),
        mention_of(text, "now", TimeValue(value="PRESENT_REF")),
    ]
    facts, unanchored = extract_facts(article(text), mentions)
    assert facts == []
    assert [(u.expression, u.kind, u.reason) for u in unanchored] == [
        ("on Tuesday", UndatedKind.NOT_ANCHORED, "no publish date"),
        ("three years", UndatedKind.DURATION, "a duration, not a point in time (P3Y)"),
        ("every year", UndatedKind.REPEATED, "a repeated time, not a point in time (P1Y)"),
        ("now", UndatedKind.VAGUE, "a vague time reference, not a point in time (PRESENT_REF)"),
    ]
    assert unanchored[0].quote == "He spoke on Tuesday."
    assert (unanchored[0].start, unanchored[0].end) == (9, 19)


def test_every_mention_is_either_a_fact_or_unanchored() -> None:
    text = "Alpha on Monday. Beta. Gamma in 2022 and on Tuesday.\n\nDelta for two weeks"
    mentions = [
        mention_of(text, "on Monday", day("2025-02-24")),
        mention_of(text, "in 2022", year(2022)),
        mention_of(text, "on Tuesday", None, reason="no publish date"),
        mention_of(text, "two weeks", TimeValue(value="P2W", type=TimexType.DURATION), type=TimexType.DURATION),
    ]
    facts, unanchored = extract_facts(article(text), mentions)
    found = sorted([(f.source.start, f.source.end) for f in facts] + [(u.start, u.end) for u in unanchored])
    assert found == sorted((m.start, m.end) for m in mentions)


def test_no_sentence_punctuation_at_all_still_places_every_mention() -> None:
    text = "   on Monday   "
    facts, unanchored = extract_facts(article(text), [mention_of(text, "on Monday", day("2025-02-24"))])
    assert [f.text for f in facts] == ["on Monday"]
    assert unanchored == []


def test_a_run_without_sentence_ends_is_cut_at_spaces_so_quotes_stay_bounded() -> None:
    text = "Talks on May 5 went on and on " * 200
    spans = sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in spans)
    assert all(text[s.start] != " " and text[s.end - 1] != " " for s in spans)
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


def _tagged_facts(text: str, published: str) -> tuple[list[Fact], list[Unanchored]]:
    """The facts of ``text`` as `timeline build` finds them: the real tagger, then fact extraction."""
    date = dt.date.fromisoformat(published)
    story = Article(id="a1", text=text, published=Published(date=date))
    return extract_facts(story, tag(text, date, language="en"))


def test_an_anniversary_to_the_day_dates_the_happening_told_after_it() -> None:
    facts, _ = _tagged_facts(INVASION_AND_CALL, "2025-02-26")
    assert ("2022-02-24", "Russia invaded Ukraine in 2022") in [(f.date.value, f.text) for f in facts]


PESKOV_GOES_ON = (
    "“The president last week spoke about his desire to inform a series of government partners about the "
    "contacts with the Americans,” the Kremlin’s spokesman, Dmitri S. Peskov, said in a call with reporters "
    "on Monday. “In line with those intentions, that process started today.”"
)


def test_a_date_inside_an_attributed_quotation_dates_the_words_and_their_speaker() -> None:
    facts, _ = _tagged_facts(PESKOV_GOES_ON, "2025-02-24")
    (last_week,) = [f for f in facts if f.source.expression == "last week"]
    assert last_week.text == PESKOV_GOES_ON[: PESKOV_GOES_ON.index(" “In line")]


def test_a_quotation_that_goes_on_in_the_next_sentence_is_led_by_its_speaker() -> None:
    facts, _ = _tagged_facts(PESKOV_GOES_ON, "2025-02-24")
    (today,) = [f for f in facts if f.source.expression == "today"]
    assert today.date.value == "2025-02-24"
    assert today.text == (
        "the Kremlin’s spokesman, Dmitri S. Peskov, said in a call with reporters on Monday: "
        "“In line with those intentions, that process started today.”"
    )


def test_today_meaning_nowadays_dates_nothing_but_today_as_a_day_does() -> None:
    text = (
        "Unlike 53 years ago, ties between China and Russia today are at a high, with few prospects for change. "
        "Mr Xi is today visiting Moscow. Today is the deadline for the bids."
    )
    facts, unanchored = _tagged_facts(text, "2025-02-24")
    assert sorted(f.text for f in facts if f.date.value == "2025-02-24") == [
        "Mr Xi is today visiting Moscow.",
        "Today is the deadline for the bids.",
    ]
    (nowadays,) = [u for u in unanchored if u.expression == "today"]
    assert nowadays.kind == UndatedKind.VAGUE
    assert "nowadays" in nowadays.reason


def test_the_two_ends_of_a_range_date_one_statement_over_the_whole_range() -> None:
    facts, _ = _tagged_facts("From 2004 to 2006 he taught in St. Petersburg. He left in 2007.", "2025-03-12")
    assert [(f.date.value, f.date.earliest, f.date.latest, f.source.expression) for f in facts] == [
        ("2004/2006", dt.date(2004, 1, 1), dt.date(2006, 12, 31), "2004 to 2006"),
        ("2007", dt.date(2007, 1, 1), dt.date(2007, 12, 31), "2007"),
    ]


def test_a_german_range_is_one_statement_too() -> None:
    text = "Von 2004 bis 2006 forschte und lehrte er in St. Petersburg."
    date = dt.date(2025, 11, 6)
    story = Article(id="a1", text=text, published=Published(date=date), language="de")
    facts, _ = extract_facts(story, tag(text, date, language="de"))
    assert [f.date.value for f in facts] == ["2004/2006"]


def test_the_dates_of_one_dense_clause_share_one_clause_string() -> None:
    """A run of numbers with no clause break is one clause of up to MAX_SENTENCE_CHARS for every date in it:
    the facts hold that clause once, not a copy each (5 MB of such text held gigabytes)."""
    text = "2025 12 31 1999 0 44 " * 40
    first = mention_of(text, "2025", year(2025))
    mentions = [first.model_copy(update={"start": n * 21, "end": n * 21 + 4}) for n in range(40)]
    facts, _ = extract_facts(article(text), mentions)
    assert len(facts) == 40
    assert len({id(f.text) for f in facts}) == 1
    assert all(f.source.text is f.text for f in facts)
