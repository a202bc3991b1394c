"""Times (issue 13, session 25): kinds of text that fell on heldout7 (a state "now", dates, hedges, counts)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "someone nicked the mower from my shed last week, my dad has a new padlock on it now",
    "a van clipped my wing mirror on tuesday, my insurance says its on me now",
    "the lad who robbed my nan in 2019 is out of prison now, can i find out where he lives",
    "sold a phone online and the buyer reversed the payment, now he blocked me",
])
def test_a_now_in_a_calm_report_is_a_state_not_a_time(text):
    assert "now" not in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "a man is kicking my front door in now, he has a hammer",
    "2 lads with knives chasing a boy down vine street now",
])
def test_a_now_in_an_emergency_places_it(text):
    assert "now" in nlp.extract(text).times


@pytest.mark.parametrize("text,time", [
    ("someone keyed my car outside the gym on the 11th, i have the dashcam", "the 11th"),
    ("the bins have been set alight every night since the 5th", "every night since the 5th"),
    ("my tool bag went from the van on the 21st around 6pm", "the 21st around 6pm"),
])
def test_a_day_of_the_month_with_no_month(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "water is coming through the ceiling of the flat on the 3rd floor",
    "its the 2nd time my shed has been done",
])
def test_an_ordinal_that_counts_a_noun_is_no_date(text):
    assert nlp.extract(text).times == []


@pytest.mark.parametrize("text,time", [
    ("lads revving quads round the field every evenin after school", "every evenin"),
    ("someone is trying the car doors on our street rite now", "rite now"),
])
def test_times_as_people_spell_them(text, time):
    assert any(time in found for found in nlp.extract(text).times)


@pytest.mark.parametrize("text,time", [
    ("someone was banging on the shop shutters at 4 in the morning", "4 in the morning"),
    ("the lads said theyd be back at 9 tonight to sort him out", "9 tonight"),
    ("a van was loading tools out the yard around 3 yesterday", "around 3 yesterday"),
    ("scramblers on the field yesterday about 7, no plates", "yesterday about 7"),
    ("bins get set alight at 10 every night behind the flats", "10 every night"),
])
def test_an_hour_written_against_its_day_part(text, time):
    assert time in nlp.extract(text).times


def test_a_count_before_tonight_with_no_tie_is_no_hour():
    assert "2 tonight" not in nlp.extract("i saw 2 tonight on the corner").times


@pytest.mark.parametrize("text,time", [
    ("my bike went from outside the library like 20 mins ago", "like 20 mins ago"),
    ("the same car has been sat there since like tuesday", "since like tuesday"),
])
def test_like_is_a_hedge_before_a_time(text, time):
    assert time in nlp.extract(text).times


def test_like_that_compares_stays_out():
    assert "like tonight" not in nlp.extract("it looks like tonight theyre going to do it again").times


@pytest.mark.parametrize("text", [
    "got a text saying my parcel is held, pay 2.99 to release it",
    "the cabbie charged me 18.40 for a 5 minute ride",
])
def test_a_price_with_a_dot_is_no_time(text):
    assert nlp.extract(text).times == []


def test_a_dot_time_after_a_tie_stays():
    assert "11.30" in nlp.extract("they came back at 11.30 and smashed the window").times


@pytest.mark.parametrize("text,time", [
    ("a grey van has parked outside the school 4 nights running with the engine on", "4 nights running"),
    ("the alarm at the warehouse has gone off for the 2nd night in a row", "2nd night in a row"),
])
def test_how_many_times_so_far(text, time):
    assert time in nlp.extract(text).times


def test_a_count_in_a_row_stays_apart_from_the_clock_times_before_it():
    times = nlp.extract("van parked on the verge from 9pm till 2am three nights in a row").times
    assert "three nights in a row" in times


@pytest.mark.parametrize("text,time", [
    ("my daughter should have been back by 9, its gone midnight and her phone is off", "by 9"),
    ("he says ill be sorry if i dont pay him by tomorrow", "by tomorrow"),
])
def test_a_deadline_keeps_its_by(text, time):
    assert time in nlp.extract(text).times


def test_by_before_a_count_of_people_is_no_time():
    assert nlp.extract("my lad got jumped by 3 older boys outside the shop").times == []


@pytest.mark.parametrize("text,time", [
    ("the garage roof has been leaking and someones been sleeping in there since about easter", "since about easter"),
    ("quads on the moor every weekend since new year", "every weekend since new year"),
])
def test_since_a_feast(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text,time", [
    ("a man in a grey hoodie hangs round the bus stop at teatime asking kids for vapes", "at teatime"),
    ("same white van parks on the zigzags every day at pickup", "every day at pickup"),
])
def test_at_a_mealtime_or_school_run_keeps_its_at(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text,time", [
    ("the lads race up and down the high street every pay day", "every pay day"),
    ("fights outside the club every school holiday week", "every school holiday week"),
    ("they set the bins alight every november", "every november"),
])
def test_every_and_a_time_noun(text, time):
    assert time in nlp.extract(text).times


def test_every_before_a_thing_is_no_time():
    assert nlp.extract("someone smashed every car window on the street").times == []


def test_all_day_long_is_copied_whole():
    assert "all day long" in nlp.extract("cars pulling up to the flat all day long, in and out in 2 mins").times
