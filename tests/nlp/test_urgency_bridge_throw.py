"""Stop 38: stones, bricks or bottles thrown off a bridge at traffic or trains now are urgent (ANNOTATION.md, stop 33;
nlp/urgency_bridge_throw.py); the past, a habit or talk stays calm. English and Spanish. Texts invented for the test,
none from the dev set."""
import pytest

import nlp

THROWN_NOW = [
    "kids throwing rocks off the overpass onto the interstate right now",
    "youths dropping stones from the footbridge over the a38 onto cars",
    "someone chucking bricks off the motorway bridge at lorries tonight",
    "lads lobbing stones at trains from the railway bridge by the station",
    "unos chavos estan tirando piedras desde el puente a los coches en la autopista",
    "avientan piedras desde el puente peatonal a los carros ahorita",
    "hay niños lanzando piedras al tren desde el puente",
]
PAST_OR_HABIT = [
    "kids used to throw stones off the bridge most nights last summer",
    "someone threw a stone off the bridge last week and cracked my windscreen, want a crime number",
    "el mes pasado unos chavos tiraron piedras desde el puente",
    "teens chucking bottles off the flyover onto cars, happens every weekend, can the council put a fence up",
    "anoche unos chavos estaban tirando piedras a los carros desde el puente",
    "kids throwing stones into the river off the bridge, just skimming them",
]


@pytest.mark.parametrize("text", THROWN_NOW)
def test_thrown_at_traffic_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", PAST_OR_HABIT)
def test_past_or_habit_stays_calm(text):
    assert not nlp.extract(text).urgent, text


# Stop 38 (the lead's end check, d38a-042): "every other night", "every single weekend" are habits too.
@pytest.mark.parametrize("text", [
    "lads on the footbridge at the bypass lobbing half bricks at lorries every other night, got my windscreen tuesday",
    "youths chucking bricks off the bridge at the m6 traffic every single weekend, someone will get killed one day",
])
def test_a_habit_every_other_night_is_calm(text):
    assert not nlp.extract(text).urgent
