"""A town's monument named with "de" and the town ("la catedral de burgos", "el estadio de getafe") is one place: the
monument is where to go. Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("hay una pelea de ultras en la puerta del estadio de getafe, uno tiene una barra", "estadio de getafe"),
    ("un hombre se ha caido de la muralla junto al castillo de ponferrada y no se mueve", "castillo de ponferrada"),
    ("en la escalinata de la catedral de sevilla hay un chaval vendiendo pastillas", "catedral de sevilla"),
])
def test_a_monument_of_a_town_is_one_place(text, place):
    assert places(text) == [place]
