"""Stop 38: a part plate after the words that say which part it is ("the end of the reg, UTP", "de la placa solo vi el
final, KLM") or by its group ("the plate had 3 letters, KPT", "de la placa solo vi los numeros, 558"),
nlp/plate_positions.py; Scots "endit wi", "reg finished 4LG" (partial_plates.py); Spanish "inicia con"
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
    # which group of the plate: letters or digits, as the kind named says
    ("la placa tenia 3 letras PHT y no vi los numeros, un tsuru", ["PHT"]),
    ("de la placa nomas vi las letras, KTR, una camioneta negra", ["KTR"]),
    ("the plate had 3 letters, KPT, then numbers i didnt get, black suv", ["KPT"]),
    ("i only saw the letters on the plate, GHN, white van", ["GHN"]),
    ("got the numbers off the tag, 4471, but not the letters, red truck", ["4471"]),
    ("de la placa solo vi los numeros, 558, un aveo rojo", ["558"]),
    ("la placa tenia dos letras, MX, y no vi mas", ["MX"]),
    ("the reg had the letters KV and then i lost it, blue fiesta", ["KV"]),
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
    "car reg and phone numbers, 07700 900461, are all on the form i filled in",
    "the plate said the letters were hard to read, 20 mins ago it drove off",
    "tag numbers on the cattle, 4471 and 4472, both gone from the field",
    "the plate has letters on it but i couldnt read them, 3 lads in it",
    # a group named alone is plural: a fleet or badge "number" is no group of the plate
    "taxi reg LK19 ABC, badge number 44187, rude driver and overcharged me",
    "coach reg on the side, fleet number 5521, driver was on his phone",
])
def test_no_part_without_a_plate_to_be_part_of(text):
    assert extract(text).to_dict()["partial_plates"] == []
