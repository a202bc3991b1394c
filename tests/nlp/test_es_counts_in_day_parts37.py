"""Stop 37 round 2: a Spanish count of times before a part of the day belongs to it, as in English ("tres veces
esta tarde", "6 veces anoche"; ANNOTATION.md: a count of times keeps its count; nlp/spanish_counted_times.py).
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("vino tres veces esta tarde a tocar la puerta", ["tres veces esta tarde"]),
    ("me marco 6 veces anoche desde un numero privado", ["6 veces anoche"]),
    ("paso dos veces esta noche con las luces apagadas frente a mi casa", ["dos veces esta noche"]),
    ("toco el timbre 4 veces ayer y salio corriendo", ["4 veces ayer"]),
    ("varias veces esta madrugada se oyeron balazos en la colonia", ["varias veces esta madrugada"]),
    ("ya van 5 veces esta mañana que el camion tapa la salida", ["5 veces esta mañana"]),
    ("se metio al patio un par de veces esta noche", ["un par de veces esta noche"]),
    ("me llamo 5 veces hoy desde un numero privado", ["5 veces hoy"]),
    ("lo intente 3 veces, esta tarde voy a la comisaria", ["esta tarde"]),
    ("la vi otra vez ayer en la parada", ["ayer"]),
])
def test_a_spanish_count_joins_its_day_part(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)
