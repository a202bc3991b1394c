"""The next piece of a partial plate after other joining words (stop 37, nlp/partial_readings.py NEXT_PIECE_RE): "LM then
something 4", "RT and it was a 66", "DF and there was a 3 in it", "HRT and then had 2 numbers then 55"; a count, a
word or a car's doors after them stay out. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp

PIECES = [
    ("reg started with KP and had a 19 in it, silver corsa", ["19", "KP"]),
    ("plate began with RT and it was a 66, black bmw", ["66", "RT"]),
    ("reg began LM then something 4, red fiesta", ["4", "LM"]),
    ("the reg started with YD and had a 7 somewhere, white van", ["7", "YD"]),
    ("tag started with HRT and then had 2 numbers then 55, blue truck", ["55", "HRT"]),
    ("plate started GK then something then a W, grey astra", ["GK", "W"]),
    ("reg began with BN and had an 8 in it, blue golf", ["8", "BN"]),
    ("plate started with DF and there was a 3 in it, silver van", ["3", "DF"]),
    ("reg began with HF and had 2 numbers and then XLE, black shogun", ["HF", "XLE"]),
]

ONE_PIECE = [
    ("reg started with WX and then 2 lads jumped out", ["WX"]),
    ("reg started with KP and had 2 kids in the back", ["KP"]),
    ("plate started with TY and it was a 2 door car", ["TY"]),
    ("the reg began with NK and there was a dog in the back", ["NK"]),
]


@pytest.mark.parametrize("text, pieces", PIECES + ONE_PIECE)
def test_each_piece_read_and_nothing_else(text, pieces):
    result = nlp.extract(text)
    assert sorted(result.partial_plates) == pieces
    assert result.plates == []
