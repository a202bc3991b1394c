"""A numbered street run on into its town and state code is two places; a road through a town likewise."""
import pytest

from nlp import extract
from nlp.span_splits import _street_town_cut


@pytest.mark.parametrize("value, street", [
    ("4410 n oak st salina ks", "4410 n oak st"),
    ("27 elm ave le mars ia", "27 elm ave"),
])
def test_street_cut_before_town_and_state(value, street):
    street_end, town_start = _street_town_cut(value)
    assert value[:street_end] == street and value[town_start:] == value[len(street) + 1:]


def test_cut_found_whatever_the_spaces_between_words():
    value = "4410 n oak st  salina ks"
    street_end, town_start = _street_town_cut(value)
    assert (value[:street_end], value[town_start:]) == ("4410 n oak st", "salina ks")


@pytest.mark.parametrize("value", [
    "4410 n oak st nw ks",     # a compass point is the street's
    "oak st salina ks",        # no house number: left to the other rules
    "4410 n oak salina ks",    # no street word before the town
])
def test_no_cut(value):
    assert _street_town_cut(value) is None


def test_road_through_town():
    places = [value.lower() for value in extract("a truck tailgating me on us 30 through ligonier pa right now").locations]
    assert "us 30 through ligonier pa" not in places
