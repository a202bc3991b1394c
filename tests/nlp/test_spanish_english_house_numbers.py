"""A Spanish tip writes the house number after an English-suffixed street: "somerset rd 11402," is one place
(nlp/spanish_street_tails.ENGLISH_HOUSE_NUMBER_AFTER_RE; four digits were already taken elsewhere, five were not); a number that does not end the clause stays out."""
from nlp import extract


def test_number_after_english_street_is_the_address():
    text = "alguien esta forzando la puerta de atras ahorita, cedar hollow ln 11402, casa blanca"
    assert "cedar hollow ln 11402" in extract(text).to_dict()["locations"]


def test_number_not_ending_the_clause_stays_out():
    text = "en la cedar hollow ln 2021 y 2022 pasaba lo mismo con los carros"
    assert not any("2021" in p for p in extract(text).to_dict()["locations"])
