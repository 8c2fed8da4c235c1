"""The publish date a page dump prints, chosen by evidence; the cascade given → found → default."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest import read_text
from timeline.ingest.published import settle
from timeline.models import Published

BODY = (
    "The council voted on Tuesday to close the old harbour bridge to cars for the whole summer, officials said.\n\n"
    "Repairs to the deck are expected to take at least four months, and buses will use the ferry road instead.\n\n"
    "Shop owners on the quay said they feared fewer visitors, while cyclists welcomed the decision warmly.\n"
)


def page(header: str, footer: str = "") -> str:
    return f"Home\nNews\nSport\n\nHarbour bridge closes to cars for the summer\n\n{header}\n\n{BODY}\n{footer}"


@pytest.mark.parametrize(
    ("header", "expected", "cue"),
    [  # byline and dateline lines of real pages (pages-dev), under a headline
        ("Posted May 24, 2026 10:05 am", dt.date(2026, 5, 24), "published"),
        ("By Joe Davidson\nWashington Post\nDec 13, 2016 at 3:45 pm", dt.date(2016, 12, 13), None),
        ("Stand: 28.04.2023 17:23 Uhr", dt.date(2023, 4, 28), "updated"),
        ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13", dt.date(2015, 5, 4), None),
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", dt.date(2012, 12, 10), "updated"),
        ("Текст: Лида Буслаева·11 октября 2018", dt.date(2018, 10, 11), "byline"),
    ],
)
def test_the_dateline_under_the_headline_with_its_cue_in_the_evidence(header, expected, cue):
    (article,) = read_text(page(header), ".txt", "p")
    assert article.published.date == expected
    assert article.published.method == "text"
    assert "header" in (article.published.evidence or "")
    if cue:
        assert f"cue {cue}" in (article.published.evidence or "")


def test_original_publish_date_wins_over_the_update_in_either_order():
    header = "Updated: Sat 8:31 PM, Feb 17, 2018\nPosted: Fri 6:45 PM, Feb 16, 2018"
    (article,) = read_text(page(header), ".txt", "p")
    assert article.published.date == dt.date(2018, 2, 16)
    (article,) = read_text(page("Author:\nLauren Briggs\nUpdated:\nMar 6, 2018\nOriginal:\nDec 21, 2016"), ".txt", "p")
    assert article.published.date == dt.date(2016, 12, 21)


def test_two_dates_on_one_line_without_cues_give_the_earlier():
    header = "by\nJeremy Herron\nDecember 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST"
    (article,) = read_text(page(header), ".txt", "p")
    assert article.published.date == dt.date(2016, 12, 6)


def test_a_date_inside_a_caption_or_sentence_is_not_the_publish_date():
    caption = (
        "Rep. Zooey Zephyr walks out of the Montana House of Representatives after lawmakers voted to ban "
        "her from the chamber on April 26, 2023, in Helena, Mont."
    )
    (article,) = read_text(page(f"{caption}\nRyan Devereaux\nApril 28 2023, 3:54 p.m."), ".txt", "p")
    assert article.published.date == dt.date(2023, 4, 28)


def test_stamps_of_one_template_a_few_minutes_apart_are_a_list_of_other_stories():
    # a news site's "latest" box between the dateline and the story (a real Japanese page, in English)
    latest = "Official site\nSend us a tip\nShare\nLatest\nParents sent the wrong absence list\nAug. 9, 2022 8:15"
    latest += "\nRansomware hits a school network\nAug. 9, 2022 8:10"
    (article,) = read_text(page(f"March 5, 2019 08:15\n{latest}"), ".txt", "p")
    assert article.published.date == dt.date(2019, 3, 5)


def test_a_gallery_caption_printed_twice_does_not_date_the_story():
    # a wire story's photo gallery between its update stamp and the story (a real page); the caption
    # names the day the photo was taken
    caption = (
        "Former Massachusetts Gov. Deval Patrick, left, speaks with a business owner during a campaign stop, "
        "Tuesday, Nov. 19, 2019, in Columbia, S.C. (AP Photo/Meg Kinnard)"
    )
    gallery = "\n".join(f"Image {n} of 5\nFacebook\nTwitter\nEmail" for n in range(1, 5))
    header = f"Updated 12:24 am EST, Wednesday, November 20, 2019\n{gallery}\n{caption}\n{caption}\nBack to Gallery"
    (article,) = read_text(page(header), ".txt", "p")
    assert article.published.date == dt.date(2019, 11, 20)


def test_a_caption_printed_again_with_hide_caption_does_not_date_the_story():
    # a radio network's photo box between headline and story (a real page): the caption sentence is
    # printed once with its credit and "hide caption", once more under "toggle caption"
    caption = "Dylann Roof is escorted from the Shelby Police Department in Shelby, N.C., on June 18, 2015."
    header = f"Enlarge this image\n{caption} Chuck Burton/AP hide caption\ntoggle caption\n{caption}\nChuck Burton/AP"
    (article,) = read_text(page(header), ".txt", "p")
    assert article.published.date is None


JPOST_TICKER = [  # a news site's ticker of other stories above the headline, each "By <desk>" over its stamp
    ("Liberman: Both parties are to blame for lack of unity government", "JERUSALEM POST STAFF", "11/20/2019 01:14 PM"),
    ("Russia: Israeli strikes on Syria wrong move", "REUTERS", "11/20/2019 10:08 AM"),
    ("Netanyahu, Gantz meeting ends after one hour", "JERUSALEM POST STAFF", "11/19/2019 11:40 PM"),
    ("Head of National Emergency Authority steps down", "JERUSALEM POST STAFF", "11/19/2019 07:57 PM"),
]


def test_bylined_stamps_of_one_template_are_a_list_of_other_stories():
    # the story's own dateline (another template) under its headline wins over the bylined ticker (a real page)
    ticker = "\n".join(f"{title}\nBy {desk}\n{stamp}" for title, desk, stamp in JPOST_TICKER)
    dateline = "By JERUSALEM POST STAFF\nNOVEMBER 20, 2019 10:43"
    text = f"{ticker}\nSubscribe for our daily newsletter\n\n" + page(dateline)
    (article,) = read_text(text, ".txt", "p")
    assert article.published.date == dt.date(2019, 11, 20)


def test_two_days_dated_equally_well_on_two_lines_are_a_conflict_not_a_date():
    # two bylined stamps far above the headline, each alone among undated lines: nothing tells which is the story's
    menu = "\n".join(f"Section {n}" for n in range(1, 41))
    (first, desk, stamp), (second, other_desk, other_stamp) = JPOST_TICKER[1:3]
    text = f"{first}\nBy {desk}\n{stamp}\n{menu}\n{second}\nBy {other_desk}\n{other_stamp}\n{menu}\n\n{BODY}"
    (article,) = read_text(text, ".txt", "p")
    assert article.published.date is None
    assert "equally well" in (article.published.evidence or "")


def test_under_a_dated_header_a_bylined_date_in_the_lead_is_another_story():
    # a related story's card after the story's first paragraphs (a real Italian page): its byline and
    # date sit in the body's lead, the story's own date in the header above
    first, second, third = BODY.strip().split("\n\n")
    dek = "Il messaggio apparso su un cavalcavia nella notte tra sabato e domenica, a poche ore dal derby"
    related = "Cori antisemiti durante il derby, sette ultras della Lazio a processo"
    related += "\ndi Teresa Fallavollita\n20 Novembre 2024"
    more = (
        "The ferry company said it would add two crossings an hour in the morning and evening peaks, and "
        "that season tickets bought for the bridge buses would be valid on board until the autumn."
    )
    text = (
        f"Harbour bridge closes to cars for the summer\n\ndi Luca Monaco\n\n{dek}\n\n"
        f"05 GENNAIO 2025\nAGGIORNATO ALLE 16:01\n\n{first}\n\n{second}\n\n{related}\n\n{third}\n\n{more}\n"
    )
    (article,) = read_text(text, ".txt", "p")
    assert article.published.date == dt.date(2025, 1, 5)


def test_the_day_a_video_goes_offline_is_not_the_publish_date():
    # a public broadcaster's video box above the story, then the story's own "Stand" line (a real page)
    (article,) = read_text(
        page("Video: 02:57 Min. Verfügbar bis 06.05.2024\nStand: 22.04.2024, 06:00 Uhr"), ".txt", "p"
    )
    assert article.published.date == dt.date(2024, 4, 22)


def test_dates_of_comments_embeds_and_footers_are_never_the_publish_date():
    footer = (
        "— Shay Friedman (@ironshay) August 22, 2013\n"
        "Comments\n"
        "Alan Goodale wrote on December 24, 2020 at 3:53 am:\n"
        "Great read, thanks.\n"
        "© 2021 Harbour Gazette\n"
    )
    (article,) = read_text(page("", footer), ".txt", "p")
    assert article.published.date is None


def test_a_date_near_no_headline_or_body_is_left_out_not_guessed():
    text = "Markets\nApril 8, 2025\nWeather\nApril 7, 2025\nPort strike\nApril 6, 2025\n\n" + BODY
    (article,) = read_text(text, ".txt", "p")
    assert article.published.date is None


def test_the_cascade_given_wins_default_only_fills_in():
    found = Published(date=dt.date(2024, 3, 3), method="text", evidence="March 3, 2024 (header)")
    given = (dt.date(2024, 1, 1), "--published 2024-01-01")
    assert settle(given, found).date == dt.date(2024, 1, 1)
    assert settle(None, found, dt.date(2020, 1, 1)) == found
    assert settle(None, Published(), dt.date(2020, 1, 1)) == Published(
        date=dt.date(2020, 1, 1), method="given", evidence="--default-published 2020-01-01"
    )
