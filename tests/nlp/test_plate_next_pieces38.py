"""Stop 38, round 2: the next piece of a partial plate after "with a"/"plus a" (nlp/partial_readings.py: "KT with a 4
somewhere in it"), after a Spanish verb of having with bare digits ("y tiene 44") and after "las letras finales"
with its verb left out (nlp/spanish_plate_more.py); a count after those words stays out. Texts invented for these
tests."""
from __future__ import annotations

import pytest

import nlp

PIECES = [
    ("partial plate KT with a 4 somewhere in it, black golf", ["4", "KT"]),
    ("reg started WR and had a 7 in it, silver astra", ["7", "WR"]),
    ("the plate began with ZX and had an 11 in it", ["11", "ZX"]),
    ("partial tag 4K with a J somewhere, red truck", ["4K", "J"]),
    ("partial reg BN plus a 9 somewhere, white van", ["9", "BN"]),
    ("la placa empezaba con JK y tiene 44, un jetta", ["44", "JK"]),
    ("la matricula empezaba por 88 y las letras finales LT, un leon", ["88", "LT"]),
    ("la placa empieza con P y tenia 72, una pickup", ["72", "P"]),
    ("la matricula acababa en 33 y las letras del final eran KZ", ["33", "KZ"]),
    ("partial plate DV and has a 5 in it", ["5", "DV"]),
]
ONE_PIECE = [
    ("partial plate KT with 2 lads in it, black golf", ["KT"]),
    ("reg started WR and had a dent in the door", ["WR"]),
    ("la placa empezaba con JK y tiene 2 puertas", ["JK"]),
    ("la placa empezaba con TR y tenia 3 tipos adentro", ["TR"]),
    ("partial reg BN with a 5 year old in the back", ["BN"]),
    ("partial plate LK plus 3 men got out", ["LK"]),
]


@pytest.mark.parametrize("text, pieces", PIECES + ONE_PIECE)
def test_each_piece_read_and_no_count(text, pieces):
    assert sorted(nlp.extract(text).partial_plates) == pieces
