"""Stop 36 round 2: the piece a Spanish tipster writes after a part plate ("empezaba por 08 y tenia una M", "y luego
una C", "y las letras eran HPK o HBK") is a part plate too (nlp/spanish_plate_more.py). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, parts", [
    ("la matricula empezaba por 31 y tenia una R, un seat leon negro aparcado en doble fila toda la tarde", ["31", "R"]),
    ("la placa empieza con LM y tiene un 5, una pickup roja que se estaciona en la banqueta", ["5", "LM"]),
    ("la placa terminaba en 44 y luego una W, un golf gris que casi atropella a un niño", ["44", "W"]),
    ("la matricula empezaba por 90 y las letras eran KRT o KRF, una furgoneta blanca", ["90", "KRF", "KRT"]),
    ("la placa acababa en 6 y la primera letra era una P, una moto azul sin luces", ["6", "P"]),
    ("la tablilla empezaba con JK y despues un 3, un jeep verde que choco un poste", ["3", "JK"]),
])
def test_the_piece_after_a_part_plate_is_one(text, parts):
    assert sorted(extract(text).to_dict()["partial_plates"]) == parts


@pytest.mark.parametrize("text, parts", [
    # a count or a time after "y tenia un", not a piece
    ("la placa empezaba con 7 y tenia 2 puertas, un coche rojo", ["7"]),
    ("la placa empezaba con RT y luego una 1 hora despues volvio", ["RT"]),
    # no part plate before: "y tenia una M" alone names no piece of a plate
    ("un tipo alto y tenia una M en la gorra, corria por la plaza", []),
])
def test_no_piece_without_a_part_or_with_a_count(text, parts):
    assert sorted(extract(text).to_dict()["partial_plates"]) == parts
