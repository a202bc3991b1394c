"""Spanish times (stop 28): "de noche" when the event happens, not in a compound; "desde la mañana"."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("unos chavos se meten a los carros del estacionamiento de la iglesia de noche", "de noche"),
    ("hay una camioneta negra parada frente a mi casa desde la mañana con dos tipos adentro", "desde la mañana"),
])
def test_a_spanish_time_of_day(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "mi esposo tiene turno de noche y yo me quedo sola con los niños en la calle 5",
    "dejo la pistola en la mesita de noche, es legal?",
])
def test_de_noche_in_a_compound_is_no_time(text):
    assert "de noche" not in nlp.extract(text).times
