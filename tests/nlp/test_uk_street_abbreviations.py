"""UK street words and abbreviations ("cl", "gr", "pk", "croft") end a numbered address, and the town after it is
split off, one word or a name and a town's second word ("basford bridge"); a lone street word after a name is no
town ("12 saddlers croft")."""
import pytest

import nlp


@pytest.mark.parametrize("text, street, town", [
    ("someone trying car doors on 14 maple cl wombourne right now", "14 maple cl", "wombourne"),
    ("can you send someone to 3 ash tree gr bromsgrove, hes back", "3 ash tree gr", "bromsgrove"),
    ("lads fighting outside 7 glenview pk dromore", "7 glenview pk", "dromore"),
    ("window smashed at 21 mill croft hatton heath last nite", "21 mill croft", "hatton heath"),
])
def test_address_and_town(text, street, town):
    places = nlp.extract(text).locations
    assert street in places and town in places


@pytest.mark.parametrize("text, street", [
    ("someone in my garden at 4 weavers croft, please hurry", "4 weavers croft"),
])
def test_street_word_is_no_town(text, street):
    assert nlp.extract(text).locations == [street]


def test_croft_town_names_stay_names():
    assert "cloudcroft" in nlp.extract("last seen on the road to cloudcroft sunday").locations
