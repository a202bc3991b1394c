"""A colonia or fraccionamiento named with two words keeps the second (nlp/spanish_area_second_words.py): "colonia cerro
azul", "colonia rancho grande"; a word of the sentence after a one-word name stays out. Invented texts."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, place", [
    ("le dispararon a un muchacho en la colonia villa hermosa hace rato", "colonia villa hermosa"),
    ("hay un incendio en una casa de la colonia cerro azul y no llegan los bomberos", "colonia cerro azul"),
    ("se roban los cables de luz en la colonia lomas verdes cada noche", "colonia lomas verdes"),
    ("hay un señor tirado en la calle en la colonia loma bonita y no se mueve", "colonia loma bonita"),
    ("se metieron a robar a la casa de mi abuela en la colonia rancho grande anoche", "colonia rancho grande"),
    ("balacera en la colonia tierra blanca ahorita mismo", "colonia tierra blanca"),
    ("un chavo apuñalado en la colonia obrera mundial hace 10 minutos", "colonia obrera mundial"),
    ("tiraron a un perro muerto en el fraccionamiento arco iris junto al canal", "fraccionamiento arco iris"),
])
def test_a_colonia_keeps_its_second_name_word(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize("text, place", [
    ("en la colonia roma hace calor y no hay agua", "colonia roma"),
    ("en la colonia centro dicen que hay balazos", "colonia centro"),
    ("en la colonia moderna tiraron basura otra vez", "colonia moderna"),
    ("en la colonia juarez ayer asaltaron a una señora", "colonia juarez"),
    ("en la colonia obrera tambien roban carros", "colonia obrera"),
    ("en la colonia guerrero ahorita hay balazos", "colonia guerrero"),
])
def test_a_word_of_the_sentence_is_no_second_name_word(text, place):
    assert places(text) == [place]



def test_a_plural_noun_after_a_singular_name_is_the_sentence_s():
    assert places("en la colonia hidalgo vecinos armados sacaron a un ratero") == ["colonia hidalgo"]
