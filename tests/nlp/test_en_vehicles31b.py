"""Vehicles (stop 31, round 2): a colour named by a thing ("sand coloured qashqai"), a Luton with a colour, an
Escort with a colour. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, vehicle", [
    ("lad in a sand coloured juke keeps parking across my drive on elm close", "sand coloured juke"),
    ("the plum colored mini that clipped my wing mirror drove off toward the station", "plum colored mini"),
])
def test_word_coloured_is_a_colour(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


def test_a_different_colour_names_none():
    assert nlp.extract("a different coloured juke came back later, no idea").vehicles == []


@pytest.mark.parametrize("text, vehicle", [
    ("rubble tipped in the lay-by off station road by a white luton, 3 blokes", "white luton"),
    ("old green escort with no tax sat outside number 9 for a week", "green escort"),
])
def test_coloured_luton_and_escort(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


def test_luton_the_town_is_no_vehicle():
    assert nlp.extract("my car got keyed at the station in luton yesterday").vehicles == []
