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
