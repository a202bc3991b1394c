"""Stop 39: a plate or piece taken back with a bare "no" or after a US state (nlp/plate_corrections.py): an old UK
prefix plate as the correction ("B 881 WAF? no its H 881 WAF"), a state name between the plate and its take-back
("7KXR 221, texas, no wait its 7KXR 212"), a reading cut short then given whole ("6DEF... no, it was 6DFE519",
"MT12 ... no MT13 FPE"). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("reg was KP17 ZXC no its KP71 ZXC", ["KP71ZXC"]),
    ("plate B 881 WAF? no its H 881 WAF, blue sierra", ["H881WAF"]),
    ("tag ABC 1234, no wait, ABC 1243", ["ABC1243"]),
    ("reg YT 19 HKP, no sorry YT 19 HKR", ["YT19HKR"]),
    ("plate 7KXR 221, texas, no wait its 7KXR 212", ["7KXR212"]),
    ("the plate was LM68 TRV sorry LM68 TRW", ["LM68TRW"]),
    ("silver astra reg MT12 ... no MT13 FPE", ["MT13FPE"]),
    ("the plate is 6DEF... no, it was 6DFE519", ["6DFE519"]),
    ("number plate AB 12 ... no sorry, AB 21 CDE", ["AB21CDE"]),
    ("white van reg WK 63 HZA? no its WK 63 HZE", ["WK63HZE"]),
])
def test_the_correction_replaces_what_was_taken_back(text, plates):
    got = extract(text).to_dict()
    assert got["plates"] == plates and got["partial_plates"] == []


@pytest.mark.parametrize("text, plates, partials", [
    ("plate KP17 ZXC no tax no mot", ["KP17ZXC"], []),
    ("reg was YT19 HKP, no idea where it went", ["YT19HKP"], []),
    ("reg started MT12 ... no more than that", [], ["MT12"]),
    ("plate was HG09 something, no other car about", [], ["HG09"]),
    ("reg B 881 WAF no insurance on it", ["B881WAF"], []),
    ("plate 7KXR 221, texas, no front plate on it", ["7KXR221"], []),
])
def test_a_no_that_takes_nothing_back_leaves_the_plate(text, plates, partials):
    got = extract(text).to_dict()
    assert got["plates"] == plates and got["partial_plates"] == partials


def test_a_cut_off_front_half_taken_back_stays_out_of_the_vehicle():
    got = extract("silver astra MT12 ... no MT13 FPE, parked by the bins")
    assert got.to_dict()["vehicles"] == ["silver astra"]
