"""Times (issue 13, session 26): a clock time beside a clipped or Scots day part ("this mornin around 10", "every
mornin 8.30", "last nicht"), a tied hour before "last night", and "sometime" before a day (left out since stop 33)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,phrase", [
    ("van parked across my drive this mornin about 7, white transit", "this mornin about 7"),
    ("dog barkin in the yard every evenin at 6 and nobody home", "every evenin at 6"),
    ("bins set alight on the corner last nicht, kids on bikes", "last nicht"),
    ("same car cruisin the estate every friday nicht", "every friday nicht"),
])
def test_clipped_and_scots_day_parts_are_times(text, phrase):
    assert phrase in nlp.extract(text).times


def test_a_dotted_clock_after_a_day_part_is_its_time():
    assert "every morning 7.45" in nlp.extract("lorry blocks the lane every morning 7.45 without fail").times


def test_a_dotted_number_after_a_price_word_is_still_no_time():
    assert nlp.extract("he charged me 7.45 for a pint of milk").times == []


@pytest.mark.parametrize("text,phrase", [
    ("somebody was in the garden at 11 last night with a torch", "11 last night"),  # a leading "at" is left out
    ("heard glass go about 3 last night on the back lane", "about 3 last night"),
])
def test_a_tied_hour_before_last_night_is_one_time(text, phrase):
    assert phrase in nlp.extract(text).times


@pytest.mark.parametrize("text,phrase", [
    ("the shed was broken into sometime sunday night", "sunday night"),
    ("my bike went from the rack sometime yesterday", "yesterday"),
    ("someone keyed the van sometime this morning on the drive", "this morning"),
])
def test_sometime_before_a_day_is_left_out(text, phrase):
    # nlp/devset/ANNOTATION.md (stop 33): "sometime" is no hedge, the time starts after it
    times = nlp.extract(text).times
    assert phrase in times and not any("sometime" in time for time in times)


@pytest.mark.parametrize("text,phrase", [
    ("kids on motorbikes on the field every evening from 6 till dark", "every evening from 6 till dark"),
    ("music blasting every saturday after 10 til late, its unbearable", "every saturday after 10 til late"),
])
def test_an_open_end_after_a_time_joins_it(text, phrase):
    assert phrase in nlp.extract(text).times


def test_an_open_end_alone_is_no_time():
    assert nlp.extract("the neighbour has people round till late, its a party house").times == []


@pytest.mark.parametrize("text,phrase", [
    ("the dog was left in the yard all last weekend with no food", "all last weekend"),
    ("van sat outside the school most of this morning", "most of this morning"),
    ("he was parked up all yesterday evening watching the house", "all yesterday evening"),
])
def test_all_or_most_of_before_a_time_says_how_long_and_stays(text, phrase):
    assert phrase in nlp.extract(text).times


def test_all_before_a_bare_day_is_left_out():
    assert "all yesterday" not in nlp.extract("he spent it all yesterday at the bookies").times
