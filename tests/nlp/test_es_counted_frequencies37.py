"""Stop 37 round 2: a Spanish frequency counted in minutes or hours is a time, as the English "every 15 mins"
(ANNOTATION.md: a frequency is a time): "cada 15 minutos", "cada media hora", "cada dos horas", "cada hora"
(nlp/spanish_frequencies.py, nlp/data/es/frequency_words.json). "cada uno" counts people. Texts invented for these
tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("pasa un camion cada 15 minutos por la calle mayor a toda velocidad", ["cada 15 minutos"]),
    ("suenan disparos cada 10 min en el cerro", ["cada 10 min"]),
    ("cada media hora se para un coche en la esquina a vender", ["cada media hora"]),
    ("viene una moto cada 5 minutos a dejar paquetes al 14", ["cada 5 minutos"]),
    ("cada dos horas pasan a revisar la casa de enfrente", ["cada dos horas"]),
    ("cada 20 min pasa la patrulla pero no se para", ["cada 20 min"]),
    ("cada 2 horas llega un carro distinto a la casa de al lado", ["cada 2 horas"]),
    ("cada treinta minutos truena un cohete en la plaza", ["cada treinta minutos"]),
    ("cada 10 segundos pita el camion de la obra", ["cada 10 segundos"]),
    ("cada hora sale un tipo a vender en la esquina", ["cada hora"]),
])
def test_a_counted_spanish_frequency_is_a_time(text, expected):
    assert sorted(v.lower() for v in extract(text).times) == sorted(v.lower() for v in expected)


@pytest.mark.parametrize("text", [
    "cada uno traia un cuchillo y gorra negra",
    "nos cobran 20 pesos cada 1 por pasar",
])
def test_near_misses_stay_calm_a_counted_spanish_frequency_is_a_time(text):
    assert not extract(text).times
