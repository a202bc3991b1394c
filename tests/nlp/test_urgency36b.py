"""Stop 36 round 2 English urgency kinds: each danger with a calm twin that must stay calm. Texts invented for the
test, none from the dev set."""
import pytest

import nlp

# an animal in distress now (nlp/urgency_animal_distress.py) and farm animals moving along a road (urgency_stock_road)
ANIMAL_NOW = [
    "theres a goose with plastic wrapped round its neck on the boating lake at hinckley, it cant lift its head",
    "a deer is caught in the barbed wire fence on the lane past the quarry, its thrashing about",
    "a fox tangled up in the football netting at the rec on holt road, its exhausted",
    "ram cast on his back in the field by the church at ousby, cant get up, legs going",
    "big dog has a staffy by the throat outside the coop on mill st, owner cant pull it off",
    "2 dogs chasing the ewes round the field behind the school at aldbrough right now, one down already",
    "our collie has gone over the edge at the quarry path and is on a ledge, the drop is huge",
    "pony galloping down the a683 towards sedbergh in the dark, no lights on the road",
    "sheep worrying right now in the top field at kirkby, a black lab off the lead",
]
ANIMAL_CALM = [
    "a goose had plastic round its neck on the boating lake last week, the rspca came and freed it",
    "deer was caught in the fence by the quarry yesterday, farmer got it out",
    "fox tangled in the netting at the rec but the wildlife rescue is already there",
    "is it legal to shoot a dog worrying sheep on my land",
    "sheep worrying at kirkby, a black lab with no collar, owner walks it every morning at 7",
    "my dog is struggling with his hips, any vets open sunday near leek",
    "a kid's toy horse stuck in the fence at the park, just letting the council know",
]


@pytest.mark.parametrize("text", ANIMAL_NOW)
def test_an_animal_in_distress_now_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", ANIMAL_CALM)
def test_an_animal_past_in_hand_or_asked_about_stays_calm(text):
    assert not nlp.extract(text).urgent


# a danger reported, then denied by someone who looked or knows (nlp/urgency_debunked.py)
DEBUNKED_CALM = [
    "a dog walker told me theres a body floating in the reservoir, i went down and its just a bin bag",
    "someone in the whatsapp group says theres a man with a knife at the station but my brother is there and says its not true",
    "my son said theres a gunman by the shops, it was a lad with a nerf gun",
    "kids shouting theres a body in the woods, its a halloween decoration someone left",
]
DEBUNKED_TWINS = [
    "a dog walker told me theres a body floating in the reservoir, i went down and its a man, hes not moving",
    "not a prank, theres a man with a knife at the station right now",
    "i thought it was a toy but hes pointing a real gun at people outside the shops now",
    "someone said theres a body in the canal, i looked and its just a dummy... no wait now its moving, help",
]


@pytest.mark.parametrize("text", DEBUNKED_CALM)
def test_a_danger_denied_by_someone_who_looked_is_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", DEBUNKED_TWINS)
def test_a_danger_not_denied_or_back_after_the_denial_is_urgent(text):
    assert nlp.extract(text).urgent


# a threat to come for someone, with the one who made it on the way now (patterns/urgency.jsonl THREAT "coming for
# u", NOW "headed here")
COMING_NOW = [
    "my brother in law texted 'im coming for u' and hes headed here now in his truck, im home alone",
    "she said shes coming to get my kids and shes heading this way, shes off her head",
]
COMING_CALM = [
    "the bailiffs said theyre coming for my car next month, can they do that",
    "he said last year hes coming for me one day, just telling you the history",
    "the storm is headed this way, any word on sandbags at the depot",
]


@pytest.mark.parametrize("text", COMING_NOW)
def test_a_threat_to_come_with_the_threatener_on_the_way_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", COMING_CALM)
def test_coming_for_later_or_past_or_a_storm_headed_here_stays_calm(text):
    assert not nlp.extract(text).urgent
