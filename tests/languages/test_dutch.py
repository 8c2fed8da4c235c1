"""Dutch: sentences in the style of Dutch news (NOS, de Volkskrant, NRC) with their values worked out by hand
against the publish date. Each pins a rule a reader would notice; Dutch has no annotated corpus here."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

WEDNESDAY = dt.date(2025, 3, 5)  # Wednesday 5 March 2025

CASES = [
    # absolute dates: day before month, months in lower case
    ("Het kabinet-Schoof werd op 2 juli 2024 beëdigd.", {"2 juli 2024": "2024-07-02"}),
    ("De verkiezingen zijn op 29 oktober 2025.", {"29 oktober 2025": "2025-10-29"}),
    ("Op 1 januari 2025 ging de btw op sportlessen omhoog.", {"1 januari 2025": "2025-01-01"}),
    ("De première was op 15 februari in Carré.", {"15 februari": "2025-02-15"}),
    ("In maart 2020 sloten de scholen.", {"maart 2020": "2020-03"}),
    ("Het akkoord werd in 2023 gesloten.", {"2023": "2023"}),
    ("Eind april volgt een besluit.", {"Eind april": "2025-04"}),
    ("Begin 2026 moet de nieuwe wet ingaan.", {"Begin 2026": "2026"}),
    ("Medio 2024 stegen de prijzen.", {"Medio 2024": "2024"}),
    # the days around the publish date
    ("De minister trad gisteren af.", {"gisteren": "2025-03-04"}),
    ("Vandaag debatteert de Tweede Kamer over de begroting.", {"Vandaag": "2025-03-05"}),
    ("Morgen maakt het kabinet de plannen bekend.", {"Morgen": "2025-03-06"}),
    ("Eergisteren werd de verdachte aangehouden.", {"Eergisteren": "2025-03-03"}),
    ("Vanavond om 8 uur spreekt de premier het land toe.", {"Vanavond om 8 uur": "2025-03-05T20:00"}),
    ("Gisteravond raakte een man gewond bij een steekpartij.", {"Gisteravond": "2025-03-04TEV"}),
    # weekdays, by the clause's tense
    ("De stakers legden maandag het werk neer.", {"maandag": "2025-03-03"}),
    ("De Kamer stemt vrijdag over de motie.", {"vrijdag": "2025-02-28"}),
    ("Het kabinet zal vrijdag over de motie beslissen.", {"vrijdag": "2025-03-07"}),
    ("De gemeenteraad besloot dinsdagavond tot sluiting.", {"dinsdagavond": "2025-03-04TEV"}),
    # relative to the publish date
    ("Drie jaar geleden viel Rusland Oekraïne binnen.", {"Drie jaar geleden": "2022"}),
    ("Twee weken geleden werd de burgemeester geïnstalleerd.", {"Twee weken geleden": "2025-W08"}),
    ("Vorige week presenteerde de minister zijn plannen.", {"Vorige week": "2025-W09"}),
    ("Volgend jaar gaat de huurverhoging in.", {"Volgend jaar": "2026"}),
    ("Vorig jaar kwamen er minder asielzoekers.", {"Vorig jaar": "2024"}),
    ("Deze maand komt het rapport uit.", {"Deze maand": "2025-03"}),
    ("Volgende maand begint de proef.", {"Volgende maand": "2025-04"}),
    ("Afgelopen zomer was het uitzonderlijk droog.", {"Afgelopen zomer": "2024-SU"}),
    # relative to the text's own time
    ("Hij werd in 2010 gekozen. Twee jaar later trad hij af.", {"2010": "2010", "Twee jaar later": "2012"}),
    # durations and vague spans
    ("Het onderzoek duurde drie maanden.", {"drie maanden": "P3M"}),
    ("Hij zat vijf jaar in de gevangenis.", {"vijf jaar": "P5Y"}),
    ("Er wordt al jarenlang over gesproken.", {"jarenlang": "PXY"}),
    ("In de afgelopen jaren is het aantal daklozen gestegen.", {"de afgelopen jaren": "PXY"}),
    # clock times
    ("De wedstrijd begint om 20.45 uur.", {"20.45 uur": "2025-03-05T20:45"}),
    # references
    ("Momenteel zijn er te weinig leraren.", {"Momenteel": "PRESENT_REF"}),
    ("Destijds was er nauwelijks toezicht.", {"Destijds": "PAST_REF"}),
    ("Binnenkort volgt een besluit.", {"Binnenkort": "FUTURE_REF"}),
    # sets
    ("Het blad verschijnt wekelijks.", {"wekelijks": "P1W"}),
    ("Elk jaar komen er duizenden toeristen.", {"Elk jaar": "P1Y"}),
    # holidays
    ("Met Kerstmis 2024 lag er geen sneeuw.", {"Kerstmis 2024": "2024-12-25"}),
    ("Op Tweede Kerstdag was het druk op de wegen.", {"Tweede Kerstdag": "2024-12-26"}),
    # the day after the day the story is on (NOS style), not the publish date
    (
        "Op 3 maart kwam hij aan. De volgende dag vertrok hij.",
        {"3 maart": "2025-03-03", "De volgende dag": "2025-03-04"},
    ),
    ("Op 3 maart kwam hij aan. De dag erna vertrok hij.", {"3 maart": "2025-03-03", "De dag erna": "2025-03-04"}),
    ("Volgende week vertrekt hij.", {"Volgende week": "2025-W11"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_dutch_news_sentence(sentence: str, expected: dict[str, str]) -> None:
    found = {m.text: m.value.value for m in tag(sentence, WEDNESDAY, "nl") if m.value is not None}
    assert found == expected


def test_drie_uur_alone_is_hours_not_three_oclock() -> None:
    (mention,) = tag("De vergadering duurde drie uur.", WEDNESDAY, "nl")
    assert mention.value.value == "PT3H"


def test_lower_case_month_names_are_read_but_not_english_ones() -> None:
    assert [m.text for m in tag("Op 3 March gebeurde het.", WEDNESDAY, "nl")] == []
