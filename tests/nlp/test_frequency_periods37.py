"""Stop 37: a frequency keeps its period ("every night this half term", "every day this wk") and "every" with an
event that repeats is a frequency ("every tide", "every pick up", "every shift"; ANNOTATION.md: a frequency is a
time, whatever repeats). Periods and events as patterns in nlp/patterns/times.jsonl; events that head a noun as often
("every service station", "every dinner lady", "every pickup truck", "every match he could find") are left out.
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ('youths on the roof of the library every night this half term', ['every night this half term']),
    ('that white kia in the blue badge bay every day this wk', ['every day this wk']),
    ('lads fishing off the pier with nets every tide this week', ['every tide this week']),
    ('man in a black 4x4 staring at the kids every pick up this week', ['every pick up this week']),
    ('scramblers on the field every evening this hols', ['every evening this hols']),
    ('the same van every morning this term outside the gates', ['every morning this term']),
    ('every weekend this summer theres been a fight outside the spar', ['every weekend this summer']),
    ('every nite this wk the alarm has gone off at the unit', ['every nite this wk']),
    ('fireworks every night in november off the rec', ['every night in november']),
])
def test_a_frequency_keeps_its_period(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text", [
    'they hit every service station on the a1 with the same card',
    'the lad tried every pickup truck on the street for unlocked doors',
    'she knows every dinner lady at the school',
    'he took every match he could find and burnt the shed',
    'the term for it is grooming, he is 40 and she is 14',
])
def test_nouns_after_every_stay_calm(text):
    assert extract(text).times == []
