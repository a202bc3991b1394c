"""Stop 37: two hours sharing one "am"/"pm" or day part are one time as written: "3 or 4am", "2-4pm", "7 or 8 at
night" (nlp/hour_alternatives.py). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("someone tried my car door at 3 or 4am, woke the dog", ["3 or 4am"]),
    ("he rings me at 1 and 2am every night from a withheld number", ["1 and 2am every night"]),
    ("the flat got done over 2-4pm while we were at work", ["2-4pm"]),
    ("music blasting 11 to 12pm then they left in a blue golf", ["11 to 12pm"]),
    ("kids on the roof of the school about 9 or 10pm", ["about 9 or 10pm"]),
    ("van parked up 6-8am outside the nursery", ["6-8am"]),
    ("shots heard at 2 or 3 in the morning near the park", ["2 or 3 in the morning"]),
    ("the lad comes round 7 or 8 at night selling weed", ["7 or 8 at night"]),
    ("car alarm went off at 4 or 5 am in the car park", ["4 or 5 am"]),
    ("they were fighting 10 or 11pm outside the chippy", ["10 or 11pm"]),
])
def test_two_hours_share_their_half_of_the_day(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text", [
    "there was 3 or 4 lads in the car",
    "he had 2 or 3 pints then drove off",
    "flat 2-4 on the second floor had the door kicked in",
    "we got 1 and 2 stars on the reviews lol",
])
def test_counts_stay_calm(text):
    assert extract(text).times == []
