"""Rivers named by "the" and the name alone (listed_rivers.py), with the list and the water words widened."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_welsh_river_before_a_dash():
    assert "the rheidol" in locations("under the footbridge over the rheidol - a lad is clinging to the rocks")


def test_us_river_with_tubing_as_the_only_water_word():
    assert "the chattahoochee" in locations("we were tubing the chattahoochee when a guy fell off his tube")


def test_river_with_waters_as_the_only_water_word():
    assert "the teviot" in locations("dog stuck on a ledge above the teviot, waters rising fast")


def test_listed_name_without_water_stays_out():
    assert "the cumberland" not in locations("my cousin works at the cumberland, great burgers")
