"""Vehicles (issue 13, session 25): the model after a make, model codes, a colour and "car", what is no trim."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,vehicle", [
    ("a grey nissan primera dumped on the verge with the doors open", "grey nissan primera"),   # no list has it
    ("lad in a white audi q2 doing wheelspins by the shops", "white audi q2"),                # a model code
    ("bloke in a red bmw 2 series keeps parking across my drive", "red bmw 2 series"),
    ("a green volvo xc40 nearly knocked my son off his bike", "green volvo xc40"),
    ("old boy in a blue vw golf mk4 going the wrong way round the one way", "blue vw golf mk4"),
    ("someone stole the yellow suzuki ltz 400 quad from the barn", "yellow suzuki ltz 400"),
])
def test_the_model_after_a_make_stays_in_the_span(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


@pytest.mark.parametrize("text,vehicle", [
    ("a man in a grey car was watching the school gates for an hour", "grey car"),
    ("two blue cars racing along the seafront every night", "blue cars"),
])
def test_a_colour_and_car_is_a_vehicle(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


@pytest.mark.parametrize("text,vehicle", [
    ("grey kia sportage TN tag LKR 4471 parked at the church all night", "grey kia sportage"),   # a state
    ("white honda civic NI reg KFZ 2281 tailgating the bus", "white honda civic"),              # a country
    ("black ford explorer DWK 4471 ran the red light on main st", "black ford explorer"),        # a plate's letters
    ("silver skoda octavia taxi, the driver shouted at my mum", "silver skoda octavia"),        # its use
    ("a black vauxhall sat outside the house all night", "black vauxhall"),                     # a verb, no model
])
def test_what_follows_a_model_but_is_no_part_of_it(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


@pytest.mark.parametrize("text,vehicle", [
    ("a red box truck blocking the alley behind the bakery since 6", "red box truck"),
    ("grey tow truck hooked up my neighbours car at 3am with no paperwork", "grey tow truck"),
])
def test_a_colour_and_a_body_type_of_two_words(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


@pytest.mark.parametrize("text,vehicle", [
    ("a white renault scenic with a roof box has been parked up the lane all week", "white renault scenic"),
    ("2 lads in a red dodge neon doing burnouts in the mall lot", "red dodge neon"),
    ("old fella in a green pontiac grand am slowing down by the school", "green pontiac grand am"),
    ("silver skoda octavia estate dumped in the lay by with no wheels", "silver skoda octavia estate"),
])
def test_a_model_named_by_an_everyday_word_after_its_make(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


def test_an_everyday_word_is_no_model_without_a_make_before_it():
    assert nlp.extract("its a neon sign outside the chippy, someone keeps smashing it").vehicles == []


@pytest.mark.parametrize("text,vehicle", [
    ("a red lambo was doing 90 past the primary school", "red lambo"),
    ("grey landy parked in the gateway with the lights off", "grey landy"),
    ("2 lads on a white yamaha pullin wheelies on the prom", "white yamaha"),
])
def test_nicknames_and_a_verb_with_its_g_dropped(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


@pytest.mark.parametrize("text,vehicle", [
    ("a blue toyota got towed from outside my house", "blue toyota"),
    ("the red nissan hit my wing mirror and kept going", "red nissan"),
])
def test_a_short_everyday_word_after_a_make_is_no_model(text, vehicle):
    assert nlp.extract(text).vehicles == [vehicle]


def test_a_street_word_after_a_make_is_no_model():
    assert "plymouth rd" not in [v.lower() for v in nlp.extract("2 cars crashed on plymouth rd by the lights").vehicles]


@pytest.mark.parametrize("text,vehicle", [
    ("a white nissan x-trail has been following my daughter home", "white nissan x-trail"),
    ("grey jaguar e-pace parked across the drive again", "grey jaguar e-pace"),
])
def test_a_hyphened_model_after_its_make(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles


@pytest.mark.parametrize("text,vehicle", [
    ("three red pickups doing doughnuts in the top field", "red pickups"),
    ("a white landcruiser with no plates parked up by the gate", "white landcruiser"),
])
def test_plural_body_types_and_one_word_spellings(text, vehicle):
    assert vehicle in nlp.extract(text).vehicles
