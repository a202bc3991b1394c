"""Times (stop 35, round 2): a slash number that cannot be a date is no time (a score "43/50", a reference
"55/22/118834"); a count of times before "today", and an ordinal "one" ("4th one this year"), belong to the time.
Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, number", [
    ("my daughter got 38/50 on her mock theory test and they marked her as a fail, is that right", "38/50"),
    ("my brother is in the cells, custody number 61/14/220931, nobody says when he gets out", "61/14/220931"),
    ("i rang about the scam twice, ref 2009/31/17, still no call back", "2009/31/17"),
])
def test_impossible_slash_dates_are_not_times(text, number):
    assert not any(number in time for time in nlp.extract(text).times)


@pytest.mark.parametrize("text, date", [
    ("someone keyed my car on 3/14 outside the gym", "3/14"),
    ("the van was parked there on 12/10/2023 too", "12/10/2023"),
])
def test_real_slash_dates_stay(text, date):
    assert date in nlp.extract(text).times


@pytest.mark.parametrize("text, phrase", [
    ("a withheld number has rung my mum 7 times today sayin her bank account is frozen", "7 times today"),
    ("the same white van has been up and down our close twice today", "twice today"),
    ("someone has cut the padlock off the allotment gate, 3rd one this year", "3rd one this year"),
])
def test_counts_before_today_and_ordinal_ones_are_kept(text, phrase):
    assert phrase in nlp.extract(text).times


def test_a_count_of_things_today_stays_out():
    assert "today" in nlp.extract("2 parcels nicked off my step today").times


@pytest.mark.parametrize("text", [
    "the last time i reported the lads on the corner nobody came, theyre back again",
    "my car got keyed again, the crime ref is 4471 from last time",
])
def test_last_time_names_an_earlier_occasion_not_a_time(text):
    assert not any("last time" in time for time in nlp.extract(text).times)


@pytest.mark.parametrize("text", [
    "my wife is on nights at the hospital and someone keeps trying our back gate",
    "im on nights so i sleep days, the dog next door barks non stop",
])
def test_on_nights_is_a_shift_not_a_time(text):
    assert not any("nights" in time for time in nlp.extract(text).times)


@pytest.mark.parametrize("text, phrase", [
    ("a man tried the door of my car at the lights at 3 today, grey hoodie", "3 today"),
    ("the lad said hed be back with his mates at 7 saturday to sort me out", "7 saturday"),
])
def test_a_tied_hour_before_today_or_a_day_name_is_one_time(text, phrase):
    assert phrase in nlp.extract(text).times


def test_a_count_before_today_stays_a_count():
    assert nlp.extract("kids left more needles in the park, found 5 today").times == ["today"]


def test_back_in_a_year_is_the_year_alone():
    times = nlp.extract("my neighbour threatened me with a knife back in 2022 and hes doing it again").times
    assert "2022" in times and not any("back in" in time for time in times)


def test_back_in_a_month_keeps_back():
    assert "back in may" in nlp.extract("someone keyed my van outside the pub back in may").times
