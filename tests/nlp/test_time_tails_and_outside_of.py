"""A town the tagger ran on into the time after it ("lydney overnite"), and a road and a town "outside of" each
other ("county rd 12 outside of clarksdale ms"): the time is cut, the road and the town are two places."""
import pytest

from nlp.pipeline import extract
from nlp.run_on_tails import cut_run_on


@pytest.mark.parametrize("value, expected", [
    ("lydney overnite", "lydney"),
    ("kirkby stephen overnight", "kirkby stephen"),
    ("ashby tonite", "ashby"),
    ("wick yesterday", "wick"),
])
def test_a_time_after_the_town_is_cut(value, expected):
    assert cut_run_on(value) == expected


def test_road_outside_of_town_is_two_places():
    places = extract("shots at the mobile home park on county rd 12 outside of clarksdale ms, man down").locations
    assert places == ["clarksdale ms", "county rd 12"] or places == ["county rd 12", "clarksdale ms"]
