"""Lower-case villages no list knows after "by", "round" and "out of" (not after a passive verb's "by", nor any
other "of")."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("a bloke walking a dog off the lead by grimsthwaite, sheep everywhere", "grimsthwaite"),
    ("tractor nicked from a farm on the road out of pellbrough, blue ford", "pellbrough"),
    ("lads racing round tolquenny all night", "tolquenny"),
])
def test_village_found(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text", [
    "one of thier mates did it, not him",
    "she drank a bottle of voddy and passed out",
    "my car got smashed by tweakers last night",
    "i got hit by a car and they drove off",
])
def test_no_village(text):
    assert nlp.extract(text).locations == []
