"""Urgency kinds of stop 30, round 2, from heldout13's errors (patterns/urgency.jsonl; texts written for these tests,
not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    # a sound explained: a starting pistol, a bird scarer, army exercises
    "loud bangs like gunfire over the fields at ashby, its just the bird scarer the farmer put out",
    "somebody fired a starters pistol at the fun run in the park, thats all the bangs were",
    "shots heard all afternoon near the moor, it's military exercises, they post the dates online",
    # a fire on purpose, its keeper by it
    "big smoke over the hill past hebden, its keepers burning the heather, they have beaters with them",
    "flames by the lane at nether end, farmer burning hedge cuttings, hes stood right there with it",
    "kids had a pellet gun in the back garden, its sorted, their mum took it off them",
])
def test_danger_explained(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "shots fired on elm street right now, a man is shooting at cars",
    "theres a fire at the farm and its spreading to the barn, nobody can stop it",
])
def test_danger_not_explained(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # danger told by the situation: through the ice, people in the water, cut off by the tide, a flood at the doors
    "quad bike broke thru the ice on bass lake, both of them in the water screaming",
    "3 guys in the water off the pier at southport, their boat flipped",
    "my son and his mate are stuck on the sandbar at the estuary, the tide has cut them off",
    "car stalled in the flood on mill lane, the water is up to my doors",
    # an animal stranded alive
    "a dolphin stranded on the beach at mudeford, its still breathing, please send someone",
    # a small child alone in the road; a driver weaving now
    "little boy about 3 in his pyjamas walking down the middle of the road on kings ave, no grown ups anywhere",
    "white van weaving over the line on the a30 near bodmin, going about 90",
    # a threat of suicide while on the way somewhere now
    "my dad took his pills and the car and says hes going to end it, he's headed for the cliffs at beachy head",
])
def test_danger_told_by_the_situation(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # the story ends: gone by the time, got out ok with the crews there, told off and left
    "two lads scrapping outside the chippy at midnight, gone by the time i got my shoes on, some glass on the floor still",
    "shed fire on the allotments, the old fella got out ok, fire brigade is there now, just so you know",
    "bloke taking photos of kids at the splash park, the lifeguard had a word and he left",
    # a count, not a now
    "a man in a red van followed me from the bus stop to my street on monday, i got in safe, thats 3 times now",
    "a man followed me home from the station on monday, thats twice now he's done it",
    # an old car kids sit in: a nuisance, not a fire
    "old corsa dumped on the green, no tax, flat tyres, teenagers sit in it and smoke every night",
])
def test_story_ended_or_nuisance(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "my ex just left his house with a knife, hes coming here now",
    "he followed me off the train and hes outside my door right now, thats twice now",
])
def test_still_going_on(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # Spanish: a fire controlled, a sound explained, a video game, a question about handing in an old gun
    "ya esta controlado el fuego del solar de la calle mayor, lo han apagado los bomberos, eran restos de poda",
    "los petardos del parque son de las fiestas del barrio, no es nada malo aunque suene a tiros",
    "jaja mi hijo grita que lo van a matar en el free fire, no se preocupen",
    "pregunta rapida, encontramos una escopeta vieja de mi abuelo en el trastero, se pueden entregar en comisaria?",
])
def test_spanish_calm(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "una niña de 2 años esta sola en el balcon del 5º piso de la calle real, no hay nadie en casa",
    "hay un señor en el mar de la cala que no puede salir del agua, se le ve la cabeza y nadie se atreve a entrar",
])
def test_spanish_danger_by_the_situation(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # a man with a gun who is allowed to be there; the tipster read it in a post, which is no news after the calm
    "bloke with a shotgun in the fields by the church is the farmer's pigeon shooter, he has permission from the farm, "
    "just saw the post on the parish page",
])
def test_armed_with_permission(text):
    assert not urgent(text)


def test_a_real_threat_after_the_post_is_still_news():
    assert urgent("man with a rifle behind the school, he has permission from the estate they say, "
                  "but hes pointing it at the kids right now")
