"""Portuguese: sentences in the style of Portuguese news (Público, Folha de S.Paulo, Lusa) with their values
worked out by hand against the publish date. Each pins a rule a reader would notice."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

WEDNESDAY = dt.date(2025, 3, 5)  # Wednesday 5 March 2025, week 2025-W10


CASES = [
    ("O acordo foi assinado em 3 de março de 2025.", {"3 de março de 2025": "2025-03-03"}),
    ("As eleições serão em 5 de outubro.", {"5 de outubro": "2025-10-05"}),
    ("Em março de 2020, as escolas fecharam.", {"março de 2020": "2020-03"}),
    ("A revolução aconteceu em 25 de abril de 1974.", {"25 de abril de 1974": "1974-04-25"}),
    ("O ministro demitiu-se ontem.", {"ontem": "2025-03-04"}),
    ("Hoje, o parlamento vota o orçamento.", {"Hoje": "2025-03-05"}),
    ("Amanhã será anunciado o novo governo.", {"Amanhã": "2025-03-06"}),
    ("Anteontem houve um sismo nos Açores.", {"Anteontem": "2025-03-03"}),
    # a one-word past (the -aram/-eram/-iram ending) puts a yearless date months ahead in the past year
    ("Os navios chegaram a 6 de junho.", {"6 de junho": "2024-06-06"}),
    ("O presidente viajou na segunda-feira para Bruxelas.", {"segunda-feira": "2025-03-03"}),
    ("O Conselho vai reunir-se na sexta-feira.", {"sexta-feira": "2025-03-07"}),
    ("Na segunda-feira passada, houve um apagão.", {"segunda-feira passada": "2025-03-03"}),
    ("Na próxima segunda-feira começa o julgamento.", {"próxima segunda-feira": "2025-03-10"}),
    ("Há três anos, a Rússia invadiu a Ucrânia.", {"Há três anos": "2022"}),
    ("Três anos atrás, a Rússia invadiu a Ucrânia.", {"Três anos atrás": "2022"}),
    ("Na semana passada, o governo aprovou o decreto.", {"semana passada": "2025-W09"}),
    ("O ano passado foi o mais quente de sempre.", {"O ano passado": "2024"}),
    ("O mês passado foi chuvoso.", {"O mês passado": "2025-02"}),
    ("No próximo ano, os impostos vão subir.", {"próximo ano": "2026"}),
    ("Este ano, a economia cresceu 2 %.", {"Este ano": "2025"}),
    ("No início de março começaram as obras.", {"início de março": "2025-03"}),
    ("No fim de 2024, o desemprego caiu.", {"fim de 2024": "2024"}),
    ("As vendas caíram no início deste mês.", {"início deste mês": "2025-03"}),
    ("Em meados de junho vai realizar-se a cimeira.", {"meados de junho": "2025-06"}),
    ("No terceiro trimestre de 2024, as vendas subiram.", {"terceiro trimestre de 2024": "2024-Q3"}),
    ("A investigação durou seis meses.", {"seis meses": "P6M"}),
    ("O julgamento prolongou-se durante duas semanas.", {"duas semanas": "P2W"}),
    ("O jornal é publicado todos os dias.", {"todos os dias": "P1D"}),
    ("A feira realiza-se todos os sábados.", {"todos os sábados": "XXXX-WXX-6"}),
    ("Às 8h30 deu-se a explosão.", {"8h30": "2025-03-05T08:30"}),
    ("Neste verão chegarão mais turistas.", {"Neste verão": "2025-SU"}),
    ("Atualmente, o país vive uma crise.", {"Atualmente": "PRESENT_REF"}),
    ("Em breve, o governo vai anunciar medidas.", {"Em breve": "FUTURE_REF"}),
    ("As receitas anuais subiram.", {"anuais": "P1Y"}),
    ("Segundo o Diário de Notícias, a segunda volta foi renhida.", {}),
    ("Esteve dois anos e meio preso.", {"dois anos e meio": "P2Y6M"}),
    # the day after the day the text told
    ("Chegou a 3 de março. No dia seguinte partiu.", {"3 de março": "2025-03-03", "dia seguinte": "2025-03-04"}),
    ("Cerca de 2000 pessoas protestaram em Lisboa.", {}),  # a count of people, no year
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_portuguese_expression_and_value(text: str, expected: dict[str, str]) -> None:
    found = {m.text: (m.value.value if m.value else None) for m in tag(text, WEDNESDAY, "pt")}
    assert found == expected
