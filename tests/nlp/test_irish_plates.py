"""Stop 39: Irish plates, a registration year, a county code and a serial (nlp/irish_plates.py): "151-D-12345",
"reg 12 D 4567", "irish plates 05 MH 11822". Case and report numbers of the same shape stay no plate. Invented."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("irish reg 151-D-12345", ["151D12345"]),
    ("reg 12 D 4567 on a red corolla", ["12D4567"]),
    ("southern irish plate 08-KY-2231", ["08KY2231"]),
    ("reg was 191 C 4432", ["191C4432"]),
    ("irish plates 05 MH 11822", ["05MH11822"]),
    ("plate 221-G-789", ["221G789"]),
    ("a dublin reg 10-D-55321", ["10D55321"]),
    ("car had irish plates 162-LH-904", ["162LH904"]),
    ("reg 99 D 12345", ["99D12345"]),
    ("registration 142-WW-3310 silver golf", ["142WW3310"]),
])
def test_an_irish_plate_is_read_whole(text, plates):
    assert extract(text).to_dict()["plates"] == plates


@pytest.mark.parametrize("text", [
    "case number 26-TR-114471 for the insurance",
    "ref 26-R-00412 from the council",
    "flat 12 D 4567 no answer",
    "order 14-D-5521 never came",
    "the score was 12 D 4 in the end",
    "my claim is 99 D 12345",
])
def test_the_same_shape_elsewhere_is_no_plate(text):
    assert extract(text).to_dict()["plates"] == []
