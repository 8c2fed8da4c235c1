"""Italian: sentences in the style of Italian news (Corriere della Sera, la Repubblica, ANSA) with their values
worked out by hand against the publish date. Each pins a rule a reader would notice."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

WEDNESDAY = dt.date(2025, 3, 5)  # Wednesday 5 March 2025, week 2025-W10


CASES = [
    ("L'accordo è stato firmato il 3 marzo 2025 a Roma.", {"3 marzo 2025": "2025-03-03"}),
    ("Le elezioni si terranno il 25 settembre.", {"25 settembre": "2025-09-25"}),
    ("Nel marzo 2020 le scuole hanno chiuso.", {"marzo 2020": "2020-03"}),
    ("La Repubblica è nata il 2 giugno 1946.", {"2 giugno 1946": "1946-06-02"}),
    ("Nel 2019 il Pil è cresciuto dello 0,5 per cento.", {"2019": "2019"}),
    ("Negli anni Settanta l'inflazione era alta.", {"anni Settanta": "197"}),
    ("Il ministro si è dimesso ieri.", {"ieri": "2025-03-04"}),
    ("Oggi il Senato vota la fiducia.", {"Oggi": "2025-03-05"}),
    ("Domani sarà presentata la manovra.", {"Domani": "2025-03-06"}),
    ("Dopodomani scade il termine.", {"Dopodomani": "2025-03-07"}),
    ("Stasera il premier parlerà in tv.", {"Stasera": "2025-03-05TEV"}),
    ("Ieri sera la polizia ha sgomberato il campo.", {"Ieri sera": "2025-03-04TEV"}),
    ("I sindacati hanno scioperato lunedì.", {"lunedì": "2025-03-03"}),
    ("Il Consiglio dei ministri si riunirà venerdì.", {"venerdì": "2025-03-07"}),
    ("Lunedì scorso c'è stato un blackout a Milano.", {"Lunedì scorso": "2025-03-03"}),
    ("Lunedì prossimo riapriranno le scuole.", {"Lunedì prossimo": "2025-03-10"}),
    ("Tre anni fa la Russia ha invaso l'Ucraina.", {"Tre anni fa": "2022"}),
    ("La settimana scorsa il governo ha approvato il decreto.", {"La settimana scorsa": "2025-W09"}),
    ("L'anno scorso i prezzi sono aumentati.", {"L'anno scorso": "2024"}),
    ("Il mese prossimo partirà la riforma.", {"Il mese prossimo": "2025-04"}),
    ("Il prossimo anno le tasse aumenteranno.", {"Il prossimo anno": "2026"}),
    ("Quest'anno la crescita sarà debole.", {"Quest'anno": "2025"}),
    ("Questa estate arriveranno più turisti.", {"Questa estate": "2025-SU"}),
    ("All'inizio di marzo sono ripresi i negoziati.", {"inizio di marzo": "2025-03"}),
    ("Alla fine del 2024 la disoccupazione è scesa.", {"fine del 2024": "2024"}),
    ("A metà giugno si terrà il vertice.", {"metà giugno": "2025-06"}),
    ("Il vertice si è svolto il 12 maggio scorso.", {"12 maggio scorso": "2024-05-12"}),
    ("L'inchiesta è durata sei mesi.", {"sei mesi": "P6M"}),
    ("Il processo è durato due settimane.", {"due settimane": "P2W"}),
    ("Tra tre settimane si vota.", {"tre settimane": "2025-W13"}),
    ("Il mercato si tiene ogni giovedì.", {"ogni giovedì": "XXXX-WXX-4"}),
    ("Il notiziario va in onda ogni giorno.", {"ogni giorno": "P1D"}),
    ("Alle 21.30 è esplosa una bomba.", {"21.30": "2025-03-05T21:30"}),
    ("Attualmente il Paese vive una crisi.", {"Attualmente": "PRESENT_REF"}),
    ("Le vendite annuali sono cresciute.", {"annuali": "P1Y"}),
    ("Lo ha scritto il Corriere della Sera. Il quotidiano torinese non conferma.", {}),
    ("Il palazzo risale al secolo XVIII.", {"secolo XVIII": "17"}),
    # the day after the day the story is on (Corriere style), not the publish date
    ("Il 3 marzo è arrivato a Roma. L'indomani è ripartito.", {"3 marzo": "2025-03-03", "L'indomani": "2025-03-04"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_italian_expression_and_value(text: str, expected: dict[str, str]) -> None:
    found = {m.text: (m.value.value if m.value else None) for m in tag(text, WEDNESDAY, "it")}
    assert found == expected
