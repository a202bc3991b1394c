"""Spanish "desde", "hasta", "antes de", "despues de" before a season or a holiday is a time with its
lead word (ANNOTATION.md "Times": Spanish keeps "desde", "hasta", "despues de", "antes de" in the span; data in
nlp/data/es/times.jsonl). Invented variants of the kind, written before the rule."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("el coche gris lleva aparcado en mi calle desde el verano", "desde el verano"),
    ("el inquilino no me paga la renta desde navidad y ya cambio la chapa", "desde navidad"),
    ("la moto esta tirada en el solar desde semana santa", "desde semana santa"),
    ("no veo a la señora del 3ro desde el invierno, no contesta", "desde el invierno"),
    ("mi ex me dijo que me mata antes de navidad", "antes de navidad"),
    ("los cohetes del barrio no pararon hasta año nuevo", "hasta año nuevo"),
    ("roban en los trasteros del edificio desde la primavera", "desde la primavera"),
    ("despues de reyes volvieron los ruidos en la nave de al lado", "despues de reyes"),
    ("desde el finde no contesta el telefono mi hermano", "desde el finde"),
])
def test_since_a_season_is_a_time(text, expected):
    assert expected in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "me robaron el regalo de navidad del coche",
    "el verano es muy tranquilo en esta calle",
])
def test_a_season_alone_is_no_time(text):
    assert nlp.extract(text).times == []
