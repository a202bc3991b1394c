"""A way of going ("on his way", "the wrong way round") read as a street named "Way" is no place."""
import pytest

from nlp.pipeline import extract


@pytest.mark.parametrize("text", [
    "a van drivin the wrong way round the roundabout at cefn-y-bedd, nearly hit a bus",
    "my brother just text me hes on his way with a bat. i live at 42 pine rd larose",
])
def test_a_way_of_going_is_no_place(text):
    places = extract(text).locations
    assert not any(place.lower().endswith(" way") for place in places)
    assert places


def test_a_street_named_way_is_kept():
    assert "moorings way" in extract("car alarm going off all night on moorings way").locations


def test_a_spanish_tip_keeps_a_way_of_going_out():
    """The Spanish rules' street suffixes hold "way": after "his" or "wrong" it is the way of going."""
    places = extract("un carro en sentido contrario, iba the wrong way por la calle 5 y broadway").locations
    assert "wrong way" not in places
