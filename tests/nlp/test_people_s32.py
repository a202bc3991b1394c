"""People (stop 32, round 2): counts written with regional or car-bound nouns, and crowds counted "N of them"."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,description", [
    ("shed on fire at the allotments in kinross, 3 folk tryin to put it out with buckets", "3 folk"),
    ("4 lassies aboot 15 shoutin abuse at the bus driver on the high street in leven", "4 lassies"),
    ("silver astra doing doughnuts in the tesco car park with 4 passengers hanging out the windows", "4 passengers"),
])
def test_a_number_before_a_regional_or_car_people_noun_counts_them(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text,description", [
    ("massive fight outside the spoons in wigan, 8 or 9 of em, bottles flyin", "8 or 9 of em"),
    ("rave in the woods behind the golf club, like 150 of them, music since midnight", "like 150 of them"),
])
def test_a_crowd_counted_of_them_after_a_crowd_word(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "someone smashed the wing mirrors on our street, about 12 of them, overnight",
    "found shotgun cartridges in the hedge by the footpath, 20 of em",
])
def test_things_counted_of_them_are_no_people(text):
    assert not any("of them" in p or "of em" in p for p in nlp.extract(text).people)
