"""People (issue 13, session 23): ages of the very old, after a kin word; data words for hair and clothing."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,age", [
    ("my grandma has gone out in the snow, shes 93 and a bit confused", "93"),
    ("my nans 88 and someone rang her pretending to be the bank", "88"),
    ("my grandad is 96 and a man came round saying the roof needs doing", "96"),
])
def test_an_age_after_a_kin_word_or_is_counts_up_to_99(text, age):
    assert age in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "the bus was 95 minutes late again on the ring road",
    "my dads 2 streets away from the fire",
    "he owes me 95 quid and wont pay",
])
def test_a_number_that_is_no_age_stays_out(text):
    assert nlp.extract(text).people == []


@pytest.mark.parametrize("text,description", [
    ("old bloke with a ginger tash keeps trying the car doors on our road", "ginger tash"),
    ("curly haired lad on a bike threw a brick at the bus", "curly haired"),
    ("two men in waxed jackets with air rifles in the woods", "waxed jackets"),
    ("3 girls in black puffers nicked stuff from the co op", "black puffers"),
])
def test_hair_and_clothing_words_from_the_data_lists(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "someone stole the wax candles from the church stall",
    "got the car waxed at the hand wash and they scratched the door",
])
def test_a_garment_or_material_word_with_nobody_in_it_is_no_description(text):
    people = nlp.extract(text).people
    assert people == []


# Garments named by brand or slang (a barbour, a shiesty: a ski mask), skimasks in one word, a robe, a ghillie suit.
# A brand bought or stolen is no description of anyone.
@pytest.mark.parametrize("text, description", [
    ("lad in a black shiesty legged it down the alley", "black shiesty"),
    ("old fella in a long grey robe wandering by the bins", "long grey robe"),
    ("three of them in skimasks at the back door", "skimasks"),
    ("a woman in a navy barbour was watching the house", "navy barbour"),
])
def test_more_garment_words(text, description):
    assert description in nlp.extract(text).people


def test_a_brand_bought_is_no_description():
    assert nlp.extract("i bought a barbour in the sale and it was stolen from my car").people == []


# "3 of them", "about 6 of em", "5 or 6 of them": how many people, as "3 lads" is.
@pytest.mark.parametrize("text, count", [
    ("lads keep climbing onto the garage roofs behind the co-op, 3 of them", "3 of them"),
    ("teenagers smashing the bus shelter, about 6 of em, one in a white puffer", "about 6 of em"),
    ("girls fighting outside the takeaway, 5 or 6 of them", "5 or 6 of them"),
])
def test_n_of_them_is_a_count(text, count):
    assert count in nlp.extract(text).people


def test_one_of_them_is_no_count():
    assert not any("of them" in p for p in nlp.extract("one of them had a knife in his belt").people)
