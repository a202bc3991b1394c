"""A town of Spain's written after a street with "de" is its own span: "la calle panaderos de valladolid" gives the
street and the town (spanish_areas.towns_after, spanish_street_tails.glued_town_end)."""
import pytest

import nlp


@pytest.mark.parametrize("text, street, town", [
    ("han forzado un coche en la calle herreros de valladolid esta noche", "calle herreros", "valladolid"),
    ("mi abuela vive sola en el camino de las eras 12 de marratxi y no contesta", "camino de las eras 12", "marratxi"),
])
def test_street_and_town(text, street, town):
    places = nlp.extract(text).to_dict()["locations"]
    assert street in places and town in places
