"""The stages after ingestion: per article (pure, any process may run them), then per corpus.

``analyse`` is the per-article stages in one pure function (tag, anchor, extract facts), so a
process pool or a Dask cluster can run it; ``date_from_corpus`` is the corpus-level stage (publish
dates inferred from other articles, dates counted from events other articles date) for the few
articles that ask the corpus something, given the dated facts the store holds. ``build_timeline``
runs the whole job in memory-bounded form over a temporary store (timeline.run).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from timeline import notices, temporal
from timeline.errors import internal_error_reason
from timeline.event_relative import date_event_offsets, event_offsets
from timeline.facts import Span, extract_facts, sentences
from timeline.infer import DatedFacts, anniversaries, date_anniversaries, infer_published, mark_inferred
from timeline.languages import DEFAULT, codes
from timeline.models import Article, ArticleResult, Fact, InputRecord, Mention, Published, Timeline, Unanchored
from timeline.relative import date_relative_durations


def analyse(article: Article, kind: temporal.Kind = temporal.Kind.AUTO) -> ArticleResult:
    """Tag and anchor one article and extract its facts; what it asks the corpus is named, not answered.

    ``kind`` reads the article as news, as a history, or (auto) as its text tells. A bug costs only
    this article: its result then holds no facts and says why (``failure``).
    """
    try:
        story = _Story.read(article, kind)
        if story.skipped:
            return story.result([])
        story.extract()
        offsets = event_offsets(article.text, story.language)
        questions = [a.of for a in anniversaries(story.mentions)] + [o.event for o in offsets]
        return story.result(questions)
    except Exception as error:  # a bug in one article costs only that article
        return failed(article, error, "dating this article")


def date_from_corpus(article: Article, dated: DatedFacts, kind: temporal.Kind = temporal.Kind.AUTO) -> ArticleResult:
    """The article again, with what the dated facts of other articles tell it.

    An undated article whose anniversary the corpus dates is taken as published on it; anniversaries
    and "weeks before the invasion" are dated from the day other articles give the event.
    """
    try:
        story = _Story.read(article, kind)
        published = infer_published(story.mentions, dated) if article.published.date is None else None
        if published is not None:
            story.anchor(published.date)
            story.mentions = mark_inferred(story.mentions)
            # "cannot be anchored" is no longer true: the run report and renderers say "inferred" instead.
            kept = [warning for warning in story.article.warnings if warning != notices.NO_DATE]
            warnings = [*kept, notices.DATE_INFERRED]
            confirmed = _confirmed(published, story.mentions)
            story.article = story.article.model_copy(update={"published": confirmed, "warnings": warnings})
        story.mentions = date_anniversaries(story.mentions, dated)
        story.mentions = date_event_offsets(
            story.article.text, story.mentions, dated, spans=story.sentences, language=story.language
        )
        story.extract()
        return story.result([])
    except Exception as error:  # a bug in one article costs only that article
        return failed(article, error, "dating this article from the others")


def failed(article: Article, error: Exception, doing: str) -> ArticleResult:
    """The result of an article a bug stopped: nothing from it but the reason, as a warning and a failure."""
    reproducer = f"`timeline build` on the article {article.path or article.id!r}"
    failure = internal_error_reason(error, doing, reproducer)
    info = article.info().model_copy(update={"warnings": [*article.warnings, failure]})
    return ArticleResult(article=info, failure=failure)


def build_timeline(
    articles: Iterable[Article],
    inputs: Iterable[InputRecord],
    *,
    title: str | None = None,
    top: int | None = None,
    kind: temporal.Kind = temporal.Kind.AUTO,
) -> Timeline:
    """The Timeline of articles already read: analysed in this process, through a temporary store, then
    ranked (``top`` keeps the events of the ``top`` most salient dates) and checked for disagreements."""
    from timeline.run import timeline_of_articles  # noqa: PLC0415 - run imports this module

    return timeline_of_articles(articles, inputs, title=title, top=top, kind=kind)


@dataclass
class _Story:
    """One article on its way through the stages: its sentences, mentions and facts so far."""

    article: Article
    sentences: list[Span]
    recognized: list[temporal.Found]
    skipped: bool = False
    kind: temporal.Kind = temporal.Kind.AUTO
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    unanchored: list[Unanchored] = field(default_factory=list)

    @classmethod
    def read(cls, article: Article, kind: temporal.Kind = temporal.Kind.AUTO) -> _Story:
        if article.language and not temporal.reads(article.language):
            warnings = [*article.warnings, notices.unread_language(article.language, codes())]
            return cls(article.model_copy(update={"warnings": warnings}), [], [], skipped=True)
        language = article.language or DEFAULT
        recognized = list(temporal.find(article.text, language))
        story = cls(article, sentences(article.text, language), recognized, kind=kind)
        story.anchor(article.published.date)
        return story

    @property
    def language(self) -> str:
        return self.article.language or DEFAULT

    def anchor(self, published: dt.date | None) -> None:
        mentions = list(
            temporal.resolve(self.recognized, published, self.language, text=self.article.text, kind=self.kind)
        )
        self.mentions = date_relative_durations(
            self.article.text, mentions, published, spans=self.sentences, language=self.language, kind=self.kind
        )

    def extract(self) -> None:
        self.facts, self.unanchored = extract_facts(self.article, self.mentions, spans=self.sentences)

    def result(self, questions: list[str]) -> ArticleResult:
        return ArticleResult(
            article=self.article.info(), facts=self.facts, unanchored=self.unanchored, questions=questions
        )


def _confirmed(published: Published, mentions: list[Mention]) -> Published:
    """Evidence also names the article's own words that fall on the inferred day ("on Monday")."""
    same_day = sorted(
        {
            f"'{m.text}'"
            for m in mentions
            if m.value and m.value.earliest == published.date == m.value.latest and m.anchor != "absolute"
        }
    )
    if not same_day:
        return published
    return published.model_copy(update={"evidence": f"{published.evidence}; {', '.join(same_day)} then falls on it"})
