"""Vehicles (stop 30, round 2): makes, models and kinds of lorry that were missing from the word lists."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,vehicle", [
    ("two lads loading scrap into a white ldv van behind the garages", "white ldv van"),
    ("a silver pt cruiser keeps parking across my drive", "silver pt cruiser"),
    ("ford connect with no plates dumped in the lay-by", "ford connect"),
    ("a yellow skip lorry clipped the bus shelter and kept going", "yellow skip lorry"),
])
def test_a_listed_vehicle(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


def test_connect_alone_is_no_vehicle():
    assert nlp.extract("i cant connect to the app to report a pothole on mill lane").vehicles == []


def test_an_ice_cream_van_is_no_cream_van():
    assert nlp.extract("the ice cream van by the park is selling vapes to kids").vehicles == []
    assert nlp.extract("a cream van with ladders on the roof was parked outside").vehicles == ["cream van"]


def test_rust_coloured_is_a_colour():
    assert nlp.extract("a rust coloured nissan navara was parked by the gate").vehicles == ["rust coloured nissan navara"]
