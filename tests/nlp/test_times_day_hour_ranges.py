"""An hour range or a "from"/"fae" hour written against a day, a day part or a frequency is one time with it
(nlp/day_hour_ranges.py; ANNOTATION.md "Times": a clock range with its day is one span, a frequency with a clock
time stays one span). Invented variants of the kind, written before the rule."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("kids on quads tearing round the field 6 till 9 every night, no lights", ["6 till 9 every night"]),
    ("road shut for filming 8 till 6 tomorrow on dock st, heads up", ["8 till 6 tomorrow"]),
    ("my 14 yr old is made to work 7 to 10 every saturday at the chippy", ["7 to 10 every saturday"]),
    ("drilling next door every mornin from 6, cant sleep", ["every mornin from 6"]),
    ("clay shoot on the hill every saturday fae 9, loud bangs", ["every saturday fae 9"]),
    ("roadworks on the 21st from 8, diversion via mill lane", ["the 21st from 8"]),
    ("fireworks at the rugby club from 7 each night, dogs going mad", ["from 7 each night"]),
    ("the generator at the building site runs frae 5 every morning", ["frae 5 every morning"]),
    ("music blaring from the unit 10 till 3 every weekend, industrial estate", ["10 till 3 every weekend"]),
    ("lads sat in a car outside no 4 every evening 9 til 11", ["every evening 9 til 11"]),
    ("the scarer gun goes off fae 5 till 9 every mornin", ["fae 5 till 9 every mornin"]),
])
def test_hours_with_their_day_are_one_time(text, expected):
    assert nlp.extract(text).times == expected


@pytest.mark.parametrize("text, expected", [
    ("i work 6 till 2 on the tills so cant ring, can i report online", []),
    ("he sends 3 to 4 messages every day from different numbers", ["every day"]),
    ("3 lads from 12 to 15 years old every night on the bus shelter roof", ["every night"]),
    ("got a text from 9 accounts every day this week", ["every day this week"]),
    ("fae 2 streets away you can hear them every night", ["every night"]),
    ("i work nights 10 till 6 and my garage keeps getting broken into", []),
    ("nicked yesterday from 9 mill view road, blue bike", ["yesterday"]),
])
def test_counts_near_days_stay_out(text, expected):
    assert nlp.extract(text).times == expected
