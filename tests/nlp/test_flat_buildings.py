"""A flat, unit or lot number before a named building or park is inside the span (flat_buildings.py)."""
import pytest

from nlp import extract
from nlp.flat_buildings import find_flat_buildings


def lowered(text):
    return [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text, place", [
    ("water pouring through the ceiling, flat 4 kestrel house, nobody answering upstairs", "flat 4 kestrel house"),
    ("someone tried my door handle at 3am, flat 21 beech court, please send someone", "flat 21 beech court"),
    ("smoke coming out of the trailer at lot 7 shady oaks park right now", "lot 7 shady oaks park"),
    ("apt 3b riverside towers, the man upstairs is screaming", "apt 3b riverside towers"),
])
def test_the_flat_number_is_inside_the_building(text, place):
    assert place in lowered(text)


@pytest.mark.parametrize("text", [
    "unit 9 at the storage place got broken into",
    "the kid in flat 22 is playing music in the house all night",
    "lot 22 in the park is empty",
])
def test_no_building_without_a_name(text):
    assert find_flat_buildings(text, frozenset(text.lower().split())) == []


def test_the_name_must_end_after_the_building_word():
    text = "flat 5 green house plants are everywhere"
    assert find_flat_buildings(text, frozenset(text.lower().split())) == []
