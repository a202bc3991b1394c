"""Where a flight went or came from is no place of the tip: "flight delay ua 1182 to denver", "diverted to grand
rapids", "we landed in bristol"; an airport, and a place the tipster went to after the flight, stay."""
import pytest

import nlp


def places(text):
    return sorted(place.lower() for place in nlp.extract(text).locations)


@pytest.mark.parametrize("text", [
    "flight delay ua 1182 to denver, pilot seemed drunk",
    "delta flight 2291 from detroit got diverted to grand rapids and a lady was screaming",
    "on my flight EZY 1234 last night a man was groping a girl, we landed in bristol",
    "flight ba 1442 seat 22a guy next to me was vaping all the way to glasgow",
    "flight number FR 2291 heading to dublin, man threatening crew",
    "ryanair flight from stansted to cork, bloke smoking in the toilet",
    "jet2 flight LS 881 to palma, drunk hen party fighting",
    "flight got diverted into newcastle, man arrested on board, my bag is missing",
])
def test_a_flights_end_is_no_place(text):
    assert places(text) == []


@pytest.mark.parametrize("text, expected", [
    ("my flight got cancelled at manchester airport and a drunk guy punched a steward", ["manchester airport"]),
    ("the flight to newcastle was delayed so we drove home and found the door kicked in at 4 park road", ["4 park road"]),
    ("my flight landed at 11 and someone had nicked my car from 22 oak lane", ["22 oak lane"]),
    ("missed my flight cos a lorry shed its load on the m25 by junction 10", ["m25"]),
    ("flight attendant was assaulted at gatwick airport", ["gatwick airport"]),
    ("drone flying over the flats on mill road every night", ["mill road"]),
])
def test_airports_and_the_tips_own_places_stay(text, expected):
    assert places(text) == expected
