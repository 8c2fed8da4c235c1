"""Adding a language is adding data: a toy language from a data folder alone, and bad data files."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import languages
from timeline.cli import cli
from timeline.languages import LanguageDataError, clause_data, temporal_file, temporal_tables
from timeline.languages.detect import read_language
from timeline.temporal import lexicon as temporal_lexicon
from timeline.temporal import tag

PUBLISHED = dt.date(2025, 2, 26)
ENGLISH = languages.ROOT / "en" / "temporal.json"


def _clear_caches() -> None:
    for cached in (
        languages.available,
        languages.codes,
        temporal_file,
        temporal_tables,
        clause_data,
        temporal_lexicon.lexicon,
    ):
        cached.cache_clear()


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of language folders, searched before the built-in one."""
    monkeypatch.setenv(languages.EXTRA_ROOTS, str(tmp_path))
    _clear_caches()
    yield tmp_path
    _clear_caches()


def write_language(root: Path, code: str, **changes: object) -> Path:
    """A language folder whose temporal.json is English's with ``changes`` (None deletes the key)."""
    data = json.loads(ENGLISH.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    path = root / code / "temporal.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def toy_language(root: Path) -> None:
    """Esperanto-like words for months, the days around today and units: only data, no code."""
    write_language(
        root,
        "eo",
        months={"marto": 3, "aprilo": 4},
        day_words={"hodiaŭ": 0, "hieraŭ": -1, "morgaŭ": 1},
        units={"tago": "D", "tagoj": "D", "jaro": "Y", "jaroj": "Y"},
        numbers={"unu": 1, "du": 2, "tri": 3},
        ago_words={"antaŭe": -1},
    )


def test_a_toy_language_from_a_data_folder_alone_tags_a_sentence(data_root: Path) -> None:
    toy_language(data_root)
    found = {
        m.text: m.value.value
        for m in tag("Ŝi venis hieraŭ; li foriris antaŭ tri jaroj, la 3 Marto 2024.", PUBLISHED, "eo")
        if m.value
    }
    assert found == {"hieraŭ": "2025-02-25", "3 Marto 2024": "2024-03-03", "tri jaroj": "P3Y"}
    english = "She came yesterday, on 3 March 2024."
    assert [m.text for m in tag(english, PUBLISHED, "eo")] == ["2024"]  # a year, but no English words


def test_the_toy_language_is_offered_to_tag_by_its_code(data_root: Path) -> None:
    toy_language(data_root)
    line = json.dumps({"id": 1, "text": "Ŝi venis hieraŭ.", "published": "2025-02-26", "language": "eo"})
    result = CliRunner().invoke(cli, ["tag"], input=line + "\n")
    assert json.loads(result.output)["mentions"][0]["value"] == "2025-02-25"


def test_a_missing_key_is_an_error_naming_the_file_and_the_key(data_root: Path) -> None:
    path = write_language(data_root, "xa", months=None)
    with pytest.raises(LanguageDataError, match=rf"{path}.*months.*Field required"):
        temporal_tables("xa")


def test_a_misspelt_key_is_an_error_naming_the_file_and_the_key(data_root: Path) -> None:
    path = write_language(data_root, "xb", monts={"marto": 3})
    with pytest.raises(LanguageDataError, match=rf"{path}.*monts.*Extra inputs are not permitted"):
        temporal_tables("xb")


def test_a_misspelt_word_set_is_an_error_naming_it(data_root: Path) -> None:
    sets = json.loads(ENGLISH.read_text(encoding="utf-8"))["word_sets"]
    sets["month_cuez"] = sets.pop("month_cues")
    path = write_language(data_root, "xc", word_sets=sets)
    with pytest.raises(LanguageDataError, match=rf"{path}.*word_sets.month_cue"):
        temporal_tables("xc")


def test_a_file_that_is_not_json_is_an_error_naming_it(data_root: Path) -> None:
    path = data_root / "xd" / "temporal.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(LanguageDataError, match=rf"{path}: not a JSON file"):
        temporal_tables("xd")


def test_a_key_written_twice_is_an_error_naming_it(data_root: Path) -> None:
    path = data_root / "xe" / "temporal.json"
    path.parent.mkdir()
    english = ENGLISH.read_text(encoding="utf-8")
    path.write_text(english.replace('"word_sets": {', '"word_sets": {"age_prepositions": [],', 1), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=rf"{path}: the key 'age_prepositions' is written twice"):
        temporal_tables("xe")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_root: Path) -> Path:
    """An empty cache of checked language files."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(languages.CACHE_ROOT, str(folder))
    return folder


def test_a_checked_file_is_read_back_from_the_cache_with_the_same_words(cache: Path) -> None:
    checked = temporal_tables("en")
    _clear_caches()
    assert len(list((cache / "languages").iterdir())) == 1
    assert temporal_tables("en") == checked
    assert temporal_lexicon.lexicon("en").months == checked["months"]


def test_a_file_edited_after_it_was_cached_is_checked_again(cache: Path, data_root: Path) -> None:
    path = write_language(data_root, "xf")
    temporal_tables("xf")
    _clear_caches()
    path.write_text(path.read_text(encoding="utf-8").replace('"months"', '"monts"', 1), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=rf"{path}.*monts.*Extra inputs are not permitted"):
        temporal_tables("xf")


def test_a_cache_that_cannot_be_written_only_costs_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(languages.CACHE_ROOT, str(blocked))
    _clear_caches()
    assert temporal_tables("en")["months"]["january"] == 1
    _clear_caches()


def test_tag_with_its_language_cached_builds_no_validators(cache: Path) -> None:
    """The start-up this cache is for: `timeline tag` reads cached words without pydantic's language schema."""
    probe = (
        "import sys, datetime as dt; from timeline.temporal import tag; "
        "tag('He left on Monday.', dt.date(2025, 2, 26)); print('timeline.languages.schema' in sys.modules)"
    )
    runs = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True) for _ in (1, 2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"]


def test_a_language_without_data_is_refused_by_tag() -> None:
    result = CliRunner().invoke(cli, ["tag", "--language", "xx"], input="")
    assert result.exit_code == 2
    assert "no language data for 'xx'" in result.output


def test_a_line_with_an_unknown_language_is_reported_and_skipped() -> None:
    lines = [
        json.dumps({"id": 1, "text": "on Monday", "published": "2025-02-26", "language": "xx"}),
        json.dumps({"id": 2, "text": "on Monday", "published": "2025-02-26", "language": "en"}),
    ]
    result = CliRunner().invoke(cli, ["tag"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert 'stdin:1: "language" must be one of' in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Kanzler sagte am Montag, die Regierung und das Parlament hätten einen Kompromiss.", "de"),
        ("De minister zei maandag dat het kabinet een besluit heeft genomen en de Kamer of de rechter volgt.", "nl"),
        ("The minister said on Monday that the cabinet and a committee or the court would decide.", "en"),
        ("El ministro dijo el lunes que el gobierno de la nación y la comisión de la cámara decidirán.", "es"),
    ],
)
def test_tag_reads_a_text_in_the_readable_language_its_function_words_are_of(text: str, language: str | None) -> None:
    assert read_language(text) == language


def test_the_shared_grammar_reads_romance_word_order_from_data_alone(data_root: Path) -> None:
    """Day before month joined by "de", the ago-word before the count, a part of several words: what Spanish,
    French and Portuguese need, given by a data folder (the words here are Spanish)."""
    sets = json.loads(ENGLISH.read_text(encoding="utf-8"))["word_sets"]
    write_language(
        data_root,
        "xe",
        months={"marzo": 3, "abril": 4},
        units={"año": "Y", "años": "Y", "día": "D", "días": "D"},
        numbers={"dos": 2, "tres": 3},
        ago_prepositions={"hace": -1},
        part_phrases={"a principios de": "START", "a finales de": "END"},
        capitalised_months=False,
        future_markers=["habrá"],  # the future clause keeps April off the story's year (2022)
        word_sets={**sets, "of_words": ["de"], "plural_units": ["años", "días"]},
    )
    text = "Hace tres años, el 3 de marzo de 2022, empezó todo; a finales de abril habrá elecciones."
    found = {m.text: m.value.value for m in tag(text, PUBLISHED, "xe") if m.value}
    assert found == {"Hace tres años": "2022", "3 de marzo de 2022": "2022-03-03", "a finales de abril": "2025-04"}
