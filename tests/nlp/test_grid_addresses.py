"""US grid addresses ("1300 S 900 E", "300 north 200 west") and grid corners ("2100 S and 700 E") are one span, with a
listed town written straight after them as a place of its own."""
import pytest

import nlp
from nlp.grid_addresses import find_grid_addresses


def places(text):
    return sorted(place.lower() for place in nlp.extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("gunshots near 1300 S 900 E about 10 min ago", ["1300 s 900 e"]),
    ("car crashed into a pole at 300 north 200 west, driver ran", ["300 north 200 west"]),
    ("blue truck doing donuts in the lot at 2100 S and 700 E", ["2100 s and 700 e"]),
    ("domestic at 845 e 400 s apt 3, screaming", ["845 e 400 s"]),
    ("he lives at 1520 W 800 N in provo", ["1520 w 800 n", "provo"]),
    ("fight outside the bar on 400 W and 200 S", ["400 w and 200 s"]),
    ("someone shooting fireworks at cars from the overpass at 5400 S. 2700 W.", ["5400 s. 2700 w"]),
    ("pls hurry 742 South 300 East, my neighbor is beating his dog", ["742 south 300 east"]),
    ("hit and run at 3500 s & 2200 w, silver minivan took off west", ["3500 s & 2200 w"]),
    ("kids on the roof of the school 1100 n 150 e orem", ["1100 n 150 e", "orem"]),
    ("man exposing himself by the bus stop on 7800 S / 1300 W", ["7800 s / 1300 w"]),
    ("drunk guy at 90 E 200 N keeps banging on doors", ["90 e 200 n"]),
    ("grey sedan broke down in the middle of 4100 south n 4000 west", ["4100 south n 4000 west"]),
    ("he lives at 2645 W 3900 S unit 12 and sells from there", ["2645 w 3900 s"]),
    ("truck blocking my driveway again, 1150 s 200 w bountiful", ["1150 s 200 w", "bountiful"]),
])
def test_grid_address_is_one_span(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "I owe him 300 and he wants 200 more",
    "he was doing 90 in a 40 going north",
    "we drove 40 north for 20 miles then turned",
    "scores were 21 to 14, he owes me 50 e 20 at the bar",
    "got 2 n 3 year olds here",
    "temp was 45 n wind at 20 mph from the east",
    "ring me on 0161 n 496 0000",
])
def test_counts_and_speeds_are_no_address(text):
    assert find_grid_addresses(text) == []
    assert places(text) == []


def test_a_common_word_town_needs_the_clause_to_end():
    assert places("at 845 e 400 s sandy, kids screaming") == ["845 e 400 s", "sandy"]
    assert "sandy" not in places("at 845 e 400 s sandy haired guy banging on doors")
