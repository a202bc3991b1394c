"""After "de la", "del", an article or a saint's title an area word's name is a noun or a name, never the sentence's
verb, whatever its ending ("-ia", "-io", "-en")."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("en el barrio del remedio hay peleas todas las noches", "barrio del remedio"),
    ("roban carros en el fraccionamiento el rosario desde hace semanas", "fraccionamiento el rosario"),
    ("se oyeron disparos en el barrio de santa maria hace rato", "barrio de santa maria"),
])
def test_area_named_after_article(text, place):
    assert place in nlp.extract(text).to_dict()["locations"]


def test_verb_after_bare_area_word_is_no_name():
    assert not nlp.extract("los del barrio hacen carreras con las motos").to_dict()["locations"]
