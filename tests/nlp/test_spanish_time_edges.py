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
