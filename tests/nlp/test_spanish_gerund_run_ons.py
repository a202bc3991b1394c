"""A gerund the Spanish tagger runs onto a place is the sentence's verb and is cut (nlp/spanish_run_on_words.gerund,
whose verbs the full dictionary es/dictionary_words.txt now holds too: "amenazar", "sangrar"); a given name in -ando
stays ("san fernando")."""
import pytest

from nlp import extract
from nlp.spanish_run_on_words import gerund


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, want", [
    ("hay un tio con una navaja junto al arco de la sangre amenazando a unos turistas", ["arco de la sangre"]),
    ("hay un tio junto al puente de la sangre amenazando a unos turistas", ["puente de la sangre"]),
    ("la fuga fue por la rambla de belen corriendo como loco", ["rambla de belen"]),
    ("un perro atropellado en la calle san fernando, no se mueve", ["calle san fernando"]),
])
def test_gerund_is_no_part_of_a_place(text, want):
    assert places(text) == want


@pytest.mark.parametrize("word, want", [
    ("amenazando", True), ("sangrando", True), ("convulsionando", True), ("corriendo", True),
    ("fernando", False), ("armando", False), ("orlando", False), ("hernando", False),
])
def test_gerund_words(word, want):
    assert gerund(word) is want
