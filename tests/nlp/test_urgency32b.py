"""Stop 32 round 2 kinds of urgency (nlp/urgency_stock_road.py and the data files it names). Texts invented for the
test, none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "two ponies loose on the b4011 near thame, cars flying past them",
    "sheep all over the road at the top of the hill, pitch black and no lights",
    "bullocks out on the main road past the church, a van nearly hit one",
    "vacas sueltas por la carretera de olvera, de noche y los coches casi chocan",
])
def test_farm_animals_on_a_road_with_a_hazard_are_urgent(text):
    assert nlp.extract(text).urgent == True  # noqa: E712


@pytest.mark.parametrize("text", [
    "horses loose on the road by the travellers camp again",  # no hazard: a nuisance for the owner
    "cows on the lane at the farm again, someone left the gate open",
    "dead sheep on the road past the cattle grid, its pitch black out there",  # a dead animal
    "cows were on the road last night in the dark, farmer got them in",  # told after the fact
])
def test_farm_animals_on_a_road_without_danger_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "my mate jumped off the pier into the harbour and he aint surfaced, been ages",  # someone under the water now
    "lad went under at the weir n his brother is diving for him",
    "se tiro al pantano y no ha salido a la superficie, sus amigos estan gritando",
    "my 2 year old swallowed some pills from my bag, hes really sleepy",  # a child poisoned now
    "mi hijo de 4 años se trago unas pastillas de mi madre y esta muy raro",
    "un camion va por la acera y casi atropella a un niño en la puerta del cole",  # a near miss, the driver still going
])
def test_under_water_poisoned_or_nearly_run_over_now(text):
    assert nlp.extract(text).urgent == True  # noqa: E712


@pytest.mark.parametrize("text", [
    "last summer my son swallowed some pills, all fine now, just want to know who sells them",
    "hace dos años mi hijo se trago unas pastillas, ya esta bien, solo queria preguntar por la farmacia",
])
def test_a_poisoning_told_after_the_fact_stays_calm(text):
    assert not nlp.extract(text).urgent
