"""A hedge before a Spanish time and "temprano" after it belong to the time (nlp/spanish_time_edges.py)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("se pelean en el bar de abajo casi todos los dias", ["casi todos los dias"]),
    ("el camion de la basura pasa cada martes temprano y se lleva los muebles", ["cada martes temprano"]),
    ("casi todo el barrio sabe quien es", []),
    ("me levante temprano y la moto no estaba", []),
])
def test_time_edges(text, times):
    assert extract(text).to_dict()["times"] == times


@pytest.mark.parametrize("text, times", [
    ("ponen la musica a tope toda la noche del sabado", ["toda la noche del sabado"]),
    ("oi tres disparos a las 11 de la noche de ayer cerca del rio", ["a las 11 de la noche de ayer"]),
    ("me rompieron la luna del coche la madrugada del domingo", ["la madrugada del domingo"]),
])
def test_day_a_day_part_belongs_to(text, times):
    assert extract(text).to_dict()["times"] == times
