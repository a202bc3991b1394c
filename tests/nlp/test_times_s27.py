"""Times (session 27): which day "every" picks ("every other friday", "every first sunday", "every 2nd of the
month", a feast day) and a bare hour hedged with "like" after a day part. Invented texts."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("a white van dumps rubble behind the garages every other tuesday", "every other tuesday"),
    ("the market lot fills with racers every first sunday around 9", "every first sunday around 9"),
    ("a lad sells stolen meat door to door every 2nd of the month when benefits land", "every 2nd of the month"),
    ("fireworks fired at the houses on our close every bonfire night, same lads", "every bonfire night"),
    ("my neighbour fires a gun in the air every new years eve", "every new years eve"),
])
def test_which_day_every_picks_is_part_of_the_habit(text, time):
    assert time in nlp.extract(text).times


def test_a_hedged_hour_after_a_day_part_joins_it():
    assert "every evening like 7" in nlp.extract("kids throw stones at the bus every evening like 7, its dangerous").times


def test_like_before_a_count_after_a_day_part_is_no_hour():
    times = nlp.extract("there was a fight last night like 2 lads and a girl outside the chippy").times
    assert times == ["last night"]
