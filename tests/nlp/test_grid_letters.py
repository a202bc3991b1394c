"""A US grid letter after a street: kept at the end of a numbered address, and "s"/"e" before a town."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_grid_letter_ends_a_numbered_address_at_the_end_of_the_text():
    assert "518 maple ave n" in locations("someone is in my garage with a crowbar right now, 518 maple ave n")


def test_south_after_a_numbered_street_before_a_town():
    assert "12th st s" in locations("the motel on 12th st s moorhead has dealers in the lot")


def test_n_meaning_and_after_a_plain_street_is_not_taken():
    assert "maple ave n" not in locations("he lives on maple ave n drives a red truck")
