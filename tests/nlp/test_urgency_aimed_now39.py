"""Stop 39: a weapon aimed at people now outranks every calm (nlp/urgency_aimed_now.py), read in more ways: "pistol out n
pointed at shoppers" (a weapon out and aimed), crowd words as targets ("at folk", "at punters", "at diners"), and a toy
or replica only guessed ("its probly a toy gun tbh but ... pointin it at cars", "might be a replica i dunno"): nobody
can tell, so it counts as real. A toy said to be one, the past, a film or a question stays calm. Texts invented for
the test, none from the dev set."""
import pytest

import nlp

AIMED_NOW = [
    "knife out and pointed at the lad behind the counter at the spar on king st",
    "gun drawn n aimed at the bouncers outside the club on lower briggate rn",
    "a man swinging a crowbar at folk outside the chippy on main st",
    "lad wavin a machete at punters outside the wetherspoons, hes raging",
    "fella pointing a pistol at passengers on the 41 bus at the depot",
    "woman swingin a bottle at drinkers in the beer garden at the red lion",
    "guy aiming a rifle at commuters from the footbridge at the station",
    "shotgun out n pointed at locals in the square at ballymena, hes shouting",
    "man brandishing a knife at diners in the restaurant on church rd",
    "teen swinging a bat at bystanders by the bus station, people running",
    "its probly a toy gun tbh but the lad is pointing it at cars on the high st",
    "might be a replica i dunno but a fella is waving a gun at people outside the chippy",
    "could be a bb gun but hes aiming it at kids in the park right now",
    "prob fake but theres a guy pointing a pistol at the queue at the cash machine",
    "maybe a toy, cant tell, but a man is pointing a gun at drivers at the lights",
    "probably just a replica but hes waving it at shoppers and everyones running",
    "dunno if its real but a lad is pointing a gun at the bus, people ducking",
    "it may be an air rifle but hes shooting at walkers on the path",
    "prolly a fake but hes aiming it at the window of the bookies",
]
CALM = [
    "he pointed a gun at me last week outside the shop, can i still report it",
    "my son swings his golf club at the range every saturday",
    "guy was swinging a bat at folk outside the pub last night",
    "in the film the guy had his gun out n pointed at the crowd",
    "kids with nerf guns aiming at passengers on the train, all harmless",
    "its a toy gun, the kid was pointing it at his mates and laughing, all fine",
    "turns out it was a replica, police checked it, he was pointing it at a bin",
    "kids with nerf guns shooting at each other in the park",
    "film crew on the high street, actor pointing a prop gun at people, theres a sign up",
    "is it illegal to point a replica gun at people as a joke",
]


@pytest.mark.parametrize("text", AIMED_NOW)
def test_weapon_aimed_at_people_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_toy_past_film_or_question_stays_calm(text):
    assert not nlp.extract(text).urgent, text
