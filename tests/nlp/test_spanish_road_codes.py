"""Roads by their number in a Spanish tip: Texas's farm-to-market roads ("la fm 969") and Spain's coded roads after
their kind ("la nacional n-340", "la autovia a-4"); a code that runs on after a dash is no road. Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("hay un carro volteado en la fm 1960 cerca del puente, ahorita", "fm 1960"),
    ("dejaron un perro amarrado en la cerca del FM 521 desde ayer", "FM 521"),
    ("un camion tira basura en la cuneta de la nacional n-432 cada martes", "n-432"),
    ("va un coche en sentido contrario por la autovia a-4 ahora mismo", "a-4"),
])
def test_a_road_by_its_number(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "el numero de mi caso es la FM-26-00871, me pueden decir como va?",
    "pon la radio en la 98.5 fm que estan hablando del accidente",
])
def test_a_code_or_a_radio_station_is_no_road(text):
    assert places(text) == []
