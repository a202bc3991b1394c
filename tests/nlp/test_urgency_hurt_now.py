"""Stop 37 round 2: someone hurt now outranks every calm (nlp/urgency_hurt_now.py). Every calm kind (a season, a range
day, a game, a film, "usually nothing") is tested against every injury-now kind (bleeding, shot, not moving,
unconscious, fallen, trapped, screaming for help), and calm twins of the same words (shots or bangs only, the hurt in
the past, played, settled or an animal's) stay calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

CALMS = [
    "its elk season and",
    "its deer season and",
    "it's hunting season so",
    "range day at the gun club and",
    "its a paintball game but",
    "theyre filming a film on our road but",
    "its usually nothing round here but",
    "the football game is on and",
]
INJURIES = [
    "a guy just shot his buddy by accident, hes bleeding bad",
    "a man is lying in the lane not moving",
    "a lad is unconscious by the gate",
    "a man just fell off the roof and cant get up",
    "a woman is trapped under a car",
    "someone is screaming for help by the river",
    "my brother has been shot in the leg",
    "an old fella is out cold on the path",
]
CALM_TWINS = [
    "loud bangs since dawn, just checking",
    "loud bangs all morning, thats normal right",
    "a hunter got shot up there in 2019 so be careful",
    "a guy got shot by accident on this trail last year, hes fine now",
]


@pytest.mark.parametrize("calm", CALMS)
@pytest.mark.parametrize("injury", INJURIES)
def test_injury_now_outranks_the_calm(calm, injury):
    text = f"{calm} {injury}"
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("calm", CALMS[:-1])  # a football game explains no bangs (the model reads them as danger)
@pytest.mark.parametrize("twin", CALM_TWINS)
def test_calm_twin_stays_calm(calm, twin):
    text = f"{calm} {twin}"
    assert not nlp.extract(text).urgent, text


HURT_NOW = [
    "its elk season and a guy just shot his buddy by accident, hes bleeding bad",
    "its deer season and a guy just shot his buddy by accident, hes bleeding bad",
    "its duck season and my uncle just got shot in the face by another hunter, hes bleeding loads",
    "its pheasant season, a beater got peppered with shot and he's unconscious in the hedge",
    "they're filming a movie on our street but a stuntman fell off the roof and isnt moving",
    "paintball game in the woods and a kid fell out of a tree, hes not breathing properly",
    "its deer season, a guy fell from his tree stand and is trapped under it, cant get up",
    "its elk season and a hunter just shot his mate by accident, hes bleedin bad",
    "two lads battering a man outside the chippy, hes no movin now",
    "its bonfire night so theres bangs everywhere but that was a shotgun next door and a woman is screaming",
    "folk shoot rabbits round here all the time but i just heard a rifle go off in the farmyard and someone is yelling",
]
HURT_CALM = [
    "theyre filming a movie on our street, actor lying on the road covered in fake blood not moving, its just a scene",
    "its duck season, the bird my dog found is bleeding, is that a crime",
    "its hunting season, the bleeding shots wake me at 5am every day",
    "paintball game at the farm, kids pretending to be dead lying on the ground, all fine",
    "someone shot a deer on the road verge, its bleeding, its hunting season so probably legal",
    "football match on at the rec, a player was knocked out earlier but hes ok now, ambulance checked him",
    "range day at the club, loud bangs all day and kids screaming on the bouncy castle",
    "its pigeon season, shotgun going off since 6, my baby is screaming cos it woke her",
]


@pytest.mark.parametrize("text", HURT_NOW)
def test_hurt_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", HURT_CALM)
def test_hurt_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text


AIMED_AT_PEOPLES_PLACE = [
    "its duck season but a hunter just fired towards the jetty where my kids are fishing",
    "a guy is shooting toward the beach where families are sat, its not the range",
]
AIMED_AT_GAME = [
    "its duck season, hunters shooting at the ducks near the ramp, all legal",
    "shooting at targets at the range where my kids go to learn, is it safe for them",
]


@pytest.mark.parametrize("text", AIMED_AT_PEOPLES_PLACE)
def test_fired_toward_a_place_with_people(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", AIMED_AT_GAME)
def test_fired_at_game_stays_calm(text):
    assert not nlp.extract(text).urgent, text
