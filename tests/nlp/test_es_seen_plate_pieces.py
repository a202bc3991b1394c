"""Stop 39: Spanish plate pieces the tipster saw, said with "vi", "alcance a ver", "llevaba" or "solo q tenia"
(nlp/spanish_plate_parts.py SEEN_RE, SINGLES_RE): "en la placa vi una J y un 9", "de la placa nomas alcance a ver RJ
y un 7 al final", "no vi la matricula entera, solo q tenia un 55". Invented variants, not dev texts."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, partials", [
    ("me robo el celular y se subio a un acura gris, en la placa vi una J y un 9", ["J", "9"]),
    ("un honda civic verde, de la placa nomas alcance a ver RJ y un 7 al final", ["RJ", "7"]),
    ("empezaba con HZP la placa y tenia un 6, un kia soul verde", ["HZP", "6"]),
    ("no vi la matricula entera, solo q tenia un 55, un clio verde", ["55"]),
    ("la placa tenia una K y un 4, era una troca blanca", ["K", "4"]),
    ("la matricula llevaba un 3 y una B, un seat leon negro", ["3", "B"]),
    ("en la placa alcance a ver una X y un 8, un tsuru blanco", ["X", "8"]),
    ("la tablilla tenia un 7 al final, un jeep rojo", ["7"]),
    ("la placa acababa en 2 y tenia una M, un march gris", ["2", "M"]),
    ("solo vi que la placa tenia un 88, una van blanca", ["88"]),
])
def test_a_piece_seen_on_the_plate(text, partials):
    assert sorted(extract(text).to_dict()["partial_plates"]) == sorted(partials)


@pytest.mark.parametrize("text", [
    "tenia un perro y una moto en la casa",
    "la placa era de texas y tenia un golpe en la puerta",
    "vi un 4x4 sin placa en la calle 5",
    "la placa tenia un marco dorado y el carro era rojo",
    "no vi la placa, solo q tenia un BMW negro",
    "de la placa vi que era de texas",
    "en la placa solo vi 2 letras, era un jetta",
    "solo que tenia un 4x4 y placa de texas",
])
def test_no_piece_where_nothing_of_the_plate_was_seen(text):
    assert extract(text).to_dict()["partial_plates"] == []
