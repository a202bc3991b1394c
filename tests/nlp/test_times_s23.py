"""Times (issue 13, session 23): a day part and its bare clock hour are one span; a duration stays apart."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("the quad bikes come through the estate every night around 8", "every night around 8"),
    ("someone was trying door handles on my road last nite bout 3", "last nite bout 3"),
    ("the van drops boxes off every weds at 6 behind the church", "every weds at 6"),
    ("my shed was broken into about 7 this morning", "about 7 this morning"),
    ("saw him climb the fence this evening round 9", "this evening round 9"),
])
def test_a_day_part_and_its_bare_hour_are_one_time(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text,time", [
    ("every saturday about 5 people turn up with cans", "every saturday"),   # a count of people, not an hour
    ("last night around 40 lads were on the green", "last night"),           # not an hour at all
    ("tonight at 10 mins to go the alarm went off", "tonight"),
])
def test_a_number_that_is_no_hour_stays_out(text, time):
    assert nlp.extract(text).times == [time]


def test_a_duration_after_a_time_is_a_time_of_its_own():
    times = nlp.extract("a grey van parked on our drive every night at 9 for a fortnight").times
    assert times == ["every night at 9", "for a fortnight"]


@pytest.mark.parametrize("text", [
    "saw a documentary about burglars and now im checking the locks every hour",
    "my bike is locked at my mates house for now, can someone check the cctv",
])
def test_a_now_that_only_moves_the_story_on_is_no_time(text):
    assert "now" not in nlp.extract(text).times


def test_a_now_that_places_the_event_stays():
    # "and now hes inside" is the story's next step (dev: 28 of 29 "and now" unlabelled, session 24); "now" at the end places it
    assert "now" in nlp.extract("he smashed the window and hes inside the house now").times


@pytest.mark.parametrize("text,time", [
    ("someone tried my car door about 20 past 2 last night", "about 20 past 2 last night"),
    ("the alarm went off at ten past 6", "ten past 6"),
])
def test_minutes_past_an_hour_are_a_clock_time(text, time):
    assert time in nlp.extract(text).times


def test_minutes_past_with_a_unit_after_stay_out():
    assert nlp.extract("the queue was 20 past 3 miles long on the bypass").times == []
