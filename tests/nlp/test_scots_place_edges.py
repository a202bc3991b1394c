"""Scots function words at a place's edges (nlp/scots_edges.py, villages.SCOTS_CUES): "fae X tae Y" is two places,
"X wi nae lights" ends at the town, "roond govan" is a cue and a village. Variants written for stop 37, none from dev."""
import pytest

from nlp.pipeline import extract


def places(text):
    return sorted(value.lower() for value in extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("a motor flyin fae motherwell tae wishaw wi nae lights", ["motherwell", "wishaw"]),
    ("boy wi a knife on duke street n wan o his pals", ["duke street"]),
    ("polis chasin a car roond govan wi nae plates", ["govan"]),
    ("the van followed us aw the way fae larkhall tae hamilton", ["hamilton", "larkhall"]),
    ("dug walkers in kilsyth wi nae leads", ["kilsyth"]),
    ("wee guy in shettleston wi a blade", ["shettleston"]),
    ("drove fae dundee tae perth wi nae insurance", ["dundee", "perth"]),
    ("fire in a bin on byres road n wan o the shops", ["byres road"]),
    ("a van wi nae lights came fae tweedmouth", ["tweedmouth"]),
])
def test_scots_words_are_no_part_of_a_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "wi" the Wisconsin code stays with its town
    ("paid a deposit on a cabin in hayward wi through some guy online", ["hayward wi"]),
    ("someone keeps slashing tyres in rhinelander wi every weekend", ["rhinelander wi"]),
    ("somebody screamin aboot 2am in the close", []),
    ("that car's been parked in the lane aboot a week", []),
    ("she was fae the start a liar", []),
])
def test_near_misses_stay_as_they_were(text, expected):
    assert places(text) == expected
