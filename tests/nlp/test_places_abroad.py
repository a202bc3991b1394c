"""A resort or city abroad named as where someone was ("while we were in lanzarote", "card used in benidorm") is no
place; a UK place in the same text, a longer name that holds one, and a gazetteer town of the same name stay."""
import pytest

import nlp
from nlp.places_abroad import places_abroad


def places(text):
    return sorted(place.lower() for place in nlp.extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("house got burgled while we were in lanzarote, back door jemmied", []),
    ("my card was used in benidorm for 400 euros and ive never been", []),
    ("son went to magaluf with his mates and a lad there sent him threats, they live in bolton", ["bolton"]),
    ("we were away in Majorca and someone took the car off the drive at 12 Elm Road", ["12 elm road"]),
    ("payment to a hotel in dubai i never made, bank says report it", []),
    ("neighbour is in tenerife for 2 weeks and theres lights on in his house", []),
    ("scam caller said he was calling from a bank in Marbella", []),
    ("met him on holiday in Zante and now hes turned up at my house in Kettering", ["kettering"]),
])
def test_resort_abroad_is_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("lads fighting outside the Benidorm bar on the high st", ["benidorm bar", "high st"]),
    ("someone stealing almonds off the orchard on s chestnut ave near malaga at 3", ["malaga", "s chestnut ave"]),
])
def test_longer_names_and_listed_towns_stay(text, expected):
    assert places(text) == expected


def test_no_gazetteer_town_is_listed():
    names, _ = places_abroad()
    assert "malaga" not in names and "paris" not in names and "tenerife" in names
