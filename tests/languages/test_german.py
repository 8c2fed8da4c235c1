"""German: sentences in the style of German news (tagesschau, Spiegel, Zeit) with their values worked out by
hand against the publish date; KRAUTS is the corpus the rules were developed on, these pin them."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

WEDNESDAY = dt.date(2025, 3, 5)  # Mittwoch, 5. März 2025

CASES = [
    # absolute dates: the day before the month, with its ordinal point
    ("Russland marschierte am 24. Februar 2022 in die Ukraine ein.", {"24. Februar 2022": "2022-02-24"}),
    ("Die Wahl findet am 23. Februar statt.", {"23. Februar": "2025-02-23"}),
    ("Im März 2020 schlossen die Schulen.", {"März 2020": "2020-03"}),
    ("Seit Herbst 1998 regiert die Koalition.", {"Herbst 1998": "1998-FA"}),
    ("Im Jahr 2012 wurde das Gesetz beschlossen.", {"Jahr 2012": "2012"}),
    ("Das geschah im 20. Jahrhundert.", {"20. Jahrhundert": "19"}),
    ("In den neunziger Jahren wuchs die Stadt.", {"den neunziger Jahren": "199"}),
    ("Die 90er Jahre waren wild.", {"Die 90er Jahre": "199"}),
    ("Ende April soll entschieden werden.", {"Ende April": "2025-04"}),
    ("Anfang 2026 soll das Gesetz in Kraft treten.", {"Anfang 2026": "2026"}),
    # the days around the publish date
    ("Der Minister trat gestern zurück.", {"gestern": "2025-03-04"}),
    ("Morgen entscheidet der Bundestag.", {"Morgen": "2025-03-06"}),
    ("Heute Abend spricht der Kanzler.", {"Heute Abend": "2025-03-05TEV"}),
    ("Heute stimmt der Bundestag über das Gesetz ab.", {"Heute": "2025-03-05"}),
    ("Noch heute ist vieles anders als früher.", {"heute": "PRESENT_REF", "früher": "PAST_REF"}),
    # weekdays by tense
    ("Die Polizei nahm am Montag zwei Verdächtige fest.", {"Montag": "2025-03-03"}),
    ("Der Bundestag wird am Freitag abstimmen.", {"Freitag": "2025-03-07"}),
    ("Der Gemeinderat stimmte am Dienstagabend zu.", {"Dienstagabend": "2025-03-04TEV"}),
    # counted from the publish date: the ago-word before the count
    ("Vor drei Jahren begann der Krieg.", {"Vor drei Jahren": "2022"}),
    ("Vor mehr als zehn Jahren zog sie nach Berlin.", {"Vor mehr als zehn Jahren": "2015"}),
    ("In zwei Wochen beginnt die Konferenz.", {"zwei Wochen": "2025-W12"}),
    ("Vergangene Woche legte die Regierung den Haushalt vor.", {"Vergangene Woche": "2025-W09"}),
    ("Im nächsten Jahr steigen die Beiträge.", {"nächsten Jahr": "2026"}),
    ("Heuer fällt der Winter mild aus.", {"Heuer": "2025", "der Winter": "2024-WI"}),
    ("Der Umsatz lag über dem Vorjahr.", {"dem Vorjahr": "2024"}),
    ("Bis Ende dieses Jahres soll der Bericht vorliegen.", {"Ende dieses Jahres": "2025"}),
    # durations and spans
    ("Er lebt seit zehn Jahren in Wien.", {"zehn Jahren": "P10Y"}),
    ("Die Verhandlungen dauerten jahrelang.", {"jahrelang": "PXY"}),
    ("Er saß drei Jahre und vier Monate in Haft.", {"drei Jahre und vier Monate": "P3Y4M"}),
    ("In den vergangenen Jahren stiegen die Mieten.", {"den vergangenen Jahren": "PXY"}),
    # clock times
    ("Die Sitzung beginnt um 20 Uhr.", {"20 Uhr": "2025-03-05T20:00"}),
    ("Der Zug fährt um 17.30 Uhr ab.", {"17.30 Uhr": "2025-03-05T17:30"}),
    # ranges: the first day or hour takes the month or "Uhr" of the last
    ("Die Tage werden vom 5. bis zum 9. Juni stattfinden.", {"5.": "2025-06-05", "9. Juni": "2025-06-09"}),
    ("Die Ausstellung ist von 10-18 Uhr geöffnet.", {"10": "2025-03-05T10:00", "18 Uhr": "2025-03-05T18:00"}),
    # references and sets
    ("Derzeit gibt es keine Pläne.", {"Derzeit": "PRESENT_REF"}),
    ("Damals war alles anders.", {"Damals": "PAST_REF"}),
    ("Die Zeitung erscheint täglich.", {"täglich": "P1D"}),
    ("Jedes Jahr kommen Tausende Besucher.", {"Jedes Jahr": "P1Y"}),
    ("Die Umsätze gingen um 11,1 Prozent zurück; das BIP wuchs um 19 Prozent.", {}),  # a rate, not a clock
    # holidays
    ("Zu Weihnachten 2024 lag kein Schnee.", {"Weihnachten 2024": "2024-12-25"}),
    # a bare number before a counted noun (capitalised, as German writes nouns) counts it; "Im Jahr 2000" is a year
    ("Die Polizei war mit 1500 Beamten im Einsatz.", {}),
    ("Rund 2000 Menschen demonstrierten.", {}),
    ("Im Jahr 2000 Menschen zu helfen war schwer.", {"Jahr 2000": "2000"}),
    # the day after or before the day the story is on, not the publish date (tagesschau style)
    (
        "Am 3. März 1990 kam er an. Am nächsten Tag reiste er ab.",
        {"3. März 1990": "1990-03-03", "nächsten Tag": "1990-03-04"},
    ),
    ("Am 1. März wurde gewählt. Tags darauf trat er zurück.", {"1. März": "2025-03-01", "Tags darauf": "2025-03-02"}),
    (
        "Am 1. März wurde gewählt. Am Vortag hatten Tausende demonstriert.",
        {"1. März": "2025-03-01", "Vortag": "2025-02-28"},
    ),
    ("Am nächsten Montag wird gewählt.", {"nächsten Montag": "2025-03-10"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_german_news_sentence(sentence: str, expected: dict[str, str]) -> None:
    found = {m.text: m.value.value for m in tag(sentence, WEDNESDAY, "de") if m.value is not None}
    assert found == expected


def test_a_count_of_years_after_mit_is_an_age_and_rund_1500_euro_a_quantity() -> None:
    texts = [m.text for m in tag("Mit 16 Jahren ging sie; der Preis: rund 1500 Euro.", WEDNESDAY, "de")]
    assert "16 Jahren" not in texts
    assert "rund 1500" not in texts


def test_nun_is_a_discourse_particle_not_a_time() -> None:
    assert tag("Nun ist die Frage, wer zahlt.", WEDNESDAY, "de") == []


def test_a_capitalised_noun_after_a_date_word_is_no_name() -> None:
    """German capitalises every noun: "vergangene Woche" is a week, not the title of a show."""
    (mention,) = tag("Die Regierung hat vergangene Woche entschieden.", WEDNESDAY, "de")
    assert mention.value.value == "2025-W09"


def test_a_clock_time_in_a_listing_is_not_on_the_entry_before() -> None:
    """An events listing: each entry is its own sentence; tomorrow's entry does not date the next one's time."""
    text = "Meran: Adventsmarkt, heute 15-20 Uhr, morgen von 10-15 Uhr. Brixen: Konzert im Forum, 20 Uhr."
    found = {m.text: m.value.value for m in tag(text, WEDNESDAY, "de") if m.value is not None}
    assert found["20 Uhr"] == "2025-03-05T20:00"
