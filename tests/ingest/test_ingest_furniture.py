"""Page furniture inside a body: recognized by shape and per-language words, left out of the text."""

from __future__ import annotations

import pytest

from timeline.ingest import read_text
from timeline.ingest.furniture import cut_citations, furniture_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [  # real lines of the kinds the issue names
        ("© 2019 The Harbour Gazette. All rights reserved.", "copyright"),
        ("Copyright 2024 Nordlys Avis", "copyright"),
        ("Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung", "copyright"),
        ("Update July 3rd, 8:05AM ET", "update stamp"),
        ("Updated: Sat 8:31 PM, Feb 17, 2018", "update stamp"),
        ("— Shay Friedman (@ironshay) August 22, 2013", "embed signature"),
        ("A post shared by xoxo, Gaga (@ladygaga) on Dec 5, 2016 at 9:10am PST", "embed signature"),
        ("Photo: Jane Doe/Reuters", "photo credit"),
        ("Bildrechte: picture alliance/dpa | Daniel Vogl", "photo credit"),
        ("Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:", "comment header"),
        ("Nature 574, 16-17 (2019)", "citation"),
        ("Proc. Natl Acad. Sci. USA 116, 1234-1240 (2019).", "citation"),
    ],
)
def test_furniture_lines(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The copyright dispute began on May 3, 2020, when the label sued.",
        "Here is what he said:",
        "Updated figures released on Monday showed a rise in prices across the region, the bureau said.",
        "Photos from the scene showed two damaged cars.",
    ],
)
def test_story_lines_are_not_furniture(line):
    assert furniture_kind(line) is None


def test_a_citation_inside_a_sentence_is_cut_and_the_sentence_kept():
    text, cut = cut_citations("The finding was first reported in Nature 574, 16-17 (2019) and later confirmed.")
    assert text == "The finding was first reported in and later confirmed."
    assert cut == ["Nature 574, 16-17 (2019)"]


def test_furniture_inside_the_body_is_left_out_of_the_text_and_listed():
    page = (
        "Harbour bridge closes to cars for the summer\n\n"
        "The council voted on Tuesday to close the old harbour bridge to cars for the whole summer, officials said.\n\n"
        "— Harbour Watch (@harbourwatch) July 3, 2019\n\n"
        "Repairs to the deck are expected to take at least four months, and buses will use the ferry road instead.\n\n"
        "Photo: Jane Doe/Reuters\n\n"
        "Shop owners on the quay said they feared fewer visitors, while cyclists welcomed the decision warmly.\n"
    )
    (article,) = read_text(page, ".txt", "p")
    assert "@harbourwatch" not in article.text and "Jane Doe" not in article.text
    assert "cyclists welcomed" in article.text and "Repairs to the deck" in article.text
    kinds = {block.kind for block in article.dropped}
    assert {"embed signature", "photo credit"} <= kinds
