"""The town after a place and a comma, before a colon or a word of when: "wilton rd, hockwold every night"."""
import pytest

import nlp


@pytest.mark.parametrize("text, town", [
    ("lads racing up and down on mill rd, brockdish every night since june", "brockdish"),
    ("car dumped on church lane, fenstanton: been there 3 days", "fenstanton"),
])
def test_town_after_street_and_comma(text, town):
    assert town in nlp.extract(text).locations


@pytest.mark.parametrize("text, word", [
    ("kids smashing bottles on mill rd, theyve all gone now", "theyve"),
    ("sheds done at the marsh allotments, strimmers and a mower taken", "strimmers"),
])
def test_no_town_from_a_clause_after_the_comma(text, word):
    assert word not in nlp.extract(text).locations
