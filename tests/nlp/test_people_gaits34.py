"""Stop 34: a gait or walking aid listed among a person's descriptions is one (nlp/people_gaits.py)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,gait", [
    ("bloke keeps hanging round the school gates, about 50, grey hoodie, limp, always on his phone", "limp"),
    ("old woman taking parcels off doorsteps on kirk st, 70s, white hair, walking stick", "walking stick"),
    ("fella selling fake perfume outside the station, maybe 60, walkin stick, flat cap", "walkin stick"),
    ("2 lads tried every car door on the close last night, one limpin, both in black", "limpin"),
    ("chap begging by the cashpoint, about 40, limps, very polite", "limps"),
])
def test_a_listed_gait_is_a_description(text, gait):
    assert gait in nlp.extract(text).people


@pytest.mark.parametrize("text,absent", [
    ("our dog was limping after the fox got him in the garden", "limping"),
    ("found a walking stick left on the bench by the pond, anyone lost one", "walking stick"),
    ("my mate sprained his ankle and was limping home from the match", "limping"),
])
def test_a_gait_outside_a_list_is_not_read(text, absent):
    assert absent not in nlp.extract(text).people
