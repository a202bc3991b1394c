"""A lower-case town whose name is also a word, after "in" and closing its clause, is the town."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("my nan lives on her own in chester, someone keeps trying her door", "chester"),
    ("cars getting broken into every night in hickory last week", "hickory"),
    ("he has been stalking my aunt for weeks, she lives in perry, shes scared", "perry"),
])
def test_town_found(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text", [
    "robbery in progress, 2 men",
    "he wants paying in advance.",
    "my mate is in charge tonight",
])
def test_phrases_are_no_towns(text):
    assert nlp.extract(text).locations == []


@pytest.mark.parametrize("text", [
    "my brother in law got glassed, 8 stitches",
    "the seat was covered in beer, some drunk guy",
])
def test_in_laws_and_substances_are_no_towns(text):
    assert nlp.extract(text).locations == []
