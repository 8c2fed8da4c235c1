"""Page dumps in other languages and shapes: body, title, dateline, never a teaser's date."""

from __future__ import annotations

import datetime as dt

from timeline.ingest import read_file, read_text
from timeline.ingest.chrome import LineKind, classify, split_page
from timeline.ingest.page_dump import find_outlet
from timeline.models import Published

NORWEGIAN_PAGE = """Meny
  • Nyheter
  • Sport
  • Kultur
Les også
Regjeringen legger frem ny plan
12. mars 2024
Strømprisene stiger igjen
11. mars 2024

Statsministeren besøker Kina

Av Kari Nordmann | 14. mars 2024
Facebook Twitter E-post

Statsministeren reiste torsdag til Beijing for samtaler med den kinesiske presidenten, melder NTB.

Besøket kommer etter flere måneder med forberedelser, og handel står øverst på dagsordenen.

Annonse

Begge sider sier at de ønsker et tettere samarbeid om klima og energi i årene som kommer.

Relaterte saker
Ny avtale om laks er signert i Bergen
10. mars 2024
© 2024 Nordlys Avis
"""

TEASERS_ABOVE_UNDATED_ARTICLE = """Recent Posts
Markets slide as tariffs bite
April 8, 2025
Port workers vote to strike
April 6, 2025
Storm closes schools in the north
April 7, 2025

Ministers agree on a new fisheries plan

Ministers from the coastal states agreed on Tuesday to cut quotas for the next three seasons, officials said.

The plan still needs the approval of each parliament before it can take effect.
"""

GERMAN_PAGE = """Startseite
Politik
Kanzler reist nach Peking
Berlin, 5. März 2024
Der Bundeskanzler ist am Dienstag zu einem Besuch nach China aufgebrochen, wie ein Sprecher mitteilte.
Anzeige
Im Mittelpunkt der Gespräche sollen Handelsfragen und der Krieg in der Ukraine stehen.
Mehr zum Thema
Exporte brechen im Februar ein
1. März 2024
"""


def test_norwegian_page_body_title_byline_and_outlet():
    (article,) = read_text(NORWEGIAN_PAGE, ".txt", "no-page")
    assert article.text.startswith("Statsministeren reiste torsdag til Beijing")
    assert article.text.endswith("i årene som kommer.")
    assert "Annonse" not in article.text and "laks" not in article.text
    assert article.title == "Statsministeren besøker Kina"
    assert article.published.date == dt.date(2024, 3, 14)
    assert article.published.evidence == "Av Kari Nordmann | 14. mars 2024 (header, cue byline)"
    assert article.outlet == "Nordlys Avis"
    assert article.language in ("no", "nb")


def test_teaser_dates_above_the_headline_are_not_the_publish_date():
    (article,) = read_text(TEASERS_ABOVE_UNDATED_ARTICLE, ".txt", "undated")
    assert article.title == "Ministers agree on a new fisheries plan"
    assert article.published.date is None
    assert article.text.startswith("Ministers from the coastal states")


SHARE_LINE_UNDER_HEADLINE = """Home
World
Obama admits US gun laws are his 'biggest frustration'
By Jon Sopel
24 July 2015
Sharing is caring!
President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest \
frustration of his presidency.
In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the \
face of repeated mass killings".
He said if you looked at the number of Americans killed since 9/11 by terrorism, it was less than 100, while tens of \
thousands had been killed by gun violence.
"""


def test_the_headline_is_the_line_the_story_repeats_not_the_share_line_nearer_the_body():
    (article,) = read_text(SHARE_LINE_UNDER_HEADLINE, ".txt", "bbc")
    assert article.title == "Obama admits US gun laws are his 'biggest frustration'"
    assert article.published.date == dt.date(2015, 7, 24)


def test_german_dateline_and_inline_advert_removed():
    (article,) = read_text(GERMAN_PAGE, ".txt", "de-page")
    assert article.published.date == dt.date(2024, 3, 5)
    assert article.title == "Kanzler reist nach Peking"
    assert article.text.endswith("der Krieg in der Ukraine stehen.")
    assert "Anzeige" not in article.text and "Exporte" not in article.text
    assert article.language == "de"


def test_subheadings_inside_the_body_are_kept():
    page = "Head line of the story\n\nFirst paragraph of the story, long enough to be prose.\n\nA Subheading\n\n"
    page += "Second paragraph of the story, also long enough to count.\n\nComments\n\nNice article, thanks.\n"
    (article,) = read_text(page, ".txt", "sub")
    assert article.text.split("\n\n") == [
        "First paragraph of the story, long enough to be prose.",
        "A Subheading",
        "Second paragraph of the story, also long enough to count.",
    ]


def test_line_kinds_from_general_signals():
    page = split_page("  • Home\nFacebook X (Twitter) Instagram\nJune 17, 2025\nRelated Posts\nKeep Reading\nA\nA\n")
    assert page.kinds[:6] == (
        LineKind.MENU,
        LineKind.LIST,
        LineKind.LIST,
        LineKind.SECTION_END,
        LineKind.INLINE_CUE,
        LineKind.REPEATED,
    )


def test_a_long_japanese_menu_line_is_not_a_paragraph_but_japanese_prose_is():
    # a shop's category menu printed on one line (a real product-news page), then its first paragraph
    menu = (
        " メッシュチェア  布(ファブリック)チェア  レザーチェア  リクライニングチェア  高耐荷重チェア  環境対応チェア"
        "  スツール  スタッキングチェア  ビーコン内蔵チェア  導電チェア  チェアオプション"
    )
    prose = (
        "サンワサプライ株式会社（本社：岡山市北区田町1-10-1、代表取締役社長 山田哲也)は、指紋によりWindows 10の"
        "サインインを簡単・安全に行える指紋認証機能付きUSB有線マウス「MA-IRFP139BK」を発売しました。"
    )
    assert classify(menu) is LineKind.SHORT
    assert classify(prose) is LineKind.PROSE


