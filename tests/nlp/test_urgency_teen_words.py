"""Stop 37: "teens", "teenagers", "the young ones", "youngsters" are child words where child words matter
(patterns/urgency.jsonl KID, data/en/urgency_shapes.json vulnerable); teens doing nothing dangerous stay calm. Texts
invented for the test, none from the dev set."""
import pytest

import nlp

TEEN_NOW = [
    "teens on the frozen pond and the ice is cracking",
    "teenagers climbing the crane on the building site right now",
    "the young ones are wandering on the dual carriageway rn",
    "a teen is in the river and struggling to stay up",
    "some teenagers are on the railway bridge leaning over the edge right now",
    "two teenage girls being dragged into a van on oak street",
    "a group of teens swimming near the weir, one has gone under",
    "the young ones are alone in the flat and theres smoke coming out",
    "teenager stuck on the cliff ledge at the cove now",
    "a teen got in a car with a stranger outside the school just now",
    "2 teens stuck on the ice in the middle of the lake shouting",
    "teenage girl on the ledge of the multi storey right now",
    "youngsters on the railway tracks at the back of the estate rn",
    "teens climbing the pylon by the school rn",
    "teenagers walkin along the edge of the quarry and one slipped",
]
TEEN_CALM = [
    "teens hanging out at the skate park again, bit loud",
    "teenagers smoking behind the shops every evening",
    "the young ones kick a ball against my garage door all day",
    "a group of teens were on the ice last winter",
    "teenager was climbing the crane last week, security sorted it",
    "teens were on the tracks again last night, please patrol",
    "teenagers kicking a ball in the street, no harm",
    "the young ones next door have their music up loud",
    "4 teenagers sat on the roof of the bus shelter in dunmow",
    "teens in the road outside the chippy again",
]


@pytest.mark.parametrize("text", TEEN_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", TEEN_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
