"""People (stop 35, round 2): a garment someone has not got ("no helmet", "no life jacket", "without a coat") is no
description; an age or count after it stays. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, garment", [
    ("young lad on a pit bike no helmet doing wheelies up and down the cul de sac", "helmet"),
    ("my uncle took his dinghy out on the loch an hour ago, hes got no life jacket and hes not back", "jacket"),
    ("a fella wandering the hard shoulder without a coat, looks lost", "coat"),
    ("someone at my door saying hes from the gas board, no lanyard, no badge", "lanyard"),
])
def test_a_missing_garment_is_no_description(text, garment):
    assert not any(garment in person for person in nlp.extract(text).people)


def test_an_age_after_a_missing_garment_stays():
    people = nlp.extract("scramblers on the playing field again, 2 lads no helmets about 15, every evening").people
    assert "2 lads" in people and "about 15" in people


def test_a_worn_garment_stays():
    assert "black helmet" in nlp.extract("man on a moped snatched my phone, black helmet, grey joggers").people


@pytest.mark.parametrize("text, size", [
    ("bloke kicking the bus shelter in, maybe 30, massive, grey trackies", "massive"),
    ("two lads selling outside the chippy, one is called Deano, other is huge", "huge"),
])
def test_a_size_said_of_a_person_in_a_list(text, size):
    assert size in nlp.extract(text).people


def test_a_size_of_a_thing_in_a_list_stays_out():
    assert nlp.extract("the bonfire on the green is massive, huge, way too close to the houses").people == []


@pytest.mark.parametrize("text, aid", [
    ("woman about 80 with a walking stick got her purse snatched outside the post office", "walking stick"),
    ("2 lads kicking off at the bus stop, one with crutches", "crutches"),
    ("fella selling fake tickets, uses a cane, grey beard", "cane"),
])
def test_a_walking_aid_after_with_is_labelled_without_with(text, aid):
    assert aid in nlp.extract(text).people


def test_a_dog_walker_is_no_walking_aid():
    assert "walker" not in nlp.extract("a dog walker found a rifle in the hedge by the canal").people
