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


@pytest.mark.parametrize("text,phrase", [
    ("she kept hold of her hair and screamed, the lad who pulled it ran off", "hair"),
    ("the farmer is burning stubble behind the school again", "stubble"),
])
def test_a_bare_hair_word_that_describes_nobody_is_not_a_description(text, phrase):
    assert phrase not in nlp.extract(text).people


def test_stubble_after_with_still_describes_someone():
    assert "stubble" in nlp.extract("fella with stubble and a flat cap kicking the gate").people


@pytest.mark.parametrize("text,phrases", [
    ("man in a hi vis and hard hat taking the road signs", ["hi vis", "hard hat"]),
    ("woman about 40, black and white hoodie, took the parcel", ["black and white hoodie"]),
])
def test_a_garment_that_is_also_a_colour_word_stands_apart_before_and(text, phrases):
    people = nlp.extract(text).people
    assert all(phrase in people for phrase in phrases)


@pytest.mark.parametrize("text,phrase", [
    ("the landlord is 60 odd, bald, he keeps coming in without asking", "60 odd"),
    ("lad on the roof of the garages, 5ft odd, orange coat", "5ft odd"),
    ("two boys 12 maybe 13 throwing bricks at the trains", "12 maybe 13"),
    ("3 girls maybe 13 and 14 in the underpass drinking vodka", "maybe 13 and 14"),
])
def test_a_hedge_or_range_after_an_age_or_height_stays_with_it(text, phrase):
    assert phrase in nlp.extract(text).people


def test_an_age_and_a_count_after_it_stay_apart():
    people = nlp.extract("shes 15 and 2 lads keep following her home").people
    assert "15" in people and "15 and 2" not in people


@pytest.mark.parametrize("text,phrase", [
    ("the bloke who took the van was about 50 with a silver tooth and a red cagoule", "red cagoule"),
    ("the bloke who took the van was about 50 with a gold tooth and a red cagoule", "gold tooth"),
    ("guy with a lazy eye and a grey snood asking kids for money", "lazy eye"),
    ("guy with a lazy eye and a grey snood asking kids for money", "grey snood"),
    ("woman, missing front teeth, purple scrunchie, took the charity tin", "missing front teeth"),
])
def test_worn_things_and_marks_of_the_face_are_descriptions(text, phrase):
    assert phrase in nlp.extract(text).people


def test_a_cape_needs_a_colour_to_describe_someone():
    assert "cape" not in nlp.extract("my car was stolen in cape coral last night").people


@pytest.mark.parametrize("text,number", [
    ("someone left like 50 bin bags and about 20 mattresses in the lane", "about 20"),
    ("the lad next door had about 15 parcels delivered today, none his", "about 15"),
])
def test_a_hedged_number_before_things_counts_them_and_is_no_age(text, number):
    assert number not in nlp.extract(text).people


@pytest.mark.parametrize("text,age", [
    ("a kid about 10 lives there with nobody looking after him", "about 10"),
    ("some lad called Tyler about 19 keeps selling to the year 9s", "about 19"),
])
def test_an_age_before_a_verb_in_s_is_still_an_age(text, age):
    assert age in nlp.extract(text).people


@pytest.mark.parametrize("text,garment", [
    ("a man on the bus kept pulling at my scarf and laughing", "scarf"),
    ("someone spat on my daughters blazer at the bus stop, lad about 16", "blazer"),
    ("locked out in the snow and im in a dressing gown, flat 2", "dressing gown"),
])
def test_the_tipsters_own_clothes_describe_no_one(text, garment):
    assert garment not in nlp.extract(text).people


def test_a_garment_after_a_bare_possessive_of_someone_else_still_describes_them():
    assert "red cap" in nlp.extract("the lad who took it had his red cap on, about 15").people
