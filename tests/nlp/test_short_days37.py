"""Stop 37: a day name cut to a word that is also English ("wed", "mon", "sun", "thu", "thur") is the day where a
clock time stands against it, and day and clock are one span (nlp/short_days.py; ANNOTATION.md: a day and its clock
time are one span). The second of two joined days is a day too, "n" a joiner like "and" ("every fri n sat till 4am").
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("someone keyed my car outside the co op in ripon wed about half 3", ["wed about half 3"]),
    ("lads on scramblers on the rec again thurs around 9, no helmets", ["thurs around 9"]),
    ("my shed got done over sat between 1 and 3, took the mower", ["sat between 1 and 3"]),
    ("saw him climbing the fence mon about 8pm, tall lad in a grey hoodie", ["mon about 8pm"]),
    ("dealing outside the bookies tues bout 4 in a blue corsa", ["tues bout 4"]),
    ("fri around half 10 a van pulled up n 2 men took the quad", ["fri around half 10"]),
    ("the fight kicked off sun about 11 outside the wetherspoons in leek", ["sun about 11"]),
    ("a car was on fire in the lane weds round 2am", ["weds round 2am"]),
    ("tried the door handles on our street thur about quarter to 4", ["thur about quarter to 4"]),
    ("woman screaming in the flat upstairs sat nite about 1", ["sat nite about 1"]),
    ("van parked on the verge tue from 6 till 9, engine on", ["tue from 6 till 9"]),
    ("2 lads robbed the garage tues like 10ish", ["tues like 10ish"]),
])
def test_a_short_day_joins_its_clock_time(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text, times", [
    ("the sun about 8 was blinding me, couldnt see the reg", ["about 8"]),
    ("they wed at 2 in the chapel and the fight started at the do", []),
    ("mon the hoops, 3 of them singing outside the pub", []),
    ("sun was out, 2 lads in shorts on a quad", []),
    ("wed 3 years and he still hits her", []),
])
def test_the_word_stays_a_word(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text, times", [
    ('parties next door every fri n sat till 4am', ['every fri n sat till 4am']),
    ('lads racing up the bypass every sat n sun from about 9', ['every sat n sun from about 9']),
    ('dealer works the back of the chippy tuesdays n fridays about 8', ['tuesdays n fridays about 8']),
    ('bikes on the field every saturday n sunday morning', ['every saturday n sunday morning']),
    ('music blasting 2am every friday + saturday', ['2am every friday + saturday']),
    ('van dumps rubbish there every mon n thurs night', ['every mon n thurs night']),
    ('he comes round weds n fridays after 6', ['weds n fridays after 6']),
    ('revving outside at 5am every saturday n sunday', ['5am every saturday n sunday']),
    ('the pub lock-in every thursday n friday nite', ['every thursday n friday nite']),
])
def test_two_joined_days_are_one_time(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text, times", [
    ('we sat n talked for a bit about the car', []),
    ('saw him friday n sat down with him for a brew', ['friday']),
    ('sunday n monday were quiet tho', ['sunday n monday']),
    ('thursday and sat in the car for ages', ['thursday']),
    ('i was in the sun n it was boiling', []),
])
def test_a_paired_word_that_is_a_verb_stays_a_verb(text, times):
    assert extract(text).times == times
