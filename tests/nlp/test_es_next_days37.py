"""Stop 37 round 2: a Spanish day or weekend with "el proximo" / "el próximo" is one time with its clock time, as "el
domingo a las 6" is ("el proximo domingo a las 10"; ANNOTATION.md: a day keeps its article, a day and its clock time
are one span; nlp/data/es/times.jsonl). "el proximo que..." names a person. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("el proximo domingo a las 10 hay partido y van a venir", ["el proximo domingo a las 10"]),
    ("dijo que vuelve el próximo viernes por el dinero", ["el próximo viernes"]),
    ("el proximo lunes tengo audiencia y me amenazo", ["el proximo lunes"]),
    ("quedaron de verse el proximo martes en la plaza para la venta", ["el proximo martes"]),
    ("el próximo fin de semana van a hacer carreras en la avenida", ["el próximo fin de semana"]),
    ("me dijo que el proximo miercoles me quema el carro", ["el proximo miercoles"]),
    ("el proximo jueves como a las 8 llegan los del cobro", ["el proximo jueves como a las 8"]),
    ("el proximo finde vuelven los del ruido", ["el proximo finde"]),
])
def test_the_next_day_is_one_spanish_time(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)


@pytest.mark.parametrize("text", [
    "el proximo que se estacione aqui le poncho las llantas",
])
def test_near_misses_stay_calm_next_day(text):
    assert not extract(text).times
