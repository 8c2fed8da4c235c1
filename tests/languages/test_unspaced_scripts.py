"""Chinese, Japanese and Korean absolute dates: numbers each followed by the mark of its field."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.languages.detect import read_language
from timeline.temporal import tag

PUBLISHED = dt.date(2025, 3, 5)

CASES = [
    ("zh", "2025年2月24日，俄罗斯和乌克兰的代表在利雅得会谈。", {"2025年2月24日": "2025-02-24"}),
    ("zh", "国务院于2月28日发布了新的规定。", {"2月28日": "2025-02-28"}),
    ("zh", "这项政策自2024年起实施。", {"2024年": "2024"}),
    ("zh", "会议定于3月15号举行。", {"3月15号": "2025-03-15"}),
    ("ja", "2025年2月24日に東京で首脳会談が開かれた。", {"2025年2月24日": "2025-02-24"}),
    ("ja", "選挙は2024年10月27日に行われた。", {"2024年10月27日": "2024-10-27"}),
    ("ja", "3月1日から新しい制度が始まった。", {"3月1日": "2025-03-01"}),
    ("ko", "정부는 2025년 2월 24일 새 정책을 발표했다.", {"2025년 2월 24일": "2025-02-24"}),
    ("ko", "회의는 3월 1일에 열렸다.", {"3월 1일": "2025-03-01"}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_absolute_dates_in_unspaced_scripts(language: str, sentence: str, expected: dict[str, str]) -> None:
    found = {m.text: m.value.value for m in tag(sentence, PUBLISHED, language) if m.value is not None}
    assert found == expected


def test_a_day_without_its_month_is_no_date_and_fields_out_of_order_are_not_one_date() -> None:
    assert [m.text for m in tag("24日に開かれた。2月2025年", PUBLISHED, "ja")] == ["2月", "2025年"]


def test_tag_tells_chinese_from_japanese_by_their_particles() -> None:
    assert read_language("2025年2月24日，俄罗斯和乌克兰的代表在利雅得会谈，这是三年来的首次。") == "zh"
    assert read_language("2025年2月24日に東京で首脳会談が開かれ、両国の代表が出席した。") == "ja"
