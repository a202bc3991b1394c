"""People (issue 13, session 27): what a name after "called"/"named" names (a firm, a handle, the verb "call"),
tattoos in slang ("neck tats"), a person's size in words ("huge bloke", "one is massive") and intensifiers
("real tall"). Invented texts."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,name", [
    ("someone paid 300 out of my account to a firm called brightloans, ref 44120", "brightloans"),
    ("my lad was added to a whatsapp group called Mandem Ends and they send him threats", "Mandem"),
    ("a man messaged my niece from an account named jaydn_x07 asking for pics, shes 12", "jaydn_x07"),
    ("my nan just called saying a man is trying her back door, 4 elm grove", "saying"),
    ("my brother rang me cryin, someone called sayin they have his car, 7 oak row", "sayin"),
])
def test_a_name_after_called_that_is_a_thing_a_handle_or_a_verb_is_not_a_person(text, name):
    assert name not in nlp.extract(text).people


@pytest.mark.parametrize("text,name", [
    ("the lad selling vapes to kids is called Brandon, about 16, black puffer", "Brandon"),
    ("bought a bike off a seller called Mo on gumtree and its stolen", "Mo"),
    ("the girl running the thefts goes by lil dee, about 15, pink hoodie", "lil dee"),
])
def test_a_persons_name_after_a_cue_is_still_read(text, name):
    assert name in nlp.extract(text).people


@pytest.mark.parametrize("text,phrase", [
    ("fella about 40 with hand tats and a grey beanie nicked the tips jar", "hand tats"),
    ("lad on a scooter, skinny, neck tat, red cap, took my phone", "neck tat"),
    ("bloke swinging a bat at cars, no top on, tatted up", "tatted up"),
])
def test_tattoos_written_in_slang_are_a_description(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text,phrase", [
    ("massive guy in a green parka kicking the bus stop glass", "massive guy"),
    ("2 blokes at the garages, one huge with a shaved head, one small", "huge"),
    ("he is big, grey hoodie, limping, went towards the canal", "big"),
    ("3 lads, one proper big in a white tracksuit, threw a bottle at the bus", "proper big"),
])
def test_a_size_said_of_a_person_is_a_build(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "a big fight outside the chippy on lime street, glass everywhere",
    "my big boy is home from school and hes upset, someone took his bike",
    "there was a massive bang from the garages near the park",
])
def test_a_size_word_not_said_of_a_person_is_not_a_build(text):
    people = nlp.extract(text).people
    assert not any(word in people for word in ("big", "big boy", "massive", "huge"))


def test_an_intensifier_stays_with_the_build_word():
    people = nlp.extract("2 girls nicking from the shop, one really short with braids, one in a red coat").people
    assert "really short" in people and "short" not in people
