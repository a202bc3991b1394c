"""Stop 39: Scots counts and person nouns (nlp/data/en/people.json: twa, twae, fower; loons, quines, weans),
and a dropped-g verb that ends no description (nlp/people_dropped_g.py: "in her nappy cryin" gives "nappy").
Invented variants, not dev texts."""
from __future__ import annotations

import pytest

import nlp
from nlp.people_dropped_g import without_dropped_g


@pytest.mark.parametrize("text,phrase", [
    ("twa lads on a quad tearin up the field at the farm", "twa lads"),
    ("twa loons on scramblers on the beach at balmedie", "twa loons"),
    ("fower laddies smashin bottles at the bus stop", "fower laddies"),
    ("three quines shoutin at cars on the main street", "three quines"),
    ("twa weans on their own by the river, naebody watchin", "twa weans"),
    ("twae neds wi balaclavas tryin car doors", "twae neds"),
    ("3 wee laddies playin on the railway line at the bridge", "3 wee laddies"),
    ("twa wifies fightin in the street ootside the co-op", "twa wifies"),
    ("fower lassies drinkin in the park every night", "fower lassies"),
    ("twa fellas in hi vis nickin cable fae the yard", "twa fellas"),
])
def test_a_scots_count_describes_the_group(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "it took twa hours for the polis tae come",
    "fower o clock and the music is still goin",
])
def test_a_scots_number_without_people_is_no_description(text):
    assert nlp.extract(text).people == []


@pytest.mark.parametrize("value,kept", [
    ("nappy cryin", "nappy"),
    ("white tank top beatin", "white tank top"),
    ("red hoodie runnin", "red hoodie"),
    ("grey trackies shoutin", "grey trackies"),
    ("real thin", "real thin"),        # "thin" is a word: no verb
    ("black skin", "black skin"),
    ("cryin", "cryin"),                # nothing would stay
])
def test_a_dropped_g_verb_is_trimmed_off(value, kept):
    assert without_dropped_g((0, len(value), value))[2] == kept


@pytest.mark.parametrize("text,phrase", [
    ("little lad stood in the road in his nappy cryin, no adults about", "nappy"),
    ("girl at the bus stop in a school uniform cryin", "school uniform"),
    ("lass about 19, real thin, blonde", "real thin"),
])
def test_descriptions_around_a_dropped_g_verb(text, phrase):
    assert phrase in nlp.extract(text).people
