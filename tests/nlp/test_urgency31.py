"""Stop 31 kinds of urgency (nlp/patterns/urgency.jsonl, nlp/data/urgency_misreads.json). Texts invented for the test,
none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "white van followed me from the retail park to my road, i drove to the petrol station n he left",  # text-speak "n"
    "the lad waving a knife outside the chippy has been lifted, just letting yous know",  # Scots "lifted": arrested
    "the drunk guy with the bat at the bar got arrested, police took him 10 mins ago",
    "big scrap outside the kebab shop, the doormen broke it up and they all went home",  # a fight ended by others
    "a dos señoras se les cayo la moto en la rotonda, no les paso nada, solo el susto",  # nothing happened to them
    "hay humo en el campo de al lado pero el granjero lo tiene controlado",  # someone has it under control
])
def test_the_story_ends(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "he hit my brother with a bat n he left him lying in the road bleeding",
    "a guy with a knife at the bus stop has been lifted but his mate is still there waving a machete",
    "followed me home n he left but now hes back at my door with a knife",
    "the fight got split up but now one of them is back with a machete",
    "al niño no le paso nada pero el conductor sigue ahi con una pistola",
    "el dueño lo tiene controlado pero ahora hay un niño atrapado en el cobertizo",
])
def test_the_danger_after_those_calms_still_flags(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "hay una niña dentro de una furgoneta blanca en el aparcamiento del mercadona, 36 grados y no viene nadie",
    "un perro dentro de un carro con los vidrios cerrados en el estacionamiento del walmart, esta jadeando",
    "mi vecino dejo al bebe en la camioneta con este calor y se metio a la tienda",
])
def test_a_child_or_an_animal_shut_in_a_hot_car_in_spanish(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "la semana pasada un perro se quedo dentro de un coche al sol en el parking, ya lo saco su dueño",
    "hace 38 grados y mi hijo quiere ir en el coche a la playa, que calor",
])
def test_the_hot_car_in_spanish_needs_it_now_with_a_child_or_an_animal(text):
    assert not nlp.extract(text).urgent
