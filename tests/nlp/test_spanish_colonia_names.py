"""A Mexican colonia's name that opens with a singular head noun runs on through its "de" as the plural ones do
("colonia loma de los pinos", "fraccionamiento bosque del valle": nlp/data/es/area_name_heads.txt), and a colonia,
barrio or fraccionamiento after its area word is read in a text written all in capitals ("BALACERA EN LA COLONIA LAS
AMERICAS": nlp/spanish_shouted_areas.py). Variants invented for the kind, none copied from dev."""
import pytest

from nlp import extract


def places(text):
    return sorted(p.lower() for p in extract(text).to_dict()["locations"])


@pytest.mark.parametrize("text, want", [
    ("el parque de la colonia loma de los pinos lo usan para drogarse", ["colonia loma de los pinos"]),
    ("le robaron a mi tia en la colonia villa de las fuentes, eran dos", ["colonia villa de las fuentes"]),
    ("tiraron un cuerpo en el fraccionamiento bosque del valle anoche", ["fraccionamiento bosque del valle"]),
    ("hay una fiesta con balazos en la colonia jardin de las rosas", ["colonia jardin de las rosas"]),
    ("un perro bravo suelto en la colonia colina del sur, ya mordio a un niño", ["colonia colina del sur"]),
    ("hay balazos en la colonia lomas de san miguel ahorita", ["colonia lomas de san miguel"]),
])
def test_colonia_name_runs_through_de(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text, want", [
    ("BALACERA EN LA COLONIA LOS ANGELES, MANDEN AYUDA", ["colonia los angeles"]),
    ("HAY UN INCENDIO EN LA COLONIA CENTRO AHORITA", ["colonia centro"]),
    ("ROBARON UN CARRO EN EL FRACCIONAMIENTO LOS PINOS", ["fraccionamiento los pinos"]),
    ("PELEA EN EL BARRIO DE SAN JUAN CON CUCHILLOS", ["barrio de san juan"]),
    ("HAY UN HOMBRE ARMADO EN LA COLONIA LOMAS DEL VALLE", ["colonia lomas del valle"]),
])
def test_shouted_area_after_its_word(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "ME ROBARON EN LA COLONIA ANOCHE",
    "EN MI COLONIA HAY BALAZOS",
    "VIVO AQUI Y ME ROBARON EL CARRO",
    "el parque de la colonia esta lleno de basura",
])
def test_shouted_or_bare_area_word_names_none(text):
    assert places(text) == []
