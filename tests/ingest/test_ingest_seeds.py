"""The five seed page dumps against the article facts in ../shared/seeds/expected.json."""

from __future__ import annotations

import pytest

from timeline.ingest import read_inputs
from timeline.models import Article

SEED_PREFIXES = ["000", "001", "002", "003", "004"]


@pytest.fixture(scope="module")
def seed_articles(seeds) -> dict[str, Article]:
    result = read_inputs([seeds])
    return {article.id[:3]: article for article in result.articles}


@pytest.mark.parametrize("prefix", SEED_PREFIXES)
def test_publish_date_is_the_printed_one_or_none(prefix, seed_articles, expected_articles):
    article, facts = seed_articles[prefix], expected_articles[prefix]
    got = article.published.date.isoformat() if article.published.date else None
    assert got == facts["published"]
    if got is None:
        assert article.published.method is None
        assert any("no publish date" in w for w in article.warnings)
    else:
        assert article.published.method == "text"
        assert facts["published"][:4] in article.published.evidence


@pytest.mark.parametrize("prefix", SEED_PREFIXES)
def test_body_starts_and_ends_where_the_article_does(prefix, seed_articles, expected_articles):
    text, facts = seed_articles[prefix].text, expected_articles[prefix]
    assert text.startswith(facts["body_first_words"])
    assert text.endswith(facts["body_last_words"])


@pytest.mark.parametrize("prefix", SEED_PREFIXES)
def test_no_page_chrome_left_in_the_body(prefix, seed_articles, expected_articles):
    text = seed_articles[prefix].text.lower()
    for sample in expected_articles[prefix]["chrome_samples"]:
        assert sample.lower() not in text


@pytest.mark.parametrize("prefix", SEED_PREFIXES)
def test_title_and_outlet(prefix, seed_articles, expected_articles):
    article, facts = seed_articles[prefix], expected_articles[prefix]
    if "title_contains" in facts:
        assert facts["title_contains"].lower() in (article.title or "").lower()
    outlets = [facts["outlet"]] if "outlet" in facts else facts.get("outlet_any", [])
    if outlets:
        assert article.outlet in outlets


@pytest.mark.parametrize("prefix", SEED_PREFIXES)
def test_seed_language_is_english_despite_norwegian_chrome(prefix, seed_articles):
    assert seed_articles[prefix].language == "en"
