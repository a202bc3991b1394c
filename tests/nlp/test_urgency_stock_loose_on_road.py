"""Stop 39: livestock loose on a road now is urgent with or without a hazard told (ANNOTATION.md, decided at
stop 38; nlp/urgency_stock_road.py); penned again, past, a habit or a dead animal stays calm.
Texts invented for the test (about ten variants of the kind and its near misses), none from the dev set."""
import pytest

import nlp

DANGER_NOW = [
    "cows loose on the a39 near porlock, about 20 of them",
    "theres sheep all over the road at the top of the pass by llanberis",
    "horses out on the main road through kirkby stephen, nobody with them",
    "bullocks in the lane past the church at monkton, gate must be open",
    "2 ponies wandering up the n59 outside clifden, its getting dark",
    "goats on the highway by the quarry turnoff on sr 89, a truck just about clipped one",
    "herd of cattle oot on the road at the back of the farm at kilmory",
    "llamas loose on the bypass at the retail park roundabout, traffic stopping",
    "pigs running along the a49 by the services, someone call the farmer",
]
CALM = [
    "cows were on the road at the bend last night but the farmer got them all back in",
    "sheep got out onto the lane earlier, theyre penned again now, just letting you know",
    "someone keeps letting the horses out onto the road at night, whats the law",
    "dead sheep at the side of the road by the cattle grid, been there a day",
    "horses being ridden on the road by the school every morning, they leave a mess",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_livestock_on_a_road_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_over_past_or_habit_stays_calm(text):
    assert not nlp.extract(text).urgent, text
