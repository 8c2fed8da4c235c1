"""Spanish: sentences in the style of Spanish news (El País, El Mundo, EFE) with their values
worked out by hand against the publish date. Each pins a rule a reader would notice."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

WEDNESDAY = dt.date(2025, 3, 5)  # Wednesday 5 March 2025, week 2025-W10


CASES = [
    ("El acuerdo se firmó el 3 de marzo de 2025 en Bruselas.", {"3 de marzo de 2025": "2025-03-03"}),
    ("Las elecciones serán el 28 de julio.", {"28 de julio": "2025-07-28"}),
    ("En marzo de 2020 cerraron las escuelas.", {"marzo de 2020": "2020-03"}),
    ("La Constitución se aprobó en 1978.", {"1978": "1978"}),
    ("El ministro dimitió ayer.", {"ayer": "2025-03-04"}),
    ("Hoy se reúne el Consejo de Ministros.", {"Hoy": "2025-03-05"}),
    ("Mañana se conocerán los datos del paro.", {"Mañana": "2025-03-06"}),
    ("Anteayer se registró un terremoto en Granada.", {"Anteayer": "2025-03-03"}),
    ("Anoche hubo disturbios en Barcelona.", {"Anoche": "2025-03-04TNI"}),
    ("El Gobierno informó hoy, miércoles, de la decisión.", {"hoy, miércoles": "2025-03-05"}),
    ("El presidente viajó el lunes a Bruselas.", {"lunes": "2025-03-03"}),
    ("El Congreso votará el viernes la reforma.", {"viernes": "2025-03-07"}),
    ("El lunes pasado se produjo el apagón.", {"lunes pasado": "2025-03-03"}),
    ("El próximo lunes comenzará el juicio.", {"próximo lunes": "2025-03-10"}),
    ("Hace tres años, Rusia invadió Ucrania.", {"Hace tres años": "2022"}),
    ("La semana pasada el Gobierno aprobó el decreto.", {"La semana pasada": "2025-W09"}),
    ("El año pasado la economía creció un 2,5 %.", {"El año pasado": "2024"}),
    ("El próximo mes se abrirá el plazo.", {"El próximo mes": "2025-04"}),
    ("Este año habrá elecciones autonómicas.", {"Este año": "2025"}),
    ("Esta noche se juega la final.", {"Esta noche": "2025-03-05TNI"}),
    ("A principios de marzo comenzaron las obras.", {"principios de marzo": "2025-03"}),
    ("A finales de 2024 el paro bajó.", {"finales de 2024": "2024"}),
    ("A mediados de junio se celebrará la cumbre.", {"mediados de junio": "2025-06"}),
    ("El paro bajó a finales del pasado mes de mayo.", {"finales del pasado mes de mayo": "2024-05"}),
    ("Las elecciones del pasado 2 de marzo fueron anuladas.", {"pasado 2 de marzo": "2025-03-02"}),
    ("La investigación duró seis meses.", {"seis meses": "P6M"}),
    ("El juicio se prolongó durante dos semanas.", {"dos semanas": "P2W"}),
    ("Dos días después del partido, el entrenador fue destituido.", {"Dos días": "P2D"}),
    ("El mercado abre todos los lunes.", {"todos los lunes": "XXXX-WXX-1"}),
    ("El boletín se publica cada día.", {"cada día": "P1D"}),
    ("La explosión se produjo a las 8.15 horas.", {"8.15 horas": "2025-03-05T08:15"}),
    ("Este verano llegarán más turistas.", {"Este verano": "2025-SU"}),
    ("Actualmente, el país atraviesa una crisis.", {"Actualmente": "PRESENT_REF"}),
    ("Hoy por hoy no hay acuerdo.", {"Hoy por hoy": "PRESENT_REF"}),
    ("Lo publicó el diario El País. Antes no había nada.", {}),
    ("La muestra se celebra desde hoy y hasta el día 8.", {"hoy": "2025-03-05", "día 8": "2025-03-08"}),
    ("Los diputados del pasado día 3 votaron en contra.", {"pasado día 3": "2025-03-03"}),
    ("Juan Pérez, 45 años, fue detenido ayer.", {"ayer": "2025-03-04"}),
    ("Hasta el siglo XIX hubo aquí un convento.", {"el siglo XIX": "18"}),
    ("El equipo ganó la segunda jornada de liga.", {}),
    ("Será el responsable del equipo para la próxima edición.", {"próxima": "FUTURE_REF"}),
    ("Se reunió con sus homólogos durante la pasada cumbre.", {"pasada": "PAST_REF"}),
    ("Estuvo dos años y medio en prisión.", {"dos años y medio": "P2Y6M"}),
    # without a genitive 's, "de ayer" is how Spanish says "yesterday's": the day, not the past at large
    ("Se lesionó en el entrenamiento de ayer.", {"ayer": "2025-03-04"}),
    ("La visita de mañana del Valencia preocupa.", {"mañana": "2025-03-06"}),
    # a one-word past (the -ó/-aron/-ieron ending) puts a yearless date months ahead in the past year
    ("El ministro anunció el 6 de junio un plan.", {"6 de junio": "2024-06-06"}),
    # a day number joined to a later day of a month takes that month (and year)
    ("La cumbre será el 9 y 10 de junio en Lima.", {"9": "2025-06-09", "10 de junio": "2025-06-10"}),
    ("Entre el 5 y el 6 de junio llegarán 300 barcos.", {"5": "2025-06-05", "6 de junio": "2025-06-06"}),
    # "horas" is also the unit: a clock's only after "a las" or with minutes
    ("Duró cuatro horas; empezó a las 11.30 horas.", {"cuatro horas": "PT4H", "11.30 horas": "2025-03-05T11:30"}),
    # "diario" follows its noun as an adjective (every day); after a determiner it is the newspaper
    ("El país produce 160.000 barriles diarios de crudo.", {"diarios": "P1D"}),
    ("Lo dijo a este diario el ministro.", {}),
    # "mañana" is tomorrow, "la mañana" the morning
    ("Llegará mañana por la mañana.", {"mañana": "2025-03-06", "la mañana": "2025-03-06TMO"}),
    # an hour with the part of the day after it: "de la tarde" is p.m.
    ("El camión volcó a las seis de la mañana de ayer.", {"seis de la mañana de ayer": "2025-03-04T06:00"}),
    ("La marcha comenzará a las 7 de la tarde.", {"7 de la tarde": "2025-03-05T19:00"}),
    # a decade by the years noun and its tens
    ("El reloj se inspira en los años 30.", {"los años 30": "193"}),
    ("A lo largo de la década de los noventa bajó el paro.", {"la década de los noventa": "199"}),
    # a count before the shifter of its unit; "un par de" is two
    ("Es la única que ganó en los cinco últimos años.", {"los cinco últimos años": "P5Y"}),
    ("Durante un par de horas olvidamos todo.", {"un par de horas": "PT2H"}),
    # "ese", "aquel" point back to the time the text told
    (
        "El atentado fue el 5 de octubre de 1999. Fue condenado ese mismo día.",
        {"5 de octubre de 1999": "1999-10-05", "ese mismo día": "1999-10-05"},
    ),
    # a unit of several words: the weekend
    ("La policía vigilará durante este fin de semana.", {"este fin de semana": "2025-W10-WE"}),
    ("El fin de semana pasado hubo disturbios.", {"El fin de semana pasado": "2025-W09-WE"}),
    # "futuro" is a time, not someone's prospects
    ("Impedirán violaciones similares en el futuro.", {"futuro": "FUTURE_REF"}),
    ("Su futuro pasa por la reunión; el futuro de las pensiones preocupa.", {}),
    # a count range goes up: "de 1971 a un año" is a year and a sentence
    ("Fue condenado por sus actos de 1971 a un año de prisión.", {"1971": "1971", "un año": "P1Y"}),
    ("El Real Madrid ascendió al segundo puesto; gana mil euros al mes.", {"al mes": "P1M"}),
    ("España jugará este lunes en Francia.", {"este lunes": "2025-03-10"}),  # future: the coming one
    ("El presidente habló este lunes con Arafat.", {"este lunes": "2025-03-03"}),
    ("Se reunieron los días 15 y 16 de marzo de 2001.", {"15": "2001-03-15", "16 de marzo de 2001": "2001-03-16"}),
    # a bare number before a plural noun counts it; before an article it stays a year
    ("Unas 2000 personas se manifestaron.", {}),
    ("La empresa despidió a 1500 trabajadores.", {}),  # a count of workers, no year
    ("Desde 2000 los precios subieron.", {"2000": "2000"}),
    # the day after (before) the day the text told, not "per day"; the day after an event is not that
    ("Llegó el 3 de marzo. Al día siguiente se fue.", {"3 de marzo": "2025-03-03", "día siguiente": "2025-03-04"}),
    (
        "Llegó el 3 de marzo. El día anterior había llovido.",
        {"3 de marzo": "2025-03-03", "El día anterior": "2025-03-02"},
    ),
    ("Toma tres pastillas al día.", {"al día": "P1D"}),
    # "diez" is a number word, not four digits of a year: never the years 10-19 AD
    ("En los años treinta la ciudad creció; en los años diez, no.", {"los años treinta": "193", "los años": "PXY"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spanish_expression_and_value(text: str, expected: dict[str, str]) -> None:
    found = {m.text: (m.value.value if m.value else None) for m in tag(text, WEDNESDAY, "es")}
    assert found == expected
