"""A hedged age written as a clause of its own is a description (nlp/people_clause_ages.py)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,age", [
    ("some lad keeps tagging the underpass on mill road, black hoodie, bmx, maybe 16", "maybe 16"),
    ("woman took my purse off the trolley at the big tesco in thornbury, about 40, long black coat", "about 40"),
    ("2 men were trying car doors on elm close, both about 25, one had a beanie", "about 25"),
    ("the girls that spat at my daughter on the bus were about 15 and one had pink hair", "about 15"),
])
def test_a_clause_age_is_a_description(text, age):
    assert age in nlp.extract(text).people


@pytest.mark.parametrize("text,absent", [
    ("heard shots near the quarry on dale rd, like 6 or 7 bangs, 2 men ran off", "like 6"),
    ("2 lads on motorbikes on the field every saturday night, about 11, loud as anything", "about 11"),
    ("found a bag of old phones in the hedge at the rec, like 8, no idea whose", "like 8"),
])
def test_a_count_or_an_hour_is_no_age(text, absent):
    assert absent not in nlp.extract(text).people
