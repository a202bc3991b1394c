"""A clause "N of them" after people named by what they do (nlp/people_crowds.py, people.json "people_by_doing"):
"hikers stuck on the ridge, 3 of them". Not after things, nor with shots. Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

POS = [
    ("hikers stuck on the ridge above the falls, 3 of them, one hurt his ankle", "3 of them"),
    ("fishermen on the ice at the reservoir, 2 of them, ice is cracking", "2 of them"),
    ("climbers shouting for help on the crag, 4 or 5 of them", "4 or 5 of them"),
    ("swimmers in difficulty off the north beach, 2 of em", "2 of em"),
    ("joggers got attacked by a dog on the towpath, 3 of them", "3 of them"),
    ("protesters blocking the bypass again, like 40 of them", "like 40 of them"),
    ("squatters in the old pub on mill lane, theres 6 of them", "6 of them"),
    ("campers setting fires in the woods behind the school, 5 of them", "5 of them"),
    ("kayakers capsized at the weir, 3 of them, one not surfaced", "3 of them"),
    ("skaters smashing up the bandstand, about 8 of them", "about 8 of them"),
]
NEG = [
    "someone dumped kittens by the bins, 6 of them",
    "shots fired near where the hikers park, 3 of them",
]


@pytest.mark.parametrize("text,count", POS)
def test_a_crowd_named_by_its_doing_is_counted(text, count):
    assert count in nlp.extract(text).people


@pytest.mark.parametrize("text", NEG)
def test_things_are_not_counted(text):
    assert nlp.extract(text).people == []


# Stop 38: the count regex's "of them" (a count noun anywhere in the text) no longer counts shots, bangs or pops as
# people; fireworks are thrown by people, so those texts keep their count.
@pytest.mark.parametrize("text", [
    "gunshots by the hikers car park, 4 of them, then nothing",
    "loud bangs behind the lads flats, 5 or 6 of em",
])
def test_shots_counted_are_no_people(text):
    assert nlp.extract(text).people == []


def test_people_throwing_fireworks_keep_their_count():
    text = "some kids have been chucking fireworks at the ponies on the green by the church, about 5 of them"
    assert "about 5 of them" in nlp.extract(text).people
