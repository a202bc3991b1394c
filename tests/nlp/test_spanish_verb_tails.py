"""A verb of the sentence after a Spanish place ends the place (nlp/spanish_verb_words.py): a past or imperfect form or a
participle of a common verb is never the street's name."""
import pytest

from nlp import extract
from nlp.spanish_verb_words import sentence_verb


@pytest.mark.parametrize("text, place", [
    ("los chavos de la calle la victoria rompieron los vidrios del carro anoche", "calle la victoria"),
    ("en la calle la paz quemaron un carro", "calle la paz"),
    ("el tipo que vive en la avenida de bayona vendia mota en la puerta", "avenida de bayona"),
    ("el de la avenida de la ilustracion conducia borracho", "avenida de la ilustracion"),
])
def test_verb_after_street_ends_it(text, place):
    assert extract(text).to_dict()["locations"] == [place]


@pytest.mark.parametrize("word, verb", [
    ("pegaron", True), ("conducia", True), ("agarrado", True),
    ("victoria", False), ("toledo", False), ("estrada", False), ("granada", False),
])
def test_sentence_verb(word, verb):
    assert sentence_verb(word) is verb
