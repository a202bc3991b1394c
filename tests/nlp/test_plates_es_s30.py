"""Stop 30 fixes for Spanish plates. Texts invented for these tests (none copied from dev)."""
import pytest

from nlp import extract
from nlp.spanish_lower_plates import lower_case_plate


# Spanish tips typed all in lower case: the plate after a plate word is read as the capitals one would be
@pytest.mark.parametrize("text, plates", [
    ("la placa era hvr 3321 de un carro gris que se paro en la esquina", ["HVR3321"]),
    ("un seat leon negro con matricula 4471 kxb aparcado en el vado de mi garaje", ["4471KXB"]),
    ("tablilla zkd-3047, una jeepeta verde que ronda la escuela", ["ZKD3047"]),
    ("placa 7jrt442 de california, un civic blanco", ["7JRT442"]),
    # two readings, both in lower case
    ("la troca tenia placa jtk 5512 o jtk 5518 no la vi bien", ["JTK5512", "JTK5518"]),
])
def test_a_plate_in_lower_case_after_a_plate_word_is_read(text, plates):
    assert sorted(extract(text).plates) == sorted(plates)


@pytest.mark.parametrize("text", [
    "la placa de la moto kx 250 verde ni la vi",      # a model
    "la placa era de una gmc 2500 blanca",            # a make and its model number
    "el de la placa de la casa 12 me grito",          # a word and a house number
    "el oficial con placa 4471 me paro en la calle", # a badge
    "no vi la placa pero la troca era una ram 1500",
])
def test_lower_case_prose_after_a_plate_word_is_no_plate(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("raw, plate", [
    ("hvr 3321", True), ("4471 kxb", True), ("hvr3321", True),
    ("casa 12", False), ("una 1234", False), ("del 2100", False), ("gmc 2500", False), ("4x4", False),
    ("HVR 3321", False),   # capitals are the capitals route's
])
def test_lower_case_plate_shape(raw, plate):
    assert lower_case_plate(raw) is plate


# one character the plate had ("tenia un 7"), or two joined by "y"; written again as one part, that part
@pytest.mark.parametrize("text, parts", [
    ("la placa tenia un 7 y terminaba en K, era un sentra azul", ["7", "K"]),
    ("la matricula tiene una X y un 4, no vi mas, un golf blanco", ["X", "4"]),
    ("la tablilla tenía una R, la guagua era roja", ["R"]),
    ("la placa tenia un 3 y un 8 al principio, 38, una troca negra", ["38"]),
])
def test_one_character_the_plate_had_is_a_part(text, parts):
    assert extract(text).partial_plates == parts


@pytest.mark.parametrize("text", [
    "la placa tenia un 2 puertas pegado, no se",     # a count of something else
    "no vi la placa, tiene un 4x4 atras",            # a model, and not what the plate had
    "el carro tenia un 7 pintado en la puerta",      # no plate word before "tenia"
])
def test_no_part_without_the_plate_having_it(text):
    assert extract(text).partial_plates == []
