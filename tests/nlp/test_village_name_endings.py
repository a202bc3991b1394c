"""A lower-case village after a place cue whose name ends in a place-name element ("-land", "-hope", "-shaw",
"-stone", "-town") is a name, though it could be cut into two dictionary words; other run-together words are not."""
import pytest

import nlp
from nlp.villages import compound, known_words


@pytest.mark.parametrize("word", ["brackenland", "hollinhope", "crampshaw", "fallowstone", "millertown"])
def test_words_ending_in_a_place_element_are_names(word):
    assert not compound(word, known_words())


@pytest.mark.parametrize("word", ["knifepoint", "schoolkids", "hillwalkers"])
def test_other_run_together_words_stay_words(word):
    assert compound(word, known_words())


@pytest.mark.parametrize("text, place", [
    ("quad bikes tearing up the verges in brackenland every sunday", "brackenland"),
    ("2 lads trying car doors near hollinhope, one in a red hoodie", "hollinhope"),
])
def test_extract_finds_the_village(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


def test_robbed_at_knifepoint_is_no_place():
    assert nlp.extract("my son got robbed at knifepoint last night").locations == []
