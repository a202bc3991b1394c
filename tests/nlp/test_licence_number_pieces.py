"""Stop 39: a piece of a driving licence's number is no partial plate ("drivers license number ends in 4412",
nlp/licence_numbers.py, read by nlp/partial_plates.py), while a plate's end stays one. Invented variants."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text", [
    "found a purse, drivers licence no ends 71KX",
    "lost my wallet on the train, license number ends in 5521",
    "my provisional licence number ended with MORG 4",
    "handed in a wallet at the pub, the drivers license # ends 3310",
    "lost my id, licence no. ends 4471, it was in a brown purse",
    "stolen purse on the bus, license number ends 8812",
    "wallet found at the bar, license no ending 2279",
    "somebody nicked my wallet, driving licence in it, licence number ends 55JK",
])
def test_a_licence_numbers_end_is_no_plate(text):
    got = extract(text).to_dict()
    assert got["partial_plates"] == [] and got["plates"] == []


@pytest.mark.parametrize("text, partials", [
    ("blue civic, license plate ends in 4KX", ["4KX"]),
    ("white van, the reg ends in 77T", ["77T"]),
    ("silver f150, license number ended in 88Z", ["88Z"]),
])
def test_a_plates_end_stays_a_piece(text, partials):
    assert extract(text).to_dict()["partial_plates"] == partials
