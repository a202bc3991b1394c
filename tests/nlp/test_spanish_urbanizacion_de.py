""""urbanizacion" is a cue word like "barrio": it stays in the span with its inner "de" ("urbanizacion de montecillo";
ANNOTATION.md, stop 34), read by spanish_areas.find_barrios. Invented texts."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, want", [
    ("roban coches en la urbanizacion de montecillo cada noche", ["urbanizacion de montecillo"]),
    ("un perro suelto muerde a la gente en la urbanizacion de los almendros", ["urbanizacion de los almendros"]),
    ("en la urbanizacion de valdelagua se oyen disparos", ["urbanizacion de valdelagua"]),
    ("unos chavales rompen coches en la urbanizacion de peñagrande", ["urbanizacion de peñagrande"]),
    ("okupas en la urbanizacion de la fuente del rey", ["urbanizacion de la fuente del rey"]),
    ("se ha caido un arbol en la urbanizacion del molino", ["urbanizacion del molino"]),
])
def test_the_cue_word_and_its_de_stay(text, want):
    assert places(text) == want


def test_a_colonia_de_still_gives_the_name():
    assert "colonia de" not in " ".join(places("hay balazos en la colonia de los pinos ahorita"))
