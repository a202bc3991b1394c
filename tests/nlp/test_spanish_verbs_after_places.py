"""What ends a place in a Spanish tip: a gerund of the sentence after its name ("en north beach gritando"), and an
infinitive with its pronoun after "por" is no barrio ("multa por estacionarlo"). Invented texts."""
import pytest

from nlp import extract
from nlp.spanish_verb_words import sentence_verb


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("word, verb", [
    ("gritando", True), ("corriendo", True), ("cayendo", True), ("pidiendo", True), ("durmiendo", True),
    ("fernando", False), ("orlando", False),   # names: no common verb "fernar", "orlar"
])
def test_a_gerund_is_a_word_of_the_sentence(word, verb):
    assert sentence_verb(word) is verb


def test_a_gerund_after_a_tagged_place_is_cut():
    assert places("hay una muchacha en el agua en pacific beach gritando help, nadie la ve") == ["pacific beach"]


@pytest.mark.parametrize("text", [
    "me pusieron una multa por estacionarlo en doble fila, es legal?",
    "me la quitaron por venderla sin permiso, que hago?",
])
def test_an_infinitive_with_its_pronoun_after_por_is_no_barrio(text):
    assert places(text) == []
