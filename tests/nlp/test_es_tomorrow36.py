"""Stop 36 round 2: a bare Spanish "mañana" is tomorrow, a time; after an article or a preposition it is the morning
(nlp/spanish_tomorrow.py). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, time", [
    ("mi ex dice que mañana viene a llevarse a los niños, tiene orden de alejamiento", "mañana"),
    ("el del taller dijo que me devuelve la moto mañana, ya van dos semanas", "mañana"),
    ("mañana por la tarde van a cortar la calle para la carrera", "mañana por la tarde"),
    ("aviso: mañana de 9 a 12 habra simulacro en el colegio", "mañana de 9 a 12"),
])
def test_bare_manana_is_tomorrow(text, time):
    assert time in extract(text).times


@pytest.mark.parametrize("text", [
    "un hombre raro estuvo toda la mañana mirando los coches",
    "una mañana de estas me van a robar la bici",
    "el de la esquina vende droga muy de mañana",
])
def test_the_morning_is_no_bare_tomorrow(text):
    assert "mañana" not in extract(text).times


def test_an_event_after_tomorrow_is_read_with_it():
    assert extract("mi vecino dice que mañana despues del trabajo me va a romper el coche").times == \
        ["mañana despues del trabajo"]
