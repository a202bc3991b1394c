"""A state code that is no word ("az", "tx") is the town's state even before "the"; a code that is a word ("wi",
Scots "with") is not."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("a grey pickup been parked outside the school in benson az the whole week", "benson az"),
    ("lads keep stealing gas from the station in lufkin tx the last 2 nights", "lufkin tx"),
])
def test_code_before_a_determiner(text, place):
    assert place in [value.lower() for value in extract(text).locations]


def test_word_code_before_a_determiner_stays_a_word():
    places = [value.lower() for value in extract("a lad on the green at kirkcaldy wi a big dog off the lead").locations]
    assert "kirkcaldy wi" not in places
