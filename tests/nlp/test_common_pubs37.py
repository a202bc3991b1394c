"""Common pub names written in lower case (nlp/data/en/pubs.txt, read by nlp/pubs.py): "the maypole in thornbury",
"the barley mow at tonbridge". A name counts only after "the" and before a preposition and a place. Variants
written for stop 37, none from dev."""
import pytest

from nlp.pipeline import extract


def places(text):
    return sorted(value.lower() for value in extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("fight outside the maypole in thornbury right now", ["the maypole", "thornbury"]),
    ("drunk driver just left the barley mow at tonbridge", ["barley mow", "tonbridge"]),
    ("bottles thrown outside the crooked billet in wimbledon", ["crooked billet", "wimbledon"]),
    ("lads dealing in the car park of the shoulder of mutton at hebden bridge", ["hebden bridge", "shoulder of mutton"]),
    ("he drove off from the spotted cow in malvern steaming", ["malvern", "spotted cow"]),
    ("the till was robbed at the mallard in worthing last night", ["the mallard", "worthing"]),
    ("a fight at the punch bowl in crosthwaite, glass everywhere", ["crosthwaite", "punch bowl"]),
    ("landlord of the jolly farmer in bramley is selling coke", ["bramley", "jolly farmer"]),
])
def test_a_common_pub_name_before_its_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("saw the maypole go up at the fete in thornbury", ["thornbury"]),
    ("a mallard with a broken wing in the pond at bourton", ["bourton"]),
    ("they used the navigation in the car to find us", []),
    ("found a bird in hand luggage at the airport", []),
])
def test_the_same_words_naming_no_pub(text, expected):
    assert places(text) == expected
