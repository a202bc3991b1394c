"""A firing range is no shop (stop 30, round 2): lower-case "the range" in a text about guns and shots is the
generic range, not The Range. Every text is written for the test (none is in a dev file).
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("loud gunfire from the range near little rissington all morning, is that allowed", "little rissington"),
    ("rifle club shooting at the range off mill lane again, every saturday", "mill lane"),
])
def test_a_firing_range_is_no_place_but_its_town_or_road_stays(text, place):
    locations = [value.lower() for value in extract(text).locations]
    assert place in locations and "the range" not in locations


@pytest.mark.parametrize("text", [
    "a woman had her purse snatched outside the range in yeovil",
    "man with a gun in the car park at The Range in taunton",
])
def test_the_shop_stays(text):
    assert "the range" in [value.lower() for value in extract(text).locations]
