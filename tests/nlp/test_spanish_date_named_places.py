"""A place named for a date of history takes the whole date and its door number: "mercado 5 de febrero", "puente de la
16 de septiembre", "calle 5 de mayo 812" (nlp/spanish_street_dates.date_named_places). Invented texts."""
import pytest

from nlp import extract


def facts(text):
    return extract(text).to_dict()


@pytest.mark.parametrize("text, place", [
    ("hay una pelea en el mercado 5 de febrero junto a los puestos de fruta", "mercado 5 de febrero"),
    ("un carro volcado en el puente de la 16 de septiembre, hay heridos", "puente de la 16 de septiembre"),
    ("asaltaron la tienda de la calle 5 de mayo 812 hace rato", "calle 5 de mayo 812"),
])
def test_a_date_named_place_is_whole(text, place):
    assert place in facts(text)["locations"]


def test_a_count_after_the_date_is_no_door_number():
    found = facts("en la calle 5 de mayo 3 tipos golpean a un señor")["locations"]
    assert "calle 5 de mayo" in found and not any("mayo 3" in p for p in found)
