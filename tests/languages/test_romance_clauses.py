"""Spanish, French, Portuguese and Italian clause words: sentences cut at their own abbreviations, and an
event-relative phrase in each language dated next to the event other articles date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timeline_factories import day, fact
from timeline.event_relative import date_event_offsets
from timeline.facts import sentences
from timeline.infer import DatedFacts
from timeline.lexicon import clause_words
from timeline.models import Mod

# Each title's point is no sentence end in its language; English data would cut the sentence after it.
TITLED = [
    ("es", "La Sra. López dimitió el 3 de marzo. Su sucesor asumió ayer."),
    ("fr", "Le sommet du 3 janv. 2025 a eu lieu à Paris. Il a échoué."),
    ("pt", "A Sra. Silva renunciou em 3 de março. O sucessor assumiu ontem."),
    ("it", "Il dott. Rossi si è dimesso il 3 marzo. Il successore è arrivato ieri."),
]


@pytest.mark.parametrize(("language", "text"), TITLED)
def test_an_abbreviated_title_or_month_does_not_end_the_sentence(language: str, text: str) -> None:
    assert len(sentences(text, language)) == 2


EVENT_DAY = day("2022-02-24")
# (language, dated fact, sentence, (offset phrase, its vague word), side: -1 before the event, 1 after)
OFFSETS = [
    (
        "es",
        "Rusia invadió Ucrania el 24 de febrero de 2022.",
        "Poco después de la invasión de Ucrania, Europa aprobó sanciones.",
        ("Poco después de la invasión de Ucrania", "poco"),
        1,
    ),
    (
        "fr",
        "Le sommet de Paris sur l'Ukraine s'est ouvert le 24 février 2022.",
        "Peu avant le sommet de Paris, les ministres se sont parlé.",
        ("Peu avant le sommet de Paris", "peu"),
        -1,
    ),
    (
        "pt",
        "A Rússia invadiu a Ucrânia em 24 de fevereiro de 2022.",
        "Poucas semanas após a invasão da Ucrânia, a Europa aprovou sanções.",
        ("Poucas semanas após a invasão da Ucrânia", "semanas"),
        1,
    ),
    (
        "it",
        "Il vertice di Roma sulla Ucraina si è aperto il 24 febbraio 2022.",
        "Poco dopo il vertice di Roma, i ministri hanno firmato.",
        ("Poco dopo il vertice di Roma", "poco"),
        1,
    ),
    # an elided article, or one contracted with its preposition
    (
        "fr",
        "La guerre a commencé par une invasion de l'Ukraine le 24 février 2022.",
        "Peu avant l'invasion de l'Ukraine, les ministres se sont parlé.",
        ("Peu avant l'invasion de l'Ukraine", "peu"),
        -1,
    ),
    (
        "pt",
        "O exército invadiu a Ucrânia em 24 de fevereiro de 2022.",
        "Poucas semanas depois da invasão da Ucrânia, a Europa aprovou sanções.",
        ("Poucas semanas depois da invasão da Ucrânia", "semanas"),
        1,
    ),
    (
        "it",
        "La visita del presidente a Kiev si è svolta il 24 febbraio 2022.",
        "Poco prima della visita del presidente, i ministri hanno firmato.",
        ("Poco prima della visita del presidente", "poco"),
        -1,
    ),
]


@pytest.mark.parametrize(("language", "dated", "text", "offset", "side"), OFFSETS)
def test_a_vague_offset_from_a_dated_event_is_a_window_beside_it(
    language: str, dated: str, text: str, offset: tuple[str, str], side: int
) -> None:
    phrase, vague = offset
    facts = DatedFacts([fact(dated, EVENT_DAY, "000")])
    [mention] = date_event_offsets(text, [], facts, language=language)
    assert mention.text == phrase and mention.value is not None
    width = dt.timedelta(days=clause_words(language).event_offset_days[vague])
    if side < 0:
        assert (mention.value.earliest, mention.value.latest) == (EVENT_DAY.earliest - width, dt.date(2022, 2, 23))
        assert mention.value.mod == Mod.BEFORE
    else:
        assert (mention.value.earliest, mention.value.latest) == (dt.date(2022, 2, 25), EVENT_DAY.earliest + width)
        assert mention.value.mod == Mod.AFTER
