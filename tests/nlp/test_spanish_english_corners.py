"""Two English-named streets meeting, in a Spanish tip, with "y", "at", "&" or "/" between them are one corner
(nlp/spanish_english_corners.py); an address after "at" or a second place after "y en" is not joined."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("hay una balacera en marsh ln y w w forest blvd ahorita", ["marsh ln y w w forest blvd"]),
    ("n halsted st at w 47th st, dos tipos golpeando a un señor", ["n halsted st at w 47th st"]),
    ("e 7th st / s mesa dr, se estan peleando con cuchillos", ["e 7th st / s mesa dr"]),
])
def test_english_corner_is_one_place(text, places):
    assert extract(text).to_dict()["locations"] == places


def test_address_after_at_is_not_a_corner():
    places = extract("se robaron mi troca de mi casa en hollis ave at 4410 w brighton st anoche").to_dict()["locations"]
    assert "4410 w brighton st" in places and not any("hollis ave at" in p for p in places)
