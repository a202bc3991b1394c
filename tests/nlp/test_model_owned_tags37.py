"""A model named like a tag's owner, after its make, owns a plate (nlp/plates.py model_of_make_before): "honda pilot
tag RWD 3318" is the car's plate, "the pilot tag 4471 on his uniform" is not. Texts invented for these tests
(stop 37)."""
from __future__ import annotations

import pytest

import nlp

POS = [
    ("theres a baby in a car seat in a blue honda pilot tag RWD 3318 outside the deli", ["RWD3318"]),
    ("silver honda pilot, tag GHT 4471 parked at the school", ["GHT4471"]),
    ("the honda pilot tags read 7KLM229 and it hit a kid", ["7KLM229"]),
    ("a white Honda Pilot tag# HWK-2210 at the gas station", ["HWK2210"]),
    ("blue honda pilot reg AB12 CDE", ["AB12CDE"]),
]
NEG = [
    "the pilot tag 4471 on his uniform was fake",
    "an airline pilot licence 44718 was found in the car",
    "the pilot tag said 4471 KLR on his jacket",
]


@pytest.mark.parametrize("text,plates", POS)
def test_a_models_tag_is_its_plate(text, plates):
    assert nlp.extract(text).plates == plates


@pytest.mark.parametrize("text", NEG)
def test_a_pilots_own_tag_is_no_plate(text):
    assert nlp.extract(text).plates == []
