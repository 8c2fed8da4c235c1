"""Articles in, one sorted and sourced Timeline out: the stages after ingestion, in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from timeline import notices, temporal
from timeline.conflicts import find_conflicts
from timeline.errors import internal_error_reason
from timeline.event_relative import date_event_offsets, event_offsets
from timeline.facts import Span, extract_facts, sentences
from timeline.infer import DatedFacts, anniversaries, date_anniversaries, infer_published, mark_inferred
from timeline.languages import DEFAULT, codes
from timeline.merge import merge_facts
from timeline.models import Article, Fact, InputRecord, Mention, Published, Timeline, Unanchored
from timeline.rank import corpus_title, rank, top_dates
from timeline.relative import date_relative_durations


def build_timeline(
    articles: Iterable[Article],
    inputs: Iterable[InputRecord],
    *,
    title: str | None = None,
    top: int | None = None,
    kind: temporal.Kind = temporal.Kind.AUTO,
) -> Timeline:
    """Tag and anchor each article, date what only the corpus can date, extract facts, merge, find
    disagreements, rank, sort.

    ``top`` keeps only the events of the ``top`` most salient dates; ``kind`` reads every article as news, as a
    history, or (auto) as its text tells.
    """
    stories = [_Story.read_safely(article, kind) for article in sorted(articles, key=lambda a: a.id)]
    if any(story.needs_corpus for story in stories):
        _date_from_corpus(stories)
    timeline = rank(
        find_conflicts(
            Timeline(
                title=title,
                articles=[story.article.info() for story in stories],
                events=merge_facts(fact for story in stories for fact in story.facts),
                unanchored=[entry for story in stories for entry in story.unanchored],
                inputs=sorted(_with_failures(list(inputs), stories), key=lambda record: record.path),  # any order
            )
        )
    )
    if title is None:
        timeline = timeline.model_copy(update={"title": corpus_title(timeline.events, len(timeline.articles))})
    return timeline if top is None else top_dates(timeline, top)


def _with_failures(inputs: list[InputRecord], stories: list[_Story]) -> list[InputRecord]:
    """The run report with each article a bug stopped marked as an error of its input, with the reason."""
    failures: dict[str, list[str]] = {}
    for story in stories:
        if story.failure is not None:
            failures.setdefault(story.article.path or "", []).append(f"{story.article.id}: {story.failure}")
    if not failures:
        return inputs
    marked = []
    for record in inputs:
        reasons = failures.pop(record.path, None)
        reason = "; ".join([record.reason, *reasons] if record.reason else reasons) if reasons else None
        marked.append(record.model_copy(update={"status": "error", "reason": reason}) if reasons else record)
    marked.extend(
        InputRecord(path=path or "(given in memory)", status="error", reason="; ".join(reasons))
        for path, reasons in failures.items()
    )
    return marked


@dataclass
class _Story:
    """One article on its way through the stages: its sentences, mentions and facts so far.

    Only a story with anniversaries or event offsets ("weeks before the invasion") keeps its mentions
    once its facts are out: the corpus may yet date them; the others' would only hold memory (an
    archive has 100,000 of them).
    """

    article: Article
    sentences: list[Span]
    recognized: list[Mention]
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    unanchored: list[Unanchored] = field(default_factory=list)
    anniversaries: bool = False
    event_offsets: bool = False
    failure: str | None = None  # why a bug stopped this article: it then adds nothing, the others go on
    kind: temporal.Kind = temporal.Kind.AUTO

    @property
    def needs_corpus(self) -> bool:
        return self.anniversaries or self.event_offsets

    @classmethod
    def read_safely(cls, article: Article, kind: temporal.Kind = temporal.Kind.AUTO) -> _Story:
        """The story, or (after a bug) an empty one that says why: one article never costs the run."""
        try:
            return cls.read(article, kind)
        except Exception as error:  # a bug in one article costs only that article
            return cls(article, [], []).failed(error, "dating this article")

    def failed(self, error: Exception, doing: str) -> _Story:
        reproducer = f"`timeline build` on the article {self.article.path or self.article.id!r}"
        self.failure = internal_error_reason(error, doing, reproducer)
        self.article = self.article.model_copy(update={"warnings": [*self.article.warnings, self.failure]})
        self.sentences, self.recognized, self.mentions, self.facts, self.unanchored = [], [], [], [], []
        self.anniversaries = self.event_offsets = False
        return self

    @classmethod
    def read(cls, article: Article, kind: temporal.Kind = temporal.Kind.AUTO) -> _Story:
        if article.language and not temporal.reads(article.language):
            warnings = [*article.warnings, notices.unread_language(article.language, codes())]
            return cls(article.model_copy(update={"warnings": warnings}), [], [])
        language = article.language or DEFAULT
        recognized = temporal.recognize(article.text, language)
        story = cls(article, sentences(article.text, language), recognized, kind=kind)
        story.anchor(article.published.date)
        story.anniversaries = bool(anniversaries(story.mentions))
        story.event_offsets = bool(event_offsets(article.text))
        if not story.needs_corpus:
            story.sentences, story.recognized, story.mentions = [], [], []
        return story

    def anchor(self, published: dt.date | None) -> None:
        mentions = temporal.resolve(
            self.recognized, published, self.article.language or DEFAULT, text=self.article.text, kind=self.kind
        )
        self.mentions = date_relative_durations(self.article.text, mentions, published, spans=self.sentences)
        self.extract()

    def extract(self) -> None:
        self.facts, self.unanchored = extract_facts(self.article, self.mentions, spans=self.sentences)


def _date_from_corpus(stories: list[_Story]) -> None:
    """Events the dated articles tell date anniversaries (and so undated articles) and event offsets."""
    dated = DatedFacts(fact for story in stories if story.article.published.date for fact in story.facts)
    for story in stories:
        if not story.needs_corpus:
            continue
        try:
            _date_story_from_corpus(story, dated)
        except Exception as error:  # a bug in one article costs only that article
            story.failed(error, "dating this article from the others")


def _date_story_from_corpus(story: _Story, dated: DatedFacts) -> None:
    """Date one story by what the dated articles tell: its publish date, anniversaries, event offsets."""
    published = infer_published(story.mentions, dated) if story.article.published.date is None else None
    if published is not None:
        story.anchor(published.date)
        story.mentions = mark_inferred(story.mentions)
        # "cannot be anchored" is no longer true: the run report and renderers say "inferred" instead.
        kept = [warning for warning in story.article.warnings if warning != notices.NO_DATE]
        warnings = [*kept, notices.DATE_INFERRED]
        confirmed = _confirmed(published, story.mentions)
        story.article = story.article.model_copy(update={"published": confirmed, "warnings": warnings})
    story.mentions = date_anniversaries(story.mentions, dated)
    story.mentions = date_event_offsets(story.article.text, story.mentions, dated, spans=story.sentences)
    story.extract()


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
