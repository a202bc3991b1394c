"""Village names joined by "by" without "the": "stoke by nayland", "Newton by Toft", "Thorpe by Water" are one span;
a person, a shop, a corner or an ordinary word after "by" is not joined."""
import pytest

import nlp


def places(text):
    return sorted(place.lower() for place in nlp.extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("lads dealing outside the post office in stoke by nayland every evening", ["post office", "stoke by nayland"]),
    ("car on its roof near Thorpe by Water, nobody about", ["thorpe by water"]),
    ("quad bikes at Newton by Toft again", ["newton by toft"]),
    ("Stoke by Clare, lead off the church roof again", ["stoke by clare"]),
    ("fly tipping on the lane into Stanton by Bridge, sofa and tyres", ["stanton by bridge"]),
    ("theres a van casing houses in barrow by humber", ["barrow by humber"]),
])
def test_by_joins_the_village_name(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("got stopped in york by a copper", ["york"]),
    ("stopped in york by the police twice this week", ["york"]),
    ("fight at the chippy in leeds by the station", ["leeds"]),
    ("sold a fake phone in norwich by marketplace seller", ["norwich"]),
    ("the shop in Mayfair by Tyson and Frankford got robbed", ["mayfair", "tyson and frankford"]),
    ("parked in leeds by car and walked", ["leeds"]),
    ("suspicious car parked up in Melton by the church all day", ["melton"]),
])
def test_by_before_a_person_thing_or_corner_joins_nothing(text, expected):
    assert places(text) == expected
