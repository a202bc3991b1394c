"""Common pub names added to nlp/data/en/pubs.txt: "the <name>" before a preposition and a found place."""
import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("fight outside the brass monkey on station road, 3 lads", "brass monkey"),
    ("car alarm going off in the car park of the blue boar at witney", "blue boar"),
    ("glass thrown at the salutation in wellow last night", "the salutation"),
])
def test_listed_pub_before_a_place(text, expected):
    assert expected in nlp.extract(text).locations


def test_listed_pub_word_alone_is_no_place():
    assert "the volunteer" not in nlp.extract("my son is the volunteer in the army cadets").locations
