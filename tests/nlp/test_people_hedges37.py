"""Hedged ages with hedges of more than one word or other hedge words (stop 37, nlp/data/en/people.json approx):
"round about 20", "somewhere around 30", "give or take 40", "anywhere from 30 to 40", "pushing 30" keep their hedge
(nlp/devset/ANNOTATION.md: a hedge stays in); the same words before minutes, money or things stay out. Texts invented
for these tests."""
from __future__ import annotations

import pytest

import nlp

AGES = [
    ("lass round about 20 in a pink coat nicked the purse", ["round about 20", "pink coat"]),
    ("guy somewhere around 30 in a black jacket", ["somewhere around 30", "black jacket"]),
    ("bloke give or take 40, bald", ["give or take 40", "bald"]),
    ("woman anywhere from 30 to 40 with a pram", ["anywhere from 30 to 40"]),
    ("lad roughly 17 or 18 on a bike", ["roughly 17 or 18"]),
    ("man approx 50 in a hi vis", ["approx 50", "hi vis"]),
    ("fella round 40 with a beard", ["round 40", "beard"]),
    ("girl bout 14 in school uniform", ["bout 14", "school uniform"]),
    ("guy abt 25 wearing a cap", ["abt 25", "cap"]),
    ("lad pushing 30, skinny, grey joggers", ["pushing 30", "skinny", "grey joggers"]),
]

NEAR_MISSES = [
    ("waited nearly 40 minutes for the bus, lad in a red hoodie", ["red hoodie"]),
    ("almost 20 quid for a taxi, the driver was rude", []),
    ("its pushing 30 degrees today and the kids are out", []),
    ("close to 50 cars parked on the verge for the match", []),
]


@pytest.mark.parametrize("text, people", AGES + NEAR_MISSES)
def test_the_hedge_stays_with_an_age_only(text, people):
    assert nlp.extract(text).people == people
