"""Stop 38: a part plate after the words that say which part it is ("the end of the reg, UTP", "de la placa solo vi el
final, KLM"), nlp/plate_positions.py; Scots "endit wi", "reg finished 4LG" (partial_plates.py); Spanish "inicia con"
(es lexicon partial_plate_cues) and "las placas tenian un 88" (spanish_plate_parts.py). Texts invented for these
tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, parts", [
    ("caught the back half of the reg, UTP, silver corsa", ["UTP"]),
    ("only got the last 4 of the tag, 8812, blue civic", ["8812"]),
    ("the first 2 letters of the plate were KY, grey mini", ["KY"]),
    ("the reg endit in 4PL, blue van", ["4PL"]),
    ("reg finishes with 8NV, blue berlingo with ladders", ["8NV"]),
    ("de la matricula solo vi el final, KLM, un golf", ["KLM"]),
    ("de la placa solo vi los ultimos numeros 447, camioneta blanca", ["447"]),
    ("solo vi las primeras letras de la placa, JH, un mustang", ["JH"]),
    ("la placa inicia con GTR y lo demas no lo vi, un aveo", ["GTR"]),
    ("las placas tenian un 88, no vi mas, una van blanca", ["88"]),
])
def test_a_part_named_by_its_place_in_the_plate(text, parts):
    assert sorted(extract(text).to_dict()["partial_plates"]) == parts


@pytest.mark.parametrize("text", [
    "reg office is at the end of the road, A38 then left, my car was keyed there",
    "saw the plate, it was at the back, 20 mins ago he left",
    "en la placa de la calle, al final, 3 tipos robando",
    "los ultimos 3 dias, 5 robos en la calle de la placa mayor",
    "my card number ends in 5512 and it was used in the shop",
    "mi tarjeta termina en 8812 y la usaron en el oxxo",
    "finished work at 5 and the car was gone from the drive",
])
def test_no_part_without_a_plate_to_be_part_of(text):
    assert extract(text).to_dict()["partial_plates"] == []
