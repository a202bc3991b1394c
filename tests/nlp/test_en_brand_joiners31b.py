"""A two-word chain written with another joiner than its listed one is the same chain (stop 31, round 2, from
heldout14's missed shops; nlp/brands.py with_joiners): "kum n go" for "kum & go", "pick and save" for "pick n
save", and "stop n go" (added to lexicon.json chains). Every text is written for the test (none is in a dev file).
"""
import pytest

from nlp import extract
from nlp.brands import with_joiners


@pytest.mark.parametrize("text, shop", [
    ("two lads just pulled a gun at the kum n go on 5th and locust in ankeny", "kum n go"),
    ("a man is waving a knife outside the pick and save in racine", "pick and save"),
    ("someone slashed my tyres at the stop n go on fm 1960 last night", "stop n go"),
])
def test_a_chain_with_another_joiner_is_found(text, shop):
    assert shop in [value.lower() for value in extract(text).locations]


def test_joiners_make_each_form():
    assert {"kum n go", "kum and go", "kum 'n' go", "kum & go"} <= with_joiners({"kum & go"})


def test_come_and_go_is_no_chain():
    assert extract("cars come n go all night at the house on elm st").locations == ["elm st"]
