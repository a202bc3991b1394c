"""Vehicles (stop 32, round 2): a model name that is an everyday word, used as the word: "up" after a body type or
model is the adverb ("quad bikes up the lane"), the car is "vw up"; a colour and a bare "polo" is a shirt. Texts
invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, vehicles", [
    ("lads tearing a red fiesta up and down the prom at all hours", ["red fiesta"]),
    ("someone has left a black astra up on the verge by the cattle grid, no plates", ["black astra"]),
    ("kids riding scramblers up the towpath every night", []),
])
def test_up_after_a_vehicle_is_the_adverb(text, vehicles):
    assert nlp.extract(text).vehicles == vehicles


def test_vw_up_is_the_car():
    assert nlp.extract("white vw up parked across my drive since monday").vehicles == ["white vw up"]


@pytest.mark.parametrize("text", [
    "bloke at the door said he was from the council, navy polo shirt, lanyard, no id",
    "the dealer outside the chippy is always in a red polo and trackies",
    "woman in a grey polo, clipboard, asking for bank details door to door",
])
def test_colour_and_polo_is_a_shirt(text):
    assert not any("polo" in vehicle for vehicle in nlp.extract(text).vehicles)


@pytest.mark.parametrize("text, vehicle", [
    ("grey vw polo clipped my car on the high street and drove off", "grey vw polo"),
    ("silver polo reg KT61 ABC parked on the zigzags every morning", "silver polo"),
])
def test_polo_the_car(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles
