"""Scots words for function words are words, not village names (nlp/data/en/dialect_words.txt)."""
import pytest

from nlp import extract
from nlp.villages import unknown_lowered


@pytest.mark.parametrize("word", ["efter", "doon", "ower", "aboot", "intae"])
def test_dialect_words_are_known(word):
    assert not unknown_lowered(word)


def test_a_dialect_word_after_in_is_no_place():
    assert extract("the dug ran intae the burn and ma brother went in efter it, no back oot yet").locations == []
