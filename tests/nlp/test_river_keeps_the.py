"""A listed river named by "the" alone keeps its "the" (ANNOTATION.md: a one-word name that is no shop), also when the
rules or the tagger found the bare name first ("kayak turned over on the wye" gave "wye")."""
import pytest

import nlp


def places(text):
    return sorted(place.lower() for place in nlp.extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("kayak turned over on the wye by monmouth, man clinging to a branch", ["monmouth", "the wye"]),
    ("salmon poachin on the teviot again, navy volvo estate SF62 WKR", ["the teviot"]),
    ("lads jumping off the bridge into the severn near shrewsbury, one not come up", ["shrewsbury", "the severn"]),
    ("salmon poachers on the tweed at coldstream with nets", ["coldstream", "the tweed"]),
    ("the ouse is flooding over the road at york, car stuck", ["the ouse", "york"]),
    ("kids swimming in the dee near chester, current is strong", ["chester", "the dee"]),
    ("someone fishing with a net on the tees below yarm", ["the tees", "yarm"]),
    ("car parked on the bank of the trent near newark for 3 days", ["newark", "the trent"]),
    ("dog swept away in the tamar under the bridge at gunnislake", ["gunnislake", "the tamar"]),
])
def test_river_by_the_keeps_the(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the wye valley walk bridge is broken, water everywhere", ["wye valley walk bridge"]),
    ("the wear and tear on the bridge is bad, water coming in", []),
])
def test_a_longer_name_or_no_river_is_left(text, expected):
    assert places(text) == expected
