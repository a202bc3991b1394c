"""Stop 36 round 2: the next piece after a part plate written "something then" or "and then either" is a part too
(nlp/partial_readings.py). Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, parts", [
    ("reg started with KP19 something then an X, blue corsa parked on the verge", ["KP19", "X"]),
    ("the plate was something like YT12 and then either R or P, silver polo", ["YT12", "R", "P"]),
])
def test_the_piece_after_something_then_is_a_part(text, parts):
    assert nlp.extract(text).partial_plates == parts


def test_a_count_after_something_then_is_no_part():
    assert nlp.extract("plate began with HN something then 3 lads jumped out").partial_plates == ["HN"]
