"""Lower-case streets whose street word is also a common noun, read after a street cue (cued_lower_streets.py)."""
import pytest

from nlp import extract
from nlp.cued_lower_streets import find_cued_lower_streets
from nlp.street_names import alpha_words


@pytest.mark.parametrize("text, street", [
    ("someone slashed my tyres on sycamore rise last night", "sycamore rise"),
    ("lads fighting at the bottom of mill brow, one has a bottle", "mill brow"),
    ("van parked up on kingfisher close with its engine running for an hour", "kingfisher close"),
    ("chasing a kid down sea bank road", "sea bank road"),
    ("two lads on bikes up foundry walk in ashby snatching phones", "foundry walk"),
])
def test_a_cue_and_a_name_word_make_a_street(text, street):
    assert street in [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text, wrong", [
    ("we were on the bank by the river when he fell in", "the bank"),
    ("i dropped the parcels off at the food bank on monday", "food bank"),
    ("my mum is on price rise watch again lol", "price rise"),
    ("kids lined up in a row outside the shop shouting", "a row"),
    ("the tv fell off its wall mount and smashed", "wall mount"),
])
def test_no_street_without_a_name_word_or_with_a_thing_maker(text, wrong):
    assert wrong not in [value.lower() for value in extract(text).locations]


def test_the_name_must_end_after_the_street_word():
    assert "parade ground" not in " ".join(extract("they marched on station parade ground drills").locations).lower()
    assert "station parade" not in [v.lower() for v in extract("they marched on station parade ground drills").locations]


def test_a_bank_holiday_is_no_street():
    # another rule reads "easter bank" on its own; this module must not add it
    text = "everyone was off on easter bank holiday so no one saw"
    assert find_cued_lower_streets(text, alpha_words(text)) == []
