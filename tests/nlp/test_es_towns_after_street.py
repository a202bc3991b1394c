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


@pytest.mark.parametrize("text, street", [
    ("me robaron el bolso en la calle puerta de toledo 8 esta tarde", "calle puerta de toledo 8"),
    ("hay un coche ardiendo en la calle carretera de valencia ahora mismo", "calle carretera de valencia"),
])
def test_street_named_for_the_road_to_a_town(text, street):
    """A gate, road or bridge 'de' a town is the street's whole name: no town is cut from it."""
    assert street in nlp.extract(text).to_dict()["locations"]
