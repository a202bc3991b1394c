"""Plates and partial plates: kinds fixed at stop 25 (issue 13), with texts written for this test, and negatives that
must stay unchanged."""
import pytest

from nlp import extract


def test_a_dateless_plate_keeps_its_letters_after_the_digits():
    """Two letters after a plate of digits only are the plate's own, not a US state."""
    assert extract("dateless plate 2209 WK on an old morris minor parked on the verge for weeks").plates == ["2209WK"]
    assert extract("tag HVR 3321 NJ, black altima").plates == ["HVR3321"]   # after letters and digits: the state


def test_a_region_mark_before_a_uk_plate_is_no_part_of_it():
    assert extract("reg NI KXZ 2231, silver astra doing doughnuts in the car park").plates == ["KXZ2231"]


def test_a_state_code_before_a_three_group_plate_is_dropped_not_the_plate_cut():
    assert extract("the tag was OH 4MK 2290, blue pickup parked on my lawn").plates == ["4MK2290"]


@pytest.mark.parametrize("text, partial", [
    ("last 4 of the tag were 5582, grey sedan with a loud exhaust", "5582"),
    ("part of the reg was 4 JLT, red fiesta doing wheelies", "4JLT"),
    ("first 3 of the plate were 7XK, a white minivan", "7XK"),
])
def test_a_piece_named_before_the_plate_cue_is_a_partial(text, partial):
    found = extract(text)
    assert found.plates == []
    assert found.partial_plates == [partial]


def test_either_and_something_like_before_a_plate_are_skipped():
    assert extract("reg was either YT19 BOX or YT19 B0X, a white corsa").plates == ["YT19BOX", "YT19B0X"]
    assert extract("ohio plates something like 7-3390K, rusty truck").plates == ["73390K"]


def test_a_cherished_plate_that_spells_a_word_in_capitals():
    assert extract("private plate M4 TTY on a black range rover outside the gym").plates == ["M4TTY"]


def test_capitals_and_four_digits_after_a_model_name_are_its_plate():
    assert extract("silver honda civic LRK 5537 swerving all over").plates == ["LRK5537"]
    assert extract("red honda CBR 1000 racing up and down the lane").plates == []   # a model and its engine size


def test_a_pet_collar_tag_is_no_plate():
    assert extract("found a spaniel by the shops, collar has tag 55190, very friendly").plates == []
    assert extract("the van that hit the dog had tag KLM 4420, went towards town").plates == ["KLM4420"]
