"""Corners of two numbered roads (nlp/road_corners.py) and corners with "main" (nlp/intersections.py): one span."""
import pytest

import nlp
from nlp.road_corners import find_road_corners


@pytest.mark.parametrize("text, expected", [
    ("crash at hwy 12 and 30 in elkton, two cars", "hwy 12 and 30"),
    ("semi jackknifed at sr 9 and cr 400 near tipton", "sr 9 and cr 400"),
    ("wreck at us 31 / tn 50 just now", "us 31 / tn 50"),
])
def test_two_numbered_roads_are_one_corner(text, expected):
    assert expected in nlp.extract(text).locations


@pytest.mark.parametrize("text", [
    "we drove route 9 and 14 miles later the tyre blew",
    "he got on rt 5 and 3 lads jumped him",
    "exit 12 and 13 are both closed",
])
def test_a_road_and_a_count_is_no_corner(text):
    assert [text[s:e] for s, e in find_road_corners(text)] == []


@pytest.mark.parametrize("text, expected", [
    ("fight outside the bar at elm st and main in dover nh", "elm st and main"),
    ("car on fire at main & harbor, people standing around", "main & harbor"),
])
def test_main_is_a_street_in_a_corner(text, expected):
    assert expected in nlp.extract(text).locations


def test_main_before_a_function_word_is_no_corner():
    assert nlp.extract("we were at main and then walked home").locations == []
