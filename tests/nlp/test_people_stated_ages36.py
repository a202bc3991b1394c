"""A bare age stated of someone (stop 36): after "is/was/hes/shes" and "only"/"just"/"barely", and just after a
relative ("my cousin 19"); "only" stays out of the span."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, wanted", [
    ("the lad serving at the kiosk was only 15 and they had him on his own till midnight", "15"),
    ("shes just 13 n some man keeps messaging her on snap", "13"),
    ("my cousin 19 hasnt been seen since the party on friday, red puffer", "19"),
    ("my wee sister, 14, got sent pics from an account", "14"),
])
def test_stated_age(text, wanted):
    assert wanted in extract(text).people


@pytest.mark.parametrize("text", [
    "i was only 6 minutes late back to the car and got a ticket",
    "it was only 11, we heard the bangs after that",
    "my brother 3 weeks ago had his van broken into",
    "dropped it at my uncle, 24 church lane, yesterday",
])
def test_not_an_age(text):
    people = extract(text).people
    assert not any(p.isdigit() for p in people), people
