"""People (issue 13, session 26): where a tattoo or scar is and what it shows, how hair is worn, a limp,
"group of" before a counted noun, informal hedges ("bout", "at least") and night or home clothing."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,phrase", [
    ("fella selling fake perfume at the car boot, anchor tattoo on his wrist, grey tracksuit", "anchor tattoo on his wrist"),
    ("the one who took my purse had a tattoo of a dragon on her forearm", "tattoo of a dragon on her forearm"),
    ("he is about 30, skinny, knife scar across his chin", "knife scar across his chin"),
    ("bloke shouting at the bus queue, tattoos all over his arms", "tattoos all over his arms"),
])
def test_a_tattoo_or_scar_keeps_what_it_shows_and_where_it_is(text, phrase):
    assert phrase in nlp.extract(text).people


def test_words_already_describing_someone_stay_apart_from_a_tattoo():
    people = nlp.extract("ginger guy heavy set tattoo sleeves kicking the bins over").people
    assert "tattoo sleeves" in people and "heavy set tattoo sleeves" not in people


@pytest.mark.parametrize("text,phrase", [
    ("woman about 50, ginger hair in a ponytail, took the charity box off the counter", "ginger hair in a ponytail"),
    ("little girl with blonde hair in pigtails on her own by the pond", "blonde hair in pigtails"),
])
def test_hair_and_how_it_is_worn_are_one_description(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "old boy with a limp keeps trying car doors on the retail park",
    "the dealer has a limp and a grey parka",
])
def test_a_limp_is_a_description(text):
    assert "limp" in nlp.extract(text).people


def test_a_limp_word_without_a_cue_is_not():
    assert "limp" not in nlp.extract("the flowers went limp in the heat outside the shop").people


@pytest.mark.parametrize("text,phrase,whole", [
    ("group of about 12 teens throwing eggs at the buses", "about 12 teens", "group of about 12 teens"),
    ("a group of 4 blokes fighting outside the kebab shop", "4 blokes", "a group of 4 blokes"),
])
def test_group_of_before_a_counted_noun_is_left_out(text, phrase, whole):
    people = nlp.extract(text).people
    assert phrase in people and whole not in people


def test_group_of_a_bare_number_keeps_group():
    assert "group of 7" in nlp.extract("group of 7 on bikes circling the car park").people


@pytest.mark.parametrize("text,phrase", [
    ("little lad bout 6 on his own by the canal", "bout 6"),
    ("at least 15 lads with bats heading to the rec", "at least 15 lads"),
    ("kid no more than 9 on a moped weaving through traffic", "no more than 9"),
])
def test_informal_and_bounding_hedges_stay_with_the_number(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text,phrase", [
    ("elderly man wandering the dual carriageway in his slippers", "slippers"),
    ("lady in a nightdress sat at the bus stop crying", "nightdress"),
    ("boy about 7 in his pyjamas and bare feet on the hard shoulder", "bare feet"),
    ("drunk bloke in a kilt climbing the scaffolding", "kilt"),
])
def test_night_and_home_clothing_describes_someone(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text,name", [
    ("my nephew Brandon hasnt come home from football, hes 12", "Brandon"),
    ("her ex Wayne keeps turning up at the door drunk", "Wayne"),
    ("the landlord Gary changed the locks with our stuff inside", "Gary"),
])
def test_a_capitalised_name_after_a_relation_noun_is_a_name(text, name):
    assert name in nlp.extract(text).people


def test_a_relation_noun_before_a_lower_case_word_gives_no_name():
    assert nlp.extract("my brother saw them run off towards the shops").people == []


@pytest.mark.parametrize("text,name", [
    ("the one selling pills round the flats is Wee Tam", "Wee Tam"),
    ("dealer is some guy they say is Lil Jay, drives a white golf", "Lil Jay"),
])
def test_a_nickname_word_before_a_capitalised_name_is_one_name(text, name):
    assert name in nlp.extract(text).people


def test_know_him_as_is_a_name_cue():
    assert "Jonno" in nlp.extract("the bloke who took the parcel, the postie knows him as Jonno").people


@pytest.mark.parametrize("text,phrase", [
    ("lad in a hibs top kicking the bus shelter in", "hibs top"),
    ("woman wearing a tartan print scarf took the collection tin", "tartan print scarf"),
    ("always in his lakers jersey, sells out the back of the store", "lakers jersey"),
])
def test_the_words_between_in_a_and_a_garment_describe_it(text, phrase):
    assert phrase in nlp.extract(text).people


@pytest.mark.parametrize("text,apart", [
    ("guy in his 40s grey beanie hanging round the cash machine", ["in his 40s", "grey beanie"]),
    ("kid in a red hoodie n trackies on the roof of the school", ["red hoodie", "trackies"]),
])
def test_an_age_or_a_second_garment_is_not_a_garment_word(text, apart):
    people = nlp.extract(text).people
    assert all(phrase in people for phrase in apart)


def test_jersey_alone_is_a_place_not_a_garment():
    assert nlp.extract("the car had a jersey plate, black sedan").people == []


@pytest.mark.parametrize("text", [
    "lad about 20 says i won 15,000 and need to pay the fee first",
    "guy about 30 sold me a phone, account was 60-14-22 and now its gone",
    "man about 40 charged me 325.50 for a gutter clean",
])
def test_a_piece_of_a_longer_number_is_not_an_age(text):
    people = nlp.extract(text).people
    assert not any(phrase in people for phrase in ("15", "60", "50", "60-14", "14-22"))
