"""People (stop 32, round 2): counts written with regional or car-bound nouns, and crowds counted "N of them"."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,description", [
    ("shed on fire at the allotments in kinross, 3 folk tryin to put it out with buckets", "3 folk"),
    ("4 lassies aboot 15 shoutin abuse at the bus driver on the high street in leven", "4 lassies"),
    ("silver astra doing doughnuts in the tesco car park with 4 passengers hanging out the windows", "4 passengers"),
])
def test_a_number_before_a_regional_or_car_people_noun_counts_them(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text,description", [
    ("massive fight outside the spoons in wigan, 8 or 9 of em, bottles flyin", "8 or 9 of em"),
    ("rave in the woods behind the golf club, like 150 of them, music since midnight", "like 150 of them"),
])
def test_a_crowd_counted_of_them_after_a_crowd_word(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "someone smashed the wing mirrors on our street, about 12 of them, overnight",
    "found shotgun cartridges in the hedge by the footpath, 20 of em",
])
def test_things_counted_of_them_are_no_people(text):
    assert not any("of them" in p or "of em" in p for p in nlp.extract(text).people)


@pytest.mark.parametrize("text", [
    "my cockapoo was taken from outside the co-op, 2 yr old cockapoo, microchipped",
    "stolen from the yard last night, 5 yr old black labrador called Duke",
    "missing since tuesday, a ginger tabby named Milo, 3 years old",
])
def test_a_pets_age_and_name_describe_no_person(text):
    people = [p.lower() for p in nlp.extract(text).people]
    assert not any(p in ("2 yr old", "5 yr old", "duke", "milo") for p in people)


@pytest.mark.parametrize("text,description", [
    ("bloke in his 50s walking a staffy off the lead kicked my cat", "in his 50s"),
    ("boy about 9 on a pony riding along the dual carriageway", "about 9"),
])
def test_a_person_beside_an_animal_keeps_their_age(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text,name", [
    ("bloke who did my gran's drive took 2 grand cash, called himself Terry, about 50", "Terry"),
    ("a woman calling herself Jade came round saying she was from the council", "Jade"),
])
def test_called_himself_gives_the_name_not_himself(text, name):
    people = nlp.extract(text).people
    assert name in people and "himself" not in people and "herself" not in people
