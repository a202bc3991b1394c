"""Stop 36 round 2: a Spanish count of times is part of the period it counts in ("4 veces este mes"), as in English
(nlp/spanish_counted_times.py). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, time", [
    ("un coche blanco se sube a la acera frente al colegio, ya van 5 veces este mes", "5 veces este mes"),
    ("el vecino de abajo me ha amenazado dos veces esta semana, tengo miedo", "dos veces esta semana"),
    ("me han llamado 6 veces hoy del mismo numero diciendo que gane un premio", "6 veces hoy"),
    ("es la tercera vez este año que me rompen el cristal del coche en la calle mayor", "la tercera vez este año"),
    ("ya es la 4ta vez este mes que dejan basura en el callejon", "la 4ta vez este mes"),
    ("el repartidor tiro mi paquete 2 veces en una semana, es normal?", "2 veces en una semana"),
])
def test_a_count_of_times_belongs_to_its_period(text, time):
    assert time in extract(text).times


@pytest.mark.parametrize("text, times", [
    ("la vi otra vez hoy en el parque con el mismo perro", ["hoy"]),
    ("me cobraron dos veces en la tarjeta, que hago", []),
    ("ya lo bloquee 3 veces y sigue llamando", []),
])
def test_no_count_without_a_period(text, times):
    assert extract(text).times == times
