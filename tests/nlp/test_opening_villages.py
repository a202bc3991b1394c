"""A text that opens with a lower-case name no list knows and a comma or dash (nlp/villages.opening_village)."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("glenmavis, lads on scramblers tearing up the pitch again", "glenmavis"),
    ("tregadillett - guy asleep at the wheel with the engine running", "tregadillett"),
    ("crosskeys, theres 2 lads kicking a car on the estate", "crosskeys"),
    ("gwaelod, by the station, a fight spilling onto the road", "gwaelod"),
    ("trelleck - outside the pub a van with no lights on", "trelleck"),
])
def test_opening_name_is_a_place(text, place):
    assert place in nlp.extract(text).locations


@pytest.mark.parametrize("text", [
    "hiya, can someone ring me back about my bike",
    "kayleigh, ur ex is outside again",
    "dave, can you tell them im not in",
    "ohana, theres a man banging on my window",
])
def test_greeting_or_name_opening_is_no_place(text):
    assert nlp.extract(text).locations == []
