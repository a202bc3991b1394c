"""'N of them' as a clause after a group the texter cannot name is a people count (stop 36 label decision), but not
after someone who did something to things, nor after shots."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, wanted", [
    ("theyre in the back garden again tryin the shed, 3 of them, one in a red cap", "3 of them"),
    ("burglars at the farm on long lane, theres 2 of em with torches", "2 of em"),
    ("they just put the bus stop glass through and there are 5 of them still there", "5 of them"),
])
def test_clause_count(text, wanted):
    assert wanted in extract(text).people


@pytest.mark.parametrize("text", [
    "someone keeps dumping bin bags at the end of the lane, 12 of them this week",
    "gunshots near the park, they sounded close, like 5 of them",
    "my neighbour has got peacocks now, 4 of them, they scream all night",
])
def test_not_a_people_count(text):
    assert not any(" of " in p for p in extract(text).people)
