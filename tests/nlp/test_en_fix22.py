"""Real outputs of nlp.extract for the general rules added after the stop 22 fresh English batches
(nlp/devset/dev_s22a.jsonl, dev_s22b.jsonl, dev_s22u.jsonl). Every text here is written for the test (none is in a
dev file); each rule has a negative case that must stay as it was.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("a fight started outside the Fox and Hounds on saturday night", "Fox and Hounds"),
    ("lads selling weed behind the Coach House most nights", "Coach House"),
])
def test_a_name_of_two_or_more_words_after_the_drops_the(text, place):
    locations = extract(text).locations
    assert place in locations
    assert "the " + place not in locations


def test_a_one_word_name_after_the_keeps_the():
    assert "the Greyhound" in extract("theres a bloke asleep in a doorway near the Greyhound again").locations
