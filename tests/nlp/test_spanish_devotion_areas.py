"""Barrios named for a devotion or a saint's title keep their article after a place cue, anywhere in the text
(nlp/spanish_devotion_areas.py, nlp/data/es/devotion_area_names.txt); before "de" or without a cue they are words."""
import pytest

from nlp import extract
from nlp.spanish_devotion_areas import devotion_areas


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, want", [
    ("balacera en la condesa ahorita, se oyen muchos tiros", ["la condesa"]),
    ("me robaron el celular por el carmen saliendo del bar", ["el carmen"]),
    ("cerca de la florida estan vendiendo cristal en una casa azul", ["la florida"]),
    ("estoy en la magdalena y veo humo negro", ["la magdalena"]),
    ("vivo en la purisima y no para de sonar la alarma", ["la purisima"]),
    ("hay un tiroteo por la candelaria", ["la candelaria"]),
    ("se pelean en el refugio afuera de una tienda", ["el refugio"]),
    ("hay un carro quemado en la roma desde ayer", ["la roma"]),
    ("asaltan a los que salen del metro en la merced", ["la merced"]),
])
def test_devotion_barrio_after_a_cue(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "le rezo a la virgen de la soledad por mi hijo",
    "vivo con la esperanza de que lo agarren",
    "en la esperanza de encontrarlo pegamos carteles",
    "la paz sea contigo, ya no pasa nada",
    "hubo una fiesta por la victoria del equipo",
])
def test_no_cue_or_a_de_after_is_no_barrio(text):
    assert devotion_areas(text, []) == []

