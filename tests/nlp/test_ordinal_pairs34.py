"""Stop 34: two days of the month joined are one date; joined ordinals before a noun are none (nlp/time_shapes.py)."""
from __future__ import annotations

import nlp


def test_two_joined_days_are_one_date():
    assert nlp.extract("hes been messaging her nonstop, i have the texts from the 6th and 7th").times == ["the 6th and 7th"]


def test_joined_ordinals_before_a_noun_are_no_date():
    assert nlp.extract("water pouring through the ceiling between the 2nd n 3rd floor of the flats").times == []


def test_a_day_with_the_repeated_stays_two_dates():
    assert nlp.extract("he turned up drunk on the 8th and the 12th, both times at my door").times == ["the 8th", "the 12th"]
