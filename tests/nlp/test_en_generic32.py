"""Real outputs of nlp.extract for the generic compounds of stop 32 (nlp/data/en/generic_facilities.txt): a
visitor centre, a river trail, a church named only by its denomination are no place; the town is. Texts written
for the test (none is in a dev file).
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("someone smashed a car window at the visitor centre at kielder this morning", ["kielder"]),
    ("a man exposing himself on the river trail in bend or, just now", ["bend or"]),
    ("lads throwing stones at the windows of the baptist church in wrexham", ["wrexham"]),
    ("police cars outside the catholic church in hexham, whats going on", ["hexham"]),
])
def test_a_generic_compound_is_no_place(text, places):
    assert extract(text).locations == places


@pytest.mark.parametrize("text, place", [
    ("bikes nicked from the racks at mt zion baptist church on elm st", "mt zion baptist church"),
    ("youths on scramblers on the Tarka Trail by instow", "Tarka Trail"),
])
def test_a_named_one_stays(text, place):
    assert place in extract(text).locations