def test_text_without_any_sentence_is_kept_whole():
    (article,) = read_text("Just a label\nand another", ".txt", "labels")
    assert article.text == "Just a label\nand another"


HARD_WRAPPED = """Ministers agree on a new fisheries plan

Coastal Times | March 3, 2025

Ministers from the coastal states agreed on Monday to cut the quotas for
cod and haddock for the next three seasons, officials said after talks
that ran late into the night in the harbour town.

The plan still needs the approval of each parliament before it can take
effect, and fishing groups said they would fight it in the courts if the
cuts were not softened.

Related Posts
Harbour strike ends after two weeks of talks between unions and owners
"""


def test_hard_wrapped_paragraphs_are_joined_back():
    (article,) = read_text(HARD_WRAPPED, ".txt", "wrapped")
    first, second = article.text.split("\n\n")
    assert first.startswith("Ministers from the coastal states") and first.endswith("in the harbour town.")
    assert "quotas for cod" in first
    assert second.endswith("if the cuts were not softened.")
    assert article.published.date == dt.date(2025, 3, 3)
    assert article.outlet == "Coastal Times"


def test_two_pasted_pages_are_two_articles_each_with_its_own_title_and_date(fixtures):
    first, second = read_file(fixtures / "two_pasted_pages.txt")
    assert (first.id, second.id) == ("two_pasted_pages", "two_pasted_pages-2")
    assert first.title is not None and "Xi, Putin" in first.title
    assert first.published.date == dt.date(2025, 2, 26)
    assert second.title == "As Trump Courts Putin, China’s Leader Xi Emphasizes Close Ties With Russia"
    assert second.published.date == dt.date(2025, 2, 24)
    assert first.text.startswith("BEIJING/SHENZHEN") and "China’s leader said" not in first.text
    assert second.text.startswith("China’s leader said") and "BEIJING/SHENZHEN" not in second.text


def test_prose_outside_the_article_without_a_header_of_its_own_is_warned_about_not_lost():
    story = (
        "The council voted on Tuesday to close the old harbour bridge to cars for the whole summer, officials said. "
    )
    other = "A reader wrote in to say that the ferry timetable had not been changed for eleven years and should be. "
    page = f"Bridge closes\n\nMarch 3, 2025\n\n{story * 9}\n\n{story * 8}\n\nComments\n\n{other * 7}\n\n{other * 6}\n"
    (article,) = read_text(page, ".txt", "p")
    assert "ferry timetable" not in article.text
    assert any("characters of prose outside the article left out" in w for w in article.warnings)


def test_the_outlet_is_a_name_without_copyright_words_and_years_and_never_a_date():
    dateline = Published(date=dt.date(2025, 11, 6), method="text", evidence="06.11.2025 | 14:30 (header)")
    footer = ("© 2024 Handelsblatt GmbH – Alle Rechte vorbehalten", "Copyright 2015 Onion Inc. All rights reserved.")
    assert find_outlet(footer, dateline) == "Handelsblatt GmbH"
    assert find_outlet(footer[1:], Published()) == "Onion Inc"
    assert find_outlet(("Copyright 2010 - 2015",), dateline) is None


COOKIE_NOTICE_TWICE = """Tested by: John Milbank RRP: 49.95 Euro
If you want a book that makes you feel great about being a biker, this is it. The 180 page coffee-table book is \
full of stunning photography, and the stories of the riders make it more than a catalogue of machines.
Advert
Privacy Overview
This website uses cookies to improve your experience while you navigate through the website. Out of these, the \
cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic \
functionalities of the website. We also use third-party cookies that help us analyze and understand how you use this \
website. These cookies will be stored in your browser only with your consent.
Privacy Overview
This website uses cookies to improve your experience while you navigate through the website. Out of these, the \
cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic \
functionalities of the website. We also use third-party cookies that help us analyze and understand how you use this \
website. These cookies will be stored in your browser only with your consent.
"""


def test_a_paragraph_printed_twice_is_a_template_not_the_article():
    (article,) = read_text(COOKIE_NOTICE_TWICE, ".txt", "cookies")
    assert article.text.startswith("If you want a book that makes you feel great about being a biker")
    assert "cookies" not in article.text


def test_a_photo_caption_with_its_credit_is_not_the_headline():
    page = (
        "Zelenskyj vädjar efter attackerna mot Kievs centrum\n"
        "Rök stiger över Kievs centrum efter ryska missilattacker, natten mot lördag. Foto: Dan Bashakov/AP\n"
        "Ryska missilattacker mot Kievs centrum under natten mot lördag dödade minst två personer, och röken steg "
        "över staden i flera timmar efter attackerna, enligt borgmästaren.\n"
    )
    (article,) = read_text(page, ".txt", "caption")
    assert article.title == "Zelenskyj vädjar efter attackerna mot Kievs centrum"


def test_a_consent_notice_is_a_block_of_its_own_however_long():
    notice = (
        "We use cookies on our website to give you the most relevant experience by remembering your preferences "
        "and repeat visits. By clicking “Accept All”, you consent to the use of ALL the cookies."
    )
    assert classify(notice) is LineKind.SECTION_END


def test_a_teaser_headline_in_title_case_with_a_full_stop_is_not_a_sentence():
    assert classify("The Microscopic Detail In These Paintings Celebrates The Wonder Of Humanity.") is LineKind.SHORT
    assert classify("The council voted on Tuesday to close the old Harbour Bridge to cars.") is LineKind.PROSE
