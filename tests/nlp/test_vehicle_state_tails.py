"""Vehicles (stop 29, round 2): a US state written between a model and its plate is the plate's state, though the state
is also a model ("chevy colorado"); a part plate after a model is no model code. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, vehicle", [
    ("black honda pilot colorado plate KTR-551 blocking the fire lane at the mall since 4", "black honda pilot"),
    ("red nissan frontier colorado tag 771-PQX doing donuts in the school lot last night", "red nissan frontier"),
])
def test_state_before_plate_is_no_model(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


def test_the_model_named_for_a_state_stays():
    # "chevy colorado": the make's own model, kept even with a plate word after it
    assert nlp.extract("grey chevy colorado plate 552-KLM tailgating me on i-25 right now").vehicles == \
        ["grey chevy colorado"]


def test_a_part_plate_after_the_model_is_no_model_code():
    # "KT21": a part plate the tipster read, not the model's code
    assert nlp.extract("black ford ranger KT21 or KT71 something, dumping rubble in the lay by at noon").vehicles == \
        ["black ford ranger"]
