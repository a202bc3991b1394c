"""Stop 38: a frequency written as a count per period or a "-ly" word is a time, copied whole with its hedge
(ANNOTATION.md: "about 3 times a week", "once a month"; with a clock time it stays one span): "5 times a week",
"twice a night", "12 times in a day", "daily", "weekly". A "-ly" word before a noun names a thing ("the weekly
test", "iveco daily") and a count per period without "times" is a price ("450 a month"). nlp/time_frequencies.py.
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("the fella at 12 rings my mum daily asking for money", ["daily"]),
    ("dealers meet in the car park weekly, a white van comes", ["weekly"]),
    ("he drives past the house like 4 times a day", ["like 4 times a day"]),
    ("the scam number calls my nan 5 times a week", ["5 times a week"]),
    ("lads race up the bypass twice a night in the summer", ["twice a night"]),
    ("my card was used 12 times in a day at a petrol station", ["12 times in a day"]),
    ("the alarm goes off about once a fortnight at 3am", ["about once a fortnight at 3am"]),
    ("same car has been past the school 3 times in an hour", ["3 times in an hour"]),
    ("someone rings my dad daily from a withheld number", ["daily"]),
    ("he comes round 5x a week to collect", ["5x a week"]),
    ("they fly the drone over the garden once a month", ["once a month"]),
])
def test_a_frequency_is_a_time(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text", [
    "its only the weekly test of the siren, ignore it",
    "white iveco daily dumping rubbish in the lane",
    "i pay 450 a month for a room and the landlord changed the locks",
    "the daily mail says the man was arrested",
    "she takes her tablets twice and then stops",
    "they charge 20 a day for storage at the pound",
])
def test_a_thing_or_a_price_is_no_frequency(text):
    assert extract(text).times == []
