"""Stop 37 round 2: a BMX with its colour is a colour plus a generic noun, a vehicle like "black bike" (ANNOTATION.md:
`"white van"`); a bare "bmx" is a generic noun and stays out (patterns/vehicles.jsonl). Texts invented for these
tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("lad on a black bmx grabbed her phone and rode off", ["black bmx"]),
    ("2 lads on red bmxs throwing stones at the bus", ["red bmxs"]),
    ("blue bmx stolen from outside the co-op on king st", ["blue bmx"]),
    ("my sons green bmx was took from the back garden", ["green bmx"]),
    ("lads on white bmxes riding at cars on the ring road", ["white bmxes"]),
    ("a yellow BMX dumped in the bushes by the canal", ["yellow BMX"]),
    ("the one on the orange bmx had a knife out", ["orange bmx"]),
    ("silver bmx chucked in the river off the bridge", ["silver bmx"]),
])
def test_a_coloured_bmx_is_a_vehicle(text, expected):
    assert sorted(v.lower() for v in extract(text).vehicles) == sorted(v.lower() for v in expected)


@pytest.mark.parametrize("text", [
    "kids on bmx bikes doing wheelies in the road",
    "theres a bmx track at the park and they smash the lights",
    "my bmx was stolen from the shed",
])
def test_near_misses_stay_calm_a_coloured_bmx_is_a_vehicle(text):
    assert not extract(text).vehicles
