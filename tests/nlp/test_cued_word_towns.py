"""A listed town whose name is also a word or a first name, after a place cue (not only "in") or a street and a
comma, and closing its clause, is the town (nlp/cued_word_towns.py); activities, institutions, times, ideas,
colours and first names after the same cues stay no place."""
import pytest

import nlp


@pytest.mark.parametrize("text, places", [
    ("two lads fighting outside the chippy in sandwich right now", ["sandwich"]),
    ("blue van been parked at bray every night this week", ["bray"]),
    ("my sister got mugged near sandy last night", ["sandy"]),
    ("moving to mobile next month and he says he will follow me", ["mobile"]),
    ("heading towards settle now, red fiesta no lights", ["settle"]),
    ("kids throwing stones at cars just past battle", ["battle"]),
    ("a man exposing himself in rye every evening by the river", ["rye"]),
    ("drove back from deal, shed was done over", ["deal"]),
    ("south of liberty theres a car on fire", ["liberty"]),
    ("dealer works round diss every saturday", ["diss"]),
    ("im in normal rn and he keeps calling", ["normal"]),
    ("guy with a knife near eagle tonight", ["eagle"]),
    ("shots fired around sterling tonight", ["sterling"]),
    ("theft from sheds in wool again", ["wool"]),
    ("red car parked on station rd, sandy", ["sandy", "station rd"]),
    ("fight on high st, bray right now", ["bray", "high st"]),
    ("break in at 14 mill lane, normal", ["14 mill lane", "normal"]),
    ("car broken into outside ash", ["ash"]),
    ("the lads at bray are selling weed out of a van", ["bray"]),
    ("a woman near hale was grabbed off her bike", ["hale"]),
    ("gang from diss keep coming over on the train", ["diss"]),
    ("quad bikes round sandy at 9 every night", ["sandy"]),
    ("fights outside ware and nobody ever comes", ["ware"]),
    ("a bloke from deal keeps messaging my daughter", ["deal"]),
    ("on my way to butte now", ["butte"]),
])
def test_town_found(text, places):
    assert sorted(value.lower() for value in nlp.extract(text).locations) == places


@pytest.mark.parametrize("text", [
    "we were in deal with him for a car",
    "saw him at church every sunday",
    "got a text from mark last night saying he has a gun",
    "kids at bowling tonight said a man followed them",
    "the stuff is in stock right now",
    "he was at home every night this week",
    "he wants to settle now",
    "kids were at pool every night",
    "living in hope now",
    "dressed in green every time i see him",
    "he left around sunset tonight",
    "sent it to paul yesterday",
    "my son in college every day",
    "she was in charge right now",
    "message from george tonight",
    "it kicked off at christmas again",
    "the man in charge is useless",
    "kids in orange are robbing the shop",
    "she was at home and crying",
    "the lad at pool is a dealer",
    "a text from mark and then nothing",
    "guys from work keep calling",
    "we got there in time and left",
    "my mate at college has a knife",
    "he came from over there",
    "we walked round over there",
    "we kept them at bay.",
    "he drove off at pace, white golf",
    "sold at par",
    "stuck at junction now",
    "things are back to normal now",
    "there is no way to deal.",
])
def test_words_and_names_stay_no_place(text):
    assert nlp.extract(text).locations == []


@pytest.mark.parametrize("text, word", [
    ("red light jumped at hope and airways", "hope"),
    ("crash at sterling and main just now", "sterling"),
])
def test_corner_first_street_is_no_town(text, word):
    assert word not in [value.lower() for value in nlp.extract(text).locations]
