"""Stop 37: the paint's wear is left out before a colour ("a rusty red transit" gives "red transit", ANNOTATION.md
decided at stop 33) and a shade word stays with its colour ("bright blue mini", "mint green beetle", "mustard yellow
fiat 500"; dev keeps the shade in every row that writes one). nlp/vehicles.py WORN_COLOURS, nlp/patterns/vehicles.jsonl.
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, vehicles", [
    ('he drives a rusty red transit, reg unknown', ['red transit']),
    ('rusty white hilux parked on the verge by the farm gate', ['white hilux']),
    ('2 lads in a rusty silver corsa tryin car doors', ['silver corsa']),
    ('a rusty green land rover blocking the lane every night', ['green land rover']),
    ('RUSTY BLUE FORD FIESTA outside the shop with the engine running', ['BLUE FORD FIESTA']),
    ('guy in a rusty black pickup took the copper', ['black pickup']),
    ('rusty grey ford ranger dumping tyres in the lay-by', ['grey ford ranger']),
    ('a rusty maroon chevy s10 keeps circling the block', ['maroon chevy s10']),
    ('a rusty dark green volvo estate sat outside the school', ['dark green volvo estate']),
    ('someone on a rusty yellow jcb dug up the verge', ['yellow jcb']),
])
def test_rusty_is_left_out_before_a_colour(text, vehicles):
    assert extract(text).vehicles == vehicles


@pytest.mark.parametrize("text, vehicles", [
    ('a bright blue mini parked across my drive', ['bright blue mini']),
    ('pale blue nissan micra abandoned on the lane for weeks', ['pale blue nissan micra']),
    ('the lad in the mint green vw beetle threw a bottle', ['mint green vw beetle']),
    ('mustard yellow fiat 500 clipped my wing mirror', ['mustard yellow fiat 500']),
    ('an azure blue bmw i8 racing on the prom', ['azure blue bmw i8']),
    ('bloke in a bright orange tractor dragging a car', ['bright orange tractor']),
    ('the ice cream man has a bright pink van', ['bright pink van']),
    ('pale yellow ford ka with a dent in the door', ['pale yellow ford ka']),
    ('bottle green range rover parked on the zigzags', ['bottle green range rover']),
    ('electric blue focus rs doing donuts', ['electric blue focus rs']),
    ('a burnt orange camaro revving at the lights', ['burnt orange camaro']),
    ('neon green kawasaki flew past the school', ['neon green kawasaki']),
])
def test_a_shade_stays_with_its_colour(text, vehicles):
    assert extract(text).vehicles == vehicles


@pytest.mark.parametrize("text, vehicles", [
    ('found a rusty old bike in the hedge', []),
    ('outside the rusty nail pub a white van pulled up', ['white van']),
    ('a bloke called rusty in a red van', ['red van']),
    ('knife looks old and rusty, kids found it near the car', []),
    ('bright lights on a car in the field at 2am', []),
    ('a pale lad got out of the car', []),
    ('the bike was in mint condition when it was nicked', []),
    ('bright red blood on the pavement outside the bookies', []),
])
def test_near_misses_stay_calm(text, vehicles):
    assert extract(text).vehicles == vehicles
