"""Spain towns of 3,000+ people and Catalan names typed without their accents ("calvia" for Calvià), from
nlp/data/es/towns_spain.txt as nlp/tools/build_spanish_towns.py writes it."""
import pytest

import nlp
from nlp.tools.build_spanish_towns import names


@pytest.mark.parametrize("text, town", [
    ("anoche le robaron la moto a mi primo en pollenca, delante del bar", "pollenca"),
    ("hay un tio borracho pegando a la gente en cornella de llobregat ahora mismo", "cornella de llobregat"),
    ("se ha caido un señor mayor en tarrega y no se levanta", "tarrega"),
    ("mi madre vive sola en algaida y no contesta al telefono desde ayer", "algaida"),
])
def test_small_or_catalan_town(text, town):
    assert town in nlp.extract(text).to_dict()["locations"]


def test_grave_accents_folded():
    assert "sant adria de besos" in names({"name": "Sant Adrià de Besòs"})
