"""Spanish times (stop 36): repeat counts ("3 noches seguidas", "la segunda vez esta semana"). Texts invented for these
tests."""
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

