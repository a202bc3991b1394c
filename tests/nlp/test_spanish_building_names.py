"""A built place named after "de"/"del" in a Spanish tip ("el parque del alamillo", "la iglesia de santa marina") is a
place; one whose "name" is a common word ("el parque de bomberos", "la iglesia del pueblo") is none
(nlp/spanish_named_features.py, building_words in nlp/data/es/named_features.json)."""
import pytest

from nlp.spanish_named_features import find_named_features


def _found(text):
    return [text[s:e] for s, e in find_named_features(text, [])]


@pytest.mark.parametrize("text, places", [
    ("hay dos chavales rompiendo farolas en el parque del retamar, venid", ["parque del retamar"]),
    ("alguien ha pintado la puerta de la ermita de santa quiteria esta noche", ["ermita de santa quiteria"]),
    ("un hombre duerme en los bancos del jardin de villafranca cada noche", ["jardin de villafranca"]),
])
def test_named_building_is_a_place(text, places):
    assert _found(text) == places


@pytest.mark.parametrize("text", [
    "el humo sale de detras del parque de bomberos",
    "robaron las campanas de la iglesia del pueblo",
    "los niños juegan en el parque de atracciones",
])
def test_common_word_after_building_names_none(text):
    assert _found(text) == []
