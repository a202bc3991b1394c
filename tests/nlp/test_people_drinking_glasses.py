"""Drinking glasses in a fight are no description (nlp/people_drinking_glasses.py), and "barefoot" is something
missing, not something worn (nlp/data/en/people.json): stop 39. Invented variants, not dev texts."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "massive fight outside the crown, glasses flying everywhere",
    "lads throwing glasses at each other in the beer garden at the swan",
    "they were chuckin pint glasses across the bar at the red lion",
    "brawl at the spoons, smashed glasses all over, one lad bleeding",
    "someone lobbed glasses at the bouncers outside the royal oak",
    "fight kicked off in the bar, bottles and glasses getting thrown",
    "wine glasses being smashed at the wedding do at the golf club",
    "glasses goin everywhere in the bar at the plough, 6 lads scrappin",
    "two women hurling glasses at each other outside wetherspoons",
    "a lad got glassed, glasses and chairs flying at the kings arms",
    "fight in the bar at the anchor, glasses going, chairs over",
    "mass brawl outside the swan, glasses goin.",
])
def test_drinking_glasses_are_no_description(text):
    assert not any("glasses" in phrase for phrase in nlp.extract(text).people)


@pytest.mark.parametrize("text,phrase", [
    ("older bloke with glasses and a grey beard shouting at kids", "glasses"),
    ("woman about 50, glasses on a chain, took the money", "glasses"),
    ("tall lad with glasses, black hoodie, threw a brick at my window", "glasses"),
    ("she had glasses and a red coat, about 30", "glasses"),
    ("man in his 60s wearing glasses threw a bottle at the bus", "glasses"),
    ("thin guy, glasses, grey tracksuit, pushing a pram", "glasses"),
    ("short fella with thick glasses runnin off towards the park", "thick glasses"),
    ("girl wearing sunglasses and a pink hoodie, maybe 15", "sunglasses"),
    ("bloke with glasses going into the bookies", "glasses"),
    ("lad in glasses went off towards the park", "glasses"),
])
def test_worn_glasses_stay_a_description(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text,kept", [
    ("barefoot lad about 12 running down the road crying", "about 12"),
    ("girl maybe 8 walking barefoot along the dual carriageway", "maybe 8"),
    ("woman in a nightie, barefoot, wandering by the canal, maybe 70", "maybe 70"),
])
def test_barefoot_is_no_garment(text, kept):
    people = nlp.extract(text).people
    assert "barefoot" not in people and kept in people
