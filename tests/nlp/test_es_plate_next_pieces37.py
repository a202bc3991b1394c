"""Spanish: the next piece of a partial plate after "y despues 88", "y luego 4" (no article after a word of order) and
after the plate word ("HZP la placa y tenia un 6"); a count or a time after it stays out (nlp/spanish_plate_more.py).
Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

PIECES = [
    ("la placa empezaba con RJ y un 7 al final, un civic verde", ["7", "RJ"]),
    ("empezaba con HZP la placa y tenia un 6, un kia soul", ["6", "HZP"]),
    ("la placa empezaba con KL y luego un 4, camioneta gris", ["4", "KL"]),
    ("la matricula empezaba por 45 y luego una B, un seat", ["45", "B"]),
    ("las placas empezaban con TR y despues 88, un tsuru", ["88", "TR"]),
    ("la placa empezaba con MN y tenia un 3 en medio, una troca", ["3", "MN"]),
    ("la matricula empezaba por 72 y luego HK, un golf", ["72", "HK"]),
]

ONE_PIECE = [
    ("la placa empezaba con GT y luego 2 tipos se bajaron", ["GT"]),
    ("la placa empezaba con PK y despues 5 minutos se fue", ["PK"]),
    ("la placa empezaba con JT y luego 2 tipos se bajaron", ["JT"]),
]


@pytest.mark.parametrize("text, pieces", PIECES + ONE_PIECE)
def test_each_piece_read_and_no_count(text, pieces):
    result = nlp.extract(text)
    assert sorted(result.partial_plates) == pieces
    assert result.plates == []
