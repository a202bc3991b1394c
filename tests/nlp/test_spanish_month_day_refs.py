"""A day of the month named with the month's reference ("el 3 de cada mes", "el 20 del mes pasado") or a run of days in
one month ("del 12 al 19 de diciembre") is one time: nlp/spanish_month_day_refs.py."""
import pytest

from nlp import extract


def times(text):
    return extract(text).to_dict()["times"]


@pytest.mark.parametrize("text, want", [
    ("me roban el correo el 5 de cada mes", ["el 5 de cada mes"]),
    ("me amenazo el 2 de este mes y no ha vuelto", ["el 2 de este mes"]),
    ("lo vi el 20 del mes pasado", ["el 20 del mes pasado"]),
    ("el 1 de cada mes llegan a cobrar la cuota", ["el 1 de cada mes"]),
    ("desde el 3 de este mes no lo veo", ["desde el 3 de este mes"]),
    ("del 12 al 19 de diciembre me voy de viaje", ["del 12 al 19 de diciembre"]),
    ("estare fuera del 3 al 10 de agosto, vigilen mi casa", ["del 3 al 10 de agosto"]),
])
def test_day_of_the_month_is_one_time(text, want):
    assert times(text) == want


@pytest.mark.parametrize("text", ["le dieron 3 de cada 10 pesos", "el 5 de cada grupo se lo llevo",
                                  "el camion del 12 al centro va lleno"])
def test_a_share_or_a_route_is_no_time(text):
    assert times(text) == []
