"""A text opening with an unlisted place and its kind, then a mark, names its place (opening_features.py)."""
import pytest

from nlp import extract
from nlp.opening_features import find_opening_features


@pytest.mark.parametrize("text, place", [
    ("trevalgan harbour, two lads nicking outboard motors off the boats", "trevalgan harbour"),
    ("penmorvah beach - kid swept out on a lilo, hes way out", "penmorvah beach"),
    ("glenvorlich lighthouse: somebody climbing the outside of it", "glenvorlich lighthouse"),
])
def test_an_opening_place_and_its_kind(text, place):
    assert place in [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text", [
    "nice beach, shame about the lads with the dog",        # a known word, no name
    "trevalgan harbour, u know the one, theres a van",      # a message to someone
    "went to trevalgan harbour - there was a van",          # not the opening
])
def test_no_opening_place(text):
    assert find_opening_features(text, frozenset(text.split())) == []
