"""A round age with "something" spelled as tipsters spell it (stop 37): "30 summat", "40 sumthin", "50 somethin" are
ages like "30 something" (nlp/data/en/people.json something_words), and each spelling is an age trigger word, so a
text with no other age word still reads it. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp

AGES = [
    ("guy looked 30 something, beard, black puffer", ["30 something", "beard", "black puffer"]),
    ("guy looked 30 summat, beard, black puffer", ["30 summat", "beard", "black puffer"]),
    ("bloke 40 sumthin in a red cap", ["40 sumthin", "red cap"]),
    ("woman 50 somethin with a walking stick", ["50 somethin", "walking stick"]),
    ("lad 20 summit in a grey hoodie", ["20 summit", "grey hoodie"]),
    ("a fella 60 sommat been sleeping in the bus shelter", ["60 sommat"]),
    ("some geezer 40 sumfin tried my car door", ["40 sumfin"]),
]

NEAR_MISSES = [
    "the 30 summat quid he owes me",
    "he owes me 40 something dollars for the bike",
    "waited 20 sumthin minutes for the police",
    "got summat to tell you about the car park",
    "there was sumthin odd about the van at number 40",
]


@pytest.mark.parametrize("text, people", AGES)
def test_a_round_age_and_something_is_one_age(text, people):
    assert nlp.extract(text).people == people


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_something_alone_or_of_money_is_no_age(text):
    assert nlp.extract(text).people == []
