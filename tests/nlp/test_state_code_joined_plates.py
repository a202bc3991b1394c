"""A state code before a number-only plate (nlp/state_code_plates.py): "red jeep wrangler DE 448192"; six or seven
joined digits after a code that is also a word ("DE") only right after the vehicle; a state written after the plate
("8ZK-104 illinois"). Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

POS = [
    ('red jeep wrangler DE 448192 flew past the school', ['448192']),
    ('white chevy van RI 55-213 been parked outside 3 days', ['55213']),
    ('saw a blue honda civic RI 448 921 at the corner', ['448921']),
    ('grey minivan DE 593017 blocking the driveway', ['593017']),
    ('the black truck was 8ZK-104 illinois, guy threw a bottle', ['8ZK104']),
    ('plate 4RTY 229 ohio on a silver malibu', ['4RTY229']),
    ('grey camry GHT 4471 texas ran the red on main', ['GHT4471']),
    ('white ram plate HKW 2210 from michigan dumped trash', ['HKW2210']),
    ('blue focus 7KLM229 california plates hit my car', ['7KLM229']),
    ('tag was 5JKR 882 ohio, red pickup', ['5JKR882']),
    ('blue ford fusion, DE 1187224, parked in the fire lane', ['1187224']),
    ('dark green sedan NJ 5531907 hit a kid on a bike', ['5531907']),
]
NEG = [
    'black silverado, DE 19711, doing burnouts at the lot',
    "moved here from PA 19103 last year, my neighbour's car got keyed",
    'call me at DE 448 1920 about the car',
    'i live at 229 ohio ave near the silver car',
    'my order ID 448192 for the car parts never came',
    'my ID 448192 was in the wallet they took from the car',
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
