"""Urgency kinds of stop 30, round 2, from heldout13's errors (patterns/urgency.jsonl; texts written for these tests,
not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    # a sound explained: a starting pistol, a bird scarer, army exercises
    "loud bangs like gunfire over the fields at ashby, its just the bird scarer the farmer put out",
    "somebody fired a starters pistol at the fun run in the park, thats all the bangs were",
    "shots heard all afternoon near the moor, it's military exercises, they post the dates online",
    # a fire on purpose, its keeper by it
    "big smoke over the hill past hebden, its keepers burning the heather, they have beaters with them",
    "flames by the lane at nether end, farmer burning hedge cuttings, hes stood right there with it",
    "kids had a pellet gun in the back garden, its sorted, their mum took it off them",
])
def test_danger_explained(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "shots fired on elm street right now, a man is shooting at cars",
    "theres a fire at the farm and its spreading to the barn, nobody can stop it",
])
def test_danger_not_explained(text):
    assert urgent(text)
