"""Connecticut's plate shape, two letters and five digits, right after the state's code in capitals
(nlp/state_code_plates.py): "CT" is also a word ("ct" for court), so only this shape makes it a plate's state.
Texts written for this test."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("silver jeep cherokee CT BK 55190 parked across my drive since friday", ["BK55190"]),
    ("a grey honda pilot, CT AF-30217, follows the school bus every morning", ["AF30217"]),
])
def test_connecticut_shape_after_its_code(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "the red truck by the office at 40 elm st, new haven CT 06511, every night",     # a zip after the code
    "my blue honda got keyed outside 12 main st CT AB 4482 ok",                       # four digits: not the shape
])
def test_no_plate_from_other_shapes(text):
    assert extract(text).plates == []
