"""Common pub names written in lower case (nlp/data/en/pubs.txt), found after "the" and before a preposition and a
place: the "<trade>s rest" names ("travellers rest", "anglers rest"), "four horseshoes", "three tuns"."""
import pytest

import nlp


@pytest.mark.parametrize("text, pub, town", [
    ("fight in the beer garden of the travellers rest at hinderwell", "travellers rest", "hinderwell"),
    ("van with no plates outside the anglers rest in bamford", "anglers rest", "bamford"),
    ("drunk lad driving off from the three tuns in bletchingdon", "three tuns", "bletchingdon"),
])
def test_pub_found(text, pub, town):
    places = nlp.extract(text).locations
    assert pub in places and town in places


def test_rest_as_a_word_is_no_pub():
    assert nlp.extract("we had a rest at the top of the hill in bamford").locations == ["bamford"]
