"""A lower-case village glued from a dictionary word and a place name's ending or a saint's name is a name, not two
words run together (nlp/glued_village_names.py); glued dictionary words after a cue stay no place."""
import pytest

import nlp
from nlp.glued_village_names import ends_like_a_name


@pytest.mark.parametrize("text, place", [
    ("we got lost at blackcraig in the dark, found the car now", "blackcraig"),
    ("someone nicked the lead off the church roof in kirkoswald last week", "kirkoswald"),
    ("van went towards stonepatrick with the kid in the back", "stonepatrick"),
    ("shots fired out by pinecreek around midnight", "pinecreek"),
    ("2 lads fighting at kingsquay in the rain, one bleeding", "kingsquay"),
    ("fire in ferryedge was put out but the shed is gone", "ferryedge"),
    ("the dog got out at greenhook and ran onto the road", "greenhook"),
    ("crash past silverbush was bad, 2 cars", "silverbush"),
    ("man in a red hoodie selling weed outside the shop in hollymoss on a bike", "hollymoss"),
    ("someone keeps lighting fires in the woods near oakfleet at night", "oakfleet"),
    ("kids throwing eggs at cars near ashgrove on the main road", "ashgrove"),
])
def test_glued_village_found(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text", [
    "got robbed at gunpoint outside the shop",
    "he was held at knifepoint for his phone",
    "she took money out at the cashpoint and he followed her",
    "he was in a headlock for ages",
    "they were on the rooftop shouting",
    "we were at the bonfire when it kicked off",
    "i was at the hairdressers when he rang",
    "left it at the doorstep like an idiot",
    "saw him at the skatepark with a knife",
    "they were sat on the seashore drinking",
    "he was in a stranglehold when we got there",
    "he was at the bottleshop getting cans",
])
def test_glued_words_stay_no_place(text):
    assert nlp.extract(text).locations == []


@pytest.mark.parametrize("word, named", [
    ("yellowcraig", True), ("crossmichael", True), ("northfleet", True),
    ("knifepoint", False), ("cashpoint", False), ("headlock", False), ("skatepark", False),
])
def test_ends_like_a_name(word, named):
    assert ends_like_a_name(word) is named
