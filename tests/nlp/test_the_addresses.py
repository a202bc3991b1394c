"""A house number before a street named with "the" and no street word (nlp/the_addresses.py, en/the_street_names.txt):
"4 the paddocks", "12 the maltings", and the town after it. Variants invented for stop 38 (names and places of our
own choosing, lower case); near misses are a count or an hour before "the", which must stay empty."""
import pytest

from nlp.pipeline import extract
from nlp.the_addresses import the_addresses


def places(text):
    return sorted(value.lower() for value in extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("someone trying the back door at 4 the paddocks, please hurry", ["4 the paddocks"]),
    ("white van parked outside 12 the maltings every night this week", ["12 the maltings"]),
    ("my dad has collapsed at 7 the glebe, hes not breathing right", ["7 the glebe"]),
    ("gas smell coming from 3 the spinney, old lady lives there alone", ["3 the spinney"]),
    ("lads kicking the door in at 19 the meadows right now", ["19 the meadows"]),
    ("parcel nicked off the step at 2 the orchard yesterday", ["2 the orchard"]),
    ("he keeps parking across the drive at 11 the croft", ["11 the croft"]),
    ("smoke coming out the roof of 6 the mews, nobody answering", ["6 the mews"]),
    ("shouting and screaming from 22 the limes, kids inside", ["22 the limes"]),
    ("fire in the back garden of 9 the street, the shed is alight", ["9 the street"]),
    ("the old man at 3 the paddocks, cliffe woods has fallen", ["3 the paddocks", "cliffe woods"]),
    ("she lives at 8 the rows tresillian and hes there now", ["8 the rows", "tresillian"]),
])
def test_a_numbered_the_street_is_an_address(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "the van came back at 5 the next morning",
    "he gave me 20 the lot and drove off",
    "there were 3 the same colour parked up",
    "about 10 the police turned up and left",
    "until 6 the orchard gate was locked",
    "around 4 the meadows flooded again",
])
def test_a_count_or_an_hour_before_the_is_no_address(text):
    assert the_addresses(text) == []
    assert places(text) == []
