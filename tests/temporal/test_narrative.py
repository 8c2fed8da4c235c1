"""Narrative reading: a history anchors yearless dates to the story's year, news to the publish date."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from timeline import temporal
from timeline.cli import KINDS
from timeline.temporal import Kind, recognize, tag
from timeline.temporal.narrative import read_kind

DOWNLOADED = dt.date(2009, 12, 19)  # WikiWars' document date: when the page was saved, not when the story is
HISTORY = (
    "On September 1, 1939, Germany attacked Poland. On September 17, the Soviets invaded from the east. "
    "In 1940 Germany turned west. In April, it occupied Denmark and Norway. On May 10, 1940, it invaded France, "
    "and by the end of the month the British were leaving Dunkirk. In 1941 the war spread. During the summer, "
    "German armies drove deep into the Soviet Union. In 1944 the Allies landed in Normandy. "
    "Paris was freed in August, and in 1945 Germany surrendered."
)


def values(text: str, published: dt.date | None, kind: Kind = Kind.AUTO) -> dict[str, str | None]:
    return {m.text: (m.value.value if m.value else None) for m in tag(text, published, kind=kind)}


def test_a_history_puts_yearless_dates_in_the_story_year():
    found = values(HISTORY, DOWNLOADED)
    assert found["September 17"] == "1939-09-17"
    assert found["April"] == "1940-04"
    assert found["the end of the month"] == "1940-05"  # the story's month, not December 2009
    assert found["the summer"] == "1941-SU"
    assert found["August"] == "1944-08"


def test_a_history_is_told_by_its_text_without_a_publish_date():
    assert values(HISTORY, None)["September 17"] == "1939-09-17"


def test_news_keeps_yearless_dates_near_the_publish_date():
    text = "The company said on Tuesday that sales rose in April. Its chief executive retired in 1989."
    assert values(text, dt.date(1998, 5, 8))["April"] == "1998-04"


def test_kind_overrides_the_guess():
    short_history = "In 1944 the Allies landed. In August, Paris was freed."
    assert values(short_history, DOWNLOADED, Kind.NEWS)["August"] == "2009-08"
    assert values(short_history, DOWNLOADED, Kind.NARRATIVE)["August"] == "1944-08"


def test_a_present_day_passage_in_a_history_reads_as_news():
    text = HISTORY + "\n\nToday the museum opened a new hall, and last week it announced a show for next month."
    reading = read_kind(text, recognize(text), DOWNLOADED.year)
    assert reading.at(0) == Kind.NARRATIVE
    assert reading.at(len(text) - 10) == Kind.NEWS


def test_a_background_passage_in_news_reads_as_history():
    news = "The board met on Monday and will vote next week.\n\n"
    background = "The firm was founded in 1921. It listed in 1950, merged in 1971 and moved in 1985. In March it hired."
    text = news + background
    assert values(text, dt.date(1998, 5, 8))["March"] == "1985-03"
    assert read_kind(text, recognize(text), 1998).at(0) == Kind.NEWS


def test_a_quoted_years_ago_does_not_move_a_history():
    text = HISTORY + ' In April, he said: "They betrayed us two years ago." On April 25 he left.'
    assert values(text, DOWNLOADED)["April 25"] == "1945-04-25"


def test_the_cli_kinds_are_the_engines():
    assert set(KINDS) == {kind.value for kind in temporal.Kind}


def run_tag(lines: list[dict], *options: str) -> subprocess.CompletedProcess[str]:
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    command = [sys.executable, "-m", "timeline", "tag", *options]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("line_kind", "option", "expected"),
    [
        (None, "--kind=narrative", "1944-08"),
        ("news", "--kind=narrative", "2009-08"),
        ("narrative", "--kind=auto", "1944-08"),
    ],
)
def test_tag_reads_kind_from_the_line_or_the_option(line_kind, option, expected):
    line = {"id": "1", "text": "In 1944 the Allies landed. In August, Paris was freed.", "published": "2009-12-19"}
    if line_kind:
        line["kind"] = line_kind
    result = run_tag([line], option)
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)["mentions"]
    assert [m["value"] for m in mentions if m["text"] == "August"] == [expected]


def test_tag_names_a_bad_kind_and_goes_on():
    good = {"id": "2", "text": "It rained on 4 July 2001.", "published": None}
    result = run_tag([{"id": "1", "text": "x", "published": None, "kind": "poem"}, good])
    assert result.returncode == 1
    assert 'stdin:1: "kind" must be one of news, narrative, auto' in result.stderr
    assert json.loads(result.stdout)["id"] == "2"


def test_a_year_beside_the_story_does_not_move_it():
    text = HISTORY + " On 10 March 1945, the road would be open for a campaign in 1946. On 11 March, Cologne fell."
    assert values(text, DOWNLOADED)["11 March"] == "1945-03-11"
    through = HISTORY + " Aid was cut through 1947. On 11 March, Cologne fell."
    assert values(through, DOWNLOADED)["11 March"] == "1945-03-11"


def test_soon_in_past_narration_orders_the_story_and_names_no_time():
    found = {m.text: m for m in tag("France surrendered and was soon divided into two zones.", DOWNLOADED)}
    assert found["soon"].value is None
    assert "orders the story" in (found["soon"].reason or "")
    assert values("Prosecutors told him they may soon seek an indictment.", DOWNLOADED)["soon"] == "FUTURE_REF"
    assert values("The company will soon sell boxes.", DOWNLOADED)["soon"] == "FUTURE_REF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("War came in 1940. In August of that year, Italy attacked.", {"August of that year": "1940-08"}),
        (
            "The law passed in 1955. On January 24 of the same year, Congress met.",
            {"January 24 of the same year": "1955-01-24"},
        ),
        ("The troops will leave in the spring of next year.", {"the spring of next year": "2010-SP"}),
    ],
)
def test_dates_in_the_year_the_text_names(text, expected):
    assert {key: values(text, DOWNLOADED)[key] for key in expected} == expected


def test_the_fall_of_a_city_is_no_season():
    assert values("After the fall of Saigon the refugees left.", DOWNLOADED) == {}
    assert values("They left in the fall of 1944.", DOWNLOADED) == {"the fall of 1944": "1944-FA"}


def test_a_date_after_until_is_beside_the_story():
    text = HISTORY + " The siege lasted until the fall of the city in February 1946. In June, Japan fell."
    assert values(text, DOWNLOADED)["June"] == "1945-06"


def test_soon_before_a_past_verb_orders_the_story():
    found = {m.text: m for m in tag("In 1941 the Germans soon intervened to assist Italy.", DOWNLOADED)}
    assert found["soon"].value is None


def test_a_clock_time_in_a_history_is_on_the_story_day():
    text = HISTORY + " On 30 April 1945 the city fell; at 11:30 a.m. the flag was raised."
    assert values(text, DOWNLOADED)["11:30 a.m."] == "1945-04-30T11:30"


def test_a_month_joined_to_a_later_one_takes_its_year():
    found = values("In April and June 1955, Diem cleared the sects. In August/September 1956 they met.", DOWNLOADED)
    assert (found["April"], found["August"]) == ("1955-04", "1956-08")


def test_a_history_told_in_order_turns_the_year_at_a_yearless_month_well_before_its_last():
    text = (
        "On December 7, 1941, Japan attacked the American fleet at Pearl Harbor. Germany declared war on the "
        "United States four days later. In January, twenty-six nations signed the Declaration by United Nations. "
        "In June, the US Navy won at Midway."
    )
    found = values(text, DOWNLOADED, Kind.NARRATIVE)
    assert found["January"] == "1942-01"
    assert found["June"] == "1942-06"  # the story is in 1942 now


def test_months_listed_together_or_in_a_new_section_keep_the_story_year():
    listed = "In April 2005 attacks fell to 30 a day. Casualties dropped from the carnage of November and January."
    assert values(listed, DOWNLOADED, Kind.NARRATIVE)["January"] == "2005-01"
    section = "In December 1944 the Germans attacked in the Ardennes.\n\nItaly\n\nIn January, the front was quiet."
    assert values(section, DOWNLOADED, Kind.NARRATIVE)["January"] == "1944-01"  # a new section may go back


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On May 10, 1940, Germany attacked in the west. On that same day, Churchill became prime minister.",
            {"that same day": "1940-05-10"},
        ),
        (
            "The first Marines arrived on January 31, 1965. The battalion landed in Da Nang that afternoon.",
            {"that afternoon": "1965-01-31TAF"},
        ),
        ("The Americans fought in the invasion phase (March 19-April 30, 2003).", {"March 19": "2003-03-19"}),
        ("The PLA took the islands off the coast (May-August 1950).", {"May": "1950-05"}),
        (
            "Lincoln was shot on April 14, 1865. He died early the next morning.",
            {"the next morning": "1865-04-15TMO"},
        ),
        ("Summer 1962 saw a rush to France.", {"Summer 1962": "1962-SU"}),
        (
            "In 1944 the front moved west. Both sides spent the spring and early summer of 1943 preparing.",
            {"the spring": "1943-SP"},  # a season joined to a later one told with its year
        ),
        ("During the winter-spring of 1920 they fought on.", {"the winter": "1920-WI"}),
        ("In 1919 Yudenich had spent the spring and summer organizing an army.", {"summer": "1919-SU"}),
        ("Saigon fell in 1975. The last troops had left that same spring.", {"spring": "1975-SP"}),
    ],
)
def test_a_history_dates_its_anaphors_ranges_and_seasons(text, expected):
    found = values(text, DOWNLOADED, Kind.NARRATIVE)
    assert {key: found.get(key) for key in expected} == expected


def test_hard_wrapped_prose_is_no_run_of_headings():
    """A text wrapped at 70 columns: each paragraph's first line is full width and ends mid-sentence; it is prose,
    not a heading, so the history's year still turns from December to January across the paragraphs."""
    text = (
        "On December 7, 1941, Japan attacked Pearl Harbor and the fleet at anchor\n"
        "there was badly hit.\n\n"
        "In January the Allies met in Washington to plan the war in the Pacific\n"
        "and in Europe for the year."
    )
    assert read_kind(text, list(temporal.recognize(text)), None, Kind.NARRATIVE).sections == ()
    values = {m.text: m.value.value for m in tag(text, None, kind=Kind.NARRATIVE) if m.value}
    assert values["January"] == "1942-01"


def test_a_heading_on_a_line_of_its_own_still_opens_a_section():
    text = "The war ended in December 1944.\n\nSpring offensives on Shia militias\n\nIn March the army moved."
    assert read_kind(text, list(temporal.recognize(text)), None, Kind.NARRATIVE).sections != ()
