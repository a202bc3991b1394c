"""A barrio named after a building and "de" (nlp/spanish_facility_areas.py): the name no dictionary holds is the place,
the building and a common noun after "de" are not."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("hay unos tipos fumando porros en la puerta del colegio de zaramaga todas las tardes", ["zaramaga"]),
    ("se estan metiendo en la nave abandonada de lantadilla a robar cobre, ahora mismo", ["lantadilla"]),
    ("un coche blanco rondando el polideportivo de ciudad berrocal desde las 5", ["ciudad berrocal"]),
    ("el colegio de mis hijos tiene la valla rota", []),
    ("la nave de carga esta abierta toda la noche", []),
])
def test_barrio_after_building(text, places):
    assert extract(text).to_dict()["locations"] == places
