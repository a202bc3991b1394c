"""Mexico's "calzada" names an avenue with "de"/"del" ("calzada de tlalpan") and in its short form "calz"; Spain's bare
"la calzada" is the roadway and names nothing."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("asaltaron una farmacia en la calzada de guadalupe hace rato", "calzada de guadalupe"),
    ("un carro chocado en la calz del hueso y nadie lo mueve", "calz del hueso"),
    ("me siguen desde la calzada de tlalpan rumbo al centro", "calzada de tlalpan"),
])
def test_calzada_names_an_avenue(text, place):
    assert place in nlp.extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text", [
    "el coche invadio la calzada contraria y casi nos da",
    "hay piedras en la calzada de la carretera desde esta mañana",
])
def test_roadway_is_no_place(text):
    assert not any("calzada" in p for p in nlp.extract(text).to_dict()["locations"])
