"""Real outputs of nlp.extract for makes of goods read as places (nlp/goods_makes.py): tools, bikes, guns and firms
a scam names are no place, unless a place preposition puts the town of that name there. Texts written for the
test (none is in a dev file).
"""
import pytest

from nlp import extract
from nlp.goods_makes import only_makes


@pytest.mark.parametrize("text", [
    "van broken into overnight, about 2 grand worth of dewalt n makita gone",
    "my drill got nicked, milwaukee m18 serial on the receipt",
    "halifax fraud team want a crime number off me",
    "a man rang saying he was from 'natwest' and got my card details",
])
def test_a_make_of_goods_is_no_place(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text, place", [
    ("2 cars racing round the retail park in milwaukee every night", "milwaukee"),
    ("lads fighting outside the chippy near boardman, bottles everywhere", "boardman"),
])
def test_a_town_of_that_name_after_a_place_word_stays(text, place):
    assert place in extract(text).locations


def test_only_makes_needs_every_word_a_make_or_a_model():
    assert only_makes("milwaukee m18")
    assert only_makes("makita n dewalt")
    assert not only_makes("halifax road")
    assert not only_makes("m18 milwaukee")


@pytest.mark.parametrize("text, place", [
    ("the halifax bonfire was mental last night, fireworks everywhere", "halifax"),
    ("shots fired on w main st milwaukee, a man is down", "milwaukee"),
])
def test_a_town_make_without_goods_after_it_stays_a_town(text, place):
    assert place in extract(text).locations
