"""Real outputs of nlp.extract for the general rules added after the stop 22 fresh English batches
(nlp/devset/dev_s22a.jsonl, dev_s22b.jsonl, dev_s22u.jsonl). Every text here is written for the test (none is in a
dev file); each rule has a negative case that must stay as it was.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("a fight started outside the Fox and Hounds on saturday night", "Fox and Hounds"),
    ("lads selling weed behind the Coach House most nights", "Coach House"),
])
def test_a_name_of_two_or_more_words_after_the_drops_the(text, place):
    locations = extract(text).locations
    assert place in locations
    assert "the " + place not in locations


def test_a_one_word_name_after_the_keeps_the():
    assert "the Greyhound" in extract("theres a bloke asleep in a doorway near the Greyhound again").locations


@pytest.mark.parametrize("text, place", [
    ("a pickup was doing about 100 on us 52 heading north", "us 52"),
    ("deer hit in the fast lane near i 81 this morning", "i 81"),
    ("a mattress fell off a trailer onto ky 321 by the gas station", "ky 321"),
])
def test_a_lower_case_us_road_after_a_place_word_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "the neighbours live near us 2 doors down and they are fine",
    "it took us 45 mins to get the dog back in",
    "he came up to us 3 times asking for money",
])
def test_us_or_i_before_a_count_is_no_road(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text, places", [
    ("dealing round the back of the chippy on crewe raod alsager most days", ["crewe raod", "alsager"]),
])
def test_a_misspelt_street_word_and_the_town_after_it_are_two_places(text, places):
    locations = extract(text).locations
    assert all(place in locations for place in places)


@pytest.mark.parametrize("word, misspelt", [
    ("stret", True), ("raod", True), ("avneue", True),
    ("rod", False), ("strut", False), ("lame", False), ("roads", False),
])
def test_misspelt_street_words(word, misspelt):
    from nlp.places import misspelt_street_word
    from nlp.street_names import anchor_words
    assert misspelt_street_word(word, anchor_words()[0]) is misspelt


def test_beside_reads_each_side_only_for_a_span_on_that_side():
    from nlp.spans import beside
    text = "down elm st in hartley about 9"
    assert beside(text, 5, 11, [(15, 22)]) is False      # " in " between: not beside
    assert beside("port richmond", 0, 4, [(5, 13)]) is True
    assert beside("port richmond", 5, 13, [(0, 4)]) is True


@pytest.mark.parametrize("text, place", [
    ("two cars crashed at e burnham st & n 41st st about an hour ago", "e burnham st & n 41st st"),
    ("kids throwing rocks at buses over by w lisbon ave and n 52nd", "w lisbon ave and n 52nd"),
])
def test_a_direction_starts_the_second_side_of_a_corner(text, place):
    assert place in extract(text).locations


def test_a_lone_letter_after_and_is_no_corner_side():
    assert extract("the car was parked on elm st and n the driver ran off").locations == ["elm st"]


@pytest.mark.parametrize("text, place", [
    ("someone keeps trying car doors on mill st in nelson after dark", "nelson"),
    ("a man asleep in his truck on e main st in norman since friday", "norman"),
])
def test_a_listed_town_after_a_street_and_in_is_the_town_even_when_a_common_word(text, place):
    assert place in extract(text).locations


def test_a_phrase_after_a_street_and_in_is_no_town():
    assert extract("a fight on the high st in progress right now").locations == ["high st"]


@pytest.mark.parametrize("text, word", [
    ("kids setting bins alight round the back of the shops at leigh on sea every saturday", "saturday"),
    ("truck burnt out on us 50 east of fallon since monday", "east"),
])
def test_a_tagged_place_does_not_end_in_a_day_or_a_direction_to_somewhere_else(text, word):
    assert all(not place.lower().endswith(word) for place in extract(text).locations)


def test_a_direction_that_ends_a_street_name_stays():
    assert "Paisley Road West" in extract("two cars smashed up on Paisley Road West last night").locations


def test_a_town_as_the_first_word_is_no_crash():
    assert extract("Nelson was out on the street in town").locations == []
