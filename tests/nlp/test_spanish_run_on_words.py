"""A Spanish place the location tagger ran on into the sentence ends before a word that tells when or how
(nlp/spanish_run_on_words.py, nlp/data/es/run_on_words.txt). Invented texts."""
import pytest
import spacy

from nlp import extract
from nlp.spanish_run_on_words import run_on_end


@pytest.mark.parametrize("text, kept", [
    ("el paseo de los olmos desde agosto", "el paseo de los olmos"),
    ("la calle mayor siempre esta llena", "la calle mayor"),
    ("la calle mayor esquina con la calle real", "la calle mayor esquina con la calle real"),
])
def test_run_on_end(text, kept):
    doc = spacy.blank("es").make_doc(text)
    assert doc[:run_on_end(doc, 0, len(doc))].text == kept


def test_no_place_left_when_only_the_street_word_stays():
    assert extract("huele a quemado en la calle desde hace dos dias y nadie viene").locations == []


@pytest.mark.parametrize("text, kept", [
    ("el paseo del prado dos tios se pegan", "el paseo del prado"),
    ("la calle mayor tres chavales con navajas", "la calle mayor"),
    ("la calle dos de mayo", "la calle dos de mayo"),
])
def test_count_before_people_ends_the_place(text, kept):
    doc = spacy.blank("es").make_doc(text)
    assert doc[:run_on_end(doc, 0, len(doc))].text == kept


def test_spain_street_name_stops_before_a_count_of_people():
    places = extract("ahora mismo en el paseo del espolon dos tios se estan pegando con botellas").locations
    assert "paseo del espolon" in places and not any("dos" in p for p in places)
