"""A model name with digits before a plate is no part of it (nlp/model_glued_plates.py): "green l200 AKZ 3907" is
AKZ3907, not L200AKZ. Texts invented for these tests (stop 37), each plate read whole and alone."""
from __future__ import annotations

import pytest

import nlp

POS = [
    ('green l200 AKZ 3907 parked by the gate all night', ['AKZ3907']),
    ('seen a black x5 KP19 VXD doing doughnuts on the green', ['KP19VXD']),
    ('silver a4 HJN 2217 tailgating me on the a38', ['HJN2217']),
    ('blue f150 TXR 4410 hit my mailbox', ['TXR4410']),
    ('white peugeot 208 LM68 KTS outside the school', ['LM68KTS']),
    ('grey c220 BX21 KPO been sat outside number 4 for hours', ['BX21KPO']),
    ('red rav4 GHT 5531 dumped rubbish in the lay-by', ['GHT5531']),
    ('mazda cx5 7KLM229 ran the light on 5th', ['7KLM229']),
    ('bmw 3 series YD15 RFX revving outside the pub', ['YD15RFX']),
    ('mitsubishi l200 reg AKZ 3907 with a lamp on the roof', ['AKZ3907']),
    ('black X5 AB12 CDE speeding through the village', ['AB12CDE']),
    ('white L200 AKZ 3907 on the farm track', ['AKZ3907']),
    ('dark grey x5 HTR 4471 cut me up on the bypass', ['HTR4471']),
    ('a silver f150 LKT 2289 keeps parking in the disabled bay', ['LKT2289']),
]
NEG = [
    'white l200 pickup on the lane, lads with dogs',
    'a red l200 ABC parked up',
]


@pytest.mark.parametrize("text, plates", POS)
def test_only_the_plate_is_read(text, plates):
    result = nlp.extract(text)
    assert result.plates == plates
    assert result.partial_plates == []


@pytest.mark.parametrize("text", NEG)
def test_near_misses_stay_calm(text):
    result = nlp.extract(text)
    assert result.plates == []
    assert result.partial_plates == []
