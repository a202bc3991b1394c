"""Barrios and towns named after a saint, after a place cue (nlp/spanish_saint_areas.py): texts written for these
tests, not dev texts."""
import pytest

from nlp import extract
from nlp.spanish_saint_areas import saint_areas


@pytest.mark.parametrize("text, place", [
    ("anoche en san cristobal rompieron tres lunas de coches aparcados, no es urgente", "san cristobal"),
    ("hay dos tios peleandose a navajazos por santa eulalia ahora mismo", "santa eulalia"),
    ("un camion tira escombros cerca de sant andreu cada martes", "sant andreu"),
    ("va un coche haciendo eses a la altura de san martin de valdeiglesias, un golf blanco", "san martin de valdeiglesias"),
])
def test_saint_area_after_cue(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, word", [
    ("en san valentin mi ex me mando 40 mensajes amenazandome, tengo capturas", "san valentin"),
    ("por san fermin siempre roban carteras en el encierro, cuidado", "san fermin"),
])
def test_feast_day_is_no_place(text, word):
    # (the rule alone: another finder may still read the whole text)
    assert not any(word in text[s:e] for s, e in saint_areas(text, []))


def test_common_word_after_de_stays_out():
    places = extract("en san lazaro de noche venden pastillas a los crios en la puerta del bar").locations
    assert "san lazaro" in places
