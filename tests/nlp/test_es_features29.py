"""Real outputs of nlp.extract for the Spanish feature rule of stop 29 (issue 14: beaches, hills, bridges and rivers
named after "de" or by an adjective). Every text is written for the test (none is in a dev file); each has a
negative case that must stay as it was.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("hay un chico en la playa de los lances que no puede salir del agua, la corriente lo arrastra", "playa de los lances"),
    ("unos tipos con palos en el cerro de la cruz, le pegan a un señor, vengan ya", "cerro de la cruz"),
    ("una señora sentada en el barandal del puente de santa eulalia mirando al agua", "puente de santa eulalia"),
    ("dos chavos se metieron al rio bravo y uno ya no sale, estamos en la orilla", "rio bravo"),
])
def test_a_feature_named_after_de_or_by_its_adjective_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("en la playa de la ciudad hay mucha gente hoy, nada grave", "playa de la ciudad"),
    ("por el puente del canal venden droga todas las noches", "puente del canal"),
    ("encontramos una playa de arena muy bonita", "playa de arena"),
])
def test_a_feature_with_a_common_noun_after_de_is_no_name(text, place):
    assert place not in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("un coche se ha caido al agua desde el muelle de la aduana vieja", "muelle de la aduana vieja"),
    ("unos chavos pescan con red en el muelle de la barqueta y venden ahi mismo", "muelle de la barqueta"),
    ("se cayo una señora del muelle del espigon, esta en el agua", "muelle del espigon"),
])
def test_a_pier_is_named_with_its_word_and_its_de(text, place):
    # ANNOTATION.md (stop 33): "muelle de san roque", not the name alone
    assert place in extract(text).locations
