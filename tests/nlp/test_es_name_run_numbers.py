"""A lower-case street name of two words runs on to its house number ("calle cruz verde 17,")."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("me han forzado la puerta del trastero, calle gomez ulla 23", "calle gomez ulla 23"),
    ("huele a gas en el portal, calle lopez pelayo 8 en el centro", "calle lopez pelayo 8"),
])
def test_the_name_runs_to_the_door(text, place):
    assert place in extract(text).locations


def test_a_count_after_the_name_is_no_door():
    assert "calle pulaski" in extract("en la calle pulaski 2 tipos estan robando").locations
