"""Yucatán's addresses: a numbered street and the one crossing it joined by "x" or "por" (nlp/spanish_cross_streets.py)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("le robaron la bici a mi hermano en la calle 43 x 70, iba un chavo de gorra", "calle 43 x 70"),
    ("venden cristal en una casa amarilla de la calle 21 por 14 todas las noches", "calle 21 por 14"),
    ("un taxi atropello a un señor en la calle 60a x 55 y se pelo", "calle 60a x 55"),
])
def test_crossing_street_is_in_the_span(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("lo estuve esperando en la calle 8 por 20 minutos y nunca llego", "calle 8"),
    ("dejaron un mueble de la calle 12 x 3 metros tirado", "calle 12"),
])
def test_a_measure_after_the_street_is_no_crossing(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("hay un carro quemandose frente al 3710 de la n olive, llamen a alguien", "3710 de la n olive"),
    ("se metieron a robar en la bodega del 815 de la w carson, la alarma sigue", "815 de la w carson"),
])
def test_house_number_before_a_compass_street(text, place):
    # (nlp/spanish_places.py, _compass_number_head: kept beside the Yucatán tests as both are numbered addresses)
    assert place in extract(text).locations
