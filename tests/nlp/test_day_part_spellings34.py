"""Stop 34: day parts texted in other spellings are times (nlp/day_part_spellings.py, nlp/clock_day_parts.py)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("a white van blocks the lane outside the farm most mornins, no idea whose", "most mornins"),
    ("lads fishing off the harbour wall with nets early evenins, think its illegal", "early evenins"),
    ("someone took the lead off the church roof this morn, ladder still up", "this morn"),
    ("my bike was nicked fae the close yesterday efternoon, red and black", "yesterday efternoon"),
    ("a man was shouting at the kids in the park at 3 this aft, tall, bald", "3 this aft"),
])
def test_a_texted_day_part_is_a_time(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "we were sat on the aft deck of the ferry when it started",
    "the aft cabin on the boat was broken into, nothing taken",
])
def test_aft_alone_is_no_time(text):
    assert nlp.extract(text).times == []
