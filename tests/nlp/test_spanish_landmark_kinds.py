"""A word that says what kind of bridge or park a landmark word is ("puente peatonal", "puente de peatones", "parque
canino") names none (ANNOTATION.md: a generic facility word is no location without a name): es/landmark_kind_words.txt
read by nlp/spanish_landmark_names.kind_word, and "peatones" in es/named_features.json not_names. Invented texts."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, want", [
    ("desde el puente peatonal tiran piedras a los carros ahorita", []),
    ("debajo del puente de peatones se junta gente a drogarse", []),
    ("un señor se quiere aventar del puente peatonal de la avenida revolucion", ["avenida revolucion"]),
    ("en el parque canino un perro pitbull mordio a otro", []),
    ("asaltaron a una señora en el puente peatonal frente al hospital", []),
    ("hay un tipo sentado en la orilla del puente peatonal de la calzada tlalpan", ["calzada tlalpan"]),
])
def test_a_kind_of_bridge_or_park_is_no_place(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text, want", [
    ("hay una pelea en el parque humboldt ahorita", ["parque humboldt"]),
    ("se estan drogando en el parque lincoln junto a los columpios", ["parque lincoln"]),
    ("un borracho esta colgado del puente de brooklyn", ["puente de brooklyn"]),
    ("tiraron un carrito al agua desde el puente romano", ["puente romano"]),
])
def test_a_named_bridge_or_park_stays(text, want):
    assert places(text) == want
