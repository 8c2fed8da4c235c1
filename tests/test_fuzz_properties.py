"""Properties over generated input (hypothesis, a small budget): whatever the text and whatever the publish date
from year 1 to 9999 (or none), the engine and the build answer without an exception, with bounds in order,
offsets that point at the words, and no bug caught on the way. benchmarks/fuzz.py runs the same generator
at scale."""

from __future__ import annotations

import datetime as dt
import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz_inputs import date_like_text, publish_date
from timeline.errors import is_internal_error
from timeline.models import Article, Mention, Published
from timeline.pipeline import build_timeline
from timeline.render import FORMATS, render
from timeline.tagging import tag_document
from timeline.temporal import tag
from timeline.validation import problems

BUDGET = settings(max_examples=200, deadline=None, derandomize=True)  # about two seconds per property
BUILD_BUDGET = settings(max_examples=25, deadline=None, derandomize=True)
dates = st.one_of(st.none(), st.dates(min_value=dt.date.min, max_value=dt.date.max))


def assert_sound(text: str, mentions: list[Mention]) -> None:
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert not is_internal_error(mention.reason), mention.reason
        if mention.value is not None and mention.value.earliest and mention.value.latest:
            assert mention.value.earliest <= mention.value.latest


@BUDGET
@given(st.randoms(use_true_random=False))
def test_tag_answers_any_date_like_text(rng: random.Random) -> None:
    text, published = date_like_text(rng), publish_date(rng)
    assert_sound(text, tag(text, published))


@BUDGET
@given(st.text(max_size=200), dates)
def test_tag_answers_any_text(text: str, published: dt.date | None) -> None:
    assert_sound(text, tag(text, published))
    json.dumps(tag_document("id", text, published), ensure_ascii=True)


@BUILD_BUDGET
@given(st.randoms(use_true_random=False))
def test_build_renders_and_validates_any_small_corpus(rng: random.Random) -> None:
    articles = [
        Article(
            id=f"a{number}",
            text="\n\n".join(date_like_text(rng, max_pieces=20) for _ in range(rng.randint(1, 4))),
            published=Published(date=day, method="given" if day else None),
        )
        for number, day in enumerate(publish_date(rng) for _ in range(rng.randint(1, 3)))
    ]
    timeline = build_timeline(articles, [])
    texts = {article.id: article.text for article in articles}
    assert not [record for record in timeline.inputs if is_internal_error(record.reason)]
    assert len({event.id for event in timeline.events}) == len(timeline.events)
    for event in timeline.events:
        assert event.date.earliest <= event.date.latest  # type: ignore[operator]
        for source in event.sources:
            assert texts[source.article][source.start : source.end] == source.expression
    for fmt in FORMATS:
        output = render(timeline, fmt)
        if fmt == "json":
            assert problems(json.loads(output), "timeline") == []
