"""Spanish times (stop 36): repeat counts ("3 noches seguidas", "la segunda vez esta semana"); a date that names a
street ("av. 5 de febrero") is no time. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, time", [
    ("se han metido al garaje 3 noches seguidas, ya no se que hacer", "3 noches seguidas"),
    ("es la segunda vez esta semana que tiran basura en el solar", "la segunda vez esta semana"),
])
def test_spanish_repeat_counts(text, time):
    assert time in nlp.extract(text).times


def test_a_spanish_count_of_crossings_is_no_time():
    assert nlp.extract("cruce la calle 2 veces y no vi a nadie").times == []


@pytest.mark.parametrize("text", [
    "hay un choque en la avenida 20 de noviembre, un camion volteado",
    "en el bulevar 16 de septiembre estan asaltando a la gente en el semaforo",
])
def test_a_date_that_names_a_street_is_no_time(text):
    assert nlp.extract(text).times == []


def test_a_date_after_el_stays_a_time():
    assert nlp.extract("el 20 de noviembre me robaron la bici en la plaza").times == ["el 20 de noviembre"]
