"""Spanish places, round 2 of stop 29 (nlp-esplace29b): kinds found in es/heldout11's errors."""
import pytest

from nlp import extract


# "barrio del X": with "del" the area word is part of the name ("barrio de triana" stays "triana")
@pytest.mark.parametrize("text, value", [
    ("anoche robaron dos motos en el barrio del sur junto al mercado", "barrio del sur"),
    ("los del barrio del pinar hacen carreras con las motos", "barrio del pinar"),
    ("en la colonia del maestro cortaron la luz", "colonia del maestro"),
])
def test_an_area_word_with_del_is_part_of_the_name(text, value):
    assert value in extract(text).locations


def test_barrio_de_stays_the_name_alone():
    assert extract("en el barrio de triana roban bolsos").locations == ["triana"]
