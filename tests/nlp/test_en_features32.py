"""Real outputs of nlp.extract for the named-feature kinds of stop 32: playing fields, motels, lakes (plural) and
visitor centres. Every text here is written for the test (none is in a dev file); each kind has negatives that
must stay no place ("the school playing field", "a cheap motel", "the visitor centre").
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("lads on quads churning up ashdown playing fields every night", "ashdown playing fields"),
    ("someone set fire to the bins by kelston playing field, smoke everywhere", "kelston playing field"),
    ("a man selling weed out of room 12 at the sunset ridge motel, cars in n out", "sunset ridge motel"),
    ("people on jet skis chasing the geese on harbor lakes again", "harbor lakes"),
    ("car broken into in the car park at the brockhole visitor centre", "brockhole visitor centre"),
    ("someone left a pistol in the toilets at the grand canyon visitor center", "grand canyon visitor center"),
])
def test_a_named_playing_field_motel_lakes_or_visitor_centre_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "kids on quads tearing up the school playing field again",
    "travellers moved onto the playing fields overnight",
    "a man selling weed out of a cheap motel off the interstate",
    "geese all over the great lakes this year",
])
def test_an_unnamed_playing_field_motel_lakes_or_visitor_centre_is_none(text):
    assert extract(text).locations == []


def test_playing_fields_named_after_their_road_give_the_road():
    # an officer goes to the road; "chapel road playing fields" is no name of its own
    assert extract("lads on quads round the mill lane playing fields every night").locations == ["mill lane"]
