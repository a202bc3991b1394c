"""Times (stop 28): "half hour ago" without its "an"; a clipped or meal day part after a day."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("someone smashed the bus shelter on mill lane half hour ago", "half hour ago"),
    ("my nan let a man in who said he was from the council, about half hr ago", "about half hr ago"),
])
def test_half_hour_ago_without_an_is_whole(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text,time", [
    ("somebody keeps letting the tyres down on ash grove thursday afternoons", "thursday afternoons"),
    ("the lads with the scramblers tear round the rec most friday nites", "most friday nites"),
    ("a blue van dumped rubble by the gate on fen lane tues morn", "tues morn"),
])
def test_a_clipped_or_plural_day_part_after_a_day_is_one_time(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text,time", [
    ("2 lads nicked the charity tin from the chippy on bell street fri dinner", "fri dinner"),
    ("my car got keyed outside the gym yesterday lunch and i have the dashcam", "yesterday lunch"),
])
def test_a_meal_after_a_day_is_the_time_of_day(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text", [
    "we had sunday dinner at my mums and the bloke next door was shouting",
    "sunday dinner crime scene, my brother ate all the roast potatoes lol",
])
def test_a_meal_that_is_the_meal_stays_out(text):
    assert not any("dinner" in time for time in nlp.extract(text).times)


def test_since_a_meal_is_a_time_that_lasts_up_to_now():
    result = nlp.extract("a dog has been shut in a hot car outside the co-op on mill road since lunch, its collapsed")
    assert result.times == ["since lunch"]
    assert result.urgent   # how long it has gone on, not a time in the past


@pytest.mark.parametrize("text,time", [
    ("someone was trying the sheds on the allotments at 2am ish", "2am ish"),
    ("a red golf did a burnout outside the chippy saturday 11pm-ish", "saturday 11pm-ish"),
])
def test_ish_after_am_or_pm_stays_with_the_clock_time(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text,time", [
    ("a grey transit parks on the zigzags outside the school every weekday", "every weekday"),
    ("the bloke next door revs his bike till 1am every weeknight", "till 1am every weeknight"),
    ("someone goes through the bins on our road about 6 every weekday", "about 6 every weekday"),
])
def test_every_weekday_is_a_habit_time(text, time):
    assert time in nlp.extract(text).times
