"""Words that read as a street or a facility name and are neither: a warning ("WRONG WAY DRIVER"), "drive" the verb
("saw a tipper drive off"), and generic facilities (nlp/data/en/generic_facilities.txt: "the ball field")."""
import pytest

import nlp


@pytest.mark.parametrize("text, kept", [
    ("WRONG WAY DRIVER on the m62 near milnrow heading east", "m62"),
    ("Wrong Way car on the a30 by launceston just now", "a30"),
    ("watched a skip lorry drive off from the lay by, reg started with KV", None),
    ("the fuel drive off at the shell on the a57 was a grey astra", "a57"),
    ("kids smashing bottles at the ball field in millbrook again", "millbrook"),
    ("car broke into at the outlet mall in gilroy this afternoon", "gilroy"),
    ("someone cut the lock off a kayak at the boat ramp in lakeport", "lakeport"),
])
def test_no_false_place(text, kept):
    places = [p.lower() for p in nlp.extract(text).locations]
    assert all(word not in " ".join(places) for word in ("wrong", "drive", "ball field", "outlet", "ramp"))
    if kept:
        assert kept in places


@pytest.mark.parametrize("text, place", [
    ("lads revving on oak drive off the main road every night", "oak drive"),
    ("van parked outside 12 elm drive away from the lights", "12 elm drive"),
    ("Ferry Way is flooded again near the bridge", "Ferry Way"),
])
def test_streets_stay(text, place):
    assert place in nlp.extract(text).locations
