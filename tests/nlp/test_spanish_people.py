"""People described in Spanish (nlp/spanish_people.py): garments before their colours, ages after "de",
builds after the person, nicknames after "le dicen"; and the words that only look like descriptions."""
from __future__ import annotations

import pytest

from nlp import extract
from nlp.spanish_people import find_spanish_people, trigger_words, word_lists


@pytest.mark.parametrize("text, people", [
    ("moreno alto con chamarra negra", ["moreno", "alto", "chamarra negra"]),
    ("un hombre alto con gorra roja y chaqueta negra", ["alto", "gorra roja", "chaqueta negra"]),
    ("dos chavos como de 16 o 17 con sudadera gris con capucha", ["dos chavos", "como de 16 o 17",
                                                                  "sudadera gris con capucha"]),
    ("le dicen el Flaco, tiene 25 años, pelo largo y barba", ["el Flaco", "25 años", "pelo largo", "barba"]),
    ("un morro de 15 vestido de negro con tenis blancos", ["15", "vestido de negro", "tenis blancos"]),
    ("una senora de unos 60 anos, bajita, pelo canoso", ["unos 60 años", "bajita", "pelo canoso"]),
    ("un grupo de 5 encapuchados corriendo", ["un grupo de 5 encapuchados"]),
    ("3 vatos con pasamontañas y gorra de los raiders", ["3 vatos", "pasamontañas", "gorra de los raiders"]),
])
def test_spanish_descriptions_are_found(text, people):
    found = extract(text).people
    # accents are optional in the text: compare folded
    assert [p.replace("ñ", "n") for p in found] == [p.replace("ñ", "n") for p in people]


@pytest.mark.parametrize("text", [
    "hace 2 años le robaron la bici a mi hermano",          # a time, not an age
    "la musica esta bien alto toda la noche",               # loud, not tall
    "encontre un billete de 20 en la calle",               # money
    "te traje la mochila que dejaste",                     # "I brought", and a bag alone describes no one
    "el carro negro se paso el alto en la esquina",         # a colour of a car and a stop sign
    "me debe 300 dolares desde hace 3 meses",
])
def test_words_that_only_look_like_descriptions(text):
    assert extract(text).people == []


def test_english_texts_are_not_read_twice():
    """The trigger words leave out what English tips also write ("jeans", "hoodie"), so an English text
    goes through the Spanish rules only when it holds a Spanish word."""
    assert find_spanish_people("lad in a black hoodie and jeans about 17") == []
    assert not {"jeans", "hoodie", "shorts", "alias"} & trigger_words()


def test_every_list_word_also_matches_without_accents():
    lists = word_lists()
    assert "pasamontanas" in lists["garments"] and "guero" in lists["build"]
    assert extract("un guero con pasamontanas").people == ["guero", "pasamontanas"]
