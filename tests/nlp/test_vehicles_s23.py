"""Vehicles (issue 13, session 23): word-list data for a condition colour and a few makes and models."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,vehicle", [
    ("a rusty white transit has been dumped in the lay-by", "white transit"),   # "rusty" left out before a colour (ANNOTATION.md, stop 33)
    ("silver rover 25 parked across my drive all day", "silver rover 25"),
    ("grey acura tlx doing donuts in the school lot", "grey acura tlx"),
    ("black crown vic with tinted windows following me", "black crown vic"),
])
def test_listed_makes_models_and_colours(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


@pytest.mark.parametrize("text", [
    "our dog rover got out and ran off down the lane",
    "the gate is rusty and someone forced it open",
])
def test_an_ambiguous_name_or_colour_alone_is_no_vehicle(text):
    assert nlp.extract(text).vehicles == []
