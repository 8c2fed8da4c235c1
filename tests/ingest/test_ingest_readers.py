"""Each input kind read from a real file, and every input path accounted for."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from timeline.ingest import read_file, read_inputs, read_text
from timeline.ingest.html_reader import page_text, searched_date


def test_html_takes_text_and_metadata_not_the_sidebar(fixtures):
    (article,) = read_file(fixtures / "page.html")
    assert article.title == "Xi tells Putin ties are unshakable"
    assert article.outlet == "The Daily Ledger"
    assert article.author == "Mara Jensen"
    assert article.url == "https://ledger.example.com/world/xi-putin-call"
    assert article.published.date == dt.date(2025, 2, 25)
    assert article.published.method == "metadata"
    assert article.text.startswith("Chinese leader Xi Jinping told")
    assert "Markets slide" not in article.text
    assert "Home" not in article.text


def test_markdown_front_matter_and_plain_body(fixtures):
    (article,) = read_file(fixtures / "article.md")
    assert article.title == "Beijing and Moscow reaffirm their partnership"
    assert article.outlet == "Example Wire"
    assert article.author == "Tomás Rivera"
    assert article.url == "https://wire.example.org/beijing-moscow"
    assert article.published.date == dt.date(2025, 2, 24)
    assert article.published.evidence == "front matter date: 2025-02-24"
    assert article.text.startswith("Chinese President Xi Jinping and Russian President Vladimir Putin spoke")
    assert "**" not in article.text and "# " not in article.text
    assert article.text.endswith("Both sides said a visit to Moscow was planned for May.")


def test_json_export_list_with_html_record_and_a_bad_record(fixtures):
    result = read_inputs([fixtures / "export.json"])
    first, second = result.articles
    assert (first.id, first.outlet, first.author) == ("wire-0001", "Example Wire", "Ana Pereira, Li Wei")
    assert first.published.date == dt.date(2025, 2, 24)
    assert second.title == "Analysts doubt a reverse Nixon"
    assert second.published.date == dt.date(2025, 2, 26)
    assert second.text.startswith("Analysts said on Wednesday")
    (record,) = result.inputs
    assert record.status == "read"
    assert "export.json[2]" in record.reason and '"text" or "html"' in record.reason


def test_jsonl_bad_line_is_reported_with_its_number_and_the_rest_read(fixtures):
    result = read_inputs([fixtures / "feed.jsonl"])
    assert [a.id for a in result.articles] == ["feed-a", "feed-c"]
    assert "feed.jsonl:2: not valid JSON" in result.inputs[0].reason


def test_a_partial_date_in_metadata_is_refused_not_filled_in(fixtures):
    result = read_inputs([fixtures / "feed.jsonl"])
    third = result.articles[1]
    assert third.published.date is None
    assert any("'last Tuesday' is not a full date" in w for w in third.warnings)


def test_windows_1252_is_decoded_and_detected_as_french(fixtures):
    (article,) = read_file(fixtures / "windows-1252.txt")
    assert "Président Xi et le président Poutine ont parlé lundi" in article.text
    assert "« une amitié sans limites »" in article.text
    assert article.language == "fr"
    assert "text decoded as cp1252" in article.warnings


def test_too_short_a_text_has_no_language_rather_than_a_wrong_one():
    # py3langid calls this line Hausa; an article that short is read as English, with no language recorded
    (article,) = read_text("Lisa Stark ABC news Washington", ".txt", "short")
    assert article.language is None


@pytest.mark.parametrize(("name", "reason"), [("empty.txt", "empty"), ("blank.md", "empty"), ("binary.txt", "binary")])
def test_empty_and_binary_files_are_skipped_with_reason(fixtures, name, reason):
    result = read_inputs([fixtures / name])
    assert result.articles == []
    assert [(r.status, r.reason) for r in result.inputs] == [("skipped", reason)]


def test_missing_file_is_unreadable_and_the_run_goes_on(fixtures, tmp_path):
    result = read_inputs([tmp_path / "gone.txt", fixtures / "article.md"])
    assert result.inputs[0].status == "skipped"
    assert result.inputs[0].reason.startswith("unreadable:")
    assert [a.id for a in result.articles] == ["article"]


def test_directory_is_read_recursively_in_order_and_every_file_accounted_for(fixtures):
    result = read_inputs([fixtures / "mixed"])
    statuses = {r.path.split("mixed/")[1]: (r.status, r.reason) for r in result.inputs}
    assert statuses == {
        ".hidden.txt": ("skipped", "hidden file"),
        "a-note.txt": ("read", None),
        "photo.png": ("skipped", "binary"),
        "readme.rst": ("skipped", "unsupported file type '.rst'"),
        "sub/b-story.md": ("read", None),
        "sub/c-record.json": ("read", None),
    }
    assert [a.id for a in result.articles] == ["a-note", "b-story", "mixed-c"]


def test_include_and_exclude_globs(fixtures):
    only_md = read_inputs([fixtures / "mixed"], include=["*.md"])
    assert [a.id for a in only_md.articles] == ["b-story"]
    no_sub = read_inputs([fixtures / "mixed"], exclude=["sub/*"])
    assert [a.id for a in no_sub.articles] == ["a-note"]
    assert any(r.reason == "matched by --exclude" for r in no_sub.inputs)


def test_stdin_is_sniffed_by_content():
    jsonl = '{"id": "s1", "text": "One on Monday."}\n{"id": "s2", "text": "Two on Tuesday."}\n'
    result = read_inputs(["-"], stdin=io.StringIO(jsonl))
    assert [a.id for a in result.articles] == ["s1", "s2"]
    plain = read_inputs(["-"], stdin=b"Headline here today\n\nA sentence of the article that ends properly.\n")
    assert plain.articles[0].id == "stdin"
    assert plain.articles[0].title == "Headline here today"


def test_given_dates_win_for_all_or_one_path(fixtures):
    note = fixtures / "mixed" / "a-note.txt"
    for_all = read_inputs([note], published=dt.date(2025, 3, 4))
    assert for_all.articles[0].published.method == "given"
    assert for_all.articles[0].published.date == dt.date(2025, 3, 4)
    per_path = read_inputs([note, fixtures / "article.md"], published={str(note): dt.date(2025, 3, 5)})
    given, front_matter = per_path.articles
    assert (given.published.date, given.published.method) == (dt.date(2025, 3, 5), "given")
    assert front_matter.published.method == "metadata"
    assert not any("no publish date" in w for w in given.warnings)


def test_duplicate_ids_are_renamed_with_a_warning(fixtures):
    result = read_inputs([fixtures / "article.md", fixtures / "article.md"])
    assert [a.id for a in result.articles] == ["article", "article-2"]
    assert "already used" in result.articles[1].warnings[0]


def test_read_text_for_one_string():
    (article,) = read_text("---\ntitle: T\npublished: 2024-05-01\n---\nA body sentence here.", ".md", "x")
    assert (article.id, article.title, article.published.date) == ("x", "T", dt.date(2024, 5, 1))


def test_html_without_date_metadata_takes_the_dateline_under_the_headline_not_the_sidebar(fixtures):
    # htmldate's extensive search would take the sidebar's 2023-12-01 here
    (article,) = read_file(fixtures / "dateline.html")
    assert article.published.date == dt.date(2024, 3, 3)
    assert (article.published.method, article.published.evidence) == (
        "text",
        "printed in the main text: Lena Ortiz — 3 March 2024 (header)",
    )
    assert article.text.startswith("A powerful storm swept across the coast on Sunday")
    assert "2024" not in article.text and "Related stories" not in article.text


def test_html_without_date_metadata_has_no_date_and_says_so(tmp_path):
    page = tmp_path / "undated.html"
    body = "".join(
        f"<p>Paragraph {n} of a story about talks held on Monday in the capital, officials said.</p>" for n in range(6)
    )
    page.write_text(f"<html><head><title>Talks resume</title></head><body><article>{body}</article></body></html>")
    (article,) = read_file(page)
    assert article.published.date is None
    assert any("no publish date" in w for w in article.warnings)


def test_htmldates_whole_page_search_counts_only_when_the_page_prints_that_day():
    # a vulnerability note whose only date is a "last updated" line (a real Japanese database page);
    # a page whose only year is its copyright line, which the search turns into January 1
    dated = "<html><body><h1>NETWAVE MNG6200</h1><p>A flaw.</p><div>最終更新日：2019/02/22</div></body></html>"
    footer = "<html><body><h1>A page</h1><p>A story.</p><footer>© 2015 Example Media.</footer></body></html>"
    found = searched_date(dated, page_text(dated))
    assert (found.date, found.method) == (dt.date(2019, 2, 22), "text")
    assert "printed as 2019/02/22" in (found.evidence or "")
    assert searched_date(footer, page_text(footer)).date is None


def test_html_without_main_text_is_an_error_naming_the_file(tmp_path):
    page = tmp_path / "script-only.html"
    page.write_text("<html><body><script>var views = 1;</script><div></div></body></html>")
    (record,) = read_inputs([page]).inputs
    assert record.status == "error"
    assert record.reason == f"{page}: no main text found in the HTML"


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    note = tmp_path / "utf16.txt"
    note.write_bytes("Headline of a note\n\nThe note says the talks went well on Monday.\n".encode("utf-16"))
    (article,) = read_file(note)
    assert article.text == "The note says the talks went well on Monday."


def test_json_export_wrapped_in_an_object(tmp_path):
    export = tmp_path / "wrapped.json"
    export.write_text('{"status": "ok", "articles": [{"title": "One", "text": "First text here."}]}')
    (article,) = read_file(export)
    assert (article.id, article.title) == ("wrapped-1", "One")
