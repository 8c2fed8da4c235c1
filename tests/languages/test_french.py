"""French: sentences in the style of French news (Le Monde, Le Figaro, France Info) with their values
worked out by hand against the publish date. Each pins a rule a reader would notice."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

WEDNESDAY = dt.date(2025, 3, 5)  # Wednesday 5 March 2025, week 2025-W10


CASES = [
    ("Le traité a été signé le 3 mars 2025 à Paris.", {"3 mars 2025": "2025-03-03"}),
    ("Les élections législatives auront lieu le 1er juin.", {"1er juin": "2025-06-01"}),
    ("Le 14 juillet 1789, la Bastille est prise.", {"14 juillet 1789": "1789-07-14"}),
    ("En mars 2020, les écoles ont fermé.", {"mars 2020": "2020-03"}),
    ("La réforme est entrée en vigueur le 1er janvier.", {"1er janvier": "2025-01-01"}),
    ("Le ministre a démissionné hier.", {"hier": "2025-03-04"}),
    ("Aujourd'hui, l'Assemblée nationale débat du budget.", {"Aujourd'hui": "2025-03-05"}),
    ("Le président s'exprimera demain soir à la télévision.", {"demain soir": "2025-03-06TEV"}),
    ("Avant-hier, un incendie a ravagé l'usine.", {"Avant-hier": "2025-03-03"}),
    ("Hier après-midi, la police a évacué le camp.", {"Hier après-midi": "2025-03-04TAF"}),
    ("Les cheminots ont manifesté lundi à Paris.", {"lundi": "2025-03-03"}),
    ("Le Conseil des ministres se réunira vendredi.", {"vendredi": "2025-03-07"}),
    ("Lundi prochain, les élèves reprendront les cours.", {"Lundi prochain": "2025-03-10"}),
    ("Il a démissionné mercredi dernier.", {"mercredi dernier": "2025-02-26"}),
    ("Il y a trois ans, la Russie envahissait l'Ukraine.", {"Il y a trois ans": "2022"}),
    ("La semaine dernière, le gouvernement a présenté son plan.", {"La semaine dernière": "2025-W09"}),
    ("L'an dernier, les prix de l'énergie ont augmenté.", {"L'an dernier": "2024"}),
    ("L’année dernière, le chômage a reculé.", {"L’année dernière": "2024"}),
    ("Le mois prochain, la réforme des retraites entrera en vigueur.", {"Le mois prochain": "2025-04"}),
    ("Cette année, la croissance sera faible.", {"Cette année": "2025"}),
    ("Ce soir, le Premier ministre s'adressera aux Français.", {"Ce soir": "2025-03-05TEV"}),
    ("Début mars, les négociations ont repris.", {"Début mars": "2025-03"}),
    ("Fin 2024, le chômage a baissé.", {"Fin 2024": "2024"}),
    ("À la fin de l'année, le chantier sera terminé.", {"la fin de l'année": "2025"}),
    ("Le scrutin du 6 mai dernier a été annulé.", {"6 mai dernier": "2024-05-06"}),
    ("Les syndicats avaient défilé en mai dernier.", {"mai dernier": "2024-05"}),
    ("Les négociations se sont ouvertes dimanche 2 mars.", {"dimanche 2 mars": "2025-03-02"}),
    ("L'enquête a duré six mois.", {"six mois": "P6M"}),
    ("Il a passé dix-huit mois en détention.", {"dix-huit mois": "P18M"}),
    ("Le journal paraît chaque jour.", {"chaque jour": "P1D"}),
    ("Le marché se tient tous les jeudis.", {"tous les jeudis": "XXXX-WXX-4"}),
    ("L'accident s'est produit mardi vers 21 h 45.", {"mardi vers 21 h 45": "2025-03-04T21:45"}),
    ("Cet été, les touristes reviendront.", {"Cet été": "2025-SU"}),
    ("Actuellement, le pays traverse une crise.", {"Actuellement": "PRESENT_REF"}),
    ("La liste est désormais complète.", {"désormais": "PRESENT_REF"}),
    ("Elle est restée au bord de la mer. Le musée reste fermé.", {}),
    ("Alain Parmentier, 53 ans, employé de la société, a été blessé.", {}),
    ("Âgée de 90 ans, elle vivait seule.", {}),
    ("Ce soir à 00 h 10, Arte diffuse le film.", {"Ce soir à 00 h 10": "2025-03-05T00:10"}),
    ("Les inscriptions se feront à partir du mois de juin.", {"mois de juin": "2025-06"}),
    ("Dans les années 80, la ville a changé.", {"les années 80": "198"}),
    ("Les prix ont baissé au cours des trois derniers mois.", {"trois derniers mois": "P3M"}),
    ("Les coureurs se sont rendus ce week-end à Saint-Gervais.", {"ce week-end": "2025-W09-WE"}),  # past: the last
    ("Le week-end dernier, il a neigé.", {"week-end dernier": "2025-W09-WE"}),
    # a bare number after "à" is an hour only alone: not a sum, a distance or a score
    ("Le tribunal l'a condamné à 5.000 F d'amende, à 15 km de là.", {}),
    ("Ils ont gagné 8 à 3.", {}),
    # a season in the of-phrase of a name
    ("Bush a ouvert les Jeux d'hiver à Salt Lake City.", {}),
    ("Le train part à 8 heures du soir.", {"8 heures du soir": "2025-03-05T20:00"}),
    # a bare number before a plural noun counts it; before an article it stays a year
    ("Environ 2000 personnes ont manifesté.", {}),
    ("Depuis 2000 les prix montent.", {"2000": "2000"}),
    # the day after the day the text told
    (
        "Il est arrivé le 3 mars. Le jour suivant, il est reparti.",
        {"3 mars": "2025-03-03", "Le jour suivant": "2025-03-04"},
    ),
    # the day after or before the day the story is on (Le Monde style), not the publish date
    (
        "Le 3 mars 1990, il est arrivé à Paris. Le lendemain, il est reparti.",
        {"3 mars 1990": "1990-03-03", "Le lendemain": "1990-03-04"},
    ),
    ("Le 3 mars, le traité a été signé. La veille, il avait plu.", {"3 mars": "2025-03-03", "La veille": "2025-03-02"}),
    ("Le lendemain de l'élection, il est parti.", {}),  # the day after an event the text does not date
    ("Le serveur est en veille.", {}),  # standby, no day
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_expression_and_value(text: str, expected: dict[str, str]) -> None:
    found = {m.text: (m.value.value if m.value else None) for m in tag(text, WEDNESDAY, "fr")}
    assert found == expected


def test_a_clock_time_is_on_the_day_its_sentence_names() -> None:
    """ "Dimanche 9 mars, à 9 h 15, messe": the announcement's day, not the publish date."""
    text = "Dimanche 9 mars, à 9 h 15, messe à Lyon, 10 h 30, messe à Lure. Hier, vers midi, un camion a brûlé."
    found = {m.text: m.value.value for m in tag(text, WEDNESDAY, "fr") if m.value is not None}
    assert found["9 h 15"] == "2025-03-09T09:15"
    assert found["10 h 30"] == "2025-03-09T10:30"
    assert found["midi"] == "2025-03-04T12:00"


def test_a_clock_time_in_past_narration_is_on_the_story_day() -> None:
    text = "Dimanche, un train a été attaqué près de Tours. Les premiers tirs ont eu lieu vers 18 h 55."
    found = {m.text: m.value.value for m in tag(text, WEDNESDAY, "fr") if m.value is not None}
    assert found["18 h 55"] == "2025-03-02T18:55"
