"""Real outputs of nlp.extract for the feature and building rules of stop 29 (issue 13: places that are not roads).
Every text here is written for the test (none is in a dev file); each rule has a negative case that must stay
as it was.
"""
import pytest

from nlp import extract
from nlp.named_buildings import find_named_buildings
from nlp.river_names import find_river_names


@pytest.mark.parametrize("text, place", [
    ("quad bike gone from the shed at 4 hollow oak farm last night", "4 hollow oak farm"),
    ("2 lads with lurchers in the fields behind brambly farm again", "brambly farm"),
    ("a man in a grey van was watching kids outside westleigh high school at 3", "westleigh high school"),
    ("fight in the car park across from saint aidans school, about 10 kids", "saint aidans school"),
])
def test_a_named_farm_or_school_after_a_place_cue_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("someone dumped tyres at a dairy farm near the bypass", "dairy farm"),
    ("my lad got his phone nicked by 2 lads after school", "lads after school"),
    ("kids hanging round outside the primary school smoking", "primary school"),
])
def test_a_farm_or_school_with_no_name_or_another_place_is_not_a_farm(text, place):
    assert place not in extract(text).locations


def test_a_farm_shop_or_farm_estate_is_left_to_the_shop_and_estate_rules():
    for text in ("the car park of brambly farm shop had 3 cars broken into", "units at brambly farm industrial estate"):
        assert find_named_buildings(text, frozenset(text.split())) == []


@pytest.mark.parametrize("text, place", [
    ("a car rolled off the ramp into the cumberland river by the marina, someone is inside", "cumberland river"),
    ("kid swept off the rocks in the afon dulais, hes hanging onto a branch", "afon dulais"),
])
def test_a_river_named_before_or_after_its_word_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "a dog is stuck on a branch in the flooded river, its yelping",
    "by the slipway, cumberland river is right up today",
    "kids swimming at river level near the weir",
])
def test_a_kind_of_river_or_a_name_across_a_comma_is_not_a_river_name(text):
    assert find_river_names(text, frozenset(text.split())) == []
