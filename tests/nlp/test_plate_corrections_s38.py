"""Stop 38: more take-back wordings after a plate ("oops", "oh wait", "no wait", "soz", "sorry meant", a hedge before
the "no": "i think, no it was", a take-back in brackets), nlp/data/en/plate_corrections.json and
nlp/plate_corrections.py. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("tag 7GHK210, oops i mean 7GHK201, white tesla speeding through the school zone", ["7GHK201"]),
    ("plate HN 4421, sorry meant HN 4412, honda civic dumping rubbish", ["HN4412"]),
    ("tag LKS-2291 (no LKS-2219 my bad) on a white camry blocking the hydrant", ["LKS2219"]),
    ("plate 6TRB442 oh wait 6TRB424, silver prius hit a cyclist", ["6TRB424"]),
    ("it was DE16 KLM, i think, no it was DE16 KLN, grey mondeo", ["DE16KLN"]),
    ("reg on the van YH17 BBC, oops YH17 BBG, they were taking lead off the church roof", ["YH17BBG"]),
    ("reg KT68 VNN... wait no KT68 VWN, think thats right, blue astra revving outside", ["KT68VWN"]),
    ("plate LJ65 UTR no hold on it was LJ65 UTP, yellow lambo going 100 down the high street", ["LJ65UTP"]),
    ("plate BX62 HHA scratch that BX62 HHR, grey van doing doughnuts on the rec", ["BX62HHR"]),
    ("reg FP19 KLA soz FP19 KLR, kids on the roof of it", ["FP19KLR"]),
])
def test_a_taken_back_plate_gives_way_to_its_correction(text, plates):
    assert extract(text).to_dict()["plates"] == plates


@pytest.mark.parametrize("text, plates", [
    # two readings with no take-back: both kept
    ("the plate might be HJK 4410 or HJK 4401, dark grey charger, road rage on route 9", ["HJK4401", "HJK4410"]),
    ("reg BD51 SMR or it could have been BD51 SMP, white van", ["BD51SMP", "BD51SMR"]),
    # a take-back word with no reading of the same plate after it: the plate stays
    ("reg AB12 CDE, oops forgot to say it was a red fiesta", ["AB12CDE"]),
    ("reg LM19 KTR i think, no one was hurt thank god", ["LM19KTR"]),
    ("tag TRX 4410 (no front plate) on a white f150", ["TRX4410"]),
    ("reg FG18 HJK, meant to say earlier they have a dog with them", ["FG18HJK"]),
    # "oh wait" is a check: only a reading of the same plate replaces the plate, not another car's
    ("plate KL66 ABC, oh wait the other car was GH45 JKL, both racing", ["GH45JKL", "KL66ABC"]),
])
def test_no_take_back_without_a_reading_of_the_same_plate(text, plates):
    assert sorted(extract(text).to_dict()["plates"]) == plates
